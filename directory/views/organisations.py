from django.views.generic import DetailView, ListView

from core.linked import linked_sections
from core.lists import FilteredListMixin
from core.roles import is_moderator
from directory import membership as memberships
from directory.forms import MembershipRequestForm, OrganisationFilterForm, organisation_filter_context
from directory.models import Organisation


class OrganisationMixin:
    def get_queryset(self):
        return Organisation.objects.all()


class OrganisationListView(FilteredListMixin, OrganisationMixin, ListView):
    template_name = "directory/organisation_list.html"
    context_object_name = "organisations"
    paginate_by = 24
    filter_form_class = OrganisationFilterForm

    def get_filter_form_kwargs(self, queryset):
        return organisation_filter_context(queryset)


class OrganisationDetailView(OrganisationMixin, DetailView):
    template_name = "directory/organisation_detail.html"
    context_object_name = "organisation"

    def get_context_data(self, **kwargs):
        user = self.request.user
        own = memberships.membership_of(user, self.object)
        return super().get_context_data(
            linked_sections=linked_sections(self.object, kind="organisation"),
            members=memberships.members_of(self.object),
            own_membership=own,
            join_form=MembershipRequestForm(),
            can_decide=user.is_authenticated and ((own is not None and own.is_admin) or is_moderator(user)),
            **kwargs,
        )
