from django.contrib import messages
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.generic import DetailView, FormView, ListView, TemplateView

from core.linked import linked_sections
from core.spreadsheets import csv_writer
from directory.geography import Oblast
from needs import services
from needs.forms import ResponseForm
from needs.models import Survey
from needs.places import place_content
from needs.results import GROUPINGS, MINIMUM_GROUP, survey_results


class SurveyMixin:
    def get_queryset(self):
        return Survey.objects.published().select_related("organisation")

    def get_survey(self):
        return get_object_or_404(self.get_queryset(), slug=self.kwargs["slug"])


class SurveyListView(SurveyMixin, ListView):
    template_name = "needs/survey_list.html"
    context_object_name = "surveys"
    paginate_by = 20


class SurveyView(SurveyMixin, FormView):
    """The survey's questions while it is open; afterwards, a note and the way to its results."""

    template_name = "needs/survey_detail.html"
    form_class = ResponseForm

    def dispatch(self, request, *args, **kwargs):
        self.survey = self.get_survey()
        return super().dispatch(request, *args, **kwargs)

    def get_form_kwargs(self):
        return {**super().get_form_kwargs(), "survey": self.survey}

    def post(self, request, *args, **kwargs):
        if not self.survey.is_open:
            messages.error(request, _("This survey no longer takes answers."))
            return redirect(self.survey)
        return super().post(request, *args, **kwargs)

    def form_valid(self, form):
        services.submit(**form.submission())
        return redirect("needs:sent", slug=self.survey.slug)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "survey": self.survey}


class SentView(SurveyMixin, DetailView):
    template_name = "needs/sent.html"
    context_object_name = "survey"


class ConfirmView(SurveyMixin, TemplateView):
    """The e-mail's link: a button that confirms (a link opened by a mail scanner changes nothing)."""

    template_name = "needs/confirm.html"

    def dispatch(self, request, *args, **kwargs):
        self.survey = self.get_survey()
        self.response = services.response_for_token(kwargs["token"])
        if self.response is None or self.response.survey_id != self.survey.pk:
            raise Http404
        return super().dispatch(request, *args, **kwargs)

    def post(self, request, *args, **kwargs):
        if services.confirm(self.response):
            messages.success(request, _("Thank you: your answer is confirmed and counted."))
        else:
            messages.info(request, _("Your answer was already confirmed."))
        return redirect("needs:results", slug=self.survey.slug)

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "survey": self.survey, "confirmed": self.response.confirmed_at}


def grouping_from(request):
    grouping = request.GET.get("by")
    return grouping if grouping in GROUPINGS else None


class ResultsView(SurveyMixin, DetailView):
    template_name = "needs/results.html"
    context_object_name = "survey"

    def get_context_data(self, **kwargs):
        grouping = grouping_from(self.request)
        groups = survey_results(self.object, grouping=grouping)
        theme_ids = sorted({option.theme_id for option in self.chosen_options(groups) if option.theme_id})
        return {
            **super().get_context_data(**kwargs),
            "grouping": grouping,
            "groups": groups,
            "minimum": MINIMUM_GROUP,
            "addressed_by": linked_sections(theme_ids, kind="themes", limit=4) if theme_ids else [],
        }

    @staticmethod
    def chosen_options(groups):
        """Options someone chose, in groups large enough to be shown."""
        for group in groups:
            for question in group.questions:
                yield from (row["option"] for row in question["options"] if row["count"])


def results_csv(request, slug):
    """The results as the page shows them, one row per group, question and answer; small groups left out."""
    survey = get_object_or_404(Survey.objects.published(), slug=slug)
    grouping = grouping_from(request)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{survey.slug}-results.csv"'
    writer = csv_writer(response)
    writer.writerow([_("Group"), _("Answers in the group"), _("Question"), _("Answer"), _("Count"), _("Share (%)")])
    for group in survey_results(survey, grouping=grouping):
        if not group.shown:
            writer.writerow([group.name, _("fewer than %(minimum)s") % {"minimum": MINIMUM_GROUP}, "", "", "", ""])
            continue
        for question in group.questions:
            for row in question["options"]:
                writer.writerow(
                    [group.name, group.size, question["question"].text, row["option"].text, row["count"], row["share"]]
                )
    return response


class PlaceView(TemplateView):
    """An oblast's open needs next to the calls, services and exchange listings there (needs.places)."""

    template_name = "needs/place.html"

    def get_context_data(self, **kwargs):
        code = self.kwargs["code"].upper()
        if code not in Oblast.values:
            raise Http404
        return {**super().get_context_data(**kwargs), **place_content(code, self.request.GET.get("municipality", ""))}
