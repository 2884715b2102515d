"""Demo content for the directory, drawn from the facts of the seed texts; the prose is our own.

Organisations, funded projects, themes, target groups and a moderator account (the news posts' author).
Safe to run again: rows are matched by slug (or code, or username); what exists is left as it is.
"""

import secrets
from decimal import Decimal

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from core import roles
from core.enums import Currency
from directory import services
from directory.models import Organisation, Project, TargetGroup, Theme

from .content import MODERATOR_EMAIL, ORGANISATIONS, PROJECTS, TARGET_GROUPS, THEMES

APP_LABEL = "directory"
MODERATOR_USERNAME = "moderator"


def load(*, stdout):
    organisations = _load_organisations()
    _load_projects(organisations)
    _load_terms(Theme, THEMES)
    _load_terms(TargetGroup, TARGET_GROUPS)
    password = _load_moderator()
    stdout.write(f"Directory: {len(organisations)} organisations, {len(PROJECTS)} funded projects.")
    if password:
        stdout.write(f"Demo moderator (admin at /admin/): e-mail {MODERATOR_EMAIL}  password {password}")
    else:
        stdout.write(f"The account {MODERATOR_USERNAME!r} exists and is left as it is: same e-mail, same password.")


def _load_organisations():
    organisations = {}
    for slug, (name_bg, name_en, kind, country, city_bg, city_en, website, text_bg, text_en) in ORGANISATIONS.items():
        organisations[slug], _created = Organisation.objects.get_or_create(
            slug=slug,
            defaults={
                "name_bg": name_bg,
                "name_en": name_en,
                "kind": kind,
                "country": country,
                "city_bg": city_bg,
                "city_en": city_en,
                "website": website,
                "description_bg": text_bg,
                "description_en": text_en,
            },
        )
    return organisations


def _load_projects(organisations):
    for data in PROJECTS:
        total, eu, national = (Decimal(amount) for amount in data.get("budget", ("0", "0", "0")))
        project, created = Project.objects.get_or_create(
            code=data["code"],
            defaults={
                "slug": data["slug"],
                "title_bg": data["title_bg"],
                "title_en": data["title_en"],
                "funding_programme_bg": data["programme"]["bg"],
                "funding_programme_en": data["programme"]["en"],
                "currency": Currency.BGN,
                "total_budget": total,
                "eu_contribution": eu,
                "national_cofinancing": national,
                "lead_organisation": organisations[data["lead"]],
                **{
                    f"{field}_{code}": data.get(f"{key}_{code}", "")
                    for field, key in [
                        ("summary", "summary"),
                        ("objectives", "objectives"),
                        ("target_groups_description", "target"),
                        ("activities", "activities"),
                        ("expected_results", "results"),
                    ]
                    for code in ("bg", "en")
                },
            },
        )
        if created:
            project.partners.set([organisations[slug] for slug in data["partners"]])


def _load_terms(model, terms):
    for position, (slug, name_bg, name_en) in enumerate(terms):
        model.objects.get_or_create(
            slug=slug, defaults={"name_bg": name_bg, "name_en": name_en, "position": position * 10}
        )


def _load_moderator():
    """Create the demo moderator with a random password, returned to be printed (never stored in code).

    An existing account of that name is left exactly as it is (None is returned): its e-mail, password, profile
    and roles may be real.
    """
    if get_user_model().objects.filter(username=MODERATOR_USERNAME).exists():
        return None
    password = secrets.token_urlsafe(12)
    user = get_user_model().objects.create_user(username=MODERATOR_USERNAME, email=MODERATOR_EMAIL, password=password)
    EmailAddress.objects.create(user=user, email=MODERATOR_EMAIL, verified=True, primary=True)
    profile = services.ensure_profile(user=user)
    profile.display_name = "Модератор на портала"
    profile.organisation = Organisation.objects.get(slug="business-agency")
    profile.save()
    roles.assign_role(user=user, role=roles.PARTICIPANT)
    roles.assign_role(user=user, role=roles.MODERATOR)
    return password
