"""The readiness tool's pages: what it is, an assessment page by page, the result, sharing and comparing.

Every assessment page belongs to its author alone: `AssessmentMixin` looks assessments up among the signed-in
user's own, so another user's id is a 404. A result is also readable through its private link while it is shared,
and by the members of the innovation's organisation on the organisation's comparison page.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.contrib.auth.mixins import LoginRequiredMixin
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext
from django.views.decorators.http import require_POST
from django.views.generic import DetailView, FormView, TemplateView

from core.spreadsheets import csv_writer
from directory.models import Organisation
from readiness import services
from readiness.forms import AnswersForm, StartForm
from readiness.models import Assessment
from readiness.questionnaire import NOT_APPLICABLE, Questionnaire
from readiness.results import comparison, result_context


def own_organisations(user):
    """The organisations the user may assess in the name of: today, the one on their profile."""
    return Organisation.objects.filter(members__user=user)


class IntroView(TemplateView):
    template_name = "readiness/intro.html"

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        version = services.current_version()
        questionnaire = Questionnaire(version.content)
        context.update(questionnaire=questionnaire, question_count=len(questionnaire.questions()))
        user = self.request.user
        if user.is_authenticated:
            context["assessments"] = Assessment.objects.of(user).select_related("innovation")
            context["organisations"] = own_organisations(user)
        return context


class StartView(LoginRequiredMixin, FormView):
    template_name = "readiness/start.html"
    form_class = StartForm

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "organisations": own_organisations(self.request.user)}

    def get_initial(self):
        organisation = own_organisations(self.request.user).first()
        return {"organisation": organisation, "name": self.request.GET.get("name", "")[:200]}

    def form_valid(self, form):
        data = form.cleaned_data
        assessment = services.start_assessment(
            author=self.request.user,
            name=data["name"],
            organisation=data.get("organisation"),
            practice=data["practice"],
        )
        return redirect("readiness:step", pk=assessment.pk, step=1)


class AssessmentMixin(LoginRequiredMixin):
    """The signed-in user's own assessment named in the URL, with its questionnaire version."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_authenticated:
            return self.handle_no_permission()
        self.assessment = get_object_or_404(
            Assessment.objects.of(request.user).select_related("innovation__organisation", "version"), pk=kwargs["pk"]
        )
        self.questionnaire = Questionnaire(self.assessment.version.content)
        return super().dispatch(request, *args, **kwargs)


def next_page(assessment, questionnaire):
    step = questionnaire.first_unanswered_step(assessment.answers)
    if step is None:
        return reverse("readiness:result", kwargs={"pk": assessment.pk})
    return reverse("readiness:step", kwargs={"pk": assessment.pk, "step": step})


class ResumeView(AssessmentMixin, TemplateView):
    """Where the participant left off: the first page with an unanswered question, or the result."""

    def get(self, request, *args, **kwargs):
        return redirect(next_page(self.assessment, self.questionnaire))


class StepView(AssessmentMixin, FormView):
    template_name = "readiness/step.html"
    form_class = AnswersForm

    def get_dimension(self):
        step = self.kwargs["step"]
        if not 1 <= step <= len(self.questionnaire):
            raise Http404
        return self.questionnaire.dimensions[step - 1]

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "dimension": self.get_dimension()}

    def get_initial(self):
        return {f"q_{key}": str(value) for key, value in self.assessment.answers.items()}

    def get_context_data(self, **kwargs):
        step = self.kwargs["step"]
        return super().get_context_data(
            assessment=self.assessment,
            dimension=self.get_dimension(),
            step=step,
            steps=len(self.questionnaire),
            not_applicable=NOT_APPLICABLE,
            **kwargs,
        )

    def form_valid(self, form):
        assessment = services.save_answers(assessment=self.assessment, answers=form.answers())
        step = self.kwargs["step"]
        action = self.request.POST.get("action")
        if action == "back" and step > 1:
            return redirect("readiness:step", pk=assessment.pk, step=step - 1)
        if action == "later":
            messages.success(self.request, gettext("Your answers are saved. Come back to go on where you stopped."))
            return redirect("readiness:intro")
        if step < len(self.questionnaire):
            return redirect("readiness:step", pk=assessment.pk, step=step + 1)
        if assessment.completed_at is None:
            messages.info(self.request, gettext("A few questions are still unanswered; answer them to see the result."))
        return redirect(next_page(assessment, self.questionnaire))


class ResultView(AssessmentMixin, TemplateView):
    template_name = "readiness/result.html"

    def get(self, request, *args, **kwargs):
        if self.assessment.completed_at is None:
            messages.info(request, gettext("Answer every question to see the result."))
            return redirect(next_page(self.assessment, self.questionnaire))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(**result_context(self.assessment, owner_view=True), **kwargs)


class ReportView(ResultView):
    """The result as a clean report to print or save as PDF."""

    template_name = "readiness/report.html"


class SharedResultView(DetailView):
    """A result read through its private link: read-only, not indexed, gone when the link is revoked."""

    template_name = "readiness/report.html"
    context_object_name = "assessment"

    def get_object(self, queryset=None):
        return get_object_or_404(
            Assessment.objects.completed().select_related("innovation", "version"), share_token=self.kwargs["token"]
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(**result_context(self.object, owner_view=False), shared=True, **kwargs)


@login_required
@require_POST
def share(request, pk):
    """Make (or replace) the private read-only link of one's own completed result."""
    assessment = get_object_or_404(Assessment.objects.of(request.user).completed(), pk=pk)
    services.share(assessment=assessment)
    messages.success(request, gettext("Anyone with the private link can now read this result."))
    return redirect("readiness:result", pk=pk)


@login_required
@require_POST
def stop_sharing(request, pk):
    """Revoke the private link of one's own result."""
    assessment = get_object_or_404(Assessment.objects.of(request.user), pk=pk)
    services.stop_sharing(assessment=assessment)
    messages.success(request, gettext("The private link no longer works."))
    return redirect("readiness:result", pk=pk)


@login_required
def answers_csv(request, pk):
    """One's own answers as CSV (UTF-8 with a byte-order mark, so spreadsheets show Cyrillic)."""
    assessment = get_object_or_404(Assessment.objects.of(request.user).select_related("version"), pk=pk)
    questionnaire = Questionnaire(assessment.version.content)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="readiness-{assessment.pk}.csv"'
    response.write("\ufeff")
    writer = csv_writer(response)
    writer.writerow([gettext("Dimension"), gettext("Question"), gettext("Weight"), gettext("Answer"), gettext("Value")])
    for dimension in questionnaire.dimensions:
        for question in dimension.questions:
            value = assessment.answers.get(question.key)
            if value == NOT_APPLICABLE:
                answer, value = gettext("Not applicable"), ""
            else:
                answer = question.label_of(value) or ""
            writer.writerow([dimension.title, question.text, question.weight, answer, "" if value is None else value])
    return response


class OrganisationView(LoginRequiredMixin, TemplateView):
    """The members' assessments of their organisation's innovations side by side; for its members only."""

    template_name = "readiness/organisation.html"

    def get_context_data(self, **kwargs):
        organisation = get_object_or_404(own_organisations(self.request.user), slug=self.kwargs["slug"])
        return super().get_context_data(organisation=organisation, innovations=comparison(organisation), **kwargs)
