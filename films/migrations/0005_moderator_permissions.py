from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    # Every model of the app as it stands at this migration (films, subtitle tracks, cues), whatever its name.
    models = [model._meta.model_name for model in apps.get_app_config("films").get_models()]
    moderator = [f"films.{action}_{model}" for model in models for action in ("view", "add", "change")]
    roles.grant_permissions(apps, {roles.MODERATOR: moderator})


class Migration(migrations.Migration):
    dependencies = [
        ("films", "0004_video_becomes_film"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
