from django.utils.decorators import method_decorator
from django.views.generic import DetailView, ListView

from core.lists import FilteredListMixin
from news.caching import cache_anonymous_page
from news.forms import NewsFilterForm
from news.models import NewsPost


class NewsPostMixin:
    def get_queryset(self):
        return NewsPost.objects.published().with_byline()


@method_decorator(cache_anonymous_page, name="dispatch")
class NewsPostListView(FilteredListMixin, NewsPostMixin, ListView):
    template_name = "news/newspost_list.html"
    context_object_name = "posts"
    filter_form_class = NewsFilterForm
    paginate_by = 10


@method_decorator(cache_anonymous_page, name="dispatch")
class NewsPostDetailView(NewsPostMixin, DetailView):
    template_name = "news/newspost_detail.html"
    context_object_name = "post"
