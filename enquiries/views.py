"""The enquiry desk: asking, the enquirer's private page, the members' desk, and the published answers."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.generic import DetailView, FormView, ListView, TemplateView

from core.i18n import page_language
from core.throttle import seconds_until_allowed
from enquiries import rules, services
from enquiries.caching import cache_anonymous_page
from enquiries.enums import EnquiryStatus
from enquiries.forms import AnswerForm, EnquiryForm
from enquiries.models import Enquiry, PublicAnswer

# Questions one address may send per minute: enough for a person, a wall for a robot.
ASKS_PER_MINUTE = 5


class AskView(FormView):
    template_name = "enquiries/ask.html"
    form_class = EnquiryForm

    def get_initial(self):
        user = self.request.user
        return {"email": user.email} if user.is_authenticated else {}

    def form_valid(self, form):
        if seconds_until_allowed(self.request, scope="enquiries", per_minute=ASKS_PER_MINUTE):
            form.add_error(None, _("Too many questions from your address in a short time. Try again in a minute."))
            return self.form_invalid(form)
        asked = {name: form.cleaned_data[name] for name in ("question", "name", "email", "oblast", "municipality")}
        enquiry = services.ask(user=self.request.user, language=page_language(), **asked)
        if enquiry.status != EnquiryStatus.UNVERIFIED:
            messages.success(self.request, _("Thank you: your question has reached the moderators."))
            return redirect(enquiry)
        return redirect("enquiries:sent")

    def get_context_data(self, **kwargs):
        return super().get_context_data(latest_answers=PublicAnswer.objects.published()[:5], **kwargs)


class SentView(TemplateView):
    template_name = "enquiries/sent.html"


@never_cache
def confirm(request, token):
    """The link in the confirmation e-mail: confirming is idempotent, so opening it twice is harmless."""
    enquiry = services.confirm(enquiry=get_object_or_404(Enquiry, token=token))
    messages.success(request, _("Your e-mail address is confirmed: your question has reached the moderators."))
    return redirect(enquiry)


@never_cache
def follow(request, token):
    """The enquirer's private page: the question, where it is, and the answer once there is one."""
    enquiry = get_object_or_404(Enquiry.objects.confirmed().select_related("organisation"), token=token)
    response = render(request, "enquiries/follow.html", {"enquiry": enquiry, "statuses": progress(enquiry)})
    response["Referrer-Policy"] = "no-referrer"  # the private address never leaves in a Referer header
    return response


def progress(enquiry):
    """(label, reached) for each step the enquirer sees."""
    order = [EnquiryStatus.RECEIVED, EnquiryStatus.ASSIGNED, EnquiryStatus.ANSWERED]
    reached = order.index(enquiry.status)
    return [(status.label, index <= reached) for index, status in enumerate(order)]


@method_decorator(login_required, name="dispatch")
class DeskView(ListView):
    """The enquiries assigned to the signed-in member's organisations (every confirmed one for moderators)."""

    template_name = "enquiries/desk.html"
    context_object_name = "enquiries"
    paginate_by = 20

    def get_queryset(self):
        return rules.enquiries_for(self.request.user)


@login_required
@never_cache
def desk_detail(request, pk):
    """One enquiry for the members of its organisation and the moderators, with the answer form."""
    enquiry = get_object_or_404(Enquiry.objects.select_related("organisation", "answered_by__profile"), pk=pk)
    if not rules.can_see_enquiry(request.user, enquiry):
        raise Http404
    form = AnswerForm(request.POST or None) if enquiry.status == EnquiryStatus.ASSIGNED else None
    if form is not None and request.method == "POST" and form.is_valid():
        services.answer(enquiry=enquiry, author=request.user, text=form.cleaned_data["answer"])
        messages.success(request, _("Thank you: your answer has been sent to the enquirer."))
        return redirect("enquiries:desk-detail", pk=enquiry.pk)
    return render(request, "enquiries/desk_detail.html", {"enquiry": enquiry, "form": form})


class PublicAnswerMixin:
    def get_queryset(self):
        return PublicAnswer.objects.published()


@method_decorator(cache_anonymous_page, name="dispatch")
class AnswerListView(PublicAnswerMixin, ListView):
    template_name = "enquiries/answer_list.html"
    context_object_name = "answers"
    paginate_by = 20


@method_decorator(cache_anonymous_page, name="dispatch")
class AnswerDetailView(PublicAnswerMixin, DetailView):
    template_name = "enquiries/answer_detail.html"
    context_object_name = "answer"
