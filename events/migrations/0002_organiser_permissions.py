from django.db import migrations

from core import roles

EVENT_MODELS = ["event", "programmeday", "room", "session", "sessionrole", "sessionmaterial", "person"]


def grant(apps, schema_editor):
    manage = [f"events.{action}_{model}" for model in EVENT_MODELS for action in ("add", "change", "delete", "view")]
    registrations = ["events.view_registration", "events.change_registration", "events.view_programmechange"]
    # The event form picks organisations, projects and themes through autocomplete, which needs view permission.
    lookups = ["portal.view_organisation", "portal.view_project", "portal.view_theme"]
    everything = manage + registrations + lookups
    roles.grant_permissions(apps, {roles.ORGANISER: everything, roles.MODERATOR: everything})


class Migration(migrations.Migration):
    dependencies = [
        ("events", "0001_initial"),
        ("portal", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
