"""Organisers set up their trainings' certificates and issue them; the check-in lists of their events are linked
from the check-ins' list. Everything is limited to the events the user may edit."""

from django.contrib import admin, messages
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from attendance import services
from attendance.models import CertificateSettings, CheckIn
from attendance.tasks import issue_event_certificates
from events.admin import OrganiserScopedMixin
from events.models import Event, ProgrammeDay


@admin.register(CertificateSettings)
class CertificateSettingsAdmin(OrganiserScopedMixin, admin.ModelAdmin):
    list_display = ["event", "minimum_days", "hours", "certificates_issued"]
    list_select_related = ["event"]
    fields = ["event", "minimum_days", "hours", "funding", "signatory", "signatory_role", "signature"]
    actions = ["issue_certificates"]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name == "event":
            kwargs["queryset"] = Event.objects.managed_by(request.user)
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    @admin.display(description=_("certificates issued"))
    def certificates_issued(self, settings):
        """Issued of those eligible now: the progress of a bulk issue, as the worker goes."""
        eligible = services.eligible_registrations(settings.event).count()
        issued = settings.event.registrations.filter(certificate__isnull=False).count()
        return _("%(issued)d of %(eligible)d eligible") % {"issued": issued, "eligible": eligible}

    @admin.action(description=_("Issuing certificates to everyone who attended"))
    def issue_certificates(self, request, queryset):
        for settings in queryset:
            issue_event_certificates.enqueue(settings.event_id)
        self.message_user(
            request,
            ngettext(
                "Certificates are being issued for %(count)d event; the list shows the progress.",
                "Certificates are being issued for %(count)d events; the list shows the progress.",
                queryset.count(),
            )
            % {"count": queryset.count()},
            messages.SUCCESS,
        )


@admin.register(CheckIn)
class CheckInAdmin(OrganiserScopedMixin, admin.ModelAdmin):
    """Check-ins are made on the check-in lists (linked above the table), not edited here."""

    event_path = "registration__event"
    list_display = ["registration", "day", "present", "ticked_at", "ticked_by"]
    list_filter = ["present", "day__event"]
    list_select_related = ["registration__user", "registration__event", "day", "ticked_by"]
    readonly_fields = ["registration", "day", "present", "ticked_at", "ticked_by", "client_id"]

    def has_add_permission(self, request):
        return False

    change_list_template = "attendance/admin/checkin_change_list.html"

    def changelist_view(self, request, extra_context=None):
        days = (
            ProgrammeDay.objects.filter(event__in=Event.objects.managed_by(request.user))
            .select_related("event")
            .order_by("-date")[:60]
        )
        return super().changelist_view(request, {**(extra_context or {}), "check_in_days": days})
