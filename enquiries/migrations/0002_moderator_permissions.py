from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    roles.grant_permissions(
        apps,
        {
            roles.MODERATOR: [
                "enquiries.view_enquiry",
                "enquiries.change_enquiry",
                "enquiries.view_publicanswer",
                "enquiries.change_publicanswer",
            ]
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("enquiries", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
