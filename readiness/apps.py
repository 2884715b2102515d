from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ReadinessConfig(AppConfig):
    """The readiness-to-scale self-assessment: the FUSE tool as a scored questionnaire with advice."""

    name = "readiness"
    verbose_name = _("Readiness to scale")

    def ready(self):
        from core.account import ACCOUNT_SECTIONS, AccountSection
        from core.privacy import ACCOUNT_ERASERS, DATA_EXPORTS
        from readiness import privacy
        from readiness.models import Assessment

        ACCOUNT_SECTIONS.add(
            AccountSection(
                heading=_("Readiness-to-scale assessments"),
                template_name="readiness/includes/account_section.html",
                context=lambda user: {"assessments": Assessment.objects.of(user).select_related("innovation")},
            ),
            app=self.label,
            name="assessments",
            order=40,
        )
        DATA_EXPORTS.add(privacy.export, app=self.label, name="readiness", order=50)
        ACCOUNT_ERASERS.add(privacy.erase, app=self.label, name="readiness", order=50)
