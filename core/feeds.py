"""Site-wide feeds the apps offer, so the shell can point feed readers at them.

An app adds a `SiteFeed` from its `AppConfig.ready()`::

    FEEDS.add(SiteFeed(title=_("News feed"), url_name="news:feed"), app=self.label, name="news", order=20)

The home page announces each one with `<link rel="alternate">`. Feeds about one object (an event's
programme changes) are announced on that object's own pages instead.
"""

from dataclasses import dataclass
from typing import Any

from core.registry import Registry

FEEDS = Registry("site-wide feeds")


@dataclass(frozen=True)
class SiteFeed:
    title: Any
    url_name: str
    content_type: str = "application/atom+xml"
