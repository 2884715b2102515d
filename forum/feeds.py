from django.shortcuts import get_object_or_404
from django.utils.translation import gettext

from core.feeds import PortalFeed
from forum.models import Category, Discussion, Post

FEED_LENGTH = 30


class CategoryFeed(PortalFeed):
    """The threads started last in one forum category, as anyone may read them."""

    def get_object(self, request, slug):
        return get_object_or_404(Category, slug=slug)

    def title(self, category):
        return gettext("Forum: %(category)s") % {"category": category.name}

    def subtitle(self, category):
        return category.description or gettext("New threads in this forum category.")

    def link(self, category):
        return category.get_absolute_url()

    def items(self, category):
        threads = Discussion.objects.threads().published().filter(category=category)
        return threads.order_by("-created_at", "-pk")[:FEED_LENGTH]

    def item_title(self, thread):
        return thread.title

    def item_description(self, thread):
        return ""

    def item_pubdate(self, thread):
        return thread.created_at

    def item_updateddate(self, thread):
        return thread.last_activity_at


class ThreadFeed(PortalFeed):
    """The latest posts of one thread; held posts wait for a moderator and hidden ones are left out."""

    def get_object(self, request, pk):
        return get_object_or_404(Discussion.objects.threads().published(), pk=pk)

    def title(self, thread):
        return gettext("Forum thread: %(title)s") % {"title": thread.title}

    def subtitle(self, thread):
        return gettext("New posts in this thread.")

    def link(self, thread):
        return thread.get_absolute_url()

    def items(self, thread):
        posts = Post.objects.approved().filter(discussion=thread, is_hidden=False).select_related("discussion")
        return posts.order_by("-created_at", "-pk")[:FEED_LENGTH]

    def item_title(self, post):
        return gettext("Re: %(title)s") % {"title": post.discussion.title}

    def item_description(self, post):
        return post.body_html

    def item_pubdate(self, post):
        return post.created_at

    def item_updateddate(self, post):
        return post.edited_at or post.created_at
