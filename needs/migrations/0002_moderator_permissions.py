from django.db import migrations

from core import roles

SURVEY_MODELS = ["survey", "question", "option"]


def grant(apps, schema_editor):
    # Moderators write and approve surveys; the forms pick organisations, target groups and themes.
    manage = [f"needs.{action}_{model}" for model in SURVEY_MODELS for action in ("add", "change", "delete", "view")]
    lookups = ["directory.view_organisation", "directory.view_targetgroup", "directory.view_theme"]
    roles.grant_permissions(apps, {roles.MODERATOR: [*manage, *lookups]})


class Migration(migrations.Migration):
    dependencies = [
        ("needs", "0001_initial"),
        ("directory", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
