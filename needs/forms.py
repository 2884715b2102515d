from django import forms
from django.utils.translation import gettext_lazy as _

from core.i18n import marked_field, page_language
from core.lists import LanguageMarkedSelect
from forum.forms import HoneypotMixin


class ResponseForm(HoneypotMixin):
    """The survey's questions, one field each, after who answers: municipality and target group, and the address
    that confirms the answer."""

    municipality = forms.ChoiceField(label=_("Your municipality"), widget=LanguageMarkedSelect)
    target_group = forms.ModelChoiceField(
        label=_("You answer as"), queryset=None, empty_label=None, widget=LanguageMarkedSelect
    )
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_(
            "We send you a link to confirm your answer; one answer counts per address. The address is not kept."
        ),
    )

    def __init__(self, *args, survey, **kwargs):
        super().__init__(*args, **kwargs)
        self.survey = survey
        self.fields["municipality"].choices = [(name, name) for name in survey.municipality_names]
        self.fields["target_group"].queryset = survey.target_groups.all()
        self.questions = list(survey.questions.prefetch_related("options"))
        for question in self.questions:
            choices = [(str(option.pk), marked_field(option, "text")) for option in question.options.all()]
            if question.several:
                field = forms.MultipleChoiceField(choices=choices, widget=forms.CheckboxSelectMultiple)
            else:
                field = forms.ChoiceField(choices=choices, widget=forms.RadioSelect)
            field.label = marked_field(question, "text")
            self.fields[self.question_field(question)] = field
        self.order_fields(["municipality", "target_group", *[self.question_field(q) for q in self.questions], "email"])

    @staticmethod
    def question_field(question):
        return f"question_{question.pk}"

    def chosen_options(self):
        """The options ticked, as Option objects, across all questions."""
        by_pk = {str(option.pk): option for question in self.questions for option in question.options.all()}
        chosen = []
        for question in self.questions:
            value = self.cleaned_data[self.question_field(question)]
            chosen += [by_pk[pk] for pk in (value if isinstance(value, list) else [value])]
        return chosen

    def submission(self):
        """Keyword arguments for needs.services.submit."""
        return {
            "survey": self.survey,
            "email": self.cleaned_data["email"],
            "municipality": self.cleaned_data["municipality"],
            "target_group": self.cleaned_data["target_group"],
            "options": self.chosen_options(),
            "language": page_language(),
        }
