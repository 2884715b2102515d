from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    moderator = [f"practices.{action}_{model}" for model in ("practice", "document") for action in ("view", "add", "change")]
    roles.grant_permissions(apps, {roles.MODERATOR: moderator})


class Migration(migrations.Migration):
    dependencies = [
        ("practices", "0003_directory_models"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
