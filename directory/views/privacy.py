"""A person's rights over their data: download it all, or delete the account."""

import json

from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_GET
from django.views.generic import FormView

from core.privacy import export_personal_data
from directory import services
from directory.forms import DeleteAccountForm


@login_required
@require_GET
def export_data(request):
    """Everything the portal holds about the signed-in user, as a JSON download."""
    data = {"exported_at": timezone.now(), **export_personal_data(request.user)}
    response = HttpResponse(
        json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False, indent=2), content_type="application/json"
    )
    response["Content-Disposition"] = f'attachment; filename="my-data-{timezone.localdate():%Y-%m-%d}.json"'
    response["Cache-Control"] = "no-store"
    return response


class DeleteAccountView(LoginRequiredMixin, FormView):
    """The signed-in user deletes their own account after typing their password."""

    template_name = "directory/profile_delete.html"
    form_class = DeleteAccountForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "user": self.request.user}

    def form_valid(self, form):
        services.delete_account(user=self.request.user)
        logout(self.request)
        messages.success(self.request, _("Your account has been deleted."))
        return super().form_valid(form)

    def get_success_url(self):
        return reverse("portal:home")
