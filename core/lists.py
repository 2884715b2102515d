"""List pages: one base class for the filter forms above them and one view mixin that builds, applies and pages them.

Every list page (practices, documents, films, organisations, projects, news, events, forum threads) works the same
way: a `FilterForm` bound to the query string narrows and sorts the list, the list is paginated forgivingly, and
the template receives the form as `filter_form`. Filters travel in GET, so they work without JavaScript and a
filtered page can be bookmarked and shared.
"""

from django import forms
from django.core.paginator import Paginator
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from core.i18n import page_language, written_language


class LanguageMarkedSelect(forms.Select):
    """A select whose options carry `lang` when their label is in the other language than the page's (a Bulgarian
    organisation's name, a theme not yet translated), so screen readers read each option in its own language.
    (Radio buttons and checkboxes take labels marked by core.i18n.marked_field instead.)"""

    def create_option(self, *args, **kwargs):
        option = super().create_option(*args, **kwargs)
        language = written_language(option["label"])
        if language and language != page_language():
            option["attrs"]["lang"] = language
        return option


class FilterForm(forms.Form):
    """The GET filters above a list, with one interface: `filter(queryset)` returns the narrowed, sorted list.

    A field whose value does not fit (an unknown slug, a year with no events) shows its error and counts as not
    given; the other filters still apply, so a stale or mistyped link still shows a list.

    A subclass declares its fields and says how each narrows the queryset: a `filter_<name>(queryset, value)`
    method, else the ORM lookup in `lookups` (field name -> lookup). Sorting, where a list offers it, is one
    `sort` field built from `sort_choices` (value, label pairs; the first is the default) and `orderings`
    (value -> `order_by()` arguments). A form whose options show how many items each would match overrides
    `facet_counts()`, and its view builds each select of `templates/includes/facet_selects.html` with `facet()`.
    Context a form needs (say, the only choices that lead somewhere) arrives as keyword-only `__init__` arguments.
    """

    lookups = {}
    sort_choices = ()
    orderings = {}

    def __init__(self, data=None, **kwargs):
        # Always bound, to an empty query string too, so an untouched list and a filtered one read the same way.
        super().__init__({} if data is None else data, **kwargs)
        if self.sort_choices:
            self.fields["sort"] = forms.ChoiceField(label=_("Sort by"), required=False, choices=self.sort_choices)
        for field in self.fields.values():
            if type(field.widget) is forms.Select:
                field.widget.__class__ = LanguageMarkedSelect

    @cached_property
    def filters(self):
        """The chosen filters that are valid, as {name: cleaned value}; an empty, false or bad value is left out."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value and name != "sort"}

    @cached_property
    def chosen_sort(self):
        """The valid chosen sort, else the first of `sort_choices`; None for a list without sorting."""
        if not self.sort_choices:
            return None
        self.is_valid()
        return self.cleaned_data.get("sort") or self.sort_choices[0][0]

    def filter(self, queryset):
        """`queryset` narrowed by every valid filter, then sorted by the chosen sort if the list has one."""
        queryset = self.filter_queryset(queryset, self.filters)
        if self.sort_choices:
            queryset = self.sort_queryset(queryset, self.chosen_sort)
        return queryset

    def filter_queryset(self, queryset, filters):
        """Apply `filters` one by one, in the order of the fields."""
        for name, value in filters.items():
            method = getattr(self, f"filter_{name}", None)
            queryset = method(queryset, value) if method else queryset.filter(**{self.lookups[name]: value})
        return queryset

    def sort_queryset(self, queryset, sort):
        return queryset.order_by(*self.orderings[sort])

    def facet_counts(self, queryset):
        """How many items of `queryset` each option would match with the other filters kept; {} without counts."""
        return {}

    def facet(self, name, labelled, found):
        """The field `name` as (name, label, [(value, label, count, selected)]): the options of `labelled`
        (value, label pairs) that `found` ({value: count}) says lead somewhere, and the chosen one in any case."""
        chosen = self.filters.get(name)
        options = [
            (value, label, found.get(value, 0), value == chosen)
            for value, label in labelled
            if found.get(value) or value == chosen
        ]
        return name, self.fields[name].label, options


class FilteredListMixin:
    """A ListView mixin, listed before the resource's mixin that owns `get_queryset()`.

    It builds `filter_form_class` (if the list has filters) from the query string with the keyword-only context
    `get_filter_form_kwargs()` returns, narrows and sorts the resource's queryset with it, pages the result
    forgivingly and puts the form in the context as `filter_form`. A view that adds to the list (prefetching,
    deferring) overrides `get_queryset()` and starts from `super().get_queryset()`.

    Pagination forgives: `?page=abc` shows the first page and `?page=99999` the last, instead of a 404. Page links
    are shared and bookmarked while the lists behind them shrink (a filter, a moderator hiding a thread), so a
    reader who follows one lands on the nearest page that exists.
    """

    filter_form_class = None
    filter_form = None

    def get_filter_form_kwargs(self, queryset):
        """Keyword-only context for the filter form; `queryset` is the whole list before any filter."""
        return {}

    def get_queryset(self):
        queryset = super().get_queryset()
        if self.filter_form_class is None:
            return queryset
        self.filter_form = self.filter_form_class(self.request.GET, **self.get_filter_form_kwargs(queryset))
        return self.filter_form.filter(queryset)

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(
            queryset,
            page_size,
            orphans=self.get_paginate_orphans(),
            allow_empty_first_page=self.get_allow_empty(),
        )
        number = self.kwargs.get(self.page_kwarg) or self.request.GET.get(self.page_kwarg) or 1
        page = paginator.get_page(paginator.num_pages if number == "last" else number)
        return paginator, page, page.object_list, page.has_other_pages()

    def get_context_data(self, **kwargs):
        if self.filter_form is not None:
            kwargs.setdefault("filter_form", self.filter_form)
        return super().get_context_data(**kwargs)


class ShortListPaginator(Paginator):
    """A Paginator that counts a list fitting on its first page from the rows it reads for that page.

    Asked for the first page (or for what is not a page number, which `get_page` answers with the first), it reads
    one row more than the page may hold; only a longer list costs a COUNT query. Most discussions under a film or
    a practice are one page of comments.
    """

    def get_page(self, number):
        try:
            first = int(number or 1) == 1
        except (TypeError, ValueError):
            first = True
        if not first or "count" in self.__dict__:
            return super().get_page(number)
        rows = list(self.object_list[: self.per_page + self.orphans + 1])
        if len(rows) <= self.per_page + self.orphans and (rows or self.allow_empty_first_page):
            self.count = len(rows)
            return self._get_page(rows, 1, self)
        return self._get_page(rows[: self.per_page], 1, self)
