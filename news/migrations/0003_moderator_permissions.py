from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    # Moderators held these since the news posts lived in the portal app; granted here so news owns its grants.
    roles.grant_permissions(apps, {roles.MODERATOR: ["news.view_newspost", "news.add_newspost", "news.change_newspost"]})


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0002_default_table_names"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
