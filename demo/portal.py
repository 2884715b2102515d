"""Demo settings of the site shell: the funding acknowledgement in the footer. Safe to run again: never overwrites."""

from portal.models import SiteSettings

APP_LABEL = "portal"

FUNDING_ACKNOWLEDGEMENT = {
    "bg": "Порталът е създаден по проект BG051PO001-7.0.01-0124-C0001 с финансовата подкрепа на Оперативна "
    "програма „Развитие на човешките ресурси“ 2007–2013, съфинансирана от Европейския социален фонд на "
    "Европейския съюз.",
    "en": "The portal was created by project BG051PO001-7.0.01-0124-C0001 with the financial support of the Human "
    "Resources Development Operational Programme 2007–2013, co-financed by the European Social Fund of the "
    "European Union.",
}


def load(*, stdout):
    """Fill the funding acknowledgement while the site settings have none; an edited one is kept."""
    site_settings = SiteSettings.load()
    if site_settings.funding_acknowledgement_bg or site_settings.funding_acknowledgement_en:
        return
    site_settings.funding_acknowledgement_bg = FUNDING_ACKNOWLEDGEMENT["bg"]
    site_settings.funding_acknowledgement_en = FUNDING_ACKNOWLEDGEMENT["en"]
    site_settings.save()
