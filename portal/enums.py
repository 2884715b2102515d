from django.db import models
from django.utils.translation import gettext_lazy as _

# The licences' own pages; the deed is the short human-readable summary, in the reader's language where one exists.
LICENCE_URLS = {
    "CC-BY-4.0": "https://creativecommons.org/licenses/by/4.0/",
    "CC-BY-SA-4.0": "https://creativecommons.org/licenses/by-sa/4.0/",
    "CC0-1.0": "https://creativecommons.org/publicdomain/zero/1.0/",
}


class ContentLicence(models.TextChoices):
    """The open licences moderators may choose for the portal's own texts and data; values are SPDX identifiers."""

    CC_BY_4 = "CC-BY-4.0", _("Creative Commons Attribution 4.0 International (CC BY 4.0)")
    CC_BY_SA_4 = "CC-BY-SA-4.0", _("Creative Commons Attribution-ShareAlike 4.0 International (CC BY-SA 4.0)")
    CC0_1 = "CC0-1.0", _("Creative Commons Zero 1.0 Universal, a public-domain dedication (CC0 1.0)")

    @property
    def url(self):
        return LICENCE_URLS[self.value]
