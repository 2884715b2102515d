from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.enums import PublicationStatus
from directory.models import Organisation, Theme
from practices.enums import DocumentLanguage, DocumentType, PracticeSort, TransferStage


class PracticeFilterForm(forms.Form):
    """The list's GET filters. Invalid values are dropped one by one, so a bad link still shows a list."""

    country = forms.ChoiceField(label=_("Country"), required=False)
    theme = forms.SlugField(label=_("Theme"), required=False)
    group = forms.SlugField(label=_("Target group"), required=False)
    stage = forms.ChoiceField(
        label=_("Transfer stage"), required=False, choices=[("", _("Any stage")), *TransferStage.choices]
    )
    tag = forms.SlugField(label=_("Tag"), required=False)
    reviewed = forms.BooleanField(label=_("Reviewed by a moderator"), required=False)
    complete = forms.BooleanField(label=_("Complete descriptions"), required=False)
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=PracticeSort.choices)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["country"].choices = [("", _("Any country")), *countries]

    def filters(self):
        """The valid filters as a dict; a field with a bad value counts as not given."""
        self.is_valid()
        return {name: value for name, value in self.cleaned_data.items() if value and name != "sort"}

    def chosen_sort(self):
        self.is_valid()
        return self.cleaned_data.get("sort") or PracticeSort.NEWEST


class DocumentFilterForm(forms.Form):
    type = forms.ChoiceField(label=_("Type"), required=False, choices=[("", _("Any type")), *DocumentType.choices])
    language = forms.ChoiceField(
        label=_("Language of the document"),
        required=False,
        choices=[("", _("Any language")), *DocumentLanguage.choices],
    )
    theme = forms.ModelChoiceField(
        label=_("Theme"), required=False, queryset=Theme.objects.all(), to_field_name="slug", empty_label=_("Any theme")
    )
    publisher = forms.ModelChoiceField(
        label=_("Publisher"),
        required=False,
        queryset=Organisation.objects.filter(published_documents__status=PublicationStatus.PUBLISHED).distinct(),
        to_field_name="slug",
        empty_label=_("Any organisation"),
    )

    def filter(self, queryset):
        self.is_valid()
        data = self.cleaned_data
        lookups = {"document_type": data.get("type"), "language": data.get("language")}
        lookups |= {"themes": data.get("theme"), "publisher": data.get("publisher")}
        return queryset.filter(**{lookup: value for lookup, value in lookups.items() if value})
