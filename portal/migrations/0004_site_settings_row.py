from django.db import migrations


def create_site_settings(apps, schema_editor):
    apps.get_model("portal", "SiteSettings").objects.get_or_create(pk=1)


class Migration(migrations.Migration):
    """The one row of site settings exists from the start, so reading it never writes."""

    dependencies = [("portal", "0003_roles")]

    operations = [migrations.RunPython(create_site_settings, migrations.RunPython.noop)]
