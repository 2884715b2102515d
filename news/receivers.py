"""Writes to news posts (and their tags) retire the cached news pages (see core.page_cache); comments under a post
retire them through the forum's declaration for what comments are about."""

from core import fragments, page_cache
from core.tags import Tag
from news.caching import news_pages, news_post_body
from news.models import NewsPost

page_cache.retire_on(news_pages, models=[NewsPost, Tag])
fragments.retire_on(news_post_body, models=[NewsPost])
fragments.retire_on(news_post_body, models=[Tag], objects=lambda tag: fragments.ALL)  # a renamed tag
