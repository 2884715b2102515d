import secrets

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel
from core.slugs import SLUG_HELP_TEXT, SlugFromTitle
from directory.geography import oblast_field
from enquiries.enums import EnquiryLanguage, EnquiryStatus


def new_token():
    """The private link's secret: 192 random bits, never guessed."""
    return secrets.token_urlsafe(24)


class EnquiryQuerySet(models.QuerySet):
    def confirmed(self):
        """Enquiries whose address was confirmed: only these reach moderators and organisations."""
        return self.exclude(status=EnquiryStatus.UNVERIFIED)


class Enquiry(TimeStampedModel):
    """A question to the centre from anyone; private to its enquirer, the moderators and the assigned organisation."""

    question = models.TextField(_("question"), max_length=4000)
    name = models.CharField(_("name"), max_length=200, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True, help_text=_("Empty once the enquirer's data is erased."))
    language = models.CharField(_("language"), max_length=2, choices=EnquiryLanguage.choices)
    oblast = oblast_field(verbose_name=_("oblast"), blank=True)
    municipality = models.CharField(_("municipality"), max_length=120, blank=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("signed-in enquirer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquiries",
    )
    token = models.CharField(_("private link"), max_length=64, unique=True, default=new_token, editable=False)
    status = models.CharField(
        _("status"), max_length=16, choices=EnquiryStatus.choices, default=EnquiryStatus.UNVERIFIED, db_index=True
    )
    confirmed_at = models.DateTimeField(_("address confirmed"), null=True, blank=True)
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("assigned to"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="enquiries",
        help_text=_("The partner organisation whose members answer the enquiry."),
    )
    assigned_at = models.DateTimeField(_("assigned"), null=True, blank=True)
    answer = models.TextField(_("answer"), blank=True)
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("answered by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="enquiry_answers",
    )
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)

    objects = EnquiryQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("enquiry")
        verbose_name_plural = _("enquiries")

    def __str__(self):
        return self.question[:80]

    def get_absolute_url(self):
        """The enquirer's private page; only they hold the token."""
        return reverse("enquiries:follow", kwargs={"token": self.token})


class PublicAnswerQuerySet(models.QuerySet):
    def published(self):
        return self.filter(is_published=True)


class PublicAnswer(SlugFromTitle, TimeStampedModel):
    """The anonymised public version of an answered enquiry, written by a moderator: no name, no address."""

    reserved_slugs = {"answers"}

    title = models.CharField(_("title"), max_length=300)
    slug = models.SlugField(_("slug"), max_length=200, unique=True, blank=True, help_text=SLUG_HELP_TEXT)
    question = models.TextField(_("question"), help_text=_("Leave out anything that identifies the enquirer."))
    answer = models.TextField(_("answer"), help_text=_("Markdown: **bold**, *italic*, [links](https://…), lists."))
    oblast = oblast_field(verbose_name=_("oblast"), blank=True)
    enquiry = models.OneToOneField(
        Enquiry,
        verbose_name=_("enquiry"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="public_answer",
    )
    is_published = models.BooleanField(_("published"), default=False)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)

    objects = PublicAnswerQuerySet.as_manager()

    class Meta:
        ordering = ["-published_at", "-pk"]
        verbose_name = _("published answer")
        verbose_name_plural = _("published answers")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("enquiries:answer-detail", kwargs={"slug": self.slug})

    def clean(self):
        """Refuse a public text that still names the enquirer or gives their address."""
        enquiry = self.enquiry
        if enquiry is None:
            return
        fields = [f"{name}_{code}" for name in ("title", "question", "answer") for code in ("bg", "en")]
        texts = " ".join(getattr(self, field) or "" for field in fields).casefold()
        personal = [value for value in (enquiry.email, enquiry.name) if value and value.casefold() in texts]
        if personal:
            raise ValidationError(_("The public version still contains the enquirer's name or e-mail address."))
