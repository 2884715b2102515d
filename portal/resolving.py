"""Addresses resolved once per worker.

Every page of the site is under `/bg/` or `/en/`, and three of the apps' URLconfs are included without a prefix
(the shell's pages, the directory, the practices), so resolving `/bg/events/…/programme/` tried some hundred
patterns on every request: a tenth of a remembered page's time. Which view an address reaches depends only on the
address and the active language (the language prefix, and routes that may be translated), and the patterns never
change while a worker runs, so the resolver of the language-prefixed pages remembers its answers.
"""

from django.conf import settings
from django.urls import LocalePrefixPattern, URLResolver
from django.utils.translation import get_language


class RememberingResolver(URLResolver):
    """A `URLResolver` that keeps each match by address and active language (not an address that matches nothing:
    those come from anyone). The root resolver builds each request's own `ResolverMatch` from it."""

    LIMIT = 5_000  # addresses, then it starts afresh: they name practices, films, events

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self._matches = {}

    def resolve(self, path):
        key = (str(path), get_language())
        match = self._matches.get(key)
        if match is None:
            match = super().resolve(path)
            if len(self._matches) >= self.LIMIT:
                self._matches.clear()
            self._matches[key] = match
        return match


def i18n_patterns(*urls, prefix_default_language=True):
    """`django.conf.urls.i18n.i18n_patterns`, with a resolver that remembers its matches."""
    if not settings.USE_I18N:
        return list(urls)
    return [RememberingResolver(LocalePrefixPattern(prefix_default_language=prefix_default_language), list(urls))]
