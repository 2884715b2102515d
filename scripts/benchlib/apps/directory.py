"""The directory's part of the `make bench` dataset: the organisations, projects and terms others link to."""

from ..text import COUNTRIES, WORDS_BG, WORDS_EN, paragraph

APP_LABEL = "directory"


def generate(options, rng):
    """Themes, target groups, --organisations organisations and one funded project for every ten."""
    from directory.enums import OrganisationKind
    from directory.models import Organisation, Project, TargetGroup, Theme

    Theme.objects.bulk_create(
        Theme(slug=f"theme-{n}", name_bg=f"Тема {n}", name_en=f"Theme {n}", position=n) for n in range(12)
    )
    TargetGroup.objects.bulk_create(
        TargetGroup(slug=f"group-{n}", name_bg=f"Група {n}", name_en=f"Group {n}", position=n) for n in range(8)
    )
    kinds = [kind for kind, _label in OrganisationKind.choices]
    Organisation.objects.bulk_create(
        (
            Organisation(
                slug=f"organisation-{n}",
                name_bg=f"Организация {n}",
                name_en=f"Organisation {n}",
                kind=rng.choice(kinds),
                country=rng.choice(COUNTRIES),
                description_bg=paragraph(WORDS_BG, rng, 2),
                description_en=paragraph(WORDS_EN, rng, 2),
            )
            for n in range(options.organisations)
        ),
        batch_size=1000,
    )
    organisation_ids = list(Organisation.objects.values_list("pk", flat=True))
    Project.objects.bulk_create(
        (
            Project(
                code=f"BENCH-{n:04d}",
                slug=f"project-{n}",
                title_bg=f"Проект {n}",
                title_en=f"Project {n}",
                funding_programme_bg="Програма",
                funding_programme_en="Programme",
                total_budget=100000,
                eu_contribution=85000,
                national_cofinancing=15000,
                lead_organisation_id=rng.choice(organisation_ids),
            )
            for n in range(options.organisations // 10)
        ),
        batch_size=1000,
    )
