"""The role predicates of core.roles for templates: `{% load roles %}{% if user|is_moderator %}…{% endif %}`."""

from django import template

from core import roles

register = template.Library()


@register.filter
def is_moderator(user):
    return roles.is_moderator(user)


@register.filter
def is_organiser(user):
    return roles.is_organiser(user)


@register.filter
def can_edit(user, obj):
    """`{% if user|can_edit:practice %}`: the user may change this object (or objects of this model)."""
    return roles.can_edit(user, obj)
