from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    """Moderators publish practices and documents, so they may also withdraw a wrong one for good.

    Deleting is for what moderators themselves put up (a mistaken upload); what users write is only hidden.
    """
    roles.grant_permissions(apps, {roles.MODERATOR: ["practices.delete_practice", "practices.delete_document"]})


class Migration(migrations.Migration):
    dependencies = [("practices", "0005_practice_cover_credit")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
