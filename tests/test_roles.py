"""The three roles as real members of their groups: what each may do in the admin, and who sees drafts.

Every user here holds only what the data migrations grant their group; none is a superuser.
"""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.urls import reverse

from core import roles
from core.enums import PublicationStatus
from events.enums import EventStatus
from portal.models import SiteSettings
from practices.models import Practice
from tests.factories.events import EventFactory
from tests.factories.portal import UserFactory
from tests.factories.practices import DocumentFactory, PracticeFactory

pytestmark = pytest.mark.django_db

VIEW_ADD_CHANGE = {"view", "add", "change"}
VIEW_CHANGE = {"view", "change"}
# What moderators put up themselves they may also take down (what users write is only hidden).
PUBLISHED_BY_MODERATORS = {"view", "add", "change", "delete"}
EVENT_WORK = {
    "attendance.certificatesettings": {"view", "add", "change", "delete"},
    "attendance.checkin": {"view"},
    "events.event": {"view", "add", "change", "delete"},
    "events.session": {"view", "add", "change", "delete"},
    "events.person": {"view", "add", "change", "delete"},
    "events.registration": VIEW_CHANGE,
    "events.programmechange": {"view"},
}

# What each role finds in the admin index, and what it may do there. Anything else is absent and answers 403.
ADMIN_MODELS = {
    roles.MODERATOR: {
        "practices.practice": PUBLISHED_BY_MODERATORS,
        "practices.document": PUBLISHED_BY_MODERATORS,
        "films.film": PUBLISHED_BY_MODERATORS,
        "films.subtitletrack": PUBLISHED_BY_MODERATORS,
        "news.newspost": VIEW_ADD_CHANGE,
        "directory.organisation": VIEW_ADD_CHANGE,
        "directory.project": VIEW_ADD_CHANGE,
        "directory.theme": VIEW_ADD_CHANGE,
        "directory.targetgroup": VIEW_ADD_CHANGE,
        "directory.profile": VIEW_CHANGE,
        "directory.membership": VIEW_CHANGE,
        "initiatives.call": VIEW_ADD_CHANGE,
        "forum.category": VIEW_ADD_CHANGE,
        "forum.discussion": VIEW_CHANGE,
        "forum.post": VIEW_CHANGE,
        "forum.flag": VIEW_CHANGE,
        "forum.moderationlog": {"view"},
        "portal.sitesettings": VIEW_CHANGE,
        # Tags are made by typing them on content; moderators name them in both languages.
        "core.tag": VIEW_CHANGE,
        # Newsletter issues are composed and sent, never deleted; subscribers only subscribe themselves.
        "newsletter.issue": {"view", "add", "change"},
        "newsletter.subscriber": {"view"},
        "newsletter.delivery": {"view", "change"},
        # The readiness questionnaire; nobody reads a participant's assessment in the admin.
        "readiness.dimension": PUBLISHED_BY_MODERATORS,
        "readiness.scale": PUBLISHED_BY_MODERATORS,
        # Offers and needs are corrected and hidden, never added or deleted; matches are only read.
        "exchange.listing": VIEW_CHANGE,
        "exchange.match": {"view"},
        # Services are kept by moderators and the providers' members; enquiries are assigned, never added or
        # deleted, and a public answer starts from an answered enquiry.
        "services.service": VIEW_ADD_CHANGE,
        "enquiries.enquiry": VIEW_CHANGE,
        "enquiries.publicanswer": VIEW_CHANGE,
        # Needs surveys: moderators write them and approve their questions by publishing; nobody reads a response.
        "needs.survey": PUBLISHED_BY_MODERATORS,
        "needs.question": PUBLISHED_BY_MODERATORS,
        **EVENT_WORK,
    },
    roles.ORGANISER: {
        # Organisations, projects and themes are picked on the event form.
        "directory.organisation": {"view"},
        "directory.project": {"view"},
        "directory.theme": {"view"},
        "directory.targetgroup": {"view"},
        **EVENT_WORK,
    },
}
NEITHER_ROLE = ["auth.user", "auth.group", "sites.site", "account.emailaddress"]
ROLE_USERS = {roles.MODERATOR: "moderator", roles.ORGANISER: "organiser"}


def admin_url(label, view):
    return reverse(f"admin:{label.replace('.', '_')}_{view}")


def list_status(client, label):
    """The status of a model's admin list; the site settings' list is their one row's page."""
    if label == "portal.sitesettings":
        return client.get(reverse("admin:portal_sitesettings_change", args=[SiteSettings.load().pk])).status_code
    return client.get(admin_url(label, "changelist")).status_code


def admin_index_models(client):
    """{"app.model": {"view", "add", …}} as the admin index offers them to the signed-in user."""
    app_list = client.get(reverse("admin:index")).context["app_list"]
    return {
        f"{app['app_label']}.{model['object_name'].lower()}": {
            perm for perm, allowed in model["perms"].items() if allowed
        }
        for app in app_list
        for model in app["models"]
    }


@pytest.mark.parametrize("role", [roles.MODERATOR, roles.ORGANISER])
def test_admin_index_offers_each_role_exactly_its_models_and_actions(client, request, role):
    client.force_login(request.getfixturevalue(ROLE_USERS[role]))

    assert admin_index_models(client) == ADMIN_MODELS[role]


@pytest.mark.parametrize("role", [roles.MODERATOR, roles.ORGANISER])
def test_each_role_opens_the_lists_and_add_forms_it_has_and_no_others(client, request, role):
    client.force_login(request.getfixturevalue(ROLE_USERS[role]))
    everything = set(ADMIN_MODELS[roles.MODERATOR]) | set(NEITHER_ROLE)

    lists = {label: list_status(client, label) for label in sorted(everything)}
    adds = {
        label: client.get(admin_url(label, "add")).status_code
        for label in sorted(everything - {"portal.sitesettings"})  # one row, made by a migration
    }

    assert lists == {label: 200 if label in ADMIN_MODELS[role] else 403 for label in sorted(everything)}
    addable = {label for label, perms in ADMIN_MODELS[role].items() if "add" in perms}
    assert adds == {label: 200 if label in addable else 403 for label in sorted(everything - {"portal.sitesettings"})}


def test_demo_moderator_reaches_practices_films_and_documents(client, moderator):
    """Issue 10: the Moderator group could not open these three lists."""
    PracticeFactory(title_bg="Практика за модератора")
    DocumentFactory(title_bg="Документ за модератора")
    client.force_login(moderator)

    practices = client.get("/admin/practices/practice/").content.decode()
    documents = client.get("/admin/practices/document/").content.decode()
    films = client.get(admin_url("films.film", "changelist"))

    assert "Практика за модератора" in practices
    assert "Документ за модератора" in documents
    assert films.status_code == 200


@pytest.mark.parametrize("path", ["/admin/", "/admin/practices/practice/", "/admin/events/event/"])
def test_participant_is_sent_to_the_admin_login_and_sees_nothing(client, participant, path):
    PracticeFactory(title_bg="Не за участници")
    client.force_login(participant)

    response = client.get(path, follow=True)

    html = response.content.decode()
    assert response.redirect_chain[0][0].startswith(reverse("admin:login"))
    assert response.status_code == 403  # signed in already: allauth's admin sign-in (portal/admin.py) refuses
    assert "Не за участници" not in html


def test_organiser_does_not_see_practice_or_document_drafts_a_moderator_does(client, organiser, moderator):
    practice = PracticeFactory(status=PublicationStatus.DRAFT, title_bg="Чернова на практика")
    document = DocumentFactory(status=PublicationStatus.DRAFT, title_bg="Чернова на документ")

    client.force_login(organiser)
    organiser_pages = [client.get(practice.get_absolute_url()), client.get(document.get_absolute_url())]
    client.force_login(moderator)
    moderator_pages = [client.get(practice.get_absolute_url()), client.get(document.get_absolute_url())]

    assert [page.status_code for page in organiser_pages] == [404, 404]
    assert "Чернова на практика" in moderator_pages[0].content.decode()
    assert "Чернова на документ" in moderator_pages[1].content.decode()


def test_staff_without_a_role_does_not_see_drafts(client):
    """`is_staff` lets a user into the admin; it no longer shows drafts on the public pages."""
    practice = PracticeFactory(status=PublicationStatus.DRAFT)
    client.force_login(UserFactory(is_staff=True))

    assert client.get(practice.get_absolute_url()).status_code == 404


def test_event_drafts_and_editing_follow_the_organisers_of_each_event(organiser, moderator, participant):
    own, foreign = EventFactory(status=EventStatus.DRAFT), EventFactory(status=EventStatus.DRAFT)
    own.organisers.add(organiser, participant)
    foreign.organisers.add(UserFactory())

    assert [roles.is_organiser_of(user, own) for user in (organiser, moderator, participant)] == [True, False, False]
    assert [roles.can_edit(user, own) for user in (organiser, moderator, participant)] == [True, True, False]
    assert [roles.can_see_draft(user, foreign) for user in (organiser, moderator, participant)] == [False, True, False]


def test_role_predicates_read_the_permissions_of_the_role_groups(moderator, organiser, participant):
    users = (moderator, organiser, participant, AnonymousUser())

    assert [roles.is_moderator(user) for user in users] == [True, False, False, False]
    assert [roles.is_organiser(user) for user in users] == [False, True, False, False]
    assert [roles.can_edit(user, Practice) for user in users] == [True, False, False, False]


def test_forum_offers_the_moderation_queue_to_moderators_only(client, moderator, organiser, participant):
    queue = reverse("forum:moderation-queue")
    links = {}
    for user in (moderator, organiser, participant):
        client.force_login(user)
        links[user.username] = queue in client.get(reverse("forum:index")).content.decode()

    assert links == {"moderator": True, "organiser": False, "participant": False}


@pytest.mark.parametrize("list_name", ["practices:practice-list", "practices:document-list"])
def test_lists_never_show_drafts_so_they_ask_nothing_about_roles(client, moderator, list_name, monkeypatch):
    PracticeFactory(status=PublicationStatus.DRAFT, title_bg="Чернова в списъка")
    DocumentFactory(status=PublicationStatus.DRAFT, title_bg="Чернова в списъка")
    client.force_login(moderator)
    asked = []
    monkeypatch.setattr(roles, "can_see_draft", lambda user, model: asked.append(model) or True)

    html = client.get(reverse(list_name)).content.decode()

    assert "Чернова в списъка" not in html
    assert asked == []
