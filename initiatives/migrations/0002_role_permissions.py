from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    # Moderators approve and hide calls and may correct them; members post them on the site.
    roles.grant_permissions(
        apps, {roles.MODERATOR: ["initiatives.view_call", "initiatives.add_call", "initiatives.change_call"]}
    )


class Migration(migrations.Migration):
    dependencies = [("initiatives", "0001_initial")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
