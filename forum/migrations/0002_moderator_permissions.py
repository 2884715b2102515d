from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    moderate = [
        "forum.moderate_discussions",
        "forum.view_discussion",
        "forum.change_discussion",
        "forum.view_post",
        "forum.change_post",
        "forum.view_postrevision",
        "forum.view_flag",
        "forum.change_flag",
        "forum.view_moderationlog",
        "forum.add_category",
        "forum.change_category",
        "forum.view_category",
    ]
    roles.grant_permissions(apps, {roles.MODERATOR: moderate})


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0001_initial"),
        ("portal", "0003_roles"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
