"""The page cache of the anonymous news pages (see core.page_cache; receivers.py says what retires it)."""

from core.fragments import Fragment
from core.page_cache import PageCache
from core.skeletons import shared_page

# Short, because a post scheduled for later appears when its time comes and no write marks that; the author's name
# in the byline, edited in the directory, shows up at most this late too.
PAGE_CACHE_SECONDS = 60

news_pages = PageCache("news", seconds=PAGE_CACHE_SECONDS)

cache_shared_page = shared_page(news_pages)

# The news list as everyone sees it, per language and query string (tag, page): what retires the anonymous news pages
# (a write to any post or tag, a comment under a post) retires it too, and a post scheduled for later appears as late.
news_list = Fragment("news-list", seconds=PAGE_CACHE_SECONDS, follows=[news_pages])

# A news post's page as everyone sees it (the follow button and the comments are each reader's own), per post and
# language: retired by a write to the post or to any tag, and as late as the list for a renamed author.
news_post_body = Fragment("news-post-body", seconds=PAGE_CACHE_SECONDS)
