from django import forms
from django.utils.translation import gettext_lazy as _

from directory.geography import Oblast
from forum.forms import HoneypotMixin


class EnquiryForm(HoneypotMixin):
    question = forms.CharField(
        label=_("Your question"),
        max_length=4000,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_("For example: is there a practice for …, who provides … in my municipality."),
    )
    name = forms.CharField(label=_("Your name"), max_length=200, required=False, help_text=_("Optional."))
    email = forms.EmailField(
        label=_("Your e-mail address"),
        help_text=_("We send a link to confirm it, and the answer. It is never shown to anyone but the centre."),
    )
    oblast = forms.ChoiceField(label=_("Oblast"), required=False, choices=[("", _("Not given")), *Oblast.choices])
    municipality = forms.CharField(label=_("Municipality"), max_length=120, required=False)

    field_order = ["question", "name", "email", "oblast", "municipality", "website"]


class AnswerForm(forms.Form):
    answer = forms.CharField(label=_("Your answer"), max_length=8000, widget=forms.Textarea(attrs={"rows": 10}))
