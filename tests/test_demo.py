import importlib
import importlib.util
import io
import pkgutil
import re
from decimal import Decimal
from pathlib import Path

import pytest
from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.contrib.auth import authenticate
from django.core.management import call_command

import demo
from attendance.models import Certificate
from core import roles
from demo import directory as directory_demo
from demo import news as news_demo
from demo import portal as portal_demo
from directory.models import Organisation, Project, TargetGroup, Theme
from events.models import Event
from films.models import Film
from forum.models import Post
from news.models import NewsPost
from portal.models import SiteSettings
from practices.models import Practice

pytestmark = pytest.mark.django_db


def load_shell_demo(*, stdout):
    """The directory, news and site settings demos: what the organisation, project and news pages show."""
    for module in (directory_demo, news_demo, portal_demo):
        module.load(stdout=stdout)


def test_every_app_with_public_pages_has_a_demo_module():
    root = Path(settings.BASE_DIR).resolve()
    project_apps = [config for config in apps.get_app_configs() if Path(config.path).resolve().parent == root]
    with_pages = {config.label for config in project_apps if importlib.util.find_spec(f"{config.name}.urls")}

    labels = [module.APP_LABEL for module in demo.modules()]

    assert {"directory", "news", "practices", "films", "events", "forum"} <= with_pages
    assert with_pages <= set(labels)


def test_no_demo_module_is_left_out():
    in_package = [importlib.import_module(f"demo.{info.name}") for info in pkgutil.iter_modules(demo.__path__)]

    assert {module.APP_LABEL for module in demo.modules()} == {module.APP_LABEL for module in in_package}


def test_demo_modules_load_after_what_they_link_to():
    labels = [module.APP_LABEL for module in demo.modules()]

    # Installed-apps order, except the newsletter, whose issue is built from the news, the forum, whose demo
    # comments on films and practices, and core, which names in English the tags the others put on their content.
    assert labels == [
        "directory",
        "news",
        "newsletter",
        "practices",
        "films",
        "events",
        "core",
        "forum",
        "attendance",
        "readiness",
        "initiatives",
        "exchange",
        "services",
        "enquiries",
        "needs",
        "portal",
    ]


def test_load_demo_fills_every_area_once_per_app_and_can_run_again():
    first, second = io.StringIO(), io.StringIO()
    call_command("load_demo", stdout=first)
    counts = [model.objects.count() for model in (Organisation, NewsPost, Practice, Film, Event, Post)]

    call_command("load_demo", stdout=second)

    assert [model.objects.count() for model in (Organisation, NewsPost, Practice, Film, Event, Post)] == counts
    assert counts == [16, 5, 13, 3, 6, 17]
    lines = [re.sub(r"password \S+", "password …", line) for line in second.getvalue().splitlines()]
    assert lines == [
        "Directory: 16 organisations, 5 funded projects.",
        "The account 'moderator' exists and is left as it is: same e-mail, same password.",
        "News: 5 news posts.",
        "Newsletter: 4 subscribers, 1 sent issue with 5 blocks.",
        "Practices demo content: 13 practices, 5 documents.",
        "Films: 3 demo films with Bulgarian and English subtitles.",
        "Events: 6 events, 47 sessions, 12 people.",
        "The account 'organiser' exists and is left as it is: same e-mail, same password.",
        "Tags: 0 named in English.",  # the first run named them all
        "Forum: 5 categories, 5 threads, 0 comments on films and practices.",  # the second run adds none
        "Attendance: the training's attendance is already there.",
        "Readiness: 8 dimensions (already there), 0 demo assessments made.",
        "Initiatives: 0 illustrative calls added (6 in the demo).",
        "Exchange: demo listings already there.",
        "Services: 0 social services added.",
        "Enquiries: 0 answered enquiries added.",
        "Needs: the survey is already there.",
        "Demo content is ready.",  # and, having added nothing, leaves the search index as it was
    ]
    assert "Search index rebuilt." in first.getvalue()
    assert NewsPost.objects.get(slug="social-inclusion-project-completed").author.username == "moderator"


def test_demo_loads_the_seed_facts_and_can_run_twice():
    load_shell_demo(stdout=io.StringIO())
    counts = [Organisation.objects.count(), Project.objects.count(), NewsPost.objects.count(), Theme.objects.count()]

    load_shell_demo(stdout=io.StringIO())

    assert [
        Organisation.objects.count(),
        Project.objects.count(),
        NewsPost.objects.count(),
        Theme.objects.count(),
    ] == counts
    project = Project.objects.get(code="BG051PO001-7.0.01-0124-C0001")
    assert (project.total_budget, project.eu_contribution, project.national_cofinancing) == (
        Decimal("198983.98"),
        Decimal("169136.38"),
        Decimal("29847.60"),
    )
    assert project.lead_organisation.name_bg == "Сдружение „Бизнес Агенция“"
    assert {p.slug for p in project.partners.all()} == {"exelia", "iriss"}
    assert Project.objects.filter(code="BG051PO0017.0.07-0054-C002").exists()
    assert TargetGroup.objects.filter(name_en="Autistic people").exists()
    assert "BG051PO001-7.0.01-0124-C0001" in SiteSettings.load().funding_acknowledgement_bg
    assert NewsPost.objects.published().count() == 5


def test_demo_prints_moderator_credentials_that_work():
    out = io.StringIO()

    directory_demo.load(stdout=out)

    email, password = re.search(r"e-mail (\S+)\s+password (\S+)", out.getvalue()).groups()
    user = authenticate(username="moderator", password=password)
    assert email == "moderator@example.org"
    assert user is not None and user.is_staff
    assert user.groups.filter(name=roles.MODERATOR).exists()
    assert EmailAddress.objects.get(user=user).verified


def test_the_demo_sunny_beach_training_has_attendance_and_certificates_for_those_who_came_five_days():
    call_command("load_demo", stdout=io.StringIO())

    certificates = Certificate.objects.filter(registration__event__slug="perla-training-italian-social-innovations")
    assert sorted(certificates.values_list("registration__user__username", "days_attended")) == [
        ("elena", 6),
        ("fiona", 5),
        ("georgi", 6),
    ]
