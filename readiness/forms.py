"""Starting an assessment, and one page of answers (one dimension)."""

import re

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from directory.models import Organisation
from practices.models import Practice
from readiness.models import Innovation
from readiness.questionnaire import NOT_APPLICABLE

QUESTION_FIELD = re.compile(r"^q_(\d+)$")


def _label(model, name):
    field = model._meta.get_field(name)
    return {"label": capfirst(field.verbose_name), "help_text": field.help_text}


class StartForm(forms.Form):
    name = forms.CharField(
        max_length=200,
        label=_("Name of the innovation"),
        help_text=_("Use the same name next time to see the change since this assessment."),
    )
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(),
        required=False,
        label=_("Organisation"),
        help_text=_("Members of the organisation can compare their assessments of the same innovation."),
    )
    practice = forms.ModelChoiceField(
        queryset=Practice.objects.published().order_by("title"),
        to_field_name="slug",
        required=False,
        **_label(Innovation, "practice"),
    )

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        if not organisations:
            del self.fields["organisation"]


class AnswersForm(forms.Form):
    """A choice per question of one dimension; left unanswered, a question waits for a later visit."""

    def __init__(self, *args, dimension, **kwargs):
        super().__init__(*args, **kwargs)
        self.dimension = dimension
        for question in dimension.questions:
            choices = [(str(level.value), level.label) for level in question.levels]
            if question.allows_not_applicable:
                choices.append((NOT_APPLICABLE, _("Not applicable")))
            self.fields[f"q_{question.id}"] = forms.ChoiceField(
                label=question.text,
                choices=choices,
                required=False,
                widget=forms.RadioSelect,
                error_messages={"invalid_choice": _("Choose one of the levels shown for this question.")},
            )

    def clean(self):
        known = {str(question.id) for question in self.dimension.questions}
        posted = {match[1] for key in self.data if (match := QUESTION_FIELD.match(key))}
        if posted - known:
            raise forms.ValidationError(
                _("The page sent answers to questions it does not show. Reload the page and answer again."),
                code="unknown_question",
            )
        return super().clean()

    def answers(self):
        """{question id: value or "na"} for the questions answered on this page."""
        answers = {}
        for question in self.dimension.questions:
            value = self.cleaned_data.get(f"q_{question.id}")
            if value:
                answers[question.key] = value if value == NOT_APPLICABLE else int(value)
        return answers

    def questions(self):
        """(question, bound field) pairs, for the template's fieldsets."""
        return [(question, self[f"q_{question.id}"]) for question in self.dimension.questions]
