from django.views.generic import DetailView, ListView

from core.linked import linked_sections
from core.lists import FilteredListMixin
from directory.models import Project


class ProjectMixin:
    def get_queryset(self):
        return Project.objects.select_related("lead_organisation")


class ProjectListView(FilteredListMixin, ProjectMixin, ListView):
    template_name = "directory/project_list.html"
    context_object_name = "projects"
    paginate_by = 20


class ProjectDetailView(ProjectMixin, DetailView):
    template_name = "directory/project_detail.html"
    context_object_name = "project"

    def get_queryset(self):
        return super().get_queryset().prefetch_related("partners")

    def get_context_data(self, **kwargs):
        return super().get_context_data(linked_sections=linked_sections(self.object, kind="project"), **kwargs)
