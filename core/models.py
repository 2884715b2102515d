"""Abstract models shared by every kind of content."""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.enums import PublicationStatus


def file_or_link_constraint(*, name, message, file_field="file", link_field="external_url", exclusive=True):
    """The database rule for content that is an uploaded file or a link to one elsewhere.

    Exclusive (the default): exactly one of the two, never both and never neither. Not exclusive: at least one.
    `message` is what the admin shows when a form breaks the rule. The fields stay on each model, since their
    labels, upload folders and validators differ.
    """
    has_file, has_link = ~Q(**{file_field: ""}), ~Q(**{link_field: ""})
    no_file, no_link = Q(**{file_field: ""}), Q(**{link_field: ""})
    condition = (no_file & has_link) | (has_file & no_link) if exclusive else has_file | has_link
    return models.CheckConstraint(condition=condition, name=name, violation_error_message=message)


def public_objects(model):
    """The rows of `model` anyone may see, by the convention every public model follows: `objects.published()`.

    Code that acts on objects of models it does not know (comments, subscriptions) asks this rather than naming
    apps. A model without `published()` on its default manager has no public rows: denied unless declared.
    """
    manager = model._default_manager
    published = getattr(manager, "published", None)
    return published() if callable(published) else manager.none()


def is_public(obj):
    """Whether `obj` is among the public rows of its model (`public_objects`), in one query."""
    return public_objects(type(obj)).filter(pk=obj.pk).exists()


class TimeStampedModel(models.Model):
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    class Meta:
        abstract = True


class PublishableQuerySet(models.QuerySet):
    def published(self):
        return self.filter(status=PublicationStatus.PUBLISHED)


class PublishableModel(TimeStampedModel):
    """Content that moderators draft first and publish when ready; drafts are never public."""

    status = models.CharField(
        _("publication status"),
        max_length=16,
        choices=PublicationStatus.choices,
        default=PublicationStatus.DRAFT,
        db_index=True,
    )

    objects = PublishableQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self):
        return self.status == PublicationStatus.PUBLISHED


class Role(models.Model):
    """The permissions that make a role (see core.roles): the role groups hold them. No table and no rows."""

    class Meta:
        managed = False
        default_permissions = ()
        permissions = [
            ("moderate", _("Can moderate: publish content, moderate discussions, manage every event")),
            ("organise", _("Can organise: publish the programmes of one's own events")),
        ]
        verbose_name = _("role")
        verbose_name_plural = _("roles")

    def __str__(self):
        return str(self._meta.verbose_name)


class PeriodicRun(models.Model):
    """When a periodic task (`core.periodic`) was last enqueued; its row is locked while the schedule is read."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    last_enqueued_at = models.DateTimeField(_("last enqueued"), null=True, blank=True)

    class Meta:
        verbose_name = _("periodic run")
        verbose_name_plural = _("periodic runs")

    def __str__(self):
        return self.name


class Follow(models.Model):
    """A participant follows one object (a thread, a practice, a film, an event, an organisation, a forum category)
    and hears when it changes; see core.follows for what can be followed and what followers hear of."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="follows"
    )
    content_type = models.ForeignKey(ContentType, verbose_name=_("content type"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("object id"))
    target = GenericForeignKey("content_type", "object_id")
    created_at = models.DateTimeField(_("created"), default=timezone.now)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("follow")
        verbose_name_plural = _("follows")
        constraints = [
            models.UniqueConstraint(fields=["user", "content_type", "object_id"], name="core_one_follow_per_object")
        ]
        indexes = [models.Index(fields=["content_type", "object_id"])]

    def __str__(self):
        return f"{self.user} → {self.target}"


class TranslationStamp(models.Model):
    """When one language's version of an object's text field was last saved, and the source text (the other
    language's) it was translated from then, as a hash; see core.translation_status."""

    content_type = models.ForeignKey(ContentType, verbose_name=_("content type"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("object id"))
    field = models.CharField(_("field"), max_length=100)
    language = models.CharField(_("language"), max_length=8)
    source_hash = models.CharField(_("hash of the source text"), max_length=64)
    is_outdated = models.BooleanField(_("outdated"), default=False)
    saved_at = models.DateTimeField(_("saved"), auto_now=True)

    class Meta:
        verbose_name = _("translation stamp")
        verbose_name_plural = _("translation stamps")
        constraints = [
            models.UniqueConstraint(
                fields=["content_type", "object_id", "field", "language"], name="core_one_stamp_per_translation"
            )
        ]
        indexes = [models.Index(fields=["content_type", "language", "is_outdated"])]

    def __str__(self):
        return f"{self.content_type_id}:{self.object_id} {self.field}_{self.language}"


class Tally(models.Model):
    """How many times one public object was read or played on one day (core.activity), and nothing about who."""

    kind = models.CharField(_("kind"), max_length=40)
    content_type = models.ForeignKey(ContentType, verbose_name=_("content type"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("object id"))
    day = models.DateField(_("day"))
    count = models.PositiveIntegerField(_("count"), default=0)

    class Meta:
        verbose_name = _("tally")
        verbose_name_plural = _("tallies")
        constraints = [
            models.UniqueConstraint(fields=["kind", "content_type", "object_id", "day"], name="core_one_tally_a_day")
        ]
        indexes = [models.Index(fields=["kind", "content_type", "day"])]

    def __str__(self):
        return f"{self.kind} {self.content_type_id}:{self.object_id} {self.day}: {self.count}"


# The search index's tables live beside the code that reads them.
from core.search.models import (  # noqa: E402, F401
    SearchDocument,
    SearchEntry,
    SearchFacet,
    SearchPosting,
    SearchTerm,
)
from core.tags import Tag, TaggedItem  # noqa: E402, F401 - the tag models live with their helpers in core.tags
