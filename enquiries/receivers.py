"""Writes to the published answers retire their cached pages (see core.page_cache); enquiries themselves are
never shown to anonymous visitors, so they retire nothing."""

from core import page_cache
from enquiries.caching import answer_pages
from enquiries.models import PublicAnswer

page_cache.retire_on(answer_pages, models=[PublicAnswer])
