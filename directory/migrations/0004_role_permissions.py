from django.db import migrations

from core import roles

MODERATOR_ACTIONS = {
    "organisation": ("view", "add", "change"),
    "project": ("view", "add", "change"),
    "theme": ("view", "add", "change"),
    "targetgroup": ("view", "add", "change"),
    "profile": ("view", "change"),
}


def grant(apps, schema_editor):
    # Moderators and organisers held these since the models lived in the portal app; granted here so the
    # directory owns its grants. Organisers pick organisations, projects and themes for their events.
    moderator = [f"directory.{action}_{model}" for model, actions in MODERATOR_ACTIONS.items() for action in actions]
    organiser = [f"directory.view_{model}" for model in ("organisation", "project", "theme", "targetgroup")]
    roles.grant_permissions(apps, {roles.MODERATOR: moderator, roles.ORGANISER: organiser})


class Migration(migrations.Migration):
    dependencies = [
        ("directory", "0003_profile_language"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
