"""The site shell: the language redirect, the home page and the privacy notice."""

from django.conf import settings
from django.shortcuts import redirect
from django.views.generic import TemplateView

from core.feeds import FEEDS
from news.models import NewsPost


def root_redirect(request):
    """Send `/` to the visitor's chosen language, Bulgarian unless they picked English before."""
    language = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
    if language not in dict(settings.LANGUAGES):
        language = settings.LANGUAGE_CODE
    return redirect(f"/{language}/")


class HomeView(TemplateView):
    template_name = "portal/home.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            latest_posts=NewsPost.objects.published().with_byline()[:3], feeds=list(FEEDS), **kwargs
        )


class PrivacyView(TemplateView):
    """What the portal keeps about people, why, for how long, and how to download or erase it."""

    template_name = "portal/privacy.html"
