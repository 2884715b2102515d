from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnquiriesConfig(AppConfig):
    """Questions to the centre, assigned to partner organisations, answered in the site, published anonymised."""

    name = "enquiries"
    verbose_name = _("Enquiry desk")
