"""Writes to calls, and to the organisations, themes and target groups they show, retire the cached call pages.

Interest is never shown to anonymous visitors, so it retires nothing.
"""

from core import page_cache
from directory.models import Organisation, TargetGroup, Theme
from initiatives.caching import call_pages
from initiatives.models import Call

page_cache.retire_on(call_pages, models=[Call, Organisation, Theme, TargetGroup])
