from django.db import migrations

from core import roles

QUESTIONNAIRE_MODELS = ["dimension", "question", "advice", "scale", "scalelevel"]


def grant(apps, schema_editor):
    # Moderators keep the questionnaire; the dimension form picks themes, which needs view permission on them.
    manage = [f"readiness.{action}_{model}" for model in QUESTIONNAIRE_MODELS for action in ("add", "change", "delete", "view")]
    roles.grant_permissions(apps, {roles.MODERATOR: [*manage, "directory.view_theme"]})


class Migration(migrations.Migration):
    dependencies = [
        ("readiness", "0001_initial"),
        ("directory", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
