"""Who may do what: the three roles of the portal, the predicates every view, template, admin and service asks,
and the helper data migrations use to grant the roles their permissions.

A role is an auth group (`PARTICIPANT`, `ORGANISER`, `MODERATOR`); what makes a user a moderator or an organiser
is a permission the group holds (`core.moderate`, `core.organise`, see `core.models.Role`), never the group's name
and never `is_staff` (which only lets a user into the admin). Superusers hold every permission.

Each app grants its own permissions from its own data migration::

    from core import roles

    def grant(apps, schema_editor):
        roles.grant_permissions(apps, {roles.MODERATOR: ["practices.add_practice", "practices.change_practice"]})

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]

Drafts are shown only to those who may edit them (`can_see_draft`): the model's change permission, and for
models an app registers with `edited_by_organisers` (events) moderators and the object's own organisers only.

Moderators and organisers work in the admin, so `assign_role` makes them staff.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_permission_codename
from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from django.db import transaction
from django.db.models import Q

from core.personal import PersonalFact

PARTICIPANT = "Participant"
ORGANISER = "Organiser"
MODERATOR = "Moderator"
ROLES = (PARTICIPANT, ORGANISER, MODERATOR)
STAFF_ROLES = (ORGANISER, MODERATOR)

# The permissions that make the roles (declared on core.models.Role, granted by core's data migration).
MODERATE = "core.moderate"
ORGANISE = "core.organise"

# Models whose objects only moderators and their own organisers (an `organisers` relation to users) may edit.
_ORGANISED_MODELS = set()


def edited_by_organisers(model):
    """Declare that objects of `model` are edited by moderators and by the users in their `organisers` only.

    Called from the app's `AppConfig.ready()`; `can_edit` and `can_see_draft` then apply the rule per object.
    """
    _ORGANISED_MODELS.add(model)


def user_can_post(user):
    """Posting anything (comments, forum posts, registrations) needs a signed-in user with a verified e-mail."""
    if not user.is_authenticated:
        return False
    return has_verified_email(user)


# Asked on most signed-in pages, so kept in the cache (core.personal; core/receivers.py forgets them).
has_verified_email = PersonalFact(
    "verified-email",
    rows=lambda user: EmailAddress.objects.filter(user=user, verified=True),
    columns=("pk",),
    answer=bool,
)
# The user's own permissions and their groups' ("app_label.codename").
held_permissions = PersonalFact(
    "permissions",
    rows=lambda user: Permission.objects.filter(Q(user=user) | Q(group__user=user)),
    columns=("content_type__app_label", "codename"),
    answer=lambda rows: frozenset(f"{app_label}.{codename}" for app_label, codename in rows),
)


def has_permission(user, name):
    """Whether `user` is active and holds the permission `name` ("app_label.codename"); superusers hold all."""
    if not user.is_active:
        return False
    return user.is_superuser or name in held_permissions(user)


def is_moderator(user):
    """Moderators publish content, moderate every discussion and manage every event."""
    return has_permission(user, MODERATE)


def is_organiser(user):
    """Organisers publish the programmes of the events they organise."""
    return has_permission(user, ORGANISE)


def is_organiser_of(user, event):
    """Whether `user` is an organiser named among `event`'s organisers (one query)."""
    return is_organiser(user) and event.organisers.filter(pk=user.pk).exists()


def can_edit(user, obj):
    """Whether `user` may change `obj`, a model instance, or objects of a model when given the model class.

    The model's change permission decides; for a model registered with `edited_by_organisers`, an instance
    is further limited to moderators and its own organisers.
    """
    opts = obj._meta
    if not has_permission(user, f"{opts.app_label}.{get_permission_codename('change', opts)}"):
        return False
    if isinstance(obj, type) or opts.concrete_model not in _ORGANISED_MODELS:
        return True
    return is_moderator(user) or is_organiser_of(user, obj)


def can_see_draft(user, obj):
    """A draft (or, given a model class, any draft of that model) is visible only to those allowed to edit it."""
    return can_edit(user, obj)


def grant_permissions(apps, grants):
    """Create the groups in `grants` if missing and give them permissions named "app_label.codename".

    Permissions are normally created after `migrate` finishes; they are created here first
    so a data migration can grant them on a fresh database. Granting twice changes nothing.
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
    for remembered in ("_perm_cache", "_group_perm_cache", "_user_perm_cache"):
        user.__dict__.pop(remembered, None)
    return user
