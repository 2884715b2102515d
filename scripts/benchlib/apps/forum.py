"""The forum's `make bench` data and scenarios: 100,000 posts in 1,000 threads, one thread of exactly 100 posts."""

from datetime import timedelta

from ..scenarios import UNCACHED

APP_LABEL = "forum"

BENCH_CATEGORY = "bench-forum"
CATEGORIES = 5
THREADS = 1000
POSTS = 100_000
LONG_THREAD_POSTS = 100
PARTICIPANTS = 200
BODIES = [
    "Споделям опита на нашата община с **общи екипи** за грижа у дома.\n\n- график\n- транспорт\n- обмен",
    "In Scotland the budgets were pooled by law; _small pilots_ with a written agreement helped a lot.",
    "> Как започнахте?\n\nС едно споразумение между три съседни общини и [наръчник](https://example.org/guide).",
    "Our team tried tablets for home visits; connectivity in the villages was the real problem.",
]


def read_facts():
    """The forum's 100,000 posts (one thread of exactly 100), created on first read like the events' programme."""
    return ensure_forum()


def ensure_forum():
    """Create the benchmark forum once with bulk_create; return the facts the scenarios need."""
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from core.markdown import render_markdown
    from forum.models import Category, Discussion, Post

    first = Category.objects.filter(slug=f"{BENCH_CATEGORY}-0").first()
    if first is None:
        user_model = get_user_model()
        user_model.objects.bulk_create(
            user_model(username=f"bench-forum-{n}", email=f"bench-forum-{n}@example.org", password="!")
            for n in range(PARTICIPANTS)
        )
        users = list(user_model.objects.filter(username__startswith="bench-forum-").values_list("pk", flat=True))
        categories = Category.objects.bulk_create(
            Category(slug=f"{BENCH_CATEGORY}-{n}", name_bg=f"Раздел {n}", name_en=f"Section {n}", position=100 + n)
            for n in range(CATEGORIES)
        )
        now = timezone.now()
        threads = Discussion.objects.bulk_create(
            Discussion(
                category=categories[n % CATEGORIES],
                title=f"Тема {n}: social innovation in practice",
                author_id=users[n % len(users)],
                created_at=now - timedelta(days=30),
            )
            for n in range(THREADS)
        )
        rendered = [(body, render_markdown(body)) for body in BODIES]
        # The first thread gets exactly 100 posts, the rest share what is left.
        per_thread = [LONG_THREAD_POSTS] + [(POSTS - LONG_THREAD_POSTS) // (THREADS - 1)] * (THREADS - 1)
        per_thread[-1] += POSTS - sum(per_thread)
        last = {}
        for index, (thread, count) in enumerate(zip(threads, per_thread, strict=True)):
            posts = []
            for n in range(count):
                body, html = rendered[(index + n) % len(rendered)]
                posts.append(
                    Post(
                        discussion=thread,
                        author_id=users[(index * 7 + n) % len(users)],
                        body=body,
                        body_html=html,
                        created_at=now - timedelta(days=30) + timedelta(minutes=index + n * 5),
                    )
                )
            created = Post.objects.bulk_create(posts, batch_size=1000)
            last[thread.pk] = created[-1]
        for thread, count in zip(threads, per_thread, strict=True):
            thread.post_count = count
            thread.last_post = last[thread.pk]
            thread.last_activity_at = last[thread.pk].created_at
        Discussion.objects.bulk_update(threads, ["post_count", "last_post", "last_activity_at"], batch_size=500)
        first = categories[0]
    long_thread = Discussion.objects.filter(category=first, post_count=LONG_THREAD_POSTS).order_by("pk").first()
    return {"category_slug": first.slug, "thread_id": long_thread.pk}


def scenarios(facts):
    thread = f"/bg/forum/threads/{facts['thread_id']}/"
    return [
        {"name": "forum index, 100,000 posts", "paths": ["/bg/forum/"], "target": True},
        {"name": "forum category, 200 threads", "paths": [f"/bg/forum/{facts['category_slug']}/"]},
        {
            "name": "forum thread, 100 posts (pages 1-5)",
            "paths": [f"{thread}?page={n}" for n in range(1, 6)],
            "target": True,
            "signed_in": True,
        },
        {"name": "forum index, uncached", "paths": ["/bg/forum/"], "headers": UNCACHED},
        {"name": "forum thread, uncached", "paths": [f"{thread}?page={n}" for n in range(1, 6)], "headers": UNCACHED},
    ]
