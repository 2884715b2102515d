"""Maintain the Bulgarian catalogue without gettext tools.

    python scripts/po.py untranslated          # list msgids still empty or fuzzy
    python scripts/po.py fill translations.json  # {"msgid": "msgstr"} or {"msgid": ["one", "many"]}
                                                 # a pgettext entry's key is "context|msgid"
    python scripts/po.py compile               # write django.mo from django.po

Every command holds a lock on the catalogue, so several people can work at once.
"""

import fcntl
import json
import sys
from contextlib import contextmanager
from pathlib import Path

import polib

CATALOGUE = Path(__file__).resolve().parent.parent / "locale" / "bg" / "LC_MESSAGES" / "django.po"


@contextmanager
def locked():
    with open(CATALOGUE.with_suffix(".lock"), "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        yield polib.pofile(str(CATALOGUE), wrapwidth=79)


def key(entry):
    """The entry's key in a fill file: its msgid, prefixed by "context|" for a pgettext entry."""
    return f"{entry.msgctxt}|{entry.msgid}" if entry.msgctxt else entry.msgid


def untranslated(po):
    for entry in po:
        if entry.obsolete:
            continue
        empty = not entry.msgstr and not all(entry.msgstr_plural.values()) if entry.msgid_plural else not entry.msgstr
        if empty or entry.fuzzy:
            print(json.dumps(key(entry), ensure_ascii=False) + (" (plural)" if entry.msgid_plural else ""))


def fill(po, translations):
    filled = 0
    for entry in po:
        if key(entry) not in translations:
            continue
        value = translations[key(entry)]
        if entry.msgid_plural:
            forms = value if isinstance(value, list) else [value, value]
            entry.msgstr_plural = dict(enumerate(forms))
        else:
            entry.msgstr = value
        if entry.fuzzy:
            entry.flags.remove("fuzzy")
        filled += 1
    po.save()
    po.save_as_mofile(str(CATALOGUE.with_suffix(".mo")))
    print(f"filled {filled} of {len(translations)} given")


def main(argv):
    command = argv[1] if len(argv) > 1 else ""
    with locked() as po:
        if command == "untranslated":
            untranslated(po)
        elif command == "fill":
            fill(po, json.loads(Path(argv[2]).read_text(encoding="utf-8")))
        elif command == "compile":
            po.save_as_mofile(str(CATALOGUE.with_suffix(".mo")))
        else:
            print(__doc__)
            return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
