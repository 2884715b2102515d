"""Shared reads for the referral directory: filtering and the counts beside each filter option."""

from django.db.models import Count

# URL parameter -> lookup on Service; each facet is counted with the other filters applied.
FACETS = {
    "oblast": "oblast",
    "municipality": "municipality",
    "group": "target_groups__slug",
}


def filter_services(queryset, filters, *, skip=()):
    """Apply the cleaned `filters` to `queryset`, leaving out the names in `skip`."""
    for name, lookup in FACETS.items():
        if filters.get(name) and name not in skip:
            queryset = queryset.filter(**{lookup: filters[name]})
    return queryset.distinct() if filters.get("group") and "group" not in skip else queryset


def facet_counts(queryset, filters):
    """{facet: {value: count}}: how many services each option would match with the other filters kept.

    One grouped query per facet, whatever the number of services or options.
    """
    counts = {}
    for name, lookup in FACETS.items():
        rows = filter_services(queryset, filters, skip={name}).exclude(**{f"{lookup}__isnull": True}).order_by()
        rows = rows.values(lookup).annotate(matches=Count("pk", distinct=True))
        counts[name] = {row[lookup]: row["matches"] for row in rows if row[lookup]}
    return counts
