"""A per-user posting rate limit, counted from the posts themselves, so every process sees the same count.

The count and the post it allows are one transaction that first locks the author's row: two requests of the same
user (two tabs, two gunicorn workers, a script) are served one after the other, so the limit holds however many
arrive at once. On SQLite every write transaction begins IMMEDIATE and is already serialised. The lock lets other
transactions refer to the user meanwhile (a notification for them), so concurrent authors never deadlock.
"""

from datetime import timedelta

from django.contrib.auth import get_user_model
from django.db import transaction
from django.utils import timezone

from forum import conf
from forum.models import Post

WINDOW_SECONDS = 60


def seconds_until_allowed(user):
    """0 when the user may post now, otherwise how many seconds they must wait.

    Inside the transaction that creates the post: it holds the lock on the user's row until that commits.
    """
    if not transaction.get_connection().in_atomic_block:
        raise RuntimeError("The posting rate limit is checked inside the transaction that creates the post.")
    # FOR NO KEY UPDATE, not FOR UPDATE: it serialises the author's own posts just as well, but leaves alone the
    # KEY SHARE lock PostgreSQL takes on the user row for every foreign key to it (another author's notification
    # to this user, checked at commit). FOR UPDATE blocks those, and two authors notifying each other deadlocked.
    get_user_model().objects.select_for_update(no_key=True).filter(pk=user.pk).values_list("pk", flat=True).first()
    limit = conf.posts_per_minute()
    if limit <= 0:  # a limit of 0 closes posting altogether
        return WINDOW_SECONDS
    now = timezone.now()
    window = timedelta(seconds=WINDOW_SECONDS)
    recent = list(
        Post.objects.filter(author=user, created_at__gt=now - window)
        .order_by("-created_at")
        .values_list("created_at", flat=True)[:limit]
    )
    if len(recent) < limit:
        return 0
    return max(1, int((recent[-1] + window - now).total_seconds()) + 1)
