"""The site shell: the language redirect, the home page and the privacy notice."""

from django.conf import settings
from django.shortcuts import redirect
from django.views.generic import TemplateView

from core.feeds import FEEDS
from core.fragments import computed_on_first_use
from core.skeletons import shared_page
from portal import home


def root_redirect(request):
    """Send `/` to the visitor's chosen language, Bulgarian unless they picked English before."""
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    return redirect(f"/{language}/")


class HomeView(TemplateView):
    """The front door: what the portal is, what moderators feature, what is new and coming, and the numbers."""

    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        # The content is the shared fragment home (portal.home): what it shows is read only when the fragment
        # renders, so a warm one costs no query. The feeds of the head are a constant list.
        shown = computed_on_first_use(home.home_content, home.SHOWN)
        return super().get_context_data(**shown, feeds=list(FEEDS), **kwargs)


home_page = shared_page(home.home_pages)(HomeView.as_view())


class PrivacyView(TemplateView):
    """What the portal keeps about people, why, for how long, and how to download or erase it."""

    template_name = "portal/privacy.html"
