"""The search index: one entry per indexed object, its text per language, its terms and its facets.

The same tables and the same ranked query serve SQLite and PostgreSQL, so both find the same things in the same
order. The index is derived data: `manage.py rebuild_search_index` writes it again from the content.
"""

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _


class SearchEntry(models.Model):
    """One indexed object (a practice, a film's subtitle, a forum post, …)."""

    content_type = models.ForeignKey(ContentType, verbose_name=_("content type"), on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField(_("object id"))
    kind = models.CharField(_("kind"), max_length=32)
    dated = models.DateTimeField(_("date"), null=True, blank=True, help_text=_("Newer ranks first among equals."))

    class Meta:
        verbose_name = _("search entry")
        verbose_name_plural = _("search entries")
        constraints = [models.UniqueConstraint(fields=["content_type", "object_id"], name="core_search_entry_once")]

    def __str__(self):
        return f"{self.kind} {self.object_id}"


class SearchDocument(models.Model):
    """What an entry shows in one language: title, address and text for the snippet."""

    entry = models.ForeignKey(SearchEntry, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="documents")
    language = models.CharField(_("language"), max_length=8)
    title = models.CharField(_("title"), max_length=300)
    url = models.CharField(_("address"), max_length=500)
    text = models.TextField(_("text"), blank=True)
    # The words of title and text, folded and separated by single spaces, with a space at each end: quoted phrases
    # are looked up in it with LIKE, the same on both databases.
    folded = models.TextField(_("folded words"), blank=True)

    class Meta:
        verbose_name = _("search document")
        verbose_name_plural = _("search documents")
        constraints = [models.UniqueConstraint(fields=["entry", "language"], name="core_search_document_once")]

    def __str__(self):
        return self.title


class SearchPosting(models.Model):
    """A term of an entry, with the weight of the fields it is in (title above summary above body)."""

    entry = models.ForeignKey(SearchEntry, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="+")
    term = models.CharField(_("term"), max_length=64)
    weight = models.PositiveIntegerField(_("weight"))

    class Meta:
        verbose_name = _("search posting")
        verbose_name_plural = _("search postings")
        indexes = [
            # A candidate's weight for a term: a probe by (term, entry).
            models.Index(fields=["term", "entry", "weight"], name="core_search_posting_term"),
            # The entries holding a term with the highest weight first: the candidates of a common word.
            models.Index(fields=["term", "-weight", "-entry"], name="core_search_posting_best"),
        ]

    def __str__(self):
        return self.term


class SearchFacet(models.Model):
    """A value an entry can be filtered by: its kind, a language it is in, a country, a theme."""

    entry = models.ForeignKey(SearchEntry, verbose_name=_("entry"), on_delete=models.CASCADE, related_name="+")
    name = models.CharField(_("facet"), max_length=16)
    value = models.CharField(_("value"), max_length=64)

    class Meta:
        verbose_name = _("search facet")
        verbose_name_plural = _("search facets")
        indexes = [
            models.Index(fields=["name", "value", "entry"], name="core_search_facet_value"),
            models.Index(fields=["entry", "name", "value"], name="core_search_facet_entry"),
        ]

    def __str__(self):
        return f"{self.name}={self.value}"


class SearchTerm(models.Model):
    """Every term the index has held: the vocabulary that query words, typos and typed beginnings are looked up in.

    Terms are added as entries are written and only removed by a rebuild; a term no entry holds any more matches
    nothing, which is what a query for it should find.
    """

    term = models.CharField(_("term"), max_length=64, unique=True)

    class Meta:
        verbose_name = _("search term")
        verbose_name_plural = _("search terms")

    def __str__(self):
        return self.term
