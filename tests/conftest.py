import time
from types import SimpleNamespace

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.cache import cache
from django.db.models import Q
from django.utils import translation

from core import roles, throttle
from tests.factories.portal import VerifiedUserFactory, with_two_factor


@pytest.fixture(autouse=True)
def _isolated_test(settings, tmp_path):
    """Each test writes uploads to its own folder, starts in the default language and with an empty cache.

    The cache holds whole anonymous pages; factories write around the services that retire them, so a page
    cached by one test must not be served to the next.
    """
    settings.MEDIA_ROOT = tmp_path / "media"
    cache.clear()
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.deactivate()


# What the data migrations granted each role group, as (app label, codename) pairs; read by django_db_setup.
MIGRATED_ROLE_GRANTS = {}


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """pytest-django's test database, and what the migrations granted the role groups, read before any test runs
    (so before a transactional test can flush the groups away)."""
    with django_db_blocker.unblock():
        for group in Group.objects.all():
            MIGRATED_ROLE_GRANTS[group.name] = list(
                group.permissions.values_list("content_type__app_label", "codename")
            )


@pytest.fixture
def role_groups(db):
    """The role groups with the permissions the data migrations grant them.

    A transactional test (browser tests) flushes the database after itself, groups included: they are put back
    here as the migrations left them, so the next one signs in as a real moderator or organiser too.
    """
    for name, grants in MIGRATED_ROLE_GRANTS.items():
        group, _created = Group.objects.get_or_create(name=name)
        held = Q(pk__in=[])
        for app_label, codename in grants:
            held |= Q(content_type__app_label=app_label, codename=codename)
        group.permissions.set(Permission.objects.filter(held))


def member_of(role, username):
    """A verified member of `role`'s group; moderators and organisers have set up two-factor sign-in, as the admin
    requires (`user.totp_secret` gives their codes)."""
    user = roles.assign_role(user=VerifiedUserFactory(username=username), role=role)
    return with_two_factor(user) if role in roles.STAFF_ROLES else user


@pytest.fixture
def moderator(db, role_groups):
    """A verified member of the Moderator group: staff, holding only what the data migrations grant."""
    return member_of(roles.MODERATOR, "moderator")


@pytest.fixture
def organiser(db, role_groups):
    """A verified member of the Organiser group, organising no event yet."""
    return member_of(roles.ORGANISER, "organiser")


@pytest.fixture
def participant(db, role_groups):
    """A verified member of the Participant group, as sign-up makes everyone."""
    return member_of(roles.PARTICIPANT, "participant")


@pytest.fixture
def moderator_client(client, moderator):
    client.force_login(moderator)
    return client


@pytest.fixture
def organiser_client(client, organiser):
    client.force_login(organiser)
    return client


@pytest.fixture
def one_throttle_window(monkeypatch):
    """Hold core.throttle's clock in the middle of one minute: a loop of requests that straddled a minute's edge
    would start a fresh budget halfway and the limit would not be reached."""
    middle = (int(time.time()) // throttle.WINDOW_SECONDS) * throttle.WINDOW_SECONDS + 30.0
    monkeypatch.setattr(throttle, "time", SimpleNamespace(time=lambda: middle))
