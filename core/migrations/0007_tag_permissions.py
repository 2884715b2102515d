from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    roles.grant_permissions(apps, {roles.MODERATOR: ["core.view_tag", "core.change_tag"]})


class Migration(migrations.Migration):
    dependencies = [("core", "0006_copy_taggit_tags")]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
