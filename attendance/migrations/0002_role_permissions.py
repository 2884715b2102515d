from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    # Organisers set up and issue their own trainings' certificates and read their own events' check-ins (the admin
    # limits both to their events); moderators the same for every event.
    work = [f"attendance.{action}_certificatesettings" for action in ("view", "add", "change", "delete")]
    work += ["attendance.view_checkin"]
    roles.grant_permissions(apps, {roles.ORGANISER: work, roles.MODERATOR: work})


class Migration(migrations.Migration):
    dependencies = [
        ("attendance", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
