from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    # Moderators correct and hide offers and needs and see the matches; nobody deletes them in the admin.
    roles.grant_permissions(
        apps, {roles.MODERATOR: ["exchange.view_listing", "exchange.change_listing", "exchange.view_match"]}
    )


class Migration(migrations.Migration):
    dependencies = [
        ("exchange", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
