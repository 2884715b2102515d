"""The Bulgarian catalogue is complete and the committed .mo matches the .po."""

from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parent.parent / "locale"
CATALOGUE = LOCALE / "bg" / "LC_MESSAGES" / "django.po"
# Our Bulgarian for allauth's, django-tasks' and Django's strings (scripts/third_party_po.py).
THIRD_PARTY = LOCALE / "third_party" / "bg" / "LC_MESSAGES" / "django.po"


def live_entries(po):
    return [entry for entry in po if not entry.obsolete]


def test_catalogue_has_no_untranslated_or_fuzzy_entries():
    po = polib.pofile(str(CATALOGUE))

    missing = [entry.msgid for entry in live_entries(po) if not entry.translated()]

    assert missing == []
    assert not po.metadata_is_fuzzy
    assert po.metadata["Language"] == "bg"


@pytest.mark.parametrize("catalogue", [CATALOGUE, THIRD_PARTY], ids=["project", "third-party"])
def test_compiled_catalogue_matches_the_source(catalogue):
    po = polib.pofile(str(catalogue))
    mo = polib.mofile(str(catalogue.with_suffix(".mo")))

    def pairs(entries):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or tuple(sorted(entry.msgstr_plural.items()))
            for entry in entries
            if entry.msgid
        }

    assert pairs(mo) == pairs(e for e in live_entries(po) if e.translated())
