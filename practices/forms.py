from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.enums import PublicationStatus
from core.lists import FilterForm
from directory.models import Organisation, Theme
from practices import queries
from practices.enums import DocumentLanguage, DocumentType, PracticeSort, TransferStage


class PracticeFilterForm(FilterForm):
    """The list's filters, each with how many practices it would match with the others kept (its facet)."""

    # A callable, so the 250 translated and sorted names are read only when a country is chosen or the select
    # renders (inside the list's cached fragment), not on every request.
    country = forms.ChoiceField(
        label=_("Country"), required=False, choices=lambda: [("", _("Any country")), *countries]
    )
    theme = forms.SlugField(label=_("Theme"), required=False)
    group = forms.SlugField(label=_("Target group"), required=False)
    stage = forms.ChoiceField(
        label=_("Transfer stage"), required=False, choices=[("", _("Any stage")), *TransferStage.choices]
    )
    tag = forms.SlugField(label=_("Tag"), required=False)
    reviewed = forms.BooleanField(label=_("Reviewed by a moderator"), required=False)
    complete = forms.BooleanField(label=_("Complete descriptions"), required=False)
    sort_choices = PracticeSort.choices

    def filter_queryset(self, queryset, filters):
        return queries.filter_practices(queryset, filters)

    def sort_queryset(self, queryset, sort):
        return queries.sort_practices(queryset, sort)

    def facet_counts(self, queryset):
        return queries.facet_counts(queryset, self.filters)


class DocumentFilterForm(FilterForm):
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

    lookups = {"type": "document_type", "language": "language", "theme": "themes", "publisher": "publisher"}
