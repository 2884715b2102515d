import factory
from django.utils import timezone

from core import roles
from core.markdown import render_markdown
from forum.enums import FlagReason, NotificationKind
from forum.models import Category, Discussion, Flag, Notification, Post
from tests.factories.portal import VerifiedUserFactory, with_two_factor


class CategoryFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Category

    name_bg = factory.Sequence(lambda n: f"Категория {n}")
    name_en = factory.Sequence(lambda n: f"Category {n}")
    slug = factory.Sequence(lambda n: f"category-{n}")
    description_bg = "Обсъждане на социални иновации."
    description_en = "Talking about social innovations."


class ThreadFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Discussion

    category = factory.SubFactory(CategoryFactory)
    title = factory.Sequence(lambda n: f"Тема {n}: social innovation")
    author = factory.SubFactory(VerifiedUserFactory)


class PostFactory(factory.django.DjangoModelFactory):
    """A post written straight to the database (no services): for arranging pages, not for testing the rules."""

    class Meta:
        model = Post
        skip_postgeneration_save = True

    discussion = factory.SubFactory(ThreadFactory)
    author = factory.SubFactory(VerifiedUserFactory)
    body = factory.Sequence(lambda n: f"Публикация {n} with **bold** text")
    body_html = factory.LazyAttribute(lambda post: render_markdown(post.body))
    created_at = factory.LazyFunction(timezone.now)

    @factory.post_generation
    def counters(self, create, extracted, **kwargs):
        if create and not self.is_held:
            Discussion.objects.filter(pk=self.discussion_id).update(
                post_count=Post.objects.filter(discussion=self.discussion_id, is_held=False).count(),
                last_post=self,
                last_activity_at=self.created_at,
            )


class FlagFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Flag

    post = factory.SubFactory(PostFactory)
    reporter = factory.SubFactory(VerifiedUserFactory)
    reason = FlagReason.SPAM


class ModeratorFactory(VerifiedUserFactory):
    """A verified member of the Moderator group (and so staff), holding what the data migrations grant it, with
    two-factor sign-in set up as the admin requires."""

    @factory.post_generation
    def moderator_role(self, create, extracted, **kwargs):
        if create:
            with_two_factor(roles.assign_role(user=self, role=roles.MODERATOR))


def reply_notification(recipient, post):
    """An unread notification to `recipient` of a reply, `post`, in a discussion they follow."""
    return Notification.objects.create(
        recipient=recipient,
        post=post,
        discussion=post.discussion,
        kind=NotificationKind.REPLY,
        target=post.discussion.followed,
    )
