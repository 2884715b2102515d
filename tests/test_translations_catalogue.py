"""The Bulgarian catalogue is complete and the committed .mo matches the .po."""

from pathlib import Path

import polib

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "bg" / "LC_MESSAGES" / "django.po"


def live_entries(po):
    return [entry for entry in po if not entry.obsolete]


def test_catalogue_has_no_untranslated_or_fuzzy_entries():
    po = polib.pofile(str(CATALOGUE))

    missing = [entry.msgid for entry in live_entries(po) if not entry.translated()]

    assert missing == []
    assert not po.metadata_is_fuzzy
    assert po.metadata["Language"] == "bg"


def test_compiled_catalogue_matches_the_source():
    po = polib.pofile(str(CATALOGUE))
    mo = polib.mofile(str(CATALOGUE.with_suffix(".mo")))

    def pairs(entries):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or tuple(sorted(entry.msgstr_plural.items()))
            for entry in entries
            if entry.msgid
        }

    assert pairs(mo) == pairs(e for e in live_entries(po) if e.translated())
