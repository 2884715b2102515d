"""Subscribing without an account: double opt-in, consent recorded, signed links, unsubscribe in one click (both
header forms and the page), re-subscribing, language and topics, and addresses nobody confirmed forgotten."""

import re
from datetime import timedelta
from unittest import mock

import dns.resolver
import pytest
from django.core import mail, signing
from django.urls import reverse
from django.utils import timezone, translation

from newsletter import services, tokens
from newsletter.enums import SubscriptionStatus
from newsletter.models import Subscriber
from newsletter.tasks import forget_unconfirmed
from tests.factories.newsletter import SubscriberFactory
from tests.factories.portal import ThemeFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def subscribe(client, django_capture_on_commit_callbacks):
    """Post the subscription form; the e-mail leaves once the transaction commits, as outside tests."""

    def post(language="bg", **data):
        with django_capture_on_commit_callbacks(execute=True):
            return client.post(f"/{language}/newsletter/", {"email": "ana@example.org", "language": language, **data})

    return post


def link_in(message, name):
    """The first link of the e-mail's text that leads to the newsletter page `name`."""
    path = reverse(f"newsletter:{name}", kwargs={"token": "TOKEN"}).split("TOKEN")[0]
    return re.search(rf"http\S*{re.escape(path)}\S+", message.body).group(0)


def local(url):
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


@pytest.mark.parametrize(
    ("language", "subject"),
    [("bg", "Потвърдете абонамента си за бюлетина"), ("en", "Confirm your subscription to the newsletter")],
)
def test_subscribing_sends_a_confirmation_link_in_the_chosen_language(client, language, subject, subscribe):
    response = subscribe(language=language, email="Ana@Example.org")

    assert response.status_code == 302
    assert response["Location"] == f"/{language}/newsletter/subscribed/"
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.language, subscriber.status) == ("ana@example.org", language, "pending")
    assert len(mail.outbox) == 1
    assert mail.outbox[0].to == ["ana@example.org"]
    assert mail.outbox[0].subject.startswith(subject)
    assert link_in(mail.outbox[0], "confirm").startswith(f"http://127.0.0.1:8000/{language}/newsletter/confirm/")


def test_consent_text_time_and_ip_are_recorded(client):
    before = timezone.now()

    client.post("/en/newsletter/", {"email": "ana@example.org", "language": "en"}, REMOTE_ADDR="198.51.100.7")

    subscriber = Subscriber.objects.get()
    assert subscriber.consent_text.startswith("We will send the portal's newsletter to this address")
    assert subscriber.consent_ip == "198.51.100.7"
    assert before <= subscriber.consented_at <= timezone.now()


def test_consent_is_recorded_in_the_words_shown_in_bulgarian(client, subscribe):
    subscribe(language="bg")

    assert Subscriber.objects.get().consent_text.startswith("Ще изпращаме бюлетина на портала на този адрес")


def test_opening_the_confirmation_link_confirms_and_shows_the_page(client, subscribe):
    subscribe(language="en")

    response = client.get(local(link_in(mail.outbox[0], "confirm")))

    assert response.status_code == 200
    assert "Subscription confirmed" in response.content.decode()
    subscriber = Subscriber.objects.get()
    assert subscriber.status == SubscriptionStatus.CONFIRMED
    assert subscriber.confirmed_at is not None


def test_an_expired_confirmation_link_is_refused_with_a_way_forward(client, subscribe):
    subscribe(language="bg")
    url = local(link_in(mail.outbox[0], "confirm"))

    with mock.patch("django.core.signing.time.time", return_value=timezone.now().timestamp() + 8 * 86400):
        response = client.get(url)

    assert response.status_code == 400
    assert "Тази връзка за потвърждение е изтекла" in response.content.decode()
    assert Subscriber.objects.get().status == SubscriptionStatus.PENDING


@pytest.mark.parametrize("purpose", ["confirm", "unsubscribe", "manage"])
def test_a_forged_or_damaged_link_is_refused(client, purpose):
    subscriber = SubscriberFactory(status=SubscriptionStatus.PENDING)
    forged = signing.dumps({"s": subscriber.pk, "e": subscriber.email}, salt="someone-else")

    response = client.post(f"/en/newsletter/{'preferences' if purpose == 'manage' else purpose}/{forged}/")

    assert response.status_code == 400
    assert "This link is not valid" in response.content.decode()
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriptionStatus.PENDING


def test_a_confirmation_link_from_before_a_new_subscription_no_longer_works(client, subscribe):
    subscribe(language="en")
    old_link = local(link_in(mail.outbox[0], "confirm"))
    subscriber = Subscriber.objects.get()
    services.unsubscribe(subscriber=subscriber)
    subscribe(language="en")

    response = client.get(old_link)

    assert response.status_code == 400
    assert Subscriber.objects.get().status == SubscriptionStatus.PENDING


@pytest.mark.parametrize(
    ("email", "message"),
    [("ana@", "Enter a whole e-mail address"), ("", "Enter your e-mail address.")],
)
def test_a_malformed_address_gets_a_message_and_keeps_the_choices(client, email, message):
    theme = ThemeFactory(name_en="Autism")

    response = client.post(
        "/en/newsletter/", {"email": email, "language": "en", "themes": [theme.pk], "content_types": ["films"]}
    )

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert f'value="{theme.pk}" id="id_themes_0" checked' in html
    assert 'value="films"' in html and re.search(r'value="films"[^>]*checked', html)
    assert Subscriber.objects.count() == 0
    assert mail.outbox == []


def test_a_malformed_address_is_explained_in_bulgarian(client):
    response = client.post("/bg/newsletter/", {"email": "ana@@example", "language": "bg"})

    assert "Въведете целия имейл адрес" in response.content.decode()


def test_a_domain_without_a_mail_exchanger_is_refused(client, settings):
    settings.NEWSLETTER_CHECK_MAIL_DOMAIN = True

    with mock.patch("dns.resolver.Resolver.resolve", side_effect=dns.resolver.NXDOMAIN):
        response = client.post("/en/newsletter/", {"email": "ana@no-such-domain.example", "language": "en"})

    assert "The domain no-such-domain.example does not receive e-mail" in response.content.decode()
    assert 'value="ana@no-such-domain.example"' in response.content.decode()
    assert Subscriber.objects.count() == 0


def test_a_dns_that_does_not_answer_in_time_accepts_the_address(client, settings):
    settings.NEWSLETTER_CHECK_MAIL_DOMAIN = True

    with mock.patch("dns.resolver.Resolver.resolve", side_effect=dns.resolver.LifetimeTimeout):
        response = client.post("/en/newsletter/", {"email": "ana@example.org", "language": "en"})

    assert response.status_code == 302
    assert Subscriber.objects.get().email == "ana@example.org"


def test_the_dns_is_asked_with_the_configured_timeout(settings):
    from newsletter.mail_domains import domain_receives_mail

    settings.NEWSLETTER_CHECK_MAIL_DOMAIN = True
    settings.NEWSLETTER_DNS_TIMEOUT = 0.7
    lifetimes = []

    def answer(resolver, domain, record_type):
        lifetimes.append(resolver.lifetime)
        raise dns.resolver.NoAnswer

    with mock.patch("dns.resolver.Resolver.resolve", answer):
        assert domain_receives_mail("example.org") is False

    assert lifetimes == [0.7, 0.7, 0.7]


def test_topics_and_language_are_saved(client, subscribe):
    theme = ThemeFactory()

    subscribe(language="en", themes=[theme.pk], countries=["IT", "PT"], content_types=["practices", "films"])

    subscriber = Subscriber.objects.get()
    assert list(subscriber.themes.all()) == [theme]
    assert [str(country) for country in subscriber.countries] == ["IT", "PT"]
    assert subscriber.content_types == ["practices", "films"]
    assert subscriber.language == "en"


def test_an_unknown_content_type_is_refused(client, subscribe):
    response = subscribe(language="en", content_types=["recipes"])

    assert "Select a valid choice" in response.content.decode()
    assert Subscriber.objects.count() == 0


def test_subscribing_again_while_subscribed_reveals_nothing_and_changes_nothing(client, subscribe):
    SubscriberFactory(email="ana@example.org", language="bg")

    response = subscribe(language="en")

    assert response["Location"] == "/en/newsletter/subscribed/"
    subscriber = Subscriber.objects.get()
    assert (subscriber.language, subscriber.status) == ("bg", SubscriptionStatus.CONFIRMED)
    assert mail.outbox[0].subject == "Вече получавате бюлетина на Портал за социални иновации"


def test_re_subscribing_after_unsubscribing_works(client, subscribe):
    subscriber = SubscriberFactory(email="ana@example.org", language="en")
    services.unsubscribe(subscriber=subscriber)

    subscribe(language="en")
    client.get(local(link_in(mail.outbox[0], "confirm")))

    subscriber.refresh_from_db()
    assert subscriber.status == SubscriptionStatus.CONFIRMED
    assert subscriber.unsubscribed_at is None


def test_the_unsubscribe_page_asks_and_the_button_unsubscribes(client):
    subscriber = SubscriberFactory(language="en")
    with translation.override("en"):
        url = reverse("newsletter:unsubscribe", kwargs={"token": tokens.make_token(subscriber, purpose="unsubscribe")})

    shown = client.get(url)
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriptionStatus.CONFIRMED  # a link checker opening it changes nothing
    assert "Stop sending the newsletter to" in shown.content.decode()

    response = client.post(url)

    subscriber.refresh_from_db()
    assert subscriber.status == SubscriptionStatus.UNSUBSCRIBED
    assert "You are unsubscribed" in response.content.decode()


def test_one_click_unsubscribe_by_the_providers_post(client):
    """RFC 8058: the provider POSTs List-Unsubscribe=One-Click to the https link, with no cookie and no CSRF token."""
    subscriber = SubscriberFactory()
    client.handler.enforce_csrf_checks = True
    token = tokens.make_token(subscriber, purpose="unsubscribe")

    response = client.post(
        f"/bg/newsletter/unsubscribe/{token}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )

    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert subscriber.status == SubscriptionStatus.UNSUBSCRIBED


def test_preferences_link_changes_language_and_topics(client):
    subscriber = SubscriberFactory(language="bg", content_types=["news"])
    theme = ThemeFactory()
    url = reverse("newsletter:manage", kwargs={"token": tokens.make_token(subscriber, purpose="manage")})

    response = client.post(url, {"language": "en", "content_types": ["events"], "themes": [theme.pk]}, follow=True)

    assert "Изборът ви е запазен." in response.content.decode()
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.content_types) == ("en", ["events"])
    assert list(subscriber.themes.all()) == [theme]


def test_preferences_page_shows_the_current_choices_in_english(client):
    subscriber = SubscriberFactory(language="en", content_types=["films"], countries=["PL"])
    with translation.override("en"):
        url = reverse("newsletter:manage", kwargs={"token": tokens.make_token(subscriber, purpose="manage")})

    html = client.get(url).content.decode()

    assert "Your newsletter" in html
    assert re.search(r'value="films"[^>]*checked', html)
    assert re.search(r'value="PL"[^>]*checked', html)


def test_a_signed_in_user_subscribes_with_one_click(client):
    user = VerifiedUserFactory(email="maria@example.org")
    client.force_login(user)

    response = client.post("/en/newsletter/subscribe-me/", {"next": "/en/practices/"})

    assert response["Location"] == "/en/practices/"
    subscriber = Subscriber.objects.get()
    assert (subscriber.email, subscriber.user, subscriber.status) == ("maria@example.org", user, "confirmed")
    assert subscriber.language == "en"
    assert mail.outbox == []


def test_one_click_does_not_leave_the_site(client):
    client.force_login(VerifiedUserFactory())

    response = client.post("/en/newsletter/subscribe-me/", {"next": "//evil.example/"})

    assert response["Location"] == "/en/newsletter/"


def test_an_unverified_user_is_asked_to_confirm_the_address_first(client):
    from tests.factories.portal import UserFactory

    client.force_login(UserFactory(email="new@example.org"))

    response = client.post("/bg/newsletter/subscribe-me/", follow=True)

    assert "Първо потвърдете имейл адреса си" in response.content.decode()
    assert Subscriber.objects.count() == 0


@pytest.mark.parametrize("language", ["bg", "en"])
def test_every_page_has_the_footer_box_without_a_csrf_token(client, language):
    html = client.get(f"/{language}/").content.decode()

    box = html[html.index('class="newsletter-box"') :]
    assert f'action="/{language}/newsletter/"' in box
    assert "csrfmiddlewaretoken" not in html
    label = "Абонирайте се" if language == "bg" else "Subscribe"
    assert f">{label}</button>" in box
    assert f'<option value="{language}" selected>' in box  # the page's language is offered first
    assert len(re.findall(r"<option value=\"(bg|en)\"", box)) == 2


def test_the_footer_form_subscribes_without_a_csrf_token(client):
    client.handler.enforce_csrf_checks = True

    response = client.post("/en/newsletter/", {"email": "ana@example.org", "language": "bg"})

    assert response.status_code == 302
    assert Subscriber.objects.get().language == "bg"


def test_unconfirmed_addresses_are_forgotten_after_thirty_days():
    old = SubscriberFactory(status="pending", consented_at=timezone.now() - timedelta(days=31), confirmed_at=None)
    recent = SubscriberFactory(status="pending", consented_at=timezone.now() - timedelta(days=29), confirmed_at=None)
    confirmed = SubscriberFactory(consented_at=timezone.now() - timedelta(days=400))

    forget_unconfirmed.call()

    assert set(Subscriber.objects.all()) == {recent, confirmed}
    assert not Subscriber.objects.filter(pk=old.pk).exists()


def test_forgetting_is_on_the_periodic_schedule():
    from core.periodic import PERIODIC

    assert "newsletter.newsletter-forget-unconfirmed" in PERIODIC.as_dict()
    assert PERIODIC.as_dict()["newsletter.newsletter-forget-unconfirmed"].task == forget_unconfirmed


def test_the_footer_offers_a_signed_in_user_one_click_without_showing_the_address(client):
    user = VerifiedUserFactory(email="maria@example.org")
    client.force_login(user)

    html = client.get("/en/").content.decode()

    box = html[html.index('class="newsletter-box"') :]
    assert 'action="/en/newsletter/subscribe-me/"' in box
    assert "Subscribe with one click" in box
    assert "maria@example.org" not in html
