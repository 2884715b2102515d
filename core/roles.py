"""The three roles of the portal as auth groups, and the helper data migrations use to grant them permissions.

Each app grants its own permissions from its own data migration::

    from core import roles

    def grant(apps, schema_editor):
        roles.grant_permissions(apps, {roles.MODERATOR: ["practices.add_practice", "practices.change_practice"]})

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

Moderators and organisers work in the admin, so `assign_role` makes them staff.
"""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group
from django.db import transaction

PARTICIPANT = "Participant"
ORGANISER = "Organiser"
MODERATOR = "Moderator"
ROLES = (PARTICIPANT, ORGANISER, MODERATOR)
STAFF_ROLES = (ORGANISER, MODERATOR)


def grant_permissions(apps, grants):
    """Create the groups in `grants` if missing and give them permissions named "app_label.codename".

    Permissions are normally created after `migrate` finishes; they are created here first
    so a data migration can grant them on a fresh database.
    """
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    group_model = apps.get_model("auth", "Group")
    permission_model = apps.get_model("auth", "Permission")
    for role, names in grants.items():
        group, _created = group_model.objects.get_or_create(name=role)
        for name in names:
            app_label, codename = name.split(".")
            group.permissions.add(permission_model.objects.get(content_type__app_label=app_label, codename=codename))


def assign_role(*, user, role):
    """Put `user` in the group of `role`; organisers and moderators also become staff so they reach the admin."""
    with transaction.atomic():
        user.groups.add(Group.objects.get(name=role))
        if role in STAFF_ROLES and not user.is_staff:
            user.is_staff = True
            user.save(update_fields=["is_staff"])
    return user
