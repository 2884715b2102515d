from django import forms
from django.db import models
from django.utils.translation import gettext_lazy as _

from core.lists import FilterForm
from directory.geography import Oblast
from directory.models import TargetGroup
from services import queries
from services.models import Service


class ServiceFilterForm(FilterForm):
    """The directory's filters, each option with how many services it would match with the others kept."""

    oblast = forms.ChoiceField(label=_("Oblast"), required=False, choices=[("", _("Any oblast")), *Oblast.choices])
    municipality = forms.CharField(label=_("Municipality"), required=False, max_length=120)
    group = forms.SlugField(label=_("Target group"), required=False)

    def filter_queryset(self, queryset, filters):
        return queries.filter_services(queryset, filters)

    def facet_counts(self, queryset):
        return queries.facet_counts(queryset, self.filters)


def https_by_default(db_field, **kwargs):
    """An address typed without a scheme means https, as in the admin."""
    if isinstance(db_field, models.URLField):
        kwargs["assume_scheme"] = "https"
    return db_field.formfield(**kwargs)


class ServiceForm(forms.ModelForm):
    """A service as its provider's members and moderators write it, in Bulgarian and/or English."""

    class Meta:
        model = Service
        fields = [
            "title_bg",
            "title_en",
            "provider",
            "summary_bg",
            "summary_en",
            "eligibility_bg",
            "eligibility_en",
            "target_groups",
            "oblast",
            "municipality",
            "address_bg",
            "address_en",
            "phone",
            "email",
            "website",
            "hours_bg",
            "hours_en",
            "is_published",
        ]
        widgets = {"target_groups": forms.CheckboxSelectMultiple}
        formfield_callback = https_by_default

    def __init__(self, *args, providers, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["provider"].queryset = providers
        self.fields["target_groups"].queryset = TargetGroup.objects.all()
        for name in ("title", "summary"):
            self.fields[f"{name}_bg"].required = False
            self.fields[f"{name}_en"].required = False

    def clean(self):
        cleaned = super().clean()
        for name, message in (
            ("title", _("Give the title in Bulgarian, in English or in both.")),
            ("summary", _("Say what the service offers in Bulgarian, in English or in both.")),
        ):
            if not (cleaned.get(f"{name}_bg") or cleaned.get(f"{name}_en")):
                self.add_error(f"{name}_bg", message)
        return cleaned
