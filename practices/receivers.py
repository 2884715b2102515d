"""Writes to practices and documents retire the cached practice pages (see core.page_cache)."""

from core import page_cache
from core.tags import Tag
from practices.caching import practice_pages
from practices.models import Document, Practice

page_cache.retire_on(practice_pages, models=[Practice, Document, Tag])  # a renamed tag shows on their pages
