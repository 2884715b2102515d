from django.views.generic import DetailView, ListView

from core.linked import linked_sections
from core.pagination import NearestPageMixin
from directory.forms import OrganisationFilterForm
from directory.models import Organisation


class OrganisationMixin:
    def get_queryset(self):
        return Organisation.objects.all()


class OrganisationListView(NearestPageMixin, OrganisationMixin, ListView):
    template_name = "directory/organisation_list.html"
    context_object_name = "organisations"
    paginate_by = 24

    def get_queryset(self):
        country_codes = Organisation.objects.order_by("country").values_list("country", flat=True).distinct()
        self.filter_form = OrganisationFilterForm(self.request.GET, country_codes=list(country_codes))
        return self.filter_form.filter(super().get_queryset())

    def get_context_data(self, **kwargs):
        return super().get_context_data(filter_form=self.filter_form, **kwargs)


class OrganisationDetailView(OrganisationMixin, DetailView):
    template_name = "directory/organisation_detail.html"
    context_object_name = "organisation"

    def get_context_data(self, **kwargs):
        return super().get_context_data(linked_sections=linked_sections(self.object, kind="organisation"), **kwargs)
