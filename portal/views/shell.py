"""The site shell: the language redirect, the home page and the privacy notice."""

from django.conf import settings
from django.shortcuts import redirect
from django.views.generic import TemplateView

from core.feeds import FEEDS
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
        return super().get_context_data(
            **home.home_content(), numbers=home.portal_numbers(), feeds=list(FEEDS), **kwargs
        )


home_page = home.home_pages.cache_page(HomeView.as_view())


class PrivacyView(TemplateView):
    """What the portal keeps about people, why, for how long, and how to download or erase it."""

    template_name = "portal/privacy.html"
