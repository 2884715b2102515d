"""Regenerate locale/third_party/bg: allauth's, django-tasks' and missing Django strings in the glossary's Bulgarian.

    python scripts/third_party_po.py

Django reads LOCALE_PATHS before the apps' own catalogues, so these entries replace the libraries' wording
("акаунт", "E-mail", "Забрави си паролата?", a capitalised "Ви") on every page and e-mail the portal shows.
Only entries that need a change are written; run it again after upgrading django-allauth.
"""

import re
from pathlib import Path

import polib
from allauth import __file__ as allauth_init

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "locale" / "third_party" / "bg" / "LC_MESSAGES" / "django.po"
ALLAUTH = Path(allauth_init).parent / "locale" / "bg" / "LC_MESSAGES" / "django.po"

# Whole phrases first, then words; each (pattern, replacement) keeps the grammar of the sentence it is in.
REPLACEMENTS = [
    (r"Забрави си паролата\?", "Забравена парола?"),
    (r"(?<![.!?]\s)(?<!^)\bВашият\b", "вашият"),
    (r"(?<![.!?]\s)(?<!^)\bВашия\b", "вашия"),
    (r"(?<![.!?]\s)(?<!^)\bВаша\b", "ваша"),
    (r"(?<![.!?]\s)(?<!^)\bВаше\b", "ваше"),
    (r"(?<![.!?]\s)(?<!^)\bВаши\b", "ваши"),
    (r"(?<![.!?]\s)(?<!^)\bВие\b", "вие"),
    (r"(?<![.!?]\s)(?<!^)\bВи\b", "ви"),
    (r"(?<![.!?]\s)(?<!^)\bВас\b", "вас"),
    (r"\bакаунтът\b", "профилът"),
    (r"\bакаунта\b", "профила"),
    (r"\bакаунти\b", "профили"),
    (r"\bакаунт\b", "профил"),
    (r"\bАкаунтът\b", "Профилът"),
    (r"\bАкаунт\b", "Профил"),
    (r"\bE-mail адреси\b", "Имейл адреси"),
    (r"\bE-mail адресът\b", "Имейл адресът"),
    (r"\bE-mail адрес\b", "Имейл адрес"),
    (r"\be-mail адреси\b", "имейл адреси"),
    (r"\be-mail адреса\b", "имейл адреса"),
    (r"\be-mail адресът\b", "имейл адресът"),
    (r"\be-mail адрес\b", "имейл адрес"),
    (r"\bE-mail\b", "Имейл"),
    (r"\be-mail\b", "имейл"),
    (r"\bЕ-mail\b", "Имейл"),
    (r"\bелектронна поща\b", "имейл"),
]

# django-tasks-db ships no Bulgarian; its admin shows these.
TASKS = {
    "Task Result": "Резултат от задача",
    "Task Results": "Резултати от задачи",
    "status": "състояние",
    "enqueued at": "добавена в опашката на",
    "started at": "започнала на",
    "finished at": "приключила на",
    "args kwargs": "аргументи",
    "priority": "приоритет",
    "task path": "задача",
    "worker id": "изпълнител",
    "queue name": "опашка",
    "backend name": "механизъм",
    "run after": "изпълнение след",
    "return value": "върната стойност",
    "exception class path": "вид на грешката",
    "traceback": "проследяване на грешката",
}

# Django 5.2's own Bulgarian catalogue lacks these (the sign-up page showed them in English).
DJANGO_PLURALS = {
    (
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
    ): [
        "Паролата е твърде кратка. Трябва да съдържа поне %d знак.",
        "Паролата е твърде кратка. Трябва да съдържа поне %d знака.",
    ],
}


def corrected(text):
    for pattern, replacement in REPLACEMENTS:
        text = re.sub(pattern, replacement, text)
    return text


def main():
    catalogue = polib.POFile(wrapwidth=79)
    catalogue.metadata = {
        "Project-Id-Version": "social-innovation-portal third-party overrides",
        "Language": "bg",
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    for entry in polib.pofile(str(ALLAUTH)):
        if entry.obsolete or not entry.translated():
            continue
        if entry.msgid_plural:
            plural = {index: corrected(text) for index, text in entry.msgstr_plural.items()}
            if plural == entry.msgstr_plural:
                continue
            catalogue.append(
                polib.POEntry(
                    msgctxt=entry.msgctxt, msgid=entry.msgid, msgid_plural=entry.msgid_plural, msgstr_plural=plural
                )
            )
        elif (text := corrected(entry.msgstr)) != entry.msgstr:
            catalogue.append(polib.POEntry(msgctxt=entry.msgctxt, msgid=entry.msgid, msgstr=text))
    for msgid, text in TASKS.items():
        catalogue.append(polib.POEntry(msgid=msgid, msgstr=text))
    for (msgid, msgid_plural), forms in DJANGO_PLURALS.items():
        catalogue.append(polib.POEntry(msgid=msgid, msgid_plural=msgid_plural, msgstr_plural=dict(enumerate(forms))))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(TARGET))
    catalogue.save_as_mofile(str(TARGET.with_suffix(".mo")))
    print(f"{len(catalogue)} entries in {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
