from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    """Moderators publish films and their subtitle tracks, so they may also remove a wrong one for good."""
    roles.grant_permissions(apps, {roles.MODERATOR: ["films.delete_film", "films.delete_subtitletrack"]})


class Migration(migrations.Migration):
    dependencies = [("films", "0006_film_slug_from_title")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
