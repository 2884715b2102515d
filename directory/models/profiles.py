from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.images import ResizedImageField
from core.models import TimeStampedModel
from core.validators import validate_image_size

AVATAR_SIZE = (256, 256)


class Profile(TimeStampedModel):
    """What other people see of a user: never the e-mail address."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="profile"
    )
    display_name = models.CharField(
        _("display name"), max_length=120, help_text=_("The name other people see next to what you post.")
    )
    organisation = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("organisation"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="members",
    )
    bio = models.TextField(
        _("short bio"), max_length=1000, blank=True, help_text=_("A few sentences about you and your work.")
    )
    avatar = ResizedImageField(
        _("avatar"),
        upload_to="avatars/",
        blank=True,
        max_size=AVATAR_SIZE,
        crop=True,
        validators=[validate_image_size],
        help_text=_("PNG or JPEG, at most 5 MB; cropped to a 256 px square."),
    )
    links_reset_at = models.DateTimeField(
        _("private links reset"),
        null=True,
        blank=True,
        editable=False,
        help_text=_("Private links (unsubscribe, calendar feed) made before this no longer work."),
    )

    language = models.CharField(
        _("language of e-mails"),
        max_length=8,
        choices=settings.LANGUAGES,
        default=settings.LANGUAGE_CODE,
        help_text=_("The language of the e-mails the portal sends you."),
    )

    class Meta:
        ordering = ["display_name"]
        verbose_name = _("profile")
        verbose_name_plural = _("profiles")

    def __str__(self):
        return self.display_name

    def get_absolute_url(self):
        return reverse("directory:profile-detail", kwargs={"pk": self.pk})


def language_of(user):
    """The language `user` reads e-mail in: the profile's choice, else the site's default language.

    Reads `user.profile` (select_related("profile") spares the query when sending to many).
    """
    try:
        return user.profile.language
    except (AttributeError, Profile.DoesNotExist):
        return settings.LANGUAGE_CODE
