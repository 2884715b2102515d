from django.http import Http404
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.feeds import PortalFeed
from directory.models import Theme
from practices.models import Document, Practice

FEED_LENGTH = 20


def newest_practices(**filters):
    practices = Practice.objects.published().filter(published_at__isnull=False, **filters)
    return practices.order_by("-published_at", "-pk")[:FEED_LENGTH]


class PracticeFeed(PortalFeed):
    """The practices published last, in the language of the URL."""

    title = _("Social innovation portal: new practices")
    subtitle = _("Good practices of social innovation, newest first.")

    def link(self, obj=None):
        return reverse("practices:practice-list")

    def items(self, obj=None):
        return newest_practices()

    def item_title(self, practice):
        return practice.title

    def item_description(self, practice):
        return practice.summary

    def item_pubdate(self, practice):
        return practice.published_at

    def item_updateddate(self, practice):
        return practice.updated_at


class PracticeCountryFeed(PracticeFeed):
    """New practices from one country (its ISO code in the URL)."""

    def get_object(self, request, code):
        code = code.upper()
        if code not in countries:
            raise Http404
        return code

    def title(self, code):
        return gettext("Social innovation portal: new practices from %(country)s") % {"country": countries.name(code)}

    def link(self, code):
        return f"{reverse('practices:practice-list')}?country={code}"

    def items(self, code):
        return newest_practices(country=code)


class PracticeThemeFeed(PracticeFeed):
    """New practices on one theme."""

    def get_object(self, request, slug):
        return get_object_or_404(Theme, slug=slug)

    def title(self, theme):
        return gettext("Social innovation portal: new practices on %(theme)s") % {"theme": theme.name}

    def link(self, theme):
        return f"{reverse('practices:practice-list')}?theme={theme.slug}"

    def items(self, theme):
        return newest_practices(themes=theme)


class DocumentFeed(PortalFeed):
    """Reports, handbooks and tools, the last published first."""

    title = _("Social innovation portal: documents")
    subtitle = _("Reports, handbooks and tools about social innovation.")

    def link(self):
        return reverse("practices:document-list")

    def items(self):
        return Document.objects.published().order_by("-created_at", "-pk")[:FEED_LENGTH]

    def item_title(self, document):
        return document.title

    def item_description(self, document):
        return document.description

    def item_pubdate(self, document):
        return document.created_at

    def item_updateddate(self, document):
        return document.updated_at
