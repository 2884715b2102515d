"""Practice pages: the filtered list with facets and a country chart, the detail page and the comparison."""

from urllib.parse import urlencode

from django.contrib import messages
from django.db.models import Prefetch, prefetch_related_objects
from django.http import Http404
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.functional import SimpleLazyObject, cached_property
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.generic import DetailView, ListView, TemplateView
from django_countries import countries

from core import roles, skeletons
from core.badges import badged
from core.fragments import computed_on_first_use
from core.linked import linked_sections
from core.listed import listed, with_listed
from core.lists import FilteredListMixin
from core.remembered_pages import SharedObjectMixin
from core.tags import Tag
from core.united import read_together
from directory.maps import europe_map, filter_links
from practices import queries
from practices.caching import cache_shared_page, cached_until_change
from practices.enums import TransferStage
from practices.forms import PracticeFilterForm
from practices.jsonld import practice_json_ld
from practices.models import Document, Practice

COMPARE_MIN, COMPARE_MAX = 2, 4
# What the practice list's fragment shows.
LISTING = (
    "paginator",
    "page_obj",
    "is_paginated",
    "practices",
    "facets",
    "flag_counts",
    "country_chart",
    "country_map",
    "ticked",
)
# The country chart's geometry, in SVG user units.


class PracticeMixin:
    """Owns what every practice page reads: published practices (drafts too for those who may edit them)."""

    model = Practice
    # Only the detail page shows drafts; lists and the comparison never do, so they need not ask about roles.
    shows_drafts = False

    def get_queryset(self):
        drafts_too = self.shows_drafts and roles.can_see_draft(self.request.user, Practice)
        practices = Practice.objects.all() if drafts_too else Practice.objects.published()
        return practices.select_related("source_organisation")


@method_decorator(cache_shared_page, name="dispatch")
class PracticeListView(FilteredListMixin, PracticeMixin, ListView):
    template_name = "practices/practice_list.html"
    context_object_name = "practices"
    paginate_by = 20
    filter_form_class = PracticeFilterForm

    def get_queryset(self):
        return super().get_queryset().published().defer(*queries.LONG_TEXT_FIELDS)

    def get_context_data(self, **kwargs):
        # The list is the shared fragment practice-list (practices.caching): what it shows is read only when the
        # fragment renders, so a warm one costs no query.
        listing = computed_on_first_use(lambda: self.listing(**kwargs), LISTING)
        return {"view": self, "filter_form": self.filter_form, **listing}

    @cached_property
    def counts(self):
        """The facet counts and the list's total: the same for every page and language of one filtered list, and
        for signed-in visitors too."""
        return cached_until_change(
            f"facet-options:{sorted(self.filter_form.filters.items())}",
            lambda: self.filter_form.facet_counts(Practice.objects.published()),
        )

    def get_paginator(self, *args, **kwargs):
        paginator = super().get_paginator(*args, **kwargs)
        paginator.count = self.counts["total"]  # counted with the facets: the list needs no COUNT query of its own
        return paginator

    def listing(self, **kwargs):
        counts = self.counts
        context = super().get_context_data(**kwargs)
        read_together(badged(context["practices"], kind="practice"), listed({"themes": context["practices"]}))
        context |= {
            "facets": self.facets(counts, counts["total"]),
            "flag_counts": {name: counts[name] for name in queries.FLAGS},
            "country_chart": country_chart(counts["country"]),
            "country_map": europe_map(
                counts["country"],
                url=filter_links(self.request.GET, "country"),
                caption=_("Practices by country of origin on the map of Europe."),
                unit=_("Practices"),
                table=False,  # the country chart below is the table
            ),
            "ticked": set(self.request.GET.getlist("p")),
        }
        return context

    def facets(self, counts, total):
        """Each facet as (name, label, [(value, label, count, selected)]), options without matches left out."""

        form, filters = self.filter_form, self.filter_form.filters
        codes = set(counts["country"]) | ({filters["country"]} if "country" in filters else set())
        country_names = sorted(((code, countries.name(code)) for code in codes), key=lambda option: option[1])
        named = {name: self.named_options(name, counts[name], total) for name in ("theme", "group", "tag")}
        return [
            form.facet("country", country_names, counts["country"]),
            form.facet("theme", *named["theme"]),
            form.facet("group", *named["group"]),
            form.facet("stage", TransferStage.choices, counts["stage"]),
            form.facet("tag", *named["tag"]),
        ]

    def named_options(self, name, found, total):
        """The (slug, row) options of a named facet and their counts: themes and groups in their curated order,
        tags most used first. A chosen option the counts do not hold (a tag beyond the most used, a theme no
        practice has with the other filters) stays visible; with every filter applied, its count is the list's."""
        options = {slug: option for slug, (option, _matches) in found.items()}
        counts = {slug: matches for slug, (_option, matches) in found.items()}
        chosen = self.filter_form.filters.get(name)
        model = queries.NAMED_FACETS[name][0]
        if chosen and chosen not in options:
            options |= {option.slug: option for option in model.objects.filter(slug=chosen)}
            counts[chosen] = total
        if model is not Tag:
            options = dict(sorted(options.items(), key=lambda item: (item[1].position, str(item[1].name))))
        return list(options.items()), counts


def country_chart(country_counts):
    """Rows of the country chart: one per country, longest first, bar lengths in percent of the largest."""
    if not country_counts:
        return None
    largest = max(country_counts.values())
    bars = [
        {
            "code": code,
            "name": countries.name(code),
            "count": count,
            "length": max(2, round(100 * count / largest)),
        }
        for code, count in country_counts.items()
    ]
    bars.sort(key=lambda bar: (-bar["count"], bar["name"]))
    return {"bars": bars}


@method_decorator(cache_shared_page, name="dispatch")
class PracticeDetailView(SharedObjectMixin, PracticeMixin, DetailView):
    template_name = "practices/practice_detail.html"
    context_object_name = "practice"
    shows_drafts = True

    def get_queryset(self):
        if skeletons.is_kept(self.request):
            # Only the personal slots render (core.skeletons): they need the practice's identity, not its texts.
            return super().get_queryset().select_related(None).only("pk", "slug", "status")
        return super().get_queryset().select_related("project", "reviewed_by")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        practice = self.object
        adaptation = SimpleLazyObject(lambda: adaptation_sections(practice))
        # The body and the JSON-LD are the shared fragment `practice-body` (practices.caching): what they show
        # besides the practice's own fields is read only when it renders.
        details = SimpleLazyObject(lambda: with_page_details(practice))
        context |= {
            "practice_details": details,
            "related_practices": SimpleLazyObject(lambda: details.related_practices),
            "linked_sections": SimpleLazyObject(lambda: linked_sections(practice, kind="practice")),
            "json_ld": lambda: practice_json_ld(details),
            "sections": SimpleLazyObject(lambda: practice_sections(practice)),
            "adaptation_sections": adaptation,
            "has_adaptation_notes": SimpleLazyObject(lambda: any(text for _field, _heading, text in adaptation)),
            # ?print=1: the handout as it prints, on screen too; the "print" link leads here without JavaScript.
            "print_view": "print" in self.request.GET,
        }
        return context


def with_page_details(practice):
    """`practice` with what its page shows of other rows: `related_practices`, the `listed_` partners, themes,
    groups and tags (its related cards' themes and badges read with them), and `published_documents`."""
    practice.related_practices = related = queries.related_practices(practice)
    read_together(
        badged(related, kind="practice"),
        listed(
            {"partners": [practice], "themes": [practice, *related], "target_groups": [practice], "tags": [practice]}
        ),
    )
    prefetch_related_objects(
        [practice],
        Prefetch(
            "documents",
            queryset=Document.objects.published().select_related("publisher"),
            to_attr="published_documents",
        ),
    )
    return practice


def practice_sections(practice):
    return [
        ("problem", _("The problem it answers"), practice.problem),
        ("how_it_works", _("How it works"), practice.how_it_works),
        ("results", _("Results and evidence"), practice.results),
        ("resources", _("What it takes"), practice.resources),
        ("transfer_potential", _("Scaling and transfer potential"), practice.transfer_potential),
    ]


def adaptation_sections(practice):
    return [
        ("adaptation_preconditions", _("Preconditions"), practice.adaptation_preconditions),
        ("adaptation_legal_funding", _("Legal and funding fit"), practice.adaptation_legal_funding),
        ("adaptation_changes", _("What was or would need to be changed"), practice.adaptation_changes),
        ("adaptation_barriers", _("Barriers"), practice.adaptation_barriers),
        ("adaptation_first_steps", _("First steps"), practice.adaptation_first_steps),
        (
            "adaptation_bulgarian_experience",
            _("Who in Bulgaria has tried it"),
            practice.adaptation_bulgarian_experience,
        ),
    ]


class PracticeCompareView(PracticeMixin, TemplateView):
    """Two to four practices side by side; the slugs arrive as repeated `p` parameters from the list's checkboxes."""

    template_name = "practices/practice_compare.html"

    def get(self, request, *args, **kwargs):
        slugs = list(dict.fromkeys(request.GET.getlist("p")))
        if not COMPARE_MIN <= len(slugs) <= COMPARE_MAX:
            messages.error(
                request,
                ngettext(
                    "Tick between %(min)d and %(max)d practices to compare; you ticked %(count)d.",
                    "Tick between %(min)d and %(max)d practices to compare; you ticked %(count)d.",
                    len(slugs),
                )
                % {"min": COMPARE_MIN, "max": COMPARE_MAX, "count": len(slugs)},
            )
            # Back to the list with the ticks kept, so the visitor only adds or removes one.
            return redirect(f"{reverse('practices:practice-list')}?{urlencode({'p': slugs}, doseq=True)}")
        found = {practice.slug: practice for practice in self.get_queryset().published().filter(slug__in=slugs)}
        if not found:
            raise Http404
        with_listed({"target_groups": found.values(), "themes": found.values()})
        missing = len(slugs) - len(found)
        if missing:
            messages.warning(
                request,
                ngettext(
                    "%(count)d of the practices you chose is no longer published.",
                    "%(count)d of the practices you chose are no longer published.",
                    missing,
                )
                % {"count": missing},
            )
        return self.render_to_response(self.get_context_data(practices=[found[s] for s in slugs if s in found]))
