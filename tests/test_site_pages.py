"""The about, terms of use and contact pages: written by moderators in both languages, reached from the footer."""

import pytest
from django.urls import reverse

from core import roles
from portal.models import SiteSettings
from tests.conftest import member_of

pytestmark = pytest.mark.django_db


def test_moderator_writes_the_about_and_terms_pages_in_both_languages(moderator_client, client):
    response = moderator_client.post(
        reverse("admin:portal_sitesettings_change", args=[SiteSettings.load().pk]),
        {
            "content_licence": "CC-BY-4.0",
            "about_bg": "Порталът е **център за компетентност**.",
            "about_en": "The portal is a **competence centre**.",
            "terms_bg": "Пишете учтиво.",
            "terms_en": "Write politely.",
        },
    )

    assert response.status_code == 302
    assert "<strong>център за компетентност</strong>" in client.get("/bg/about/").content.decode()
    assert "<strong>competence centre</strong>" in client.get("/en/about/").content.decode()
    assert "Пишете учтиво." in client.get("/bg/terms/").content.decode()
    assert "Write politely." in client.get("/en/terms/").content.decode()


@pytest.mark.parametrize(
    ("language", "links"),
    [("bg", ["За портала", "Контакт", "Условия за ползване"]), ("en", ["About", "Contact", "Terms of use"])],
)
def test_footer_links_the_site_pages(client, language, links):
    html = client.get(f"/{language}/").content.decode()

    for url_name, label in zip(("about", "contact", "terms"), links, strict=True):
        assert f'<a href="/{language}/{url_name}/">{label}</a>' in html


def test_unwritten_page_says_so_in_the_page_language(client):
    assert "Тази страница още не е написана." in client.get("/bg/terms/").content.decode()
    assert "This page has not been written yet." in client.get("/en/terms/").content.decode()


MESSAGE = {"name": "Мария Петрова", "email": "maria@example.org", "message": "Търся практика за възрастни хора."}


def test_contact_message_reaches_each_moderator_by_e_mail(client, mailoutbox, role_groups):
    moderators = [member_of(roles.MODERATOR, name) for name in ("mod-one", "mod-two")]
    member_of(roles.ORGANISER, "organiser")

    response = client.post("/bg/contact/", MESSAGE, follow=True)

    assert "Благодарим ви: съобщението ви е изпратено на модераторите." in response.content.decode()
    assert sorted(mail.to[0] for mail in mailoutbox) == sorted(moderator.email for moderator in moderators)
    assert all(mail.extra_headers["Reply-To"] == "maria@example.org" for mail in mailoutbox)
    assert "Търся практика за възрастни хора." in mailoutbox[0].body
    assert "Мария Петрова" in mailoutbox[0].subject


@pytest.mark.parametrize(
    ("language", "error"),
    [
        ("bg", "Формулярът не можа да бъде изпратен"),
        ("en", "This form could not be sent. Please leave the last field empty and try again."),
    ],
)
def test_contact_form_filled_by_a_robot_is_refused_and_kept(client, mailoutbox, role_groups, language, error):
    member_of(roles.MODERATOR, "mod-one")

    response = client.post(f"/{language}/contact/", {**MESSAGE, "website": "http://spam.example"})
    html = response.content.decode()

    assert response.status_code == 200
    assert error in html
    assert "Търся практика за възрастни хора." in html and 'value="maria@example.org"' in html
    assert mailoutbox == []


def test_contact_form_with_a_bad_address_says_why_and_keeps_the_message(client, mailoutbox):
    response = client.post("/en/contact/", {**MESSAGE, "email": "not-an-address"})
    html = response.content.decode()

    assert "Enter a valid email address." in html
    assert "Търся практика за възрастни хора." in html and 'value="Мария Петрова"' in html
    assert mailoutbox == []
