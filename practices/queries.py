"""Shared reads for the practice pages: filtering, facet counts and related practices, each a bounded query."""

import operator
from functools import reduce

from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.db.models import Count, OuterRef, Prefetch, Q, Subquery
from django.db.models.functions import Coalesce

from core.badges import mark_badges
from core.enums import PublicationStatus
from core.tags import Tag, TaggedItem
from directory.models import TargetGroup, Theme
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
# Facets whose options are named rows: their counts carry what the options show (facet -> model, relation on
# Practice, fields read).
CURATED_FIELDS = ("slug", "name_bg", "name_en", "position")
NAMED_FACETS = {
    "theme": (Theme, "themes", CURATED_FIELDS),
    "group": (TargetGroup, "target_groups", CURATED_FIELDS),
    "tag": (Tag, "tags", ("slug", "name_bg", "name_en")),
}
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
    """{facet: {value: count}}, {flag: count} and "total": what each option would match with the other filters
    kept, and how many practices the list holds with every filter.

    One aggregate query per facet, and one for both flags and the total, whatever the number of practices or
    options. The theme, group and tag facets hold {slug: (the named option, count)}, so the list reads no names.
    """
    counts = {}
    for name, lookup in FACETS.items():
        rows = filter_practices(queryset, filters, skip={name}).exclude(**{f"{lookup}__isnull": True}).order_by()
        if name in NAMED_FACETS:
            model, relation, fields = NAMED_FACETS[name]
            named = rows.values(*(f"{relation}__{field}" for field in fields)).annotate(
                matches=Count("pk", distinct=True)
            )
            if name == "tag":
                named = named.order_by("-matches", "tags__slug")[:TAG_FACET_LIMIT]
            options = [
                (model(**{field: row[f"{relation}__{field}"] for field in fields}), row["matches"]) for row in named
            ]
            counts[name] = {option.slug: (option, matches) for option, matches in options}
        else:
            rows = rows.values(lookup).annotate(matches=Count("pk", distinct=True))
            counts[name] = {row[lookup]: row["matches"] for row in rows}
    return counts | _flag_counts(queryset, filters)


def _flag_counts(queryset, filters):
    """{flag: count with the other filters kept} and "total" (every filter applied), in one aggregate query."""
    chosen = {name: condition for name, condition in FLAGS.items() if filters.get(name)}
    rows = filter_practices(queryset, filters, skip=set(FLAGS))

    def counted(conditions):
        conditions = list(conditions)
        if not conditions:
            return Count("pk", distinct=True)
        return Count("pk", distinct=True, filter=reduce(operator.and_, conditions))

    aggregates = {"total": counted(chosen.values())}
    for name, condition in FLAGS.items():
        aggregates[name] = counted([condition, *(other for key, other in chosen.items() if key != name)])
    return rows.aggregate(**aggregates)


def practice_document_links(practice_ids):
    """(practice, document status) for the documents of `practice_ids`: the "Documents attached" badge."""
    return Document.practices.through.objects.filter(practice_id__in=practice_ids).values_list(
        "practice_id", "document__status"
    )


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
    """
    ranked = cached_until_change(f"related:{practice.pk}", lambda: rank_related(practice))
    found = (
        Practice.objects.published()
        .filter(pk__in=ranked[: 2 * limit])
        .select_related("source_organisation")
        .defer(*LONG_TEXT_FIELDS)
    )
    return mark_badges(sorted(found, key=lambda related: ranked.index(related.pk))[:limit], kind="practice")


def rank_related(practice):
    """Ids of at most CANDIDATES published practices by the tags (counted double) and themes they share with
    `practice`, best first (the later created first among equals): one grouped query over both link tables
    together, since joining the two many-to-many tables would multiply their rows. Built from the models' table
    names and %s placeholders only."""
    tagged = TaggedItem._meta.db_table
    themed = Practice.themes.through._meta.db_table
    sql = (
        "SELECT links.practice_id FROM ("  # nosec B608
        f" SELECT t.object_id AS practice_id, 2 AS weight FROM {tagged} t WHERE t.content_type_id = %s"
        f" AND t.tag_id IN (SELECT o.tag_id FROM {tagged} o WHERE o.content_type_id = %s AND o.object_id = %s)"
        f" UNION ALL SELECT m.practice_id, 1 FROM {themed} m"
        f" WHERE m.theme_id IN (SELECT o.theme_id FROM {themed} o WHERE o.practice_id = %s)"
        f") links JOIN {Practice._meta.db_table} p ON p.id = links.practice_id WHERE p.status = %s AND p.id <> %s"
        " GROUP BY links.practice_id ORDER BY SUM(links.weight) DESC, links.practice_id DESC LIMIT %s"
    )
    content_type = ContentType.objects.get_for_model(Practice).pk
    params = [content_type, content_type, practice.pk, practice.pk, PUBLISHED, practice.pk, CANDIDATES]
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return [row[0] for row in cursor.fetchall()]
