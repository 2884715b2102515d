"""Who may add and edit social services: moderators, and the accepted members of the provider organisation."""

from core import roles
from directory.membership import may_act_for, organisations_of
from directory.models import Organisation


def can_add_service(user):
    return user.is_authenticated and (roles.is_moderator(user) or organisations_of(user).exists())


def can_edit_service(user, service):
    return may_act_for(user, service.provider)


def providers_for(user):
    """The organisations `user` may name as a service's provider: every one for moderators, else their own."""
    return Organisation.objects.all() if roles.is_moderator(user) else organisations_of(user)
