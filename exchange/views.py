"""The exchange's pages: the filtered list with its numbers, a listing with its matches, posting and editing,
and marking a match as taken up.

Lists and pages read; every write goes through `exchange.services`. Who may change what is asked of
`exchange.permissions`.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, FormView, ListView

from core import roles
from core.lists import FilteredListMixin
from directory.geography import Oblast
from directory.maps import filter_links, oblast_map
from directory.membership import organisations_of
from exchange import queries, services
from exchange.caching import exchange_pages
from exchange.enums import Category, ListingKind
from exchange.forms import ListingFilterForm, ListingForm
from exchange.models import Listing, Match
from exchange.permissions import can_edit_listing, can_take_up


class ListingMixin:
    """Owns what every exchange page reads: shown listings with their organisation."""

    model = Listing

    def get_queryset(self):
        return Listing.objects.published().select_related("organisation")


@method_decorator(exchange_pages.cache_page, name="dispatch")
class ListingListView(FilteredListMixin, ListingMixin, ListView):
    template_name = "exchange/listing_list.html"
    context_object_name = "listings"
    paginate_by = 20
    filter_form_class = ListingFilterForm

    def get_queryset(self):
        return super().get_queryset().order_by("-created_at", "-pk")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        filters = self.filter_form.filters
        counts = exchange_pages.cached_until_change(
            f"facets:{sorted(filters.items())}", lambda: self.filter_form.facet_counts(Listing.objects.published())
        )
        context |= {
            "oblast_map": oblast_map(
                counts["oblast"],
                url=filter_links(self.request.GET, "oblast"),
                caption=_("Offers and needs by oblast. Choose an oblast to see only its offers and needs."),
                unit=_("Offers and needs"),
            ),
            "facets": self.facets(counts),
            "remote_count": counts["remote"],
            "numbers": exchange_pages.cached_until_change("match-numbers", queries.match_numbers),
        }
        return context

    def facets(self, counts):
        """Each facet as (name, label, [(value, label, count, selected)]), options without listings left out."""
        form = self.filter_form
        return [
            form.facet("kind", ListingKind.choices, counts["kind"]),
            form.facet("category", Category.choices, counts["category"]),
            form.facet("oblast", sorted(Oblast.choices, key=lambda c: str(c[1])), counts["oblast"]),
        ]


class ListingDetailView(ListingMixin, DetailView):
    template_name = "exchange/listing_detail.html"
    context_object_name = "listing"

    def get_queryset(self):
        # A hidden listing stays readable to those who may edit it, with the moderators' note.
        return Listing.objects.select_related("organisation")

    def get_object(self, queryset=None):
        listing = super().get_object(queryset)
        if listing.is_hidden and not (
            can_edit_listing(self.request.user, listing) or roles.is_moderator(self.request.user)
        ):
            raise Http404
        return listing

    @method_decorator(exchange_pages.cache_page)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        listing, user = self.object, self.request.user
        may_edit = can_edit_listing(user, listing)
        matches = list(queries.matches_of(listing))
        for match in matches:
            match.other = match.need if listing.kind == ListingKind.OFFER else match.offer
            match.can_take_up = may_edit or (user.is_authenticated and can_edit_listing(user, match.other))
        context |= {"matches": matches, "may_edit": may_edit}
        return context


class ListingFormMixin(LoginRequiredMixin, FormView):
    form_class = ListingForm
    template_name = "exchange/listing_form.html"

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated and not roles.user_can_post(request.user):
            messages.error(request, _("Verify your e-mail address before you post on the exchange."))
            return redirect("exchange:listing-list")
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "organisations": organisations_of(self.request.user)}


class ListingCreateView(ListingFormMixin):
    def form_valid(self, form):
        listing = services.post_listing(author=self.request.user, **form.service_fields())
        messages.success(self.request, _("Your listing is on the exchange. Matches are shown below it."))
        return redirect(listing)


class ListingEditView(ListingFormMixin):
    def dispatch(self, request, *args, **kwargs):
        self.listing = get_object_or_404(Listing.objects.select_related("organisation"), slug=kwargs["slug"])
        if request.user.is_authenticated and not can_edit_listing(request.user, self.listing):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "instance": self.listing}

    def get_context_data(self, **kwargs):
        return super().get_context_data(listing=self.listing, **kwargs)

    def form_valid(self, form):
        fields = form.service_fields()
        listing = services.edit_listing(listing=self.listing, editor=self.request.user, **fields)
        messages.success(self.request, _("Your changes are saved."))
        return redirect(listing)


@login_required
@require_POST
def match_take_up(request, pk):
    """Mark a match as taken up, from either side's listing page."""
    match = get_object_or_404(Match.objects.visible().select_related("offer", "need"), pk=pk)
    if not can_take_up(request.user, match):
        raise PermissionDenied
    services.take_up_match(match=match, user=request.user)
    messages.success(request, _("Thank you: the match is marked as taken up."))
    back = match.offer if request.POST.get("from") == "offer" else match.need
    return redirect(back)
