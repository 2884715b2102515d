from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AttendanceConfig(AppConfig):
    """Check-in at the door and certificates of attendance for trainings: an app above events."""

    name = "attendance"
    verbose_name = _("Attendance and certificates")

    def ready(self):
        from attendance import privacy
        from attendance.models import Certificate
        from core.account import ACCOUNT_SECTIONS, AccountSection
        from core.privacy import DATA_EXPORTS

        ACCOUNT_SECTIONS.add(
            AccountSection(
                heading=_("Certificates of attendance"),
                template_name="attendance/includes/account_section.html",
                context=lambda user: {
                    "certificates": Certificate.objects.filter(registration__user=user).select_related(
                        "registration__event"
                    )
                },
            ),
            app=self.label,
            name="certificates",
            order=45,
        )
        # Check-ins and certificates belong to registrations, which the account's deletion erases with them.
        DATA_EXPORTS.add(privacy.export, app=self.label, name="attendance", order=45)
