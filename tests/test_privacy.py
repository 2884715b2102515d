"""Privacy rights: the data export, account deletion, consent at sign-up, the privacy page and the cookies set."""

import json

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.sessions.models import Session
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext

from core import roles
from core.models import Follow
from core.privacy import DATA_EXPORTS, FORMER_MEMBER_USERNAME
from directory.enums import ConsentPurpose
from directory.models import Consent, Profile
from events import services as event_services
from events.enums import RegistrationStatus
from events.models import Registration, StarredSession
from forum.enums import DigestFrequency
from forum.models import NotificationPreference, Post
from forum.services import subscribe
from tests.factories.events import EventFactory, SessionFactory
from tests.factories.forum import PostFactory, ThreadFactory
from tests.factories.portal import ProfileFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def participant(**kwargs):
    user = roles.assign_role(user=VerifiedUserFactory(**kwargs), role=roles.PARTICIPANT)
    ProfileFactory(user=user, display_name=f"Име {user.username}")
    return user


def in_language(language, text):
    with translation.override(language):
        return gettext(text)


@pytest.fixture
def maria():
    """A participant with something everywhere: a thread and a comment, a registration, a star, a subscription."""
    user = participant(username="maria")
    thread = ThreadFactory(title="Как започнахме", author=user)
    PostFactory(discussion=thread, author=user, body="Моята първа публикация")
    event = EventFactory(title_bg="Среща в Пловдив", title_en="Meeting in Plovdiv")
    event_services.register_participant(event=event, user=user, accessibility_needs="Рампа за количка")
    StarredSession.objects.create(user=user, session=SessionFactory(title_bg="Отваряне", title_en="Opening"))
    subscribe(user=user, discussion=thread)
    NotificationPreference.objects.create(user=user, frequency=DigestFrequency.WEEKLY)
    return user


@pytest.mark.parametrize("language", ["bg", "en"])
def test_export_has_the_users_data_and_nothing_of_anyone_else(client, maria, language):
    other = participant(username="ivan")
    PostFactory(author=other, body="Чужда публикация")
    event_services.register_participant(event=EventFactory(title_bg="Чуждо събитие"), user=other)
    client.force_login(maria)

    response = client.get(f"/{language}/profile/data/")
    data = json.loads(response.content)

    assert response["Content-Type"] == "application/json"
    assert response["Content-Disposition"].startswith('attachment; filename="my-data-')
    assert list(data) == ["exported_at", *(entry.name for entry in DATA_EXPORTS.entries())]
    assert data["account"]["email"] == "maria@example.org"
    assert data["account"]["email_addresses"] == [{"email": "maria@example.org", "verified": True, "primary": True}]
    assert data["profile"]["display_name"] == "Име maria"
    assert [post["text"] for post in data["forum"]["posts"]] == ["Моята първа публикация"]
    assert [thread["title"] for thread in data["forum"]["threads_started"]] == ["Как започнахме"]
    assert [follow["title"] for follow in data["follows"]] == ["Как започнахме"]
    assert data["forum"]["notification_preference"] == "weekly"
    assert [(r["status"], r["accessibility_needs"]) for r in data["events"]["registrations"]] == [
        ("confirmed", "Рампа за количка")
    ]
    assert [star["session"] for star in data["events"]["starred_sessions"]] == [
        "Opening" if language == "en" else "Отваряне"
    ]
    text = response.content.decode()
    assert "ivan" not in text
    assert "Чужда публикация" not in text
    assert "Чуждо събитие" not in text


def test_export_needs_a_signed_in_user(client):
    response = client.get("/en/profile/data/")

    assert response.status_code == 302
    assert response["Location"].startswith("/en/accounts/login/")


@pytest.mark.parametrize("language", ["bg", "en"])
def test_profile_page_links_to_the_export_and_the_deletion(client, maria, language):
    client.force_login(maria)

    html = client.get(f"/{language}/profile/").content.decode()

    assert f'href="/{language}/profile/data/" download>{in_language(language, "Download your data")}</a>' in html
    assert f'href="/{language}/profile/delete/">{in_language(language, "Delete your account")}</a>' in html


@pytest.mark.parametrize("language", ["bg", "en"])
def test_deletion_with_a_wrong_password_is_refused_and_changes_nothing(client, maria, language):
    client.force_login(maria)

    response = client.post(f"/{language}/profile/delete/", {"password": "not-it"})

    assert response.status_code == 200
    assert in_language(language, "That is not your password.") in response.content.decode()
    assert get_user_model().objects.filter(pk=maria.pk).exists()
    assert Registration.objects.get(user=maria).status == RegistrationStatus.CONFIRMED


@pytest.mark.parametrize("language", ["bg", "en"])
def test_deletion_keeps_the_posts_as_by_a_former_member_and_erases_the_rest(
    client, maria, language, django_capture_on_commit_callbacks
):
    event = Registration.objects.get(user=maria).event
    event.capacity = 1
    event.save()
    waiting = participant(username="petar", email="petar@example.org")
    event_services.register_participant(event=event, user=waiting)
    PostFactory(
        discussion=maria.forum_posts.get().discussion, author=participant(username="ana"), body="Отговор на Мария"
    )
    avatar_profile = Profile.objects.get(user=maria)
    avatar_profile.avatar.save("maria.png", _png(), save=True)
    avatar_path = avatar_profile.avatar.path
    other_device = type(client)()
    other_device.force_login(maria)
    client.force_login(maria)
    mail.outbox.clear()

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/{language}/profile/delete/", {"password": PASSWORD})

    assert response.status_code == 302
    assert response["Location"] == f"/{language}/"
    assert in_language(language, "Your account has been deleted.") in client.get(f"/{language}/").content.decode()
    assert not get_user_model().objects.filter(username="maria").exists()
    assert not EmailAddress.objects.filter(email="maria@example.org").exists()
    assert not Profile.objects.filter(display_name="Име maria").exists()
    assert not Follow.objects.exists()
    assert not StarredSession.objects.exists()
    assert not Session.objects.filter(session_key=other_device.session.session_key).exists()
    assert not _exists(avatar_path)
    post = Post.objects.get(body="Моята първа публикация")
    assert post.author.username == FORMER_MEMBER_USERNAME
    assert not post.author.is_active
    assert post.author.email == ""
    assert Registration.objects.get(user=waiting).status == RegistrationStatus.CONFIRMED
    assert [message.to for message in mail.outbox] == [["petar@example.org"]]
    page = client.get(f"/{language}{post.discussion.get_absolute_url()[3:]}").content.decode()
    assert "Моята първа публикация" in page
    assert "Отговор на Мария" in page
    assert in_language(language, "former member") in page
    assert "Име maria" not in page
    assert "Име ana" in page
    assert "_auth_user_id" not in client.session


def test_two_deleted_accounts_share_the_former_member(client):
    first, second = participant(), participant()
    PostFactory(author=first)
    PostFactory(author=second)

    for user in (first, second):
        client.force_login(user)
        client.post("/en/profile/delete/", {"password": PASSWORD})

    assert {post.author.username for post in Post.objects.all()} == {FORMER_MEMBER_USERNAME}


@pytest.mark.parametrize("language", ["bg", "en"])
def test_sign_up_without_consent_is_refused_with_a_message_and_keeps_what_was_typed(client, language):
    response = client.post(
        f"/{language}/accounts/signup/",
        {
            "display_name": "Надя",
            "email": "nadia@example.org",
            "password1": "a-long-passphrase-42",
            "password2": "a-long-passphrase-42",
        },
    )

    html = response.content.decode()
    assert response.status_code == 200
    message = in_language(language, "To create a profile, please accept the terms of use and the privacy notice.")
    assert message in html
    assert 'value="nadia@example.org"' in html
    assert 'value="Надя"' in html
    assert f'href="/{language}/privacy/"' in html
    assert not get_user_model().objects.filter(email="nadia@example.org").exists()


def test_sign_up_with_consent_records_it_with_the_time(client):
    client.post(
        "/en/accounts/signup/",
        {
            "display_name": "Надя",
            "email": "nadia@example.org",
            "password1": "a-long-passphrase-42",
            "password2": "a-long-passphrase-42",
            "terms": "on",
        },
    )

    consent = Consent.objects.get(user__email="nadia@example.org")
    assert consent.purpose == ConsentPurpose.SIGNUP_TERMS
    assert consent.given_at is not None


@pytest.mark.parametrize("language", ["bg", "en"])
def test_privacy_page_is_linked_from_the_footer_and_says_what_is_kept(client, language):
    home = client.get(f"/{language}/").content.decode()
    page = client.get(f"/{language}/privacy/")

    html = page.content.decode()
    assert f'<a href="/{language}/privacy/">{in_language(language, "Privacy")}</a>' in home
    assert page.status_code == 200
    assert f"<h1>{in_language(language, 'Privacy')}</h1>" in html
    assert in_language(language, "What we keep and why") in html
    assert "<code>sessionid</code>" in html


def test_the_site_sets_only_the_essential_cookies(client):
    """Browsing, switching language, signing up and in, and saving the profile set no cookie beyond the three."""
    names = set()

    def collect(response):
        names.update(response.cookies.keys())
        return response

    collect(client.get("/bg/"))
    collect(client.post("/i18n/setlang/", {"language": "en", "next": "/en/"}))
    collect(client.get("/en/accounts/signup/"))
    collect(
        client.post(
            "/en/accounts/signup/",
            {
                "display_name": "C",
                "email": "c@example.org",
                "password1": "a-long-passphrase-42",
                "password2": "a-long-passphrase-42",
                "terms": "on",
            },
        )
    )
    user = participant(username="cookie")
    collect(client.post("/en/accounts/login/", {"login": user.email, "password": PASSWORD}))
    collect(client.post("/en/profile/", {"display_name": "Cookie", "language": "en"}))
    collect(client.get("/en/profile/"))

    assert names <= {"sessionid", "csrftoken", "django_language"}
    assert "sessionid" in names


def _png():
    import io

    from django.core.files.base import ContentFile
    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (300, 300), (10, 120, 40)).save(buffer, format="PNG")
    return ContentFile(buffer.getvalue())


def _exists(path):
    import os

    return os.path.exists(path)
