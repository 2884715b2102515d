"""Writes to practices and documents retire the cached practice pages (see core.page_cache)."""

from core import page_cache
from practices.caching import practice_pages
from practices.models import Document, Practice

page_cache.retire_on(practice_pages, models=[Practice, Document])
