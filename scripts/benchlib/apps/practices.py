"""The practices' `make bench` data (10,000 practices and 5,000 documents by default) and scenarios."""

from datetime import timedelta

from ..scenarios import UNCACHED
from ..text import COUNTRIES, WORDS_BG, WORDS_EN, bilingual, paragraph, sentence

APP_LABEL = "practices"
THEME_SLUG = "theme-1"  # made by the directory's generator


def generate(options, rng):
    """--practices practices with their links and tags, and --documents documents, 60 % attached to practices."""
    from django.contrib.contenttypes.models import ContentType
    from django.utils import timezone

    from core.enums import PublicationStatus
    from core.tags import Tag, TaggedItem
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
    Tag.objects.bulk_create(
        Tag(name=f"етикет {n}", name_bg=f"етикет {n}", name_en=f"tag {n}", slug=f"tag-{n}") for n in range(400)
    )
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


def read_facts():
    """The first 200 published practices, whose pages the scenarios request."""
    from practices.models import Practice

    return {"practice_slugs": list(Practice.objects.published().order_by("pk").values_list("slug", flat=True)[:200])}


def scenarios(facts):
    one = facts["practice_slugs"][0]
    details = [f"/bg/practices/{slug}/" for slug in facts["practice_slugs"]]
    return [
        {"name": "practice list", "paths": ["/bg/practices/"], "target": True, "signed_in": True},
        {
            "name": "practice list, filtered",
            "paths": [
                f"/bg/practices/?country=IT&theme={THEME_SLUG}",
                "/en/practices/?stage=piloted&reviewed=1",
            ],
            "target": True,
        },
        {
            "name": "practice list, pages 1-50",
            "paths": [f"/bg/practices/?page={n}" for n in range(1, 51)],
            "target": True,
        },
        {"name": "practice detail", "paths": [f"/bg/practices/{one}/"], "target": True},
        {"name": "practice detail, 200 pages", "paths": details, "target": True, "signed_in": True},
        {"name": "practice list, uncached", "paths": ["/bg/practices/"], "headers": UNCACHED},
        {
            "name": "practice list filtered, uncached",
            "paths": [f"/bg/practices/?country=IT&theme={THEME_SLUG}"],
            "headers": UNCACHED,
        },
        {"name": "practice detail, uncached", "paths": details, "headers": UNCACHED},
        {"name": "document list", "paths": ["/bg/documents/"]},
    ]
