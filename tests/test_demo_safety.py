"""`make run` loads the demo on every start: on a portal in real use it must change nothing that exists."""

import io

import pytest
from django.apps import apps
from django.contrib.auth import authenticate, get_user_model
from django.core.management import call_command

import demo
from core.enums import PublicationStatus
from core.models import Follow
from events.enums import EventStatus
from events.models import Event
from films.models import Cue
from forum.models import Post
from portal.models import SiteSettings
from practices.models import Practice

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("role_groups")]


def load_demo():
    out = io.StringIO()
    call_command("load_demo", stdout=out)
    return out.getvalue()


def row_counts():
    tables = apps.get_models()
    return {model._meta.label: model._default_manager.count() for model in tables if model._meta.managed}


def test_load_demo_again_keeps_every_edit():
    load_demo()
    cancelled = Event.objects.filter(status=EventStatus.PUBLISHED).first()
    cancelled.status = EventStatus.CANCELLED
    cancelled.save()
    drafted = Event.objects.filter(status=EventStatus.PUBLISHED).exclude(pk=cancelled.pk).first()
    drafted.status = EventStatus.DRAFT
    drafted.save()
    practice = Practice.objects.order_by("pk").first()
    practice.description_en = "Corrected by the editor."
    practice.status = PublicationStatus.DRAFT
    practice.save()
    cue = Cue.objects.order_by("pk").first()
    cue.text = "Поправен надпис"
    cue.save()
    moderator = get_user_model().objects.get(username="moderator")
    moderator.email = "real.moderator@example.org"
    moderator.set_password("a-real-secret-1")
    moderator.save()
    post = Post.objects.order_by("pk").first()
    post.body = "Edited by its author"
    post.save()
    leaver = Follow.objects.order_by("pk").first()
    leaver.delete()
    SiteSettings.objects.update(funding_acknowledgement_en="Our own words.")
    counts = row_counts()

    output = load_demo()

    cancelled.refresh_from_db()
    drafted.refresh_from_db()
    practice.refresh_from_db()
    cue.refresh_from_db()
    moderator.refresh_from_db()
    post.refresh_from_db()
    assert cancelled.status == EventStatus.CANCELLED
    assert drafted.status == EventStatus.DRAFT
    assert (practice.description_en, practice.status) == ("Corrected by the editor.", PublicationStatus.DRAFT)
    assert cue.text == "Поправен надпис"
    assert moderator.email == "real.moderator@example.org"
    assert authenticate(username="moderator", password="a-real-secret-1") == moderator
    assert post.body == "Edited by its author"
    assert not Follow.objects.filter(
        user=leaver.user_id, content_type=leaver.content_type_id, object_id=leaver.object_id
    ).exists()
    assert SiteSettings.load().funding_acknowledgement_en == "Our own words."
    assert row_counts() == counts
    assert "The account 'moderator' exists and is left as it is: same e-mail, same password." in output
    assert "a-real-secret-1" not in output


def test_load_demo_recreates_only_what_was_deleted():
    load_demo()
    Practice.objects.filter(slug=Practice.objects.order_by("pk").first().slug).delete()
    counts = row_counts()

    load_demo()

    after = row_counts()
    assert after["practices.Practice"] == counts["practices.Practice"] + 1
    assert after["events.Event"] == counts["events.Event"]


def test_moderator_created_with_a_random_password_only_when_absent():
    first = load_demo()
    second = load_demo()

    assert "e-mail moderator@example.org  password " in first
    assert "e-mail moderator@example.org  password " not in second


def test_load_demo_failing_half_way_leaves_nothing_behind(monkeypatch):
    counts = row_counts()
    events_demo = next(module for module in demo.modules() if module.APP_LABEL == "events")

    def broken(*, stdout):
        raise RuntimeError("the events demo breaks")

    monkeypatch.setattr(events_demo, "load", broken)

    with pytest.raises(RuntimeError, match="the events demo breaks"):
        load_demo()

    assert row_counts() == counts
