from django.db import migrations


def moderate_discussions_becomes_core_moderate(apps, schema_editor):
    """Whoever could moderate discussions (`forum.moderate_discussions`) now holds the moderator role permission."""
    permission_model = apps.get_model("auth", "Permission")
    old = permission_model.objects.filter(content_type__app_label="forum", codename="moderate_discussions").first()
    if old is None:
        return
    new = permission_model.objects.get(content_type__app_label="core", codename="moderate")
    for group in old.group_set.all():
        group.permissions.add(new)
    for user in old.user_set.all():
        user.user_permissions.add(new)
    old.delete()


class Migration(migrations.Migration):
    dependencies = [
        ("forum", "0002_moderator_permissions"),
        ("core", "0002_role_permissions"),
    ]

    operations = [
        migrations.AlterModelOptions(
            name="discussion",
            options={
                "ordering": ["-is_pinned", "-last_activity_at"],
                "verbose_name": "discussion",
                "verbose_name_plural": "discussions",
            },
        ),
        migrations.RunPython(moderate_discussions_becomes_core_moderate, migrations.RunPython.noop),
    ]
