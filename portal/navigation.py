"""The site's main sections, in the order the header lists them."""

from django.utils.translation import gettext_lazy as _

MAIN_SECTIONS = [
    ("practices:practice-list", _("Practices")),
    ("films:film-list", _("Films")),
    ("events:event-list", _("Events")),
    ("initiatives:call-list", _("Calls and volunteering")),
    ("forum:index", _("Forum")),
    ("news:post-list", _("News")),
    ("practices:document-list", _("Documents")),
    ("directory:organisation-list", _("Organisations")),
    ("directory:project-list", _("Projects")),
    ("readiness:intro", _("Readiness to scale")),
    ("exchange:listing-list", _("Exchange")),
    ("services:service-list", _("Social services")),
    ("enquiries:ask", _("Enquiry desk")),
]
