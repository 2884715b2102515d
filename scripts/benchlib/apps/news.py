"""The news pages in `make bench`: 200 published posts (created on first read, so a reused dataset gets them too), the
list and the posts' pages, anonymous (held to half the bare view, issue 18) and signed in."""

from datetime import timedelta

from ..text import WORDS_BG, WORDS_EN, paragraph, sentence

APP_LABEL = "news"

POSTS = 200
SLUG_PREFIX = "bench-news-"
# Measured signed in too; the issue holds the anonymous rows to a target, not the signed-in ones.
SIGNED_IN = {"signed_in": True, "signed_in_target": False}


def read_facts():
    import random

    from django.utils import timezone

    from core.enums import PublicationStatus
    from news.models import NewsPost

    if not NewsPost.objects.filter(slug__startswith=SLUG_PREFIX).exists():
        rng, now = random.Random(2018), timezone.now()
        NewsPost.objects.bulk_create(
            NewsPost(
                slug=f"{SLUG_PREFIX}{n}",
                title_bg=sentence(WORDS_BG, rng, 7).rstrip("."),
                title_en=sentence(WORDS_EN, rng, 7).rstrip("."),
                summary_bg=sentence(WORDS_BG, rng, 20),
                summary_en=sentence(WORDS_EN, rng, 20),
                body_bg="\n\n".join(paragraph(WORDS_BG, rng, 5) for _ in range(6)),
                body_en="\n\n".join(paragraph(WORDS_EN, rng, 5) for _ in range(6)),
                status=PublicationStatus.PUBLISHED,
                published_at=now - timedelta(hours=n),
            )
            for n in range(POSTS)
        )
    return {"post_slugs": [f"{SLUG_PREFIX}{n}" for n in range(0, POSTS, 4)]}


def scenarios(facts):
    posts = [f"/bg/news/{slug}/" for slug in facts["post_slugs"]]
    return [
        {"name": "news list", "paths": ["/bg/news/", "/en/news/"], "target": True, **SIGNED_IN},
        {"name": "news post, 50 pages", "paths": posts, "target": True, **SIGNED_IN},
    ]
