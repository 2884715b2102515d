from datetime import timedelta

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnquiriesConfig(AppConfig):
    """Questions to the centre, assigned to partner organisations, answered in the site, published anonymised."""

    name = "enquiries"
    verbose_name = _("Enquiry desk")

    def ready(self):
        from core.account import ACCOUNT_SECTIONS, AccountSection
        from core.activity import ACTIVITY_SERIES, WeeklySeries
        from core.periodic import PERIODIC, Periodic
        from core.privacy import ACCOUNT_ERASERS, DATA_EXPORTS
        from core.search import SEARCH_SOURCES
        from core.sitemaps import SITEMAPS
        from enquiries import account, privacy, receivers, search  # noqa: F401 - receivers declare what retires the cache
        from enquiries.models import Enquiry
        from enquiries.sitemaps import PublicAnswerSitemap
        from enquiries.tasks import forget_unconfirmed_enquiries

        SEARCH_SOURCES.add(search.ANSWERS, app=self.label, name="answers", order=56)
        SITEMAPS.add(PublicAnswerSitemap, app=self.label, name="answers", order=56)
        PERIODIC.add(
            Periodic(task=forget_unconfirmed_enquiries, every=timedelta(hours=6)),
            app=self.label,
            name="forget-unconfirmed-enquiries",
            order=50,
        )
        DATA_EXPORTS.add(privacy.export, app=self.label, name="enquiries", order=45)
        ACCOUNT_ERASERS.add(privacy.erase, app=self.label, name="enquiries", order=45)
        ACCOUNT_SECTIONS.add(
            AccountSection(
                heading=_("Enquiries"),
                template_name="enquiries/includes/account_section.html",
                context=account.section_context,
            ),
            app=self.label,
            name="enquiries",
            order=45,
        )
        ACTIVITY_SERIES.add(
            WeeklySeries(label=_("Enquiries"), rows=Enquiry.objects.confirmed, date_field="confirmed_at"),
            app=self.label,
            name="enquiries",
            order=35,
        )
