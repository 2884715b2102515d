from django.utils.decorators import method_decorator
from django.utils.functional import SimpleLazyObject
from django.views.generic import DetailView, ListView

from core.fragments import computed_on_first_use
from core.listed import with_listed
from core.lists import FilteredListMixin
from core.remembered_pages import SharedObjectMixin
from news.caching import cache_shared_page
from news.forms import NewsFilterForm
from news.models import NewsPost

# What the news list's fragment shows.
LISTING = ("paginator", "page_obj", "is_paginated", "posts")


class NewsPostMixin:
    def get_queryset(self):
        return NewsPost.objects.published().with_byline()


@method_decorator(cache_shared_page, name="dispatch")
class NewsPostListView(FilteredListMixin, NewsPostMixin, ListView):
    template_name = "news/newspost_list.html"
    context_object_name = "posts"
    filter_form_class = NewsFilterForm
    paginate_by = 10

    def get_context_data(self, **kwargs):
        # The list is the shared fragment news-list (news.caching): the page of posts is read only when the fragment
        # renders, so a warm one costs no query.
        listing = computed_on_first_use(lambda: self.listing(**kwargs), LISTING)
        return {"view": self, "filter_form": self.filter_form, **listing}

    def listing(self, **kwargs):
        context = super().get_context_data(**kwargs)
        with_listed({"tags": context["posts"]})
        return context


@method_decorator(cache_shared_page, name="dispatch")
class NewsPostDetailView(SharedObjectMixin, NewsPostMixin, DetailView):
    template_name = "news/newspost_detail.html"
    context_object_name = "post"

    def get_context_data(self, **kwargs):
        # The post's text is the shared fragment news-post-body (news.caching): its tags are read only when it
        # renders.
        post = self.object
        return super().get_context_data(**kwargs, post_details=SimpleLazyObject(lambda: _with_tags(post)))


def _with_tags(post):
    with_listed({"tags": [post]})
    return post
