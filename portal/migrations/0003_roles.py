from django.db import migrations

from core import roles

MODEL_ACTIONS = {
    "organisation": ("add", "change", "view"),
    "project": ("add", "change", "view"),
    "theme": ("add", "change", "view"),
    "targetgroup": ("add", "change", "view"),
    "post": ("add", "change", "view"),
    "profile": ("change", "view"),
    "sitesettings": ("change", "view"),
}


def create_roles(apps, schema_editor):
    moderator = [f"portal.{action}_{model}" for model, actions in MODEL_ACTIONS.items() for action in actions]
    organiser = ["portal.view_organisation", "portal.view_project", "portal.view_theme", "portal.view_targetgroup"]
    roles.grant_permissions(apps, {roles.PARTICIPANT: [], roles.ORGANISER: organiser, roles.MODERATOR: moderator})


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("portal", "0002_profile_post"),
    ]

    operations = [migrations.RunPython(create_roles, migrations.RunPython.noop)]
