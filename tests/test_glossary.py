"""The Bulgarian catalogue follows the glossary: one term for one thing, the formal register, lower-case
language names mid-sentence (locale/bg/glossary.toml lists the forms an editor would correct)."""

import re
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.contrib import admin
from django.contrib.admin.utils import label_for_field
from django.utils import translation
from django_tasks.base import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from core.formats import long_date
from tests.factories.portal import totp_code, with_two_factor
from tests.glossary import forbidden_forms

pytestmark = pytest.mark.django_db

LOCALE = Path(__file__).resolve().parent.parent / "locale"
# The project's catalogue and its Bulgarian for third-party strings (locale/third_party).
CATALOGUES = sorted(LOCALE.glob("**/bg/LC_MESSAGES/django.po"))
LANGUAGE_NAMES = "Български|Английски|Френски|Италиански|Португалски|Полски|Испански|Немски|Руски|Гръцки|Чешки|Унгарски"
# A capitalised language name or polite pronoun is right only where a sentence (or a list item) starts.
MID_SENTENCE = r"(?<![.!?:…\n]\s)(?<![(„\n])(?<!^)"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|\{\w+\}")
CAPITALISED_LANGUAGE = re.compile(MID_SENTENCE + rf"\b({LANGUAGE_NAMES})(\s+език|\b)")
CAPITALISED_POLITE = re.compile(MID_SENTENCE + r"\b(Ви|Вие|Вас|Ваш[аеи]?|Вашият|Вашия)\b")


def translations():
    for catalogue in CATALOGUES:
        for entry in polib.pofile(str(catalogue)):
            if entry.obsolete:
                continue
            for text in [entry.msgstr, *entry.msgstr_plural.values()]:
                if text:
                    # Placeholders ("%(email)s", "{email}") are code, not words.
                    yield catalogue.relative_to(LOCALE), entry, PLACEHOLDER.sub("", text)


def test_no_msgstr_uses_a_form_the_glossary_rules_out():
    offences = [
        f"{catalogue}:{entry.linenum} {text!r}: {found}"
        for catalogue, entry, text in translations()
        for found in forbidden_forms(text, context=entry.msgctxt)
    ]

    assert offences == []


def test_language_names_and_polite_pronouns_are_lower_case_mid_sentence():
    offences = [
        f"{catalogue}:{entry.linenum} {text!r}"
        for catalogue, entry, text in translations()
        if CAPITALISED_LANGUAGE.search(text) or CAPITALISED_POLITE.search(text)
    ]

    assert offences == []


def test_each_context_of_one_english_word_has_its_own_translation():
    by_msgid = {}
    for _catalogue, entry, text in translations():
        by_msgid.setdefault(entry.msgid, {})[entry.msgctxt] = text

    split = {msgid: found for msgid, found in by_msgid.items() if len(found) > 1}

    assert split["Report"] == {"document type": "Доклад", "flag a post": "Подайте сигнал"}
    assert split["position"] == {None: "поредност", "job": "длъжност"}
    assert all(all(found.values()) for found in split.values())


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("/bg/accounts/login/", "Забравена парола?"),
        ("/bg/accounts/signup/", "Имейл адрес"),
    ],
)
def test_third_party_pages_follow_the_glossary(client, path, expected):
    content = client.get(path).content.decode()

    assert expected in content
    assert "акаунт" not in content.lower() and "E-mail" not in content


def test_django_password_length_message_is_bulgarian(client):
    response = client.post(
        "/bg/accounts/signup/", {"email": "nova@example.org", "password1": "ab1", "password2": "ab1"}
    )

    assert "Паролата е твърде кратка" in response.content.decode()


@pytest.mark.parametrize(("language", "expected"), [("bg", "12 май 2023 г."), ("en", "12 May 2023")])
def test_long_date_follows_the_language(language, expected):
    from datetime import date

    with translation.override(language):
        assert long_date(date(2023, 5, 12)) == expected


def test_two_factor_page_speaks_of_an_authenticator_app_not_an_application_form(client, participant):
    client.force_login(participant)

    content = client.get("/bg/accounts/2fa/").content.decode()

    assert re.search(r"<h1>\s*Двустепенно влизане\s*</h1>", content)
    assert "Няма включено приложение за удостоверяване." in content
    assert "Няма създадени кодове за възстановяване." in content
    assert re.search(r"апликаци|акаунт|автентик", content, flags=re.IGNORECASE) is None


def test_recovery_codes_page_asks_formally(client, participant):
    user = with_two_factor(participant)
    client.force_login(user)
    client.post("/bg/accounts/2fa/reauthenticate/", {"code": totp_code(user.totp_secret)})  # as allauth asks

    content = client.get("/bg/accounts/2fa/recovery-codes/generate/").content.decode()

    assert "На път сте да създадете нов набор от кодове за възстановяване за профила си." in content
    assert re.search(r"<button[^>]*>\s*Създайте\s*</button>", content)
    assert "Генерирай" not in content and "сет " not in content


def test_admin_index_headings_are_bulgarian_for_a_moderator(client, moderator):
    client.force_login(moderator)

    content = client.get("/admin/", HTTP_ACCEPT_LANGUAGE="bg").content.decode()

    assert '<th scope="col">Име на модела</th>' in content
    assert "Model name" not in content and "Change or view list link" not in content


def test_background_tasks_admin_is_named_in_bulgarian():
    model_admin = admin.site._registry[DBTaskResult]

    with translation.override("bg"):
        app_name = str(apps.get_app_config(DBTaskResult._meta.app_label).verbose_name)
        labels = [label_for_field(name, DBTaskResult, model_admin) for name in model_admin.list_display[1:]]
        statuses = [str(label) for _value, label in TaskResultStatus.choices]
        detail = [
            label_for_field(name, DBTaskResult, model_admin) for name in ("formatted_traceback", "display_run_after")
        ]

    assert app_name == "Фонови задачи"
    assert labels == [
        "задача",
        "статус",
        "добавена в опашката на",
        "започнала на",
        "приключила на",
        "приоритет",
        "опашка",
    ]
    assert statuses == ["В готовност", "Изпълнява се", "Неуспешна", "Успешна"]
    assert detail == ["проследяване на грешката", "изпълнение след"]
