"""The dataset: text helpers, the generators (`DATA_GENERATORS`, run in order on an empty database) and the readers
of what the scenarios need to know about it (`FACT_READERS`), run in a child process with the bench settings."""

import json
import random
import subprocess
import sys
import time
from datetime import timedelta

from . import ROOT
from .server import environment

WORDS_BG = (
    "социална иновация общност грижа подкрепа младежи възрастни хора община партньорство услуга доброволци "
    "заетост интеграция обучение център кооператив здраве достъп увреждане семейство село град програма"
).split()
WORDS_EN = (
    "social innovation community care support young older people municipality partnership service volunteers "
    "employment inclusion training centre cooperative health access disability family village town programme"
).split()
COUNTRIES = ["GB", "IT", "PT", "FR", "PL", "IE", "CY", "BG"]


def sentence(words, rng, length):
    return " ".join(rng.choice(words) for _ in range(length)).capitalize() + "."


def paragraph(words, rng, sentences=5):
    return " ".join(sentence(words, rng, rng.randint(8, 16)) for _ in range(sentences))


def bilingual(rng, sentences):
    return paragraph(WORDS_BG, rng, sentences), paragraph(WORDS_EN, rng, sentences)


def generate_portal(options, rng):
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


def generate_practices(options, rng):
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone
    from taggit.models import Tag, TaggedItem

    from core.enums import PublicationStatus
    from directory.models import Organisation, Project, TargetGroup, Theme
    from practices.enums import DocumentLanguage, DocumentType, TransferStage
    from practices.models import Document, Practice

    organisation_ids = list(Organisation.objects.values_list("pk", flat=True))
    project_ids = list(Project.objects.values_list("pk", flat=True))
    theme_ids = list(Theme.objects.values_list("pk", flat=True))
    group_ids = list(TargetGroup.objects.values_list("pk", flat=True))
    stages = [stage for stage, _label in TransferStage.choices]
    now = timezone.now()
    practices = []
    for n in range(options.practices):
        texts = {}
        for field, sentences in (("summary", 3), ("description", 12), ("problem", 4), ("how_it_works", 6)):
            texts[f"{field}_bg"], texts[f"{field}_en"] = bilingual(rng, sentences)
        for field in ("results", "resources", "transfer_potential", "adaptation_preconditions"):
            texts[f"{field}_bg"], texts[f"{field}_en"] = bilingual(rng, 3)
        published = rng.random() < 0.95
        practices.append(
            Practice(
                slug=f"practice-{n}",
                title_bg=sentence(WORDS_BG, rng, 5).rstrip("."),
                title_en=sentence(WORDS_EN, rng, 5).rstrip("."),
                country=rng.choice(COUNTRIES),
                region_bg="Регион",
                region_en="Region",
                source_organisation_id=rng.choice(organisation_ids),
                project_id=rng.choice(project_ids) if rng.random() < 0.6 else None,
                transfer_stage=rng.choice(stages),
                status=PublicationStatus.PUBLISHED if published else PublicationStatus.DRAFT,
                published_at=now - timedelta(minutes=n) if published else None,
                reviewed_at=now if rng.random() < 0.4 else None,
                completeness=rng.randint(30, 100),
                **texts,
            )
        )
    Practice.objects.bulk_create(practices, batch_size=500)
    practice_ids = list(Practice.objects.values_list("pk", flat=True))

    themes, groups, partners = Practice.themes.through, Practice.target_groups.through, Practice.partners.through
    themes.objects.bulk_create(
        (themes(practice_id=pk, theme_id=t) for pk in practice_ids for t in rng.sample(theme_ids, rng.randint(1, 3))),
        batch_size=2000,
    )
    groups.objects.bulk_create(
        (
            groups(practice_id=pk, targetgroup_id=g)
            for pk in practice_ids
            for g in rng.sample(group_ids, rng.randint(1, 2))
        ),
        batch_size=2000,
    )
    partners.objects.bulk_create(
        (
            partners(practice_id=pk, organisation_id=o)
            for pk in practice_ids
            for o in rng.sample(organisation_ids, rng.randint(0, 3))
        ),
        batch_size=2000,
    )
    Tag.objects.bulk_create(Tag(name=f"етикет {n}", slug=f"tag-{n}") for n in range(400))
    tag_ids = list(Tag.objects.values_list("pk", flat=True))
    content_type = ContentType.objects.get_for_model(Practice)
    TaggedItem.objects.bulk_create(
        (
            TaggedItem(content_type=content_type, object_id=pk, tag_id=tag)
            for pk in practice_ids
            for tag in rng.sample(tag_ids, rng.randint(2, 5))
        ),
        batch_size=2000,
    )

    types = [value for value, _label in DocumentType.choices]
    languages = [value for value, _label in DocumentLanguage.choices]
    Document.objects.bulk_create(
        (
            Document(
                slug=f"document-{n}",
                title_bg=sentence(WORDS_BG, rng, 6).rstrip("."),
                title_en=sentence(WORDS_EN, rng, 6).rstrip("."),
                description_bg=paragraph(WORDS_BG, rng, 3),
                description_en=paragraph(WORDS_EN, rng, 3),
                document_type=rng.choice(types),
                language=rng.choice(languages),
                external_url=f"https://example.org/documents/{n}.pdf",
                page_count=rng.randint(4, 120),
                publisher_id=rng.choice(organisation_ids),
                publication_date=(now - timedelta(days=rng.randint(0, 3000))).date(),
                status=PublicationStatus.PUBLISHED,
            )
            for n in range(options.documents)
        ),
        batch_size=1000,
    )
    attached = Document.practices.through
    attached.objects.bulk_create(
        (
            attached(document_id=document, practice_id=practice)
            for document in Document.objects.values_list("pk", flat=True)
            if rng.random() < 0.6
            for practice in rng.sample(practice_ids, rng.randint(1, 2))
        ),
        batch_size=2000,
    )


def published_practice_slugs():
    from practices.models import Practice

    return list(Practice.objects.published().order_by("pk").values_list("slug", flat=True)[:200])


def events_programme_slug():
    """The events' 100-session conference, created on first read so a reused dataset gets it too."""
    from events.bench import ensure_programme

    return ensure_programme()


def forum_facts():
    """The forum's 100,000 posts (one thread of exactly 100), created on first read like the events' programme."""
    from forum.bench import ensure_forum

    return ensure_forum()


def films_facts():
    """500 films with two 300-cue tracks each, created on first read like the events' programme."""
    from films.bench import ensure_films

    return ensure_films()


DATA_GENERATORS = [generate_portal, generate_practices]
# What the scenarios need to know about the dataset, read back from the database (also when it is reused).
FACT_READERS = {
    "practice_slugs": published_practice_slugs,
    "theme_slug": lambda: "theme-1",
    "programme_slug": events_programme_slug,
    "forum": forum_facts,
    "films": films_facts,
}


def prepare_dataset(options):
    """Run `build_dataset` in a child process with the bench settings and return the facts it read."""
    code = (
        "import argparse, json; from benchlib.data import build_dataset; "
        f"print('FACTS=' + json.dumps(build_dataset(argparse.Namespace(**{vars(options)!r}))))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], env=environment(options), cwd=ROOT, capture_output=True, text=True, check=False
    )
    if result.returncode:
        sys.exit(f"Generating the dataset failed:\n{result.stdout}\n{result.stderr}")
    print(result.stdout.split("FACTS=")[0], end="")
    return json.loads(result.stdout.split("FACTS=")[1])


def build_dataset(options):
    """Migrate, generate the dataset when the database has none, and return the facts."""
    import django

    django.setup()
    from django.core.management import call_command

    from practices.models import Practice

    call_command("migrate", verbosity=0)
    rng = random.Random(2018)
    if not Practice.objects.exists():
        started = time.monotonic()
        for generator in DATA_GENERATORS:
            generator(options, rng)
        print(f"Generated the dataset in {time.monotonic() - started:.0f} s.")
    else:
        print("Reusing the dataset (pass --fresh to generate it again).")
    from directory.models import Organisation
    from practices.models import Document

    print(
        f"Dataset: {Practice.objects.count()} practices, {Organisation.objects.count()} organisations, "
        f"{Document.objects.count()} documents."
    )
    return {name: read() for name, read in FACT_READERS.items()}
