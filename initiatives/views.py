"""Call pages: the open list and the archive with their filters, the call's page, posting, editing and interest."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, ListView

from core import roles
from core.lists import FilteredListMixin
from directory import membership
from directory.geography import Oblast
from directory.maps import filter_links, oblast_map
from directory.models import Theme
from initiatives import services
from initiatives.caching import cache_anonymous_page, call_pages
from initiatives.enums import CallKind
from initiatives.forms import CallFilterForm, CallForm, InterestForm
from initiatives.models import Call, Interest


class CallListView(FilteredListMixin, ListView):
    """Open calls, soonest closing first; `archive=True` lists the closed ones, latest first."""

    template_name = "initiatives/call_list.html"
    context_object_name = "calls"
    paginate_by = 20
    filter_form_class = CallFilterForm
    archive = False

    def base_queryset(self):
        return Call.objects.archived().order_by("-closes_on", "-pk") if self.archive else Call.objects.open()

    def get_queryset(self):
        self.queryset = self.base_queryset()
        return super().get_queryset().with_card()

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # The same for every page and language of one filtered list, and for signed-in visitors too.
        key = f"facets:{self.archive}:{sorted(self.filter_form.filters.items())}"
        counts = call_pages.cached_until_change(key, lambda: self.filter_form.facet_counts(self.base_queryset()))
        themes = [(theme.slug, theme.name) for theme in Theme.objects.only("slug", "name_bg", "name_en")]
        form = self.filter_form
        context["facets"] = [
            form.facet("kind", CallKind.choices, counts["kind"]),
            form.facet("oblast", Oblast.choices, counts["oblast"]),
            form.facet("theme", themes, counts["theme"]),
        ]
        context["remote_count"] = counts["remote"]
        context["oblast_map"] = oblast_map(
            counts["oblast"],
            url=filter_links(self.request.GET, "oblast"),
            caption=_("Calls by oblast. Choose an oblast to see only its calls."),
            unit=_("Calls"),
        )
        context["archive"] = self.archive
        return context


call_list = cache_anonymous_page(CallListView.as_view())
call_archive = cache_anonymous_page(CallListView.as_view(archive=True))


class CallDetailView(DetailView):
    """A public call; one awaiting approval or hidden is shown only to its organisation's members and moderators."""

    template_name = "initiatives/call_detail.html"
    context_object_name = "call"

    def get_queryset(self):
        calls = Call.objects.select_related("organisation").prefetch_related("themes", "target_groups")
        return calls if self.request.user.is_authenticated else calls.public()

    def get_object(self, queryset=None):
        call = super().get_object(queryset)
        if not call.is_public and not services.can_edit_call(self.request.user, call):
            raise Http404
        return call

    def get_context_data(self, **kwargs):
        user, call = self.request.user, self.object
        interest = Interest.objects.filter(call=call, user=user).first() if user.is_authenticated else None
        return super().get_context_data(
            can_edit=services.can_edit_call(user, call),
            can_post=roles.user_can_post(user),
            own_interest=interest,
            interest_form=InterestForm(),
            **kwargs,
        )


call_detail = cache_anonymous_page(CallDetailView.as_view())


def _call_form(request, *, call=None):
    form = CallForm(request.POST or None, instance=call, user=request.user)
    if request.method == "POST" and form.is_valid():
        data = {name: form.cleaned_data[name] for name in form.fields}
        if call is None:
            call = services.post_call(user=request.user, data=data)
            if call.is_public:
                messages.success(request, _("Your call is published."))
            else:
                messages.success(request, _("Your call is saved. A moderator will publish it soon."))
        else:
            services.update_call(user=request.user, call=call, data=data)
            messages.success(request, _("Your changes are saved."))
        return redirect(call)
    return render(request, "initiatives/call_form.html", {"form": form, "call": call})


@login_required
def call_create(request):
    """Post a call in the name of an organisation the user is a member of."""
    if not membership.organisations_of(request.user).exists():
        messages.info(request, _("Calls are posted in an organisation's name: ask to join your organisation first."))
        return redirect("directory:organisation-list")
    return _call_form(request)


@login_required
def call_edit(request, slug):
    call = get_object_or_404(Call, slug=slug)
    if not services.can_edit_call(request.user, call):
        raise PermissionDenied
    return _call_form(request, call=call)


@login_required
@require_POST
def express_interest(request, slug):
    """Tell the organisation that the signed-in participant is interested in the call."""
    call = get_object_or_404(Call.objects.public().select_related("organisation"), slug=slug)
    if not roles.user_can_post(request.user):
        messages.error(request, _("Please verify your e-mail address before expressing interest."))
        return redirect(call)
    form = InterestForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Your message is too long: please keep it under 2000 characters."))
        return redirect(call)
    try:
        services.express_interest(user=request.user, call=call, message=form.cleaned_data["message"])
    except services.InterestError:
        messages.error(request, _("This call is closed and takes no more interest."))
        return redirect(call)
    messages.success(request, _("Thank you: the organisation has your interest and will answer you by e-mail."))
    return redirect(call)
