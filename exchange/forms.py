"""The form for posting or editing an offer or a need, and the filters above the exchange's list."""

from django import forms
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.lists import FilterForm
from directory.geography import Oblast
from exchange import queries
from exchange.enums import Category, ListingKind
from exchange.models import Listing

# The fields a poster writes, translated ones in both languages (either may stay empty).
LISTING_FIELDS = (
    "kind",
    "category",
    "title_bg",
    "title_en",
    "description_bg",
    "description_en",
    "oblast",
    "municipality",
    "is_remote",
    "contact",
)
TRANSLATED_FIELDS = ("title_bg", "title_en", "description_bg", "description_en")


class ListingForm(forms.ModelForm):
    """An offer or a need in Bulgarian, in English or in both; the title in at least one of them."""

    organisation = forms.ModelChoiceField(
        queryset=None,
        required=False,
        label=_("In the name of"),
        empty_label=_("Myself"),
        help_text=_("The organisation's members can edit it too."),
    )

    class Meta:
        model = Listing
        fields = LISTING_FIELDS
        labels = {
            "title_bg": _("Title in Bulgarian"),
            "title_en": _("Title in English"),
            "description_bg": _("Description in Bulgarian"),
            "description_en": _("Description in English"),
        }
        widgets = {"kind": forms.RadioSelect, "description_bg": forms.Textarea, "description_en": forms.Textarea}

    def __init__(self, *args, organisations, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        if self.instance.pk:
            self.fields["organisation"].initial = self.instance.organisation_id
        if not organisations:
            del self.fields["organisation"]
        for name in ("kind", "category", "oblast"):
            self.fields[name].label = capfirst(Listing._meta.get_field(name).verbose_name)
            self.fields[name].choices = [choice for choice in self.fields[name].choices if choice[0]]
        self.fields["title_bg"].required = False
        self.fields["title_en"].required = False

    def clean(self):
        cleaned = super().clean()
        if not (cleaned.get("title_bg") or "").strip() and not (cleaned.get("title_en") or "").strip():
            self.add_error("title_bg", _("Write the title in Bulgarian, in English or in both."))
        return cleaned

    def service_fields(self):
        """The cleaned values as the services take them; a language left empty is "" (modeltranslation's fields
        are nullable)."""
        values = {name: self.cleaned_data[name] for name in LISTING_FIELDS}
        for name in TRANSLATED_FIELDS:
            values[name] = values[name] or ""
        return values | {"organisation": self.cleaned_data.get("organisation")}


class ListingFilterForm(FilterForm):
    """The list's filters, each option with how many listings it would match with the other filters kept."""

    kind = forms.ChoiceField(
        label=_("Offers or needs"), required=False, choices=[("", _("Offers and needs")), *ListingKind.choices]
    )
    category = forms.ChoiceField(
        label=_("Category"), required=False, choices=[("", _("Any category")), *Category.choices]
    )
    oblast = forms.ChoiceField(label=_("Oblast"), required=False, choices=[("", _("Any oblast")), *Oblast.choices])
    remote = forms.BooleanField(label=_("Remote or small settlement"), required=False)

    def filter_queryset(self, queryset, filters):
        return queries.filter_listings(queryset, filters)

    def facet_counts(self, queryset):
        return queries.facet_counts(queryset, self.filters)
