from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    # Moderators decide requests to join and name administrators; memberships are never deleted by hand.
    roles.grant_permissions(
        apps, {roles.MODERATOR: ["directory.view_membership", "directory.change_membership"]}
    )


class Migration(migrations.Migration):
    dependencies = [("directory", "0008_membership")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
