"""What the apps contribute to the shell, each from its own `AppConfig.ready()`.

One `Registry` per extension point (`core.search.SEARCH_SOURCES`, `core.linked.LINKED_CONTENT`,
`core.sitemaps.SITEMAPS`, `core.feeds.FEEDS`). An app adds its entries in `ready()`::

    class NewsConfig(AppConfig):
        name = "news"

        def ready(self):
            from core.search import SEARCH_SOURCES
            from news import search

            SEARCH_SOURCES.add(search.NEWS, app=self.label, name="news", order=20)

so adding an app to INSTALLED_APPS is all it takes to join: no list elsewhere names it.
"""

from dataclasses import dataclass
from typing import Any

from django.apps import apps


@dataclass(frozen=True)
class Entry:
    app: str
    name: str
    order: int
    value: Any

    @property
    def key(self):
        return f"{self.app}.{self.name}"


class Registry:
    """Named entries read back by `order`, ties in the order they were first added.

    Django calls `ready()` in INSTALLED_APPS order, so ties keep that order; an explicit `order` is there
    for the places where the pages show the areas in another order. Only entries of installed apps are read
    back, and adding a name again replaces the entry in place (`ready()` runs again whenever the app registry
    is repopulated, as `override_settings(INSTALLED_APPS=…)` does).
    """

    def __init__(self, description):
        self.description = description
        self._entries = {}
        self._sequence = {}

    def __repr__(self):
        return f"<Registry: {self.description}>"

    def add(self, value, *, app, name, order):
        """Register `value` as the app's `name`, read back in `order` (smaller first); return `value`."""
        entry = Entry(app=app, name=name, order=order, value=value)
        self._sequence.setdefault(entry.key, len(self._sequence))
        self._entries[entry.key] = entry
        return value

    def entries(self):
        """The entries of the installed apps, in order."""
        installed = {config.label for config in apps.get_app_configs()}
        current = [entry for entry in self._entries.values() if entry.app in installed]
        return sorted(current, key=lambda entry: (entry.order, self._sequence[entry.key]))

    def __iter__(self):
        return (entry.value for entry in self.entries())

    def as_dict(self):
        """{"app.name": value} in order."""
        return {entry.key: entry.value for entry in self.entries()}

    def apps(self):
        """Labels of the installed apps that contributed at least one entry."""
        return {entry.app for entry in self.entries()}

    def only(self, *keys):
        """A copy holding only the entries named "app.name", for tests that look at one contribution alone."""
        copy = Registry(self.description)
        for key in keys:
            entry = self._entries[key]
            copy.add(entry.value, app=entry.app, name=entry.name, order=entry.order)
        return copy
