import io
import re
from decimal import Decimal

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import authenticate

from core import roles
from directory.models import Organisation, Project, TargetGroup, Theme
from news.models import NewsPost
from portal import demo
from portal.models import SiteSettings

pytestmark = pytest.mark.django_db


def test_demo_loads_the_seed_facts_and_can_run_twice():
    demo.load(stdout=io.StringIO())
    counts = [Organisation.objects.count(), Project.objects.count(), NewsPost.objects.count(), Theme.objects.count()]

    demo.load(stdout=io.StringIO())

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

    demo.load(stdout=out)

    email, password = re.search(r"e-mail (\S+)\s+password (\S+)", out.getvalue()).groups()
    user = authenticate(username="moderator", password=password)
    assert email == "moderator@example.org"
    assert user is not None and user.is_staff
    assert user.groups.filter(name=roles.MODERATOR).exists()
    assert EmailAddress.objects.get(user=user).verified
