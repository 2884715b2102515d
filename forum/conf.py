"""Forum limits, overridable from settings (FORUM_<NAME>); the defaults suit a small community."""

from datetime import timedelta

from django.conf import settings


def _setting(name, default):
    return getattr(settings, f"FORUM_{name}", default)


def edit_window():
    return timedelta(minutes=_setting("EDIT_WINDOW_MINUTES", 30))


def posts_per_minute():
    return _setting("POSTS_PER_MINUTE", 5)


def max_post_length():
    return _setting("MAX_POST_LENGTH", 10_000)


def trusted_after_posts():
    """Posts with links by authors with fewer approved posts than this wait for a moderator."""
    return _setting("TRUSTED_AFTER_POSTS", 3)


def posts_per_page():
    return _setting("POSTS_PER_PAGE", 20)


def threads_per_page():
    return _setting("THREADS_PER_PAGE", 25)


def email_interval():
    return timedelta(hours=_setting("EMAIL_INTERVAL_HOURS", 1))
