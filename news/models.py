from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.enums import PublicationStatus
from core.images import ResizedImageField
from core.models import PublishableModel, PublishableQuerySet
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle
from core.tags import translated_tags
from core.validators import validate_image_size


class NewsPostQuerySet(PublishableQuerySet):
    def published(self):
        """Published and due: a post scheduled for later stays hidden until its time."""
        return self.filter(status=PublicationStatus.PUBLISHED, published_at__lte=timezone.now())

    def with_byline(self):
        """With the author's profile, which a card and a page show beside the text (their tags: core.listed)."""
        return self.select_related("author__profile")


class NewsPost(SlugFromTitle, PublishableModel):
    """A news item written by the moderators."""

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True, help_text=SLUG_HELP_TEXT)
    summary = models.TextField(_("summary"), max_length=600, help_text=_("One or two sentences for lists and feeds."))
    body = models.TextField(_("body"), help_text=_("Markdown: **bold**, *italic*, [links](https://…), lists."))
    cover_image = ResizedImageField(
        _("cover image"),
        upload_to="news/",
        blank=True,
        max_size=(1200, 800),
        validators=[validate_image_size],
        help_text=_("PNG or JPEG, at most 5 MB; stored once at up to 1200 px."),
    )
    cover_alt = models.CharField(
        _("cover image description"),
        max_length=300,
        blank=True,
        help_text=_("What the image shows, for people who cannot see it."),
    )
    published_at = models.DateTimeField(_("published at"), default=timezone.now, db_index=True)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="news_posts",
    )
    tags = translated_tags(help_text=_("Free words, separated by commas."))

    objects = NewsPostQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("news post")
        verbose_name_plural = _("news posts")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("news:post-detail", kwargs={"slug": self.slug})

    @property
    def author_profile(self):
        """The public profile of the author, or None (no author recorded, or one without a profile)."""
        return getattr(self.author, "profile", None) if self.author_id else None
