"""Shared reads for the practice pages: filtering, facet counts and related practices, each a bounded query."""

from collections import Counter

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce

from core.badges import mark_badges
from core.enums import PublicationStatus
from core.tags import Tag, TaggedItem
from directory.models import Theme
from forum.models import Discussion
from practices.caching import cached_until_change
from practices.enums import PracticeSort
from practices.models import COMPLETE_THRESHOLD, Document, Practice
from practices.models.practices import DESCRIPTIVE_FIELDS

# URL parameter -> lookup on Practice; the facet of each is counted with the other filters applied.
FACETS = {
    "country": "country",
    "theme": "themes__slug",
    "group": "target_groups__slug",
    "stage": "transfer_stage",
    "tag": "tags__slug",
}
FLAGS = {
    "reviewed": Q(reviewed_at__isnull=False),
    "complete": Q(completeness__gte=COMPLETE_THRESHOLD),
}
ORDERINGS = {
    PracticeSort.NEWEST: ["-published_at", "-id"],
    PracticeSort.TITLE: ["title", "id"],
    PracticeSort.DISCUSSED: ["-comment_count", "-published_at", "-id"],
}
PUBLISHED = PublicationStatus.PUBLISHED
TAG_FACET_LIMIT = 30
# How many practices sharing themes or tags are ranked before the few related ones are shown.
CANDIDATES = 40
# Long texts the list, the cards and the exports do not show.
LONG_TEXT_FIELDS = [
    f"{name}_{code}" for name in DESCRIPTIVE_FIELDS if name not in {"summary", "resources"} for code in ("bg", "en")
]


def sort_practices(queryset, sort):
    """Order by a PracticeSort; "most discussed" first annotates the comment count it sorts by."""
    if sort == PracticeSort.DISCUSSED:
        queryset = with_comment_count(queryset)
    return queryset.order_by(*ORDERINGS[sort])


def filter_practices(queryset, filters, *, skip=()):
    """Apply the cleaned `filters` (facet values and true flags) to `queryset`, leaving out the names in `skip`."""
    for name, lookup in FACETS.items():
        if filters.get(name) and name not in skip:
            queryset = queryset.filter(**{lookup: filters[name]})
    for name, condition in FLAGS.items():
        if filters.get(name) and name not in skip:
            queryset = queryset.filter(condition)
    return queryset


def facet_counts(queryset, filters):
    """{facet: {value: count}} plus {flag: count}: what each option would match with the other filters kept.

    One aggregate query per facet and per flag, whatever the number of practices or options.
    """
    counts = {}
    for name, lookup in FACETS.items():
        rows = filter_practices(queryset, filters, skip={name}).exclude(**{f"{lookup}__isnull": True}).order_by()
        if name == "tag":
            rows = rows.values("tags__slug", "tags__name_bg", "tags__name_en").annotate(
                matches=Count("pk", distinct=True)
            )
            rows = rows.order_by("-matches", "tags__slug")[:TAG_FACET_LIMIT]
            counts[name] = {
                row["tags__slug"]: (
                    Tag(slug=row["tags__slug"], name_bg=row["tags__name_bg"], name_en=row["tags__name_en"]),
                    row["matches"],
                )
                for row in rows
            }
        else:
            rows = rows.values(lookup).annotate(matches=Count("pk", distinct=True))
            counts[name] = {row[lookup]: row["matches"] for row in rows}
    for name, condition in FLAGS.items():
        counts[name] = filter_practices(queryset, filters, skip={name}).filter(condition).count()
    return counts


def practices_with_public_documents(practice_ids):
    """Which of `practice_ids` have a published document: the "Documents attached" badge, one query.

    The link table is read by practice and the status checked here: SQLite, without statistics, answered the
    same question in SQL by testing every published document for each practice.
    """
    links = Document.practices.through.objects.filter(practice_id__in=practice_ids)
    return {pk for pk, status in links.values_list("practice_id", "document__status") if status == PUBLISHED}


def with_comment_count(queryset):
    """Annotate `comment_count`: the posts of the practice's comment discussion, 0 when nobody has commented."""
    discussion = Discussion.objects.comments().filter(
        content_type=ContentType.objects.get_for_model(Practice), object_id=OuterRef("pk")
    )
    return queryset.annotate(comment_count=Coalesce(Subquery(discussion.values("post_count")[:1]), 0))


def themes_prefetch():
    return Prefetch("themes", queryset=Theme.objects.only("id", "slug", "name_bg", "name_en", "position"))


def related_practices(practice, *, limit=4):
    """Published practices sharing most tags (counted double) and themes with `practice`.

    The ranking is kept until practices change (see practices.receivers); reading the few winners is one query.
    `practice` must have its themes and tags prefetched.
    """
    ranked = cached_until_change(f"related:{practice.pk}", lambda: rank_related(practice))
    found = (
        Practice.objects.published()
        .filter(pk__in=ranked[: 2 * limit])
        .select_related("source_organisation")
        .prefetch_related(themes_prefetch())
        .defer(*LONG_TEXT_FIELDS)
    )
    return mark_badges(sorted(found, key=lambda related: ranked.index(related.pk))[:limit], kind="practice")


def rank_related(practice):
    """Ids of practices by shared tags (double weight) and themes, best first: two grouped queries over the
    link tables, since joining both many-to-many tables in one query would multiply their rows."""
    theme_ids = [theme.pk for theme in practice.themes.all()]
    tag_ids = [tag.pk for tag in practice.tags.all()]
    scores = Counter()
    if tag_ids:
        tagged = (
            TaggedItem.objects.filter(content_type=ContentType.objects.get_for_model(Practice), tag_id__in=tag_ids)
            .exclude(object_id=practice.pk)
            .values("object_id")
            .annotate(shared=Count("pk"))
            .order_by("-shared")[:CANDIDATES]
        )
        scores.update({row["object_id"]: 2 * row["shared"] for row in tagged})
    if theme_ids:
        themed = (
            Practice.themes.through.objects.filter(theme_id__in=theme_ids)
            .exclude(practice_id=practice.pk)
            .values("practice_id")
            .annotate(shared=Count("pk"))
            .order_by("-shared", "-practice_id")[:CANDIDATES]
        )
        scores.update({row["practice_id"]: row["shared"] for row in themed})
    published = set(Practice.objects.published().filter(pk__in=scores).values_list("pk", flat=True))
    return [pk for pk, _score in scores.most_common() if pk in published]
