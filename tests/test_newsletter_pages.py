"""The newsletter's archive and its feeds, the moderators' composing in the admin, and the subscription in a
participant's data export and account deletion."""

import json
import re

import feedparser
import pytest
from django.core import mail
from django.utils import timezone

from newsletter.enums import IssueStatus
from newsletter.models import Issue, IssueBlock, Subscriber
from tests.factories.newsletter import IssueBlockFactory, IssueFactory, SentIssueFactory, SubscriberFactory
from tests.factories.portal import PostFactory, VerifiedUserFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(("language", "subject"), [("bg", "Бюлетин за май"), ("en", "May newsletter")])
def test_the_archive_lists_sent_issues_only(client, language, subject):
    SentIssueFactory(subject_bg="Бюлетин за май", subject_en="May newsletter")
    IssueFactory(subject_bg="Чернова", subject_en="Draft issue")

    html = client.get(f"/{language}/newsletter/archive/").content.decode()

    assert subject in html
    assert "Чернова" not in html and "Draft issue" not in html


def test_the_archive_costs_the_same_queries_for_more_issues(client, django_assert_num_queries):
    SentIssueFactory()
    client.get("/en/newsletter/archive/")  # the site settings are cached from then on
    with django_assert_num_queries(2):
        client.get("/en/newsletter/archive/")
    SentIssueFactory.create_batch(5)
    with django_assert_num_queries(2):
        response = client.get("/en/newsletter/archive/")
    assert len(response.context["issues"]) == 6


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_sent_issue_reads_in_a_browser_in_the_pages_language(client, language):
    issue = SentIssueFactory(subject_bg="Бюлетин за май", subject_en="May newsletter")
    IssueBlockFactory(issue=issue, title_bg="Завърши проектът", title_en="The project is complete")

    html = client.get(f"/{language}/newsletter/archive/{issue.pk}/").content.decode()

    assert ("Завърши проектът" if language == "bg" else "The project is complete") in html
    assert ("Бюлетин за май" if language == "bg" else "May newsletter") in html


def test_a_draft_issue_is_not_in_the_archive(client):
    issue = IssueFactory()

    assert client.get(f"/en/newsletter/archive/{issue.pk}/").status_code == 404


@pytest.mark.parametrize("language", ["bg", "en"])
@pytest.mark.parametrize(("suffix", "content_type"), [("", "application/atom+xml"), ("rss/", "application/rss+xml")])
def test_the_archive_feed_parses_in_both_forms(client, language, suffix, content_type):
    SentIssueFactory(subject_bg="Бюлетин <май> & юни", subject_en="May <and> June & more")
    SentIssueFactory()
    IssueFactory(subject_en="Draft issue")

    response = client.get(f"/{language}/newsletter/archive/feed/{suffix}")
    feed = feedparser.parse(response.content)

    assert response["Content-Type"].startswith(content_type)
    assert not feed.bozo, feed.get("bozo_exception")
    assert len(feed.entries) == 2
    titles = [entry.title for entry in feed.entries]
    assert ("Бюлетин <май> & юни" if language == "bg" else "May <and> June & more") in titles
    assert all(entry.link.startswith(f"http://127.0.0.1:8000/{language}/newsletter/archive/") for entry in feed.entries)
    assert feed.feed.language == language


@pytest.mark.parametrize("language", ["bg", "en"])
def test_newsletter_pages_announce_the_feeds(client, language):
    html = client.get(f"/{language}/newsletter/archive/").content.decode()

    title = "Емисия на бюлетина" if language == "bg" else "Newsletter feed"
    assert f'type="application/atom+xml" title="{title} (Atom)"' in html
    assert f'href="/{language}/newsletter/archive/feed/rss/"' in html


def admin_change_url(issue):
    return f"/admin/newsletter/issue/{issue.pk}/change/"


def test_a_moderator_fills_an_issue_from_news_published_since_the_last_one(moderator_client):
    previous = SentIssueFactory(started_at=timezone.now() - timezone.timedelta(days=3))
    PostFactory(title_en="Old news", published_at=previous.started_at - timezone.timedelta(days=1))
    PostFactory(title_bg="Нова новина", title_en="Fresh news")
    issue = IssueFactory()

    moderator_client.post(f"/admin/newsletter/issue/{issue.pk}/fill/")
    moderator_client.post(f"/admin/newsletter/issue/{issue.pk}/fill/")  # twice: nothing is added twice

    blocks = list(IssueBlock.objects.filter(issue=issue))
    assert [(block.kind, block.title_bg, block.title_en) for block in blocks] == [("news", "Нова новина", "Fresh news")]
    assert blocks[0].url_en.startswith("/en/news/")


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_moderator_previews_both_parts_in_each_language(moderator_client, language):
    issue = IssueFactory(subject_bg="Бюлетин за май", subject_en="May newsletter")
    IssueBlockFactory(issue=issue, title_bg="Завърши проектът", title_en="The project is complete")

    html = moderator_client.get(f"/admin/newsletter/issue/{issue.pk}/preview/{language}/html/").content.decode()
    text = moderator_client.get(f"/admin/newsletter/issue/{issue.pk}/preview/{language}/text/")

    title = "Завърши проектът" if language == "bg" else "The project is complete"
    assert title in html and title in text.content.decode()
    assert text["Content-Type"] == "text/plain; charset=utf-8"
    assert f'<html lang="{language}">' in html


def test_a_moderator_sends_a_test_to_themselves_in_both_languages(moderator_client, moderator):
    SubscriberFactory()
    issue = IssueFactory(subject_bg="Бюлетин за май", subject_en="May newsletter")

    moderator_client.post(f"/admin/newsletter/issue/{issue.pk}/send-test/")

    assert [(message.to, message.subject) for message in mail.outbox] == [
        ([moderator.email], "[Проба] Бюлетин за май"),
        ([moderator.email], "[Test] May newsletter"),
    ]
    issue.refresh_from_db()
    assert issue.status == IssueStatus.DRAFT


def test_a_moderator_sends_and_sees_the_progress(moderator_client, django_capture_on_commit_callbacks):
    SubscriberFactory.create_batch(3)
    issue = IssueFactory()

    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(f"/admin/newsletter/issue/{issue.pk}/send/")
    page = moderator_client.get(admin_change_url(issue)).content.decode()
    data = json.loads(moderator_client.get(f"/admin/newsletter/issue/{issue.pk}/progress/").content)

    assert len(mail.outbox) == 3
    assert (data["total"], data["sent"], data["failed"], data["remaining"]) == (3, 3, 0, 0)
    assert re.search(r'<progress id="newsletter-progress-bar" max="3" value="3">', page)
    assert "3 от 3 изпратени" in page


def test_a_sent_issue_can_no_longer_be_sent_or_changed(moderator_client, django_capture_on_commit_callbacks):
    SubscriberFactory()
    issue = SentIssueFactory()

    with django_capture_on_commit_callbacks(execute=True):
        moderator_client.post(f"/admin/newsletter/issue/{issue.pk}/send/")

    assert mail.outbox == []
    page = moderator_client.get(admin_change_url(issue)).content.decode()
    assert f"/admin/newsletter/issue/{issue.pk}/send/" not in page


def test_scheduling_needs_a_time_in_the_future(moderator_client):
    issue = IssueFactory(scheduled_at=None)

    response = moderator_client.post(f"/admin/newsletter/issue/{issue.pk}/schedule/", follow=True)

    assert "Задайте бъдещ момент" in response.content.decode()
    issue.refresh_from_db()
    assert issue.status == IssueStatus.DRAFT


def test_a_participant_cannot_send_or_preview(client, participant):
    issue = IssueFactory()
    client.force_login(participant)

    for url in [f"/admin/newsletter/issue/{issue.pk}/send/", f"/admin/newsletter/issue/{issue.pk}/preview/en/html/"]:
        response = client.post(url)
        assert response.status_code == 302 and response["Location"].startswith("/admin/login/")
    issue.refresh_from_db()
    assert issue.status == IssueStatus.DRAFT


def test_the_subscription_is_in_the_data_export(client):
    user = VerifiedUserFactory(email="maria@example.org")
    SubscriberFactory(email="maria@example.org", language="en", consent_ip="203.0.113.5")
    SubscriberFactory(email="someone@example.org")
    client.force_login(user)

    data = json.loads(client.get("/en/profile/data/").content)

    [subscription] = data["newsletter"]["subscriptions"]
    assert (subscription["email"], subscription["language"], subscription["consent_ip"]) == (
        "maria@example.org",
        "en",
        "203.0.113.5",
    )


def test_the_subscription_goes_with_the_account(client):
    from core.privacy import erase_personal_data, former_member

    user = VerifiedUserFactory(email="maria@example.org")
    SubscriberFactory(email="maria@example.org")
    other = SubscriberFactory(email="someone@example.org")

    erase_personal_data(user=user, former_member=former_member())

    assert list(Subscriber.objects.all()) == [other]
    assert Issue.objects.count() == 0


@pytest.mark.parametrize(("language", "heading"), [("bg", "Бюлетинът"), ("en", "The newsletter")])
def test_the_privacy_page_says_what_the_newsletter_keeps(client, language, heading):
    html = client.get(f"/{language}/privacy/").content.decode()

    assert f"<dt>{heading}</dt>" in html
    assert ("30 дни" if language == "bg" else "30 days") in html


@pytest.mark.parametrize(
    ("language", "subject", "block"),
    [
        ("bg", "Бюлетин: обменът на социални иновации", "Завърши проектът за обмен на практики"),
        ("en", "Newsletter: exchanging social innovations", "The project on exchanging social inclusion practices"),
    ],
)
def test_the_demo_has_confirmed_subscribers_and_a_sent_issue_from_the_news(client, language, subject, block):
    import io

    from demo import directory, news, newsletter

    for module in (directory, news, newsletter):
        module.load(stdout=io.StringIO())

    issue = Issue.objects.sent().get()
    html = client.get(f"/{language}/newsletter/archive/{issue.pk}/").content.decode()

    assert subject in html and block in html
    assert sorted(Subscriber.objects.confirmed().values_list("language", flat=True)) == ["bg", "bg", "en", "en"]
