"""Profiles: each user edits their own; everybody may read them."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.files.uploadedfile import UploadedFile
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, FormView

from core.account import account_sections
from directory import services
from directory.forms import ProfileForm
from directory.models import Profile
from directory.tokens import rotate_links


class ProfileMixin:
    def get_queryset(self):
        return Profile.objects.select_related("organisation")


class ProfileDetailView(ProfileMixin, DetailView):
    template_name = "directory/profile_detail.html"
    context_object_name = "profile"


class ProfileEditView(LoginRequiredMixin, FormView):
    """The signed-in user's own profile; there is no URL to edit anybody else's."""

    template_name = "directory/profile_edit.html"
    form_class = ProfileForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_authenticated:
            self.profile = services.ensure_profile(user=request.user)
        return super().dispatch(request, *args, **kwargs)

    def get_initial(self):
        profile = self.profile
        return {
            "display_name": profile.display_name,
            "organisation": profile.organisation_id,
            "bio": profile.bio,
            "avatar": profile.avatar,
            "language": profile.language,
        }

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            profile=self.profile, account_sections=account_sections(self.request.user), **kwargs
        )

    def form_valid(self, form):
        data = form.cleaned_data
        avatar = data["avatar"]
        services.update_profile(
            profile=self.profile,
            display_name=data["display_name"],
            organisation=data["organisation"],
            bio=data["bio"],
            language=data["language"] or None,
            avatar=avatar if avatar is False or isinstance(avatar, UploadedFile) else None,
        )
        messages.success(self.request, _("Your profile has been saved."))
        return super().form_valid(form)

    def get_success_url(self):
        return reverse("directory:profile-edit")


@login_required
@require_POST
def reset_private_links(request):
    """Replace every private link of the signed-in user (unsubscribe links in e-mails, the calendar feed)."""
    rotate_links(user=request.user)
    messages.success(
        request, gettext("Your private links are reset: old unsubscribe links and calendar addresses no longer work.")
    )
    return redirect("directory:profile-edit")
