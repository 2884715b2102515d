"""The referral directory: the filtered list with counts, a service's page, its referral slip, and the form its
provider's members and moderators edit it with."""

from django.contrib import messages
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.generic import CreateView, DetailView, ListView, UpdateView

from core.lists import FilteredListMixin
from directory.geography import Oblast
from directory.maps import filter_links, oblast_map
from directory.models import TargetGroup
from services import rules
from services.caching import cache_anonymous_page, service_pages
from services.forms import ServiceFilterForm, ServiceForm
from services.models import Service
from services.services import save_service


class ServiceMixin:
    """Owns what every public service page reads: shown services with their provider and target groups."""

    def get_queryset(self):
        return Service.objects.published().for_cards()


@method_decorator(cache_anonymous_page, name="dispatch")
class ServiceListView(FilteredListMixin, ServiceMixin, ListView):
    template_name = "services/service_list.html"
    context_object_name = "services"
    paginate_by = 20
    filter_form_class = ServiceFilterForm

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = self.filter_form.filters
        counts = service_pages.cached_until_change(
            f"facets:{sorted(filters.items())}", lambda: self.filter_form.facet_counts(Service.objects.published())
        )
        context["facets"] = self.facets(counts)
        context["oblast_map"] = oblast_map(
            counts["oblast"],
            url=filter_links(self.request.GET, "oblast"),
            caption=_("Social services by oblast. Choose an oblast to see only its services."),
            unit=_("Social services"),
        )
        context["can_add"] = rules.can_add_service(self.request.user)
        return context

    def facets(self, counts):
        """Each facet as (name, label, [(value, label, count, selected)]), options without matches left out."""
        form = self.filter_form
        municipalities = sorted(set(counts["municipality"]) | {form.filters.get("municipality")} - {None})
        groups = [(group.slug, group.name) for group in TargetGroup.objects.only("slug", "name_bg", "name_en")]
        return [
            form.facet("oblast", Oblast.choices, counts["oblast"]),
            form.facet("municipality", [(m, m) for m in municipalities], counts["municipality"]),
            form.facet("group", groups, counts["group"]),
        ]


@method_decorator(cache_anonymous_page, name="dispatch")
class ServiceDetailView(ServiceMixin, DetailView):
    template_name = "services/service_detail.html"
    context_object_name = "service"

    def get_context_data(self, **kwargs):
        return super().get_context_data(can_edit=rules.can_edit_service(self.request.user, self.object), **kwargs)


@method_decorator(cache_anonymous_page, name="dispatch")
class ReferralSlipView(ServiceMixin, DetailView):
    """A printable page: the service's details and blank lines for the person referred (nothing is stored)."""

    template_name = "services/referral_slip.html"
    context_object_name = "service"


class ServiceFormMixin(LoginRequiredMixin):
    model = Service
    form_class = ServiceForm
    template_name = "services/service_form.html"

    def get_form_kwargs(self):
        return super().get_form_kwargs() | {"providers": rules.providers_for(self.request.user)}

    def form_valid(self, form):
        self.object = save_service(form=form)
        messages.success(self.request, _("The service has been saved."))
        return redirect(self.object)


class ServiceCreateView(ServiceFormMixin, CreateView):
    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not rules.can_add_service(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ServiceUpdateView(ServiceFormMixin, UpdateView):
    def get_queryset(self):
        # Hidden services too: their editors may show them again.
        return Service.objects.select_related("provider")

    def get_object(self, queryset=None):
        service = super().get_object(queryset)
        if not rules.can_edit_service(self.request.user, service):
            raise PermissionDenied
        return service
