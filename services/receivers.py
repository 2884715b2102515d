"""Writes to services, their providers and target groups retire the cached directory pages (see core.page_cache)."""

from core import page_cache
from directory.models import Organisation, TargetGroup
from services.caching import service_pages
from services.models import Service

page_cache.retire_on(service_pages, models=[Service, Organisation, TargetGroup])
