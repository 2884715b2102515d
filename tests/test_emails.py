"""Every e-mail the site sends is written in the reader's language, names the site (never "example.com"), has a
plain-text and an HTML part, and links to SITE_URL; the reader's language is chosen at sign-up and on the profile."""

import re
from datetime import timedelta

import icalendar
import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.test import override_settings
from django.utils import timezone

from directory.models import Profile
from events import services as event_services
from events.enums import RegistrationStatus
from forum import services as forum_services
from forum.emails import send_digest
from forum.enums import DigestFrequency, NotificationKind
from forum.models import Notification, NotificationPreference
from forum.services import subscribe
from tests.factories.events import EventFactory, RegistrationFactory
from tests.factories.forum import PostFactory, ThreadFactory
from tests.factories.portal import ProfileFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db

SITE = "https://portal.example.bg"
SITE_NAMES = {"bg": "Портал за социални иновации", "en": "Social innovation portal"}
PASSWORD = "a-long-passphrase-42"


@pytest.fixture(autouse=True)
def _site_url():
    with override_settings(SITE_URL=SITE):
        yield


def reader(language, **kwargs):
    """A verified user whose profile asks for e-mail in `language`."""
    user = VerifiedUserFactory(**kwargs)
    ProfileFactory(user=user, language=language)
    return user


def html_of(message):
    (html,) = [content for content, mimetype in message.alternatives if mimetype == "text/html"]
    return html


def links_in(text):
    return re.findall(r"https?://[^\s\"'<>)]+", text)


# Each kind of e-mail: a function that makes the site send it to a reader of `language`, returning the
# reader's address. The page language of a request is the *other* language, so the e-mail can only be in
# `language` because the reader asked for it.
def other(language):
    return "en" if language == "bg" else "bg"


def send_signup_confirmation(client, language, capture):
    client.post(
        f"/{language}/accounts/signup/",
        {
            "display_name": "New",
            "email": "new@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "terms": "on",
        },
    )
    return "new@example.org"


def send_password_reset(client, language, capture):
    user = reader(language, email="forgot@example.org")
    client.post(f"/{other(language)}/accounts/password/reset/", {"email": user.email})
    return user.email


def send_forum_notification(client, language, capture):
    thread = ThreadFactory(title="Социален кооператив")
    follower = reader(language)
    subscribe(user=follower, discussion=thread)
    with capture(execute=True):
        forum_services.create_post(discussion=thread, author=VerifiedUserFactory(), body="Нов отговор")
    return follower.email


def send_forum_digest(client, language, capture):
    follower = reader(language)
    NotificationPreference.objects.create(user=follower, frequency=DigestFrequency.DAILY)
    post = PostFactory(body="За обобщението")
    Notification.objects.create(
        recipient=follower,
        post=post,
        discussion=post.discussion,
        kind=NotificationKind.REPLY,
        target=post.discussion.followed,
    )
    send_digest(user=follower)
    return follower.email


def send_registration_confirmation(client, language, capture):
    participant = reader(language)
    with capture(execute=True):
        event_services.register_participant(
            event=EventFactory(title_bg="Семинар", title_en="Seminar"), user=participant
        )
    return participant.email


def send_cancellation(client, language, capture):
    registration = RegistrationFactory(
        user=reader(language), event=EventFactory(title_bg="Семинар", title_en="Seminar")
    )
    with capture(execute=True):
        event_services.cancel_registration(registration=registration)
    return registration.user.email


def send_waiting_list_promotion(client, language, capture):
    event = EventFactory(capacity=1, title_bg="Семинар", title_en="Seminar")
    taken = RegistrationFactory(event=event)
    waiting = RegistrationFactory(event=event, user=reader(language), status=RegistrationStatus.WAITLISTED)
    with capture(execute=True):
        event_services.cancel_registration(registration=taken)
    return waiting.user.email


def send_organisers_message(client, language, capture):
    registration = RegistrationFactory(
        user=reader(language), event=EventFactory(title_bg="Семинар", title_en="Seminar")
    )
    with capture(execute=True):
        event_services.message_registrants(event=registration.event, subject="Нова зала", body="Зала 2.")
    return registration.user.email


KINDS = {
    "sign-up confirmation": send_signup_confirmation,
    "password reset": send_password_reset,
    "forum notification": send_forum_notification,
    "forum digest": send_forum_digest,
    "registration confirmation": send_registration_confirmation,
    "registration cancelled": send_cancellation,
    "waiting-list promotion": send_waiting_list_promotion,
    "organisers' message": send_organisers_message,
}


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize("kind", KINDS)
def test_every_email_is_in_the_readers_language_and_names_the_site(
    client, django_capture_on_commit_callbacks, kind, language
):
    address = KINDS[kind](client, language, django_capture_on_commit_callbacks)

    (message,) = [message for message in mail.outbox if message.to == [address]]
    html = html_of(message)
    for part in (message.subject, message.body, html):
        assert "example.com" not in part
    assert SITE_NAMES[language] in message.body
    assert SITE_NAMES[language] in html
    assert SITE_NAMES[other(language)] not in message.body
    links = links_in(message.body) + links_in(html)
    assert links
    assert all(link.startswith(f"{SITE}/") for link in links if "meet.example" not in link)
    assert any(link.startswith(f"{SITE}/{language}/") for link in links)
    assert not any(link.startswith(f"{SITE}/{other(language)}/") for link in links)


@pytest.mark.parametrize("language", ["bg", "en"])
def test_account_email_subject_carries_the_sites_name(client, language):
    send_signup_confirmation(client, language, None)

    assert mail.outbox[0].subject.startswith(f"[{SITE_NAMES[language]}] ")


@pytest.mark.parametrize("language", ["bg", "en"])
def test_forum_emails_offer_one_click_unsubscribe_in_the_readers_language(
    client, django_capture_on_commit_callbacks, language
):
    send_forum_notification(client, language, django_capture_on_commit_callbacks)

    headers = mail.outbox[0].extra_headers
    assert headers["List-Unsubscribe"].startswith(f"<{SITE}/{language}/forum/unsubscribe/")
    assert headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


@pytest.mark.parametrize("language", ["bg", "en"])
def test_registration_confirmation_carries_the_event_as_a_calendar_file(
    client, django_capture_on_commit_callbacks, language
):
    send_registration_confirmation(client, language, django_capture_on_commit_callbacks)

    message = mail.outbox[0]
    (attachment,) = message.attachments
    filename, content, mimetype = attachment
    assert filename.endswith(".ics")
    assert mimetype == "text/calendar"
    calendar = icalendar.Calendar.from_ical(content)
    (vevent,) = calendar.walk("VEVENT")
    assert str(vevent["summary"]) == {"bg": "Семинар", "en": "Seminar"}[language]
    assert str(vevent["url"]).startswith(f"{SITE}/{language}/events/")
    assert {"bg": "Семинар", "en": "Seminar"}[language] in message.subject


def test_waiting_list_registration_tells_the_place_in_line_without_a_calendar_file(
    django_capture_on_commit_callbacks,
):
    event = EventFactory(capacity=1)
    RegistrationFactory(event=event)
    participant = reader("en")

    with django_capture_on_commit_callbacks(execute=True):
        event_services.register_participant(event=event, user=participant)

    message = mail.outbox[0]
    assert "number 1 on the waiting list" in message.body
    assert message.attachments == []


@pytest.mark.parametrize("language", ["bg", "en"])
def test_sign_up_keeps_the_pages_language_for_e_mails(client, language):
    client.post(
        f"/{language}/accounts/signup/",
        {
            "display_name": "New",
            "email": "new@example.org",
            "password1": PASSWORD,
            "password2": PASSWORD,
            "terms": "on",
        },
    )

    assert Profile.objects.get(user__email="new@example.org").language == language


def test_profile_page_changes_the_language_of_e_mails(client, django_capture_on_commit_callbacks):
    user = reader("bg")
    client.force_login(user)

    page = client.get("/en/profile/").content.decode()
    response = client.post("/en/profile/", {"display_name": "Maria", "language": "en"})
    NotificationPreference.objects.create(user=user, frequency=DigestFrequency.DAILY)
    post = PostFactory()
    Notification.objects.create(
        recipient=user,
        post=post,
        discussion=post.discussion,
        kind=NotificationKind.REPLY,
        target=post.discussion.followed,
    )
    send_digest(user=get_user_model().objects.get(pk=user.pk), now=timezone.now() + timedelta(minutes=1))

    assert '<select name="language"' in page
    assert response.status_code == 302
    assert Profile.objects.get(user=user).language == "en"
    assert SITE_NAMES["en"] in mail.outbox[0].body


def test_profile_form_without_a_language_keeps_the_one_chosen(client):
    user = reader("en")
    client.force_login(user)

    client.post("/bg/profile/", {"display_name": "Мария"})

    assert Profile.objects.get(user=user).language == "en"
