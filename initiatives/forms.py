from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from core.lists import FilterForm
from directory import membership
from directory.geography import Oblast
from directory.models import TargetGroup, Theme
from initiatives import queries
from initiatives.enums import CallKind
from initiatives.models import Call


class CallForm(forms.ModelForm):
    """A call in Bulgarian, English or both: a title and a summary are needed in at least one of the languages.

    The organisation is one the poster is an accepted member of.
    """

    class Meta:
        model = Call
        fields = [
            "organisation",
            "kind",
            "title_bg",
            "summary_bg",
            "description_bg",
            "title_en",
            "summary_en",
            "description_en",
            "themes",
            "target_groups",
            "oblast",
            "municipality",
            "remote_or_small",
            "closes_on",
            "contact",
        ]
        widgets = {
            "closes_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "themes": forms.CheckboxSelectMultiple,
            "target_groups": forms.CheckboxSelectMultiple,
            "summary_bg": forms.Textarea(attrs={"rows": 3}),
            "summary_en": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = membership.organisations_of(user).order_by("name")
        self.fields["organisation"].empty_label = None
        self.fields["themes"].queryset = Theme.objects.all()
        self.fields["target_groups"].queryset = TargetGroup.objects.all()
        for language, name in (("bg", _("in Bulgarian")), ("en", _("in English"))):
            for field in ("title", "summary", "description"):
                self.fields[f"{field}_{language}"].label = f"{Call._meta.get_field(field).verbose_name} ({name})"
                self.fields[f"{field}_{language}"].required = False

    def clean_closes_on(self):
        closes_on = self.cleaned_data["closes_on"]
        if closes_on < timezone.localdate():
            raise forms.ValidationError(_("The last day cannot be in the past."))
        return closes_on

    def clean(self):
        data = super().clean()
        written = [language for language in ("bg", "en") if (data.get(f"title_{language}") or "").strip()]
        if not written:
            raise forms.ValidationError(_("Give the call a title in Bulgarian, in English or in both."))
        for language in written:
            if not (data.get(f"summary_{language}") or "").strip():
                self.add_error(f"summary_{language}", _("Add a summary in the language of the title."))
        return data


class InterestForm(forms.Form):
    message = forms.CharField(
        label=_("Message to the organisation"),
        help_text=_("Who you are and how you would like to take part; the organisation answers by e-mail."),
        widget=forms.Textarea(attrs={"rows": 4}),
        max_length=2000,
        required=False,
    )


class CallFilterForm(FilterForm):
    """The list's filters, each option with how many calls it would match with the other filters kept."""

    kind = forms.ChoiceField(label=_("Type"), required=False, choices=[("", _("Any type")), *CallKind.choices])
    oblast = forms.ChoiceField(label=_("Oblast"), required=False, choices=[("", _("Any oblast")), *Oblast.choices])
    theme = forms.SlugField(label=_("Theme"), required=False)
    remote = forms.BooleanField(label=_("Remote or small settlement"), required=False)

    def filter_queryset(self, queryset, filters):
        return queries.filter_calls(queryset, filters)

    def facet_counts(self, queryset):
        return queries.facet_counts(queryset, self.filters)
