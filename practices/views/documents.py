"""The documents library: filtered list, detail page and the counted download."""

from django.db.models import Prefetch
from django.shortcuts import get_object_or_404, redirect
from django.utils.decorators import method_decorator
from django.views.generic import DetailView, ListView

from core import roles
from core.lists import FilteredListMixin
from practices.caching import cache_anonymous_page
from practices.forms import DocumentFilterForm
from practices.models import Document, Practice
from practices.services import record_download


class DocumentMixin:
    """Published documents (drafts too for those who may edit them) with what every document page shows."""

    model = Document
    # Only the detail page shows drafts; the list never does, so it need not ask about roles.
    shows_drafts = False

    def get_queryset(self):
        drafts_too = self.shows_drafts and roles.can_see_draft(self.request.user, Document)
        documents = Document.objects.all() if drafts_too else Document.objects.published()
        return documents.select_related("publisher", "project").prefetch_related("themes")


@method_decorator(cache_anonymous_page, name="dispatch")
class DocumentListView(FilteredListMixin, DocumentMixin, ListView):
    template_name = "practices/document_list.html"
    context_object_name = "documents"
    paginate_by = 20
    filter_form_class = DocumentFilterForm

    def get_queryset(self):
        return super().get_queryset().published()


@method_decorator(cache_anonymous_page, name="dispatch")
class DocumentDetailView(DocumentMixin, DetailView):
    template_name = "practices/document_detail.html"
    context_object_name = "document"
    shows_drafts = True

    def get_queryset(self):
        return (
            super()
            .get_queryset()
            .prefetch_related(
                "tags",
                Prefetch(
                    "practices",
                    queryset=Practice.objects.published().only("slug", "title_bg", "title_en"),
                    to_attr="published_practices",
                ),
            )
        )

    def get_context_data(self, **kwargs):
        return super().get_context_data(language_versions=list(self.object.language_versions()), **kwargs)


def document_download(request, slug):
    """Count the download and send the visitor to the file or the external link."""
    document = get_object_or_404(Document.objects.published().only("pk", "file", "external_url"), slug=slug)
    record_download(document=document)
    return redirect(document.file.url if document.file else document.external_url)
