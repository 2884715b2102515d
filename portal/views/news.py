from django.views.generic import DetailView, ListView

from core.pagination import NearestPageMixin
from portal.models import Post


class PostMixin:
    def get_queryset(self):
        return Post.objects.published()


class PostListView(NearestPageMixin, PostMixin, ListView):
    template_name = "portal/post_list.html"
    context_object_name = "posts"
    paginate_by = 10


class PostDetailView(PostMixin, DetailView):
    template_name = "portal/post_detail.html"
    context_object_name = "post"
