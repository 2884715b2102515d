from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    roles.grant_permissions(
        apps, {roles.MODERATOR: ["services.view_service", "services.add_service", "services.change_service"]}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("services", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
