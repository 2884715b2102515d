"""Reading calls: the list's filters and the counts beside each option."""

from django.db.models import Count

FACETS = {"kind": "kind", "oblast": "oblast", "theme": "themes__slug"}


def filter_calls(queryset, filters, *, skip=()):
    """`queryset` narrowed by `filters` ({kind, oblast, theme, remote}), leaving out the names in `skip`."""
    for name, value in filters.items():
        if name in skip:
            continue
        if name == "remote":
            queryset = queryset.filter(remote_or_small=True)
        else:
            queryset = queryset.filter(**{FACETS[name]: value})
    return queryset.distinct() if "theme" in filters and "theme" not in skip else queryset


def facet_counts(queryset, filters):
    """{facet: {value: count}} and {"remote": count}: what each option would match with the other filters kept.

    One aggregate query per facet, whatever the number of calls.
    """
    counts = {}
    for name, lookup in FACETS.items():
        rows = filter_calls(queryset, filters, skip={name}).exclude(**{f"{lookup}__isnull": True}).order_by()
        rows = rows.values(lookup).annotate(matches=Count("pk", distinct=True))
        counts[name] = {row[lookup]: row["matches"] for row in rows}
    counts["remote"] = filter_calls(queryset, filters, skip={"remote"}).filter(remote_or_small=True).count()
    return counts
