"""The model Video becomes Film, as the app, its URLs and its pages are called.

RenameModel moves the tables (films_video -> films_film, films_video_<m2m> -> films_film_<m2m>) and the
columns that point at the model; Django's contenttypes renames the content type right after it, keeping its
id for discussions, tags and admin log entries. The permissions ("add_video" ...) are renamed here.
"""

import datetime

import django.db.models.deletion
from django.db import migrations, models

from core.model_moves import move_content_types, move_content_types_back

RENAMED = {"video": "film"}


def rename_permissions(apps, schema_editor):
    move_content_types(apps, old_app="films", new_app="films", models=RENAMED)


def rename_permissions_back(apps, schema_editor):
    move_content_types_back(apps, old_app="films", new_app="films", models=RENAMED)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("directory", "0001_initial"),
        ("practices", "0003_directory_models"),
        ("films", "0003_directory_models"),
    ]

    operations = [
        migrations.RenameModel(old_name="Video", new_name="Film"),
        # The track's unique constraint and index name the field: dropped before the rename, made again after.
        migrations.RemoveConstraint(model_name="subtitletrack", name="subtitle_track_one_per_language"),
        migrations.RemoveIndex(model_name="subtitletrack", name="subtitle_track_public_language"),
        migrations.RenameField(model_name="subtitletrack", old_name="video", new_name="film"),
        migrations.AddIndex(
            model_name="subtitletrack",
            index=models.Index(fields=["status", "language", "film"], name="subtitle_track_public_language"),
        ),
        migrations.AddConstraint(
            model_name="subtitletrack",
            constraint=models.UniqueConstraint(
                fields=("film", "language"),
                name="subtitle_track_one_per_language",
                violation_error_message="This film already has a subtitle track in this language.",
            ),
        ),
        migrations.AlterModelOptions(
            name="subtitletrack",
            options={
                "ordering": ["film", "language"],
                "verbose_name": "subtitle track",
                "verbose_name_plural": "subtitle tracks",
            },
        ),
        migrations.AlterField(
            model_name="film",
            name="practices",
            field=models.ManyToManyField(
                blank=True, related_name="films", to="practices.practice", verbose_name="practices"
            ),
        ),
        migrations.AlterField(
            model_name="film",
            name="project",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="films",
                to="directory.project",
                verbose_name="funded project",
            ),
        ),
        migrations.AlterField(
            model_name="film",
            name="organisations",
            field=models.ManyToManyField(
                blank=True, related_name="films", to="directory.organisation", verbose_name="organisations shown"
            ),
        ),
        migrations.AlterField(
            model_name="film",
            name="themes",
            field=models.ManyToManyField(blank=True, related_name="films", to="directory.theme", verbose_name="themes"),
        ),
        migrations.RenameIndex(model_name="film", new_name="film_public_newest", old_name="video_public_newest"),
        migrations.RemoveConstraint(model_name="film", name="video_file_or_external_url"),
        migrations.AddConstraint(
            model_name="film",
            constraint=models.CheckConstraint(
                condition=models.Q(
                    models.Q(("file", ""), models.Q(("external_url", ""), _negated=True)),
                    models.Q(models.Q(("file", ""), _negated=True), ("external_url", "")),
                    _connector="OR",
                ),
                name="film_file_or_external_url",
                violation_error_message="Upload a video file or give a YouTube or Vimeo address, not both.",
            ),
        ),
        migrations.RemoveConstraint(model_name="film", name="video_duration_positive"),
        migrations.AddConstraint(
            model_name="film",
            constraint=models.CheckConstraint(
                condition=models.Q(("duration__gt", datetime.timedelta(0))), name="film_duration_positive"
            ),
        ),
        migrations.RunPython(rename_permissions, rename_permissions_back),
    ]
