"""Shared reads for the practice pages: filtering, facet counts and related practices, each a bounded query."""

import operator
from functools import reduce

from django.contrib.contenttypes.models import ContentType
from django.db.models import Count, F, OuterRef, Prefetch, Q, Subquery, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Coalesce

from core.enums import PublicationStatus
from core.tags import Tag, TaggedItem
from core.united import read_united
from directory.models import TargetGroup, Theme
from forum.models import Discussion
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
# What each branch of the facet counts gives (core.united): an option with its names, or the flags and the total.
FACET_COLUMNS = ("option", "option_name_bg", "option_name_en", "option_position", "matches", *FLAGS)
# Facets whose options are named rows: their counts carry what the options show (facet -> model, relation on
# Practice, fields read).
CURATED_FIELDS = ("slug", "name_bg", "name_en", "position")
NAMED_FACETS = {
    "theme": (Theme, "themes", CURATED_FIELDS),
    "group": (TargetGroup, "target_groups", CURATED_FIELDS),
    "tag": (Tag, "tags", ("slug", "name_bg", "name_en")),
}
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

    One query, whatever the number of practices or options: a grouped branch per facet and an aggregate one for both
    flags and the total, read together (core.united). The theme, group and tag facets hold {slug: (the named option,
    count)}, so the list reads no names.
    """
    branches = [_facet_rows(queryset, filters, name) for name in FACETS] + [_flag_row(queryset, filters)]
    counts = {name: {} for name in FACETS}
    for number, option, name_bg, name_en, position, matches, *flags in read_united(branches, FACET_COLUMNS):
        if number == len(FACETS):
            counts |= {"total": matches, **dict(zip(FLAGS, flags, strict=True))}
            continue
        name = list(FACETS)[number]
        if name in NAMED_FACETS:
            model, _relation, fields = NAMED_FACETS[name]
            named = {"slug": option, "name_bg": name_bg, "name_en": name_en, "position": position}
            matches = (model(**{field: named[field] for field in fields}), matches)
        counts[name][option] = matches
    return counts


def _facet_rows(queryset, filters, name):
    """(option, its names and position when it is a named row, matches) for each option of one facet."""
    lookup = FACETS[name]
    rows = filter_practices(queryset, filters, skip={name}).exclude(**{f"{lookup}__isnull": True}).order_by()
    columns = {"option": F(lookup)}
    if name in NAMED_FACETS:
        _model, relation, fields = NAMED_FACETS[name]
        columns |= {f"option_{field}": F(f"{relation}__{field}") for field in fields if field != "slug"}
    # annotate, then values by name: modeltranslation's values(**expressions) would select every field
    rows = rows.annotate(**columns).values(*columns).annotate(matches=Count("pk", distinct=True))
    if name == "tag":
        rows = rows.order_by("-matches", "option")[:TAG_FACET_LIMIT]
    return rows


def _flag_row(queryset, filters):
    """One row: the list's total (every filter applied) and each flag's count with the other filters kept."""
    chosen = {name: condition for name, condition in FLAGS.items() if filters.get(name)}
    rows = filter_practices(queryset, filters, skip=set(FLAGS)).order_by()

    def counted(conditions):
        conditions = list(conditions)
        if not conditions:
            return Count("pk", distinct=True)
        return Count("pk", distinct=True, filter=reduce(operator.and_, conditions))

    aggregates = {"matches": counted(chosen.values())}
    for name, condition in FLAGS.items():
        aggregates[name] = counted([condition, *(other for key, other in chosen.items() if key != name)])
    # A constant is never grouped by, so this is one aggregate row over every practice, even when there is none.
    return rows.annotate(whole_list=Value(0)).values("whole_list").annotate(**aggregates)


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
    """At most `limit` published practices sharing most tags (counted double) and themes with `practice`, best first
    (the later created first among equals).

    One query for the winners: the ranking (`_ranking_sql`) picks their ids, and each winner's own weight, read
    again by the same rules for the few rows found, orders them; joining both many-to-many tables instead would
    multiply their rows.
    """
    ranking, ranking_params = _ranking_sql(practice, limit)
    weight, weight_params = _weight_sql(practice)
    found = (
        Practice.objects.published()
        .filter(pk__in=RawSQL(ranking, ranking_params))  # nosec B611: table names and placeholders only
        .annotate(relatedness=RawSQL(weight, weight_params))  # nosec B611
        .select_related("source_organisation")
        .defer(*LONG_TEXT_FIELDS)
        .order_by("-relatedness", "-pk")
    )
    return list(found)


def _shared_links(practice):
    """SQL of (practice_id, weight) rows: one per tag (2) and theme (1) another practice shares with `practice`, with
    its params. Built from the models' table names and %s placeholders only."""
    tagged = TaggedItem._meta.db_table
    themed = Practice.themes.through._meta.db_table
    content_type = ContentType.objects.get_for_model(Practice).pk
    sql = (
        f"SELECT t.object_id AS practice_id, 2 AS weight FROM {tagged} t WHERE t.content_type_id = %s"  # nosec B608
        f" AND t.tag_id IN (SELECT o.tag_id FROM {tagged} o WHERE o.content_type_id = %s AND o.object_id = %s)"
        f" UNION ALL SELECT m.practice_id, 1 FROM {themed} m"
        f" WHERE m.theme_id IN (SELECT o.theme_id FROM {themed} o WHERE o.practice_id = %s)"
    )
    return sql, [content_type, content_type, practice.pk, practice.pk]


def _ranking_sql(practice, limit):
    """SQL of the ids of the `limit` published practices sharing most with `practice`, and its params."""
    links, params = _shared_links(practice)
    sql = (
        f"SELECT links.practice_id FROM ({links}) links"  # nosec B608: table names and placeholders only
        f" JOIN {Practice._meta.db_table} p ON p.id = links.practice_id WHERE p.status = %s AND p.id <> %s"
        " GROUP BY links.practice_id ORDER BY SUM(links.weight) DESC, links.practice_id DESC LIMIT %s"
    )
    # A LIMIT inside IN (…) is refused by some engines; a derived table around it is not.
    ranked = f"SELECT ranked.practice_id FROM ({sql}) ranked"  # nosec B608
    return ranked, [*params, PUBLISHED, practice.pk, limit]


def _weight_sql(practice):
    """SQL of one practice's shared weight with `practice`, for the row of the practices table it is read beside."""
    links, params = _shared_links(practice)
    table = Practice._meta.db_table
    sql = f'(SELECT SUM(links.weight) FROM ({links}) links WHERE links.practice_id = "{table}"."id")'  # nosec B608
    return sql, params
