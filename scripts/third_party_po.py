"""Regenerate locale/third_party/bg: allauth's, django-tasks', django-taggit's and missing Django strings in the
glossary's Bulgarian.

    python scripts/third_party_po.py

Django reads LOCALE_PATHS before the apps' own catalogues, so these entries replace the libraries' wording
("акаунт", "E-mail", "Забрави си паролата?", a capitalised "Ви", "апликация", informal buttons) on every page and
e-mail the portal shows. Only entries that need a change are written; run it again after upgrading a library.
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
    (r"\bАкаунти\b", "Профили"),
    (r"\b[Ee]mail потвърждение\b", "потвърждение на имейл"),
    (r"\b[Ee]mail потвърждения\b", "потвърждения на имейл"),
    (r"\bEmail адреси\b", "Имейл адреси"),
    (r"\bEmail адрес\b", "Имейл адрес"),
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

# allauth's two-factor pages, e-mails and messages in the portal's words: "двустепенно влизане", "приложение за
# удостоверяване" (not "апликация"), "кодове за възстановяване", formal buttons. Whole entries, keyed as
# scripts/po.py keys them; a list gives the singular and plural forms.
MFA = {
    "Use authenticator app or code": "Използвайте приложение за удостоверяване или код за възстановяване",
    "Use a security key": "Използвайте ключ за сигурност",
    "You cannot add an email address to an account protected by two-factor authentication.": (
        "Не можете да добавите имейл адрес към профил, защитен с двустепенно влизане."
    ),
    "You cannot deactivate two-factor authentication.": "Не можете да изключите двустепенното влизане.",
    "You cannot generate recovery codes without having two-factor authentication enabled.": (
        "Не можете да създадете кодове за възстановяване, без да сте включили двустепенното влизане."
    ),
    "You cannot activate two-factor authentication until you have verified your email address.": (
        "Не можете да включите двустепенното влизане, преди да потвърдите имейл адреса си."
    ),
    "MFA": "Двустепенно влизане",
    "TOTP Authenticator": "Приложение за удостоверяване (TOTP)",
    "Authenticator code": "Код за удостоверяване",
    "Two-Factor Authentication": "Двустепенно влизане",
    "Your account is protected by two-factor authentication. Please enter an authenticator code:": (
        "Профилът ви е защитен с двустепенно влизане. Въведете кода от приложението за удостоверяване:"
    ),
    "A new set of Two-Factor Authentication recovery codes has been generated.": (
        "Създаден е нов набор от кодове за възстановяване за двустепенното влизане."
    ),
    "New Recovery Codes Generated": "Създадени са нови кодове за възстановяване",
    "Authenticator app activated.": "Приложението за удостоверяване е включено.",
    "Authenticator App Activated": "Приложението за удостоверяване е включено",
    "Authenticator app deactivated.": "Приложението за удостоверяване е изключено.",
    "Authenticator App Deactivated": "Приложението за удостоверяване е изключено",
    "Security Key Removed": "Премахнат е ключ за сигурност",
    "Security key added.": "Добавен е ключ за сигурност.",
    "Security key removed.": "Премахнат е ключ за сигурност.",
    "Authenticator App": "Приложение за удостоверяване",
    "Authentication using an authenticator app is active.": "Удостоверяването с приложение е включено.",
    "An authenticator app is not active.": "Няма включено приложение за удостоверяване.",
    "Deactivate": "Изключете",
    "You have added %(count)s security key.": [
        "Добавили сте %(count)s ключ за сигурност.",
        "Добавили сте %(count)s ключа за сигурност.",
    ],
    "Recovery Codes": "Кодове за възстановяване",
    "There is %(unused_count)s out of %(total_count)s recovery codes available.": [
        "Наличен е %(unused_count)s от %(total_count)s кода за възстановяване.",
        "Налични са %(unused_count)s от %(total_count)s кода за възстановяване.",
    ],
    "No recovery codes set up.": "Няма създадени кодове за възстановяване.",
    "View": "Преглед",
    "Generate": "Създайте",
    "Confirm": "Потвърдете",
    "Alternative options": "Други възможности",
    "A new set of recovery codes has been generated.": "Създаден е нов набор от кодове за възстановяване.",
    "Save them  in a secure location now — they won't be shown again.": (
        "Запазете ги на сигурно място сега – няма да бъдат показани отново."
    ),
    "Enter an authenticator code:": "Въведете код за удостоверяване:",
    "You are about to generate a new set of recovery codes for your account.": (
        "На път сте да създадете нов набор от кодове за възстановяване за профила си."
    ),
    "This action will invalidate your existing codes.": "Досегашните ви кодове ще станат невалидни.",
    "Unused codes": "Неизползвани кодове",
    "Download codes": "Изтеглете кодовете",
    "Generate new codes": "Създайте нови кодове",
    "To protect your account with two-factor authentication, scan the QR code below with your authenticator app. "
    "Then, input the verification code generated by the app below.": (
        "За да защитите профила си с двустепенно влизане, сканирайте QR кода по-долу с приложението си за "
        "удостоверяване. След това въведете по-долу кода, който приложението показва."
    ),
    "You can store this secret and use it to reinstall your authenticator app at a later time.": (
        "Можете да запазите този таен ключ и с него да настроите приложението за удостоверяване отново по-късно."
    ),
    "Deactivate Authenticator App": "Изключване на приложението за удостоверяване",
    "You are about to deactivate authenticator app based authentication. Are you sure?": (
        "На път сте да изключите удостоверяването с приложение. Сигурни ли сте?"
    ),
}

# django-tasks and django-tasks-db ship no Bulgarian; the admin shows these (lower case: Django capitalises
# a model's name only where a sentence starts).
TASKS = {
    "Task Result": "резултат от задача",
    "Task Results": "резултати от задачи",
    "Task|Ready": "В готовност",
    "Task|Running": "Изпълнява се",
    "Task|Failed": "Неуспешна",
    "Task|Successful": "Успешна",
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

# django-taggit ships no Bulgarian; the tags' admin shows these (the portal's own catalogue has "Tags" and "tags").
TAGGIT = {
    "Taggit": "Етикети",
    "tag": "етикет",
    "A tag name|name": "име",
    "A tag slug|slug": "адрес (slug)",
    "tagged item": "обект с етикет",
    "tagged items": "обекти с етикети",
    "object ID": "идентификатор на обекта",
    "%(object)s tagged with %(tag)s": "%(object)s с етикет %(tag)s",
    "A comma-separated list of tags.": "Етикети, разделени със запетая.",
    "Please provide a comma-separated list of tags.": "Въведете етикети, разделени със запетая.",
}

# Django 5.2's own Bulgarian catalogue lacks these (the admin's index and the user form showed them in English).
DJANGO = {
    "Model name": "Име на модела",
    "Add link": "Връзка за добавяне",
    "Change or view list link": "Връзка за промяна или преглед на списъка",
    "After you’ve created a user, you’ll be able to edit more user options.": (
        "След като създадете потребителя, ще можете да промените и другите му настройки."
    ),
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


def entry(key, value, *, msgid_plural=None):
    """A catalogue entry for a key written as scripts/po.py writes it ("context|msgid")."""
    msgctxt, _bar, msgid = key.rpartition("|") if "|" in key else (None, "", key)
    if isinstance(value, list):
        return polib.POEntry(
            msgctxt=msgctxt, msgid=msgid, msgid_plural=msgid_plural, msgstr_plural=dict(enumerate(value))
        )
    return polib.POEntry(msgctxt=msgctxt, msgid=msgid, msgstr=value)


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
    for found in polib.pofile(str(ALLAUTH)):
        key = f"{found.msgctxt}|{found.msgid}" if found.msgctxt else found.msgid
        if found.obsolete:
            continue
        if key in MFA:
            catalogue.append(entry(key, MFA[key], msgid_plural=found.msgid_plural or None))
        elif not found.translated():
            continue
        elif found.msgid_plural:
            plural = {index: corrected(text) for index, text in found.msgstr_plural.items()}
            if plural == found.msgstr_plural:
                continue
            catalogue.append(
                polib.POEntry(
                    msgctxt=found.msgctxt, msgid=found.msgid, msgid_plural=found.msgid_plural, msgstr_plural=plural
                )
            )
        elif (text := corrected(found.msgstr)) != found.msgstr:
            catalogue.append(polib.POEntry(msgctxt=found.msgctxt, msgid=found.msgid, msgstr=text))
    for key, text in {**TASKS, **TAGGIT, **DJANGO}.items():
        catalogue.append(entry(key, text))
    for (msgid, msgid_plural), forms in DJANGO_PLURALS.items():
        catalogue.append(polib.POEntry(msgid=msgid, msgid_plural=msgid_plural, msgstr_plural=dict(enumerate(forms))))
    TARGET.parent.mkdir(parents=True, exist_ok=True)
    catalogue.save(str(TARGET))
    catalogue.save_as_mofile(str(TARGET.with_suffix(".mo")))
    print(f"{len(catalogue)} entries in {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
