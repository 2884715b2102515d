from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.models import TimeStampedModel
from directory.enums import MembershipRole, MembershipStatus


class MembershipQuerySet(models.QuerySet):
    def accepted(self):
        return self.filter(status=MembershipStatus.ACCEPTED)

    def requested(self):
        return self.filter(status=MembershipStatus.REQUESTED)

    def reachable(self):
        """Those whose account is active and has an address to write to."""
        return self.filter(user__is_active=True).exclude(user__email="")


class Membership(TimeStampedModel):
    """A person's place in an organisation: asked for by the person, decided by the organisation's administrators
    (or a moderator). Accepted members post calls, offers and answers in the organisation's name.

    `created_at` is when the request was made (or the moderator added the person), `decided_at` when it was
    accepted or declined. One row per person and organisation; asking again after a refusal reopens it.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, verbose_name=_("user"), on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(
        "directory.Organisation", verbose_name=_("organisation"), on_delete=models.CASCADE, related_name="memberships"
    )
    role = models.CharField(_("role"), max_length=16, choices=MembershipRole.choices, default=MembershipRole.MEMBER)
    status = models.CharField(
        _("status"), max_length=16, choices=MembershipStatus.choices, default=MembershipStatus.REQUESTED, db_index=True
    )
    message = models.TextField(
        _("message"), max_length=1000, blank=True, help_text=_("A few words to the organisation about who you are.")
    )
    decided_at = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("decided by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    objects = MembershipQuerySet.as_manager()

    class Meta:
        ordering = ["organisation", "-created_at"]
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [models.UniqueConstraint(fields=["user", "organisation"], name="one_membership_per_organisation")]

    def __str__(self):
        return f"{self.user} – {self.organisation}"

    @property
    def is_accepted(self):
        return self.status == MembershipStatus.ACCEPTED

    @property
    def is_admin(self):
        return self.is_accepted and self.role == MembershipRole.ADMIN
