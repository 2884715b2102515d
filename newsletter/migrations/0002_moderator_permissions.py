from django.db import migrations

from core import roles


def grant(apps, schema_editor):
    # Moderators compose and send issues; they see the subscribers and deliveries, and record bounces.
    roles.grant_permissions(
        apps,
        {
            roles.MODERATOR: [
                "newsletter.view_issue",
                "newsletter.add_issue",
                "newsletter.change_issue",
                "newsletter.view_issueblock",
                "newsletter.add_issueblock",
                "newsletter.change_issueblock",
                "newsletter.delete_issueblock",
                "newsletter.view_subscriber",
                "newsletter.view_delivery",
                "newsletter.change_delivery",
            ]
        },
    )


class Migration(migrations.Migration):
    dependencies = [
        ("newsletter", "0001_initial"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
