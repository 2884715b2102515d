"""Posts and thread titles record the language they are written in; the existing ones get the language their
letters are in (Cyrillic: Bulgarian, Latin letters only: English), which their authors and moderators can change."""

import re

from django.db import migrations, models

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
LATIN = re.compile(r"[A-Za-z]")


def language_of(text):
    if CYRILLIC.search(text):
        return "bg"
    return "en" if LATIN.search(text) else "bg"


def detect_languages(apps, schema_editor):
    Post = apps.get_model("forum", "Post")
    Discussion = apps.get_model("forum", "Discussion")
    posts = list(Post.objects.only("pk", "body"))
    for post in posts:
        post.language = language_of(post.body)
    Post.objects.bulk_update(posts, ["language"], batch_size=500)
    threads = list(Discussion.objects.exclude(title="").only("pk", "title"))
    for thread in threads:
        thread.language = language_of(thread.title)
    Discussion.objects.bulk_update(threads, ["language"], batch_size=500)


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0005_slug_from_title"),
    ]

    operations = [
        migrations.AddField(
            model_name="discussion",
            name="language",
            field=models.CharField(
                blank=True,
                choices=[("bg", "Bulgarian"), ("en", "English")],
                help_text="For threads: the language the title is written in.",
                max_length=2,
                verbose_name="language of the title",
            ),
        ),
        migrations.AddField(
            model_name="post",
            name="language",
            field=models.CharField(
                choices=[("bg", "Bulgarian"), ("en", "English")],
                default="bg",
                help_text="The language the post is written in; pages in the other language mark it for screen readers.",
                max_length=2,
                verbose_name="language",
            ),
        ),
        migrations.RunPython(detect_languages, migrations.RunPython.noop),
    ]
