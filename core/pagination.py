"""Pagination that forgives a mistyped or stale page number."""


class NearestPageMixin:
    """A ListView mixin: `?page=abc` shows the first page and `?page=99999` the last, instead of a 404.

    Page links are shared and bookmarked while the lists behind them shrink (a filter, a moderator hiding a
    thread), so a reader who follows one lands on the nearest page that exists.
    """

    def paginate_queryset(self, queryset, page_size):
        paginator = self.get_paginator(
            queryset,
            page_size,
            orphans=self.get_paginate_orphans(),
            allow_empty_first_page=self.get_allow_empty(),
        )
        page = paginator.get_page(self.request.GET.get(self.page_kwarg))
        return paginator, page, page.object_list, page.has_other_pages()
