"""Writes that change what core.personal remembers about users: role groups, direct permissions, e-mail addresses
and follows.

Connected from CoreConfig.ready(). A change to one user's groups or permissions forgets that user's answer; a change
to a group's permissions, or a deleted group or permission, reaches every member, so every answer is forgotten.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.db.models.signals import m2m_changed, post_delete, post_save

from core import follows, roles
from core.models import Follow

CHANGES = {"post_add", "post_remove", "post_clear"}


def _users_relation_changed(sender, instance, action, reverse, pk_set, **kwargs):
    """A user's groups or direct permissions changed (from the user's side, or from the group's or permission's)."""
    if action not in CHANGES:
        return
    if not reverse:
        roles.held_permissions.forget(instance.pk)
    elif pk_set:
        roles.held_permissions.forget(*pk_set)
    else:
        roles.held_permissions.forget_everyone()


def _everyone_changed(sender, action=None, **kwargs):
    if action is None or action in CHANGES:
        roles.held_permissions.forget_everyone()


def _email_address_written(sender, instance, **kwargs):
    roles.has_verified_email.forget(instance.user_id)


def _follow_written(sender, instance, **kwargs):
    follows.followed_keys.forget(instance.user_id)


def connect():
    user_model = get_user_model()
    for through in (user_model.groups.through, user_model.user_permissions.through):
        m2m_changed.connect(_users_relation_changed, sender=through, dispatch_uid=f"core-personal-{through.__name__}")
    m2m_changed.connect(_everyone_changed, sender=Group.permissions.through, dispatch_uid="core-personal-group-perms")
    for model in (Group, Permission):
        post_delete.connect(_everyone_changed, sender=model, dispatch_uid=f"core-personal-{model.__name__}")
    for name, signal in (("save", post_save), ("delete", post_delete)):
        signal.connect(_email_address_written, sender=EmailAddress, dispatch_uid=f"core-personal-email-{name}")
        signal.connect(_follow_written, sender=Follow, dispatch_uid=f"core-personal-follow-{name}")
