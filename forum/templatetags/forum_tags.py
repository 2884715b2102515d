from django import template
from django.core.exceptions import ObjectDoesNotExist
from django.urls import reverse
from django.utils.formats import time_format
from django.utils.functional import SimpleLazyObject
from django.utils.timezone import localtime

from core.follows import is_following
from core.formats import long_date
from core.privacy import FORMER_MEMBER_LABEL, is_former_member
from forum.caching import target_key
from forum.context import comment_form_action, discussion_context, own_posts_under, takes_moments
from forum.queries import discussion_for_object, reply_target
from forum.unread import unread_notification_count

register = template.Library()


@register.filter
def author_name(user):
    """The name shown next to what someone posted: their profile's display name, never the e-mail address.

    What a deleted account wrote is shown as by "former member".
    """
    if is_former_member(user):
        return str(FORMER_MEMBER_LABEL)
    try:
        return user.profile.display_name or user.username
    except ObjectDoesNotExist:
        return user.username


@register.filter
def posted_at(value):
    """When something was written: "22 ноември 2026, 18:40" / "22 November 2026, 18:40"."""
    return f"{long_date(value)}, {time_format(localtime(value), 'H:i')}"


@register.filter
def action_marks(post):
    """What the reader's actions under `post` need, kept with a shared fragment of posts (core.fragments)."""
    return {
        "pk": post.pk,
        "author_id": post.author_id,
        "author_name": author_name(post.author),
        "is_held": post.is_held,
        "is_hidden": post.is_hidden,
    }


@register.inclusion_tag("forum/includes/discussion.html", takes_context=True)
def discussion_for(context, obj):
    """The comments under any content object, with the form to add one (posting to the forum, back to this page)."""
    request = context["request"]
    # Looked up only when the posts fragment renders or the reader replies to a post.
    discussion = SimpleLazyObject(lambda: discussion_for_object(obj))
    reply_to = reply_target(discussion, request.GET.get("reply_to"))
    return {
        **discussion_context(
            request,
            discussion,
            form_action=comment_form_action(obj),
            reply_to=reply_to,
            posts_key=target_key(obj),
            own_posts=own_posts_under(obj, request.user),
        ),
        "request": request,
        "user": request.user,
        "target": obj,
        "is_film": takes_moments(obj),
        "csrf_token": context.get("csrf_token"),
    }


@register.filter
def model_label(obj):
    """What kind of thing `obj` is, in the page language ("практика", "event")."""
    return obj._meta.verbose_name


@register.inclusion_tag("includes/follow_button.html", takes_context=True)
def follow_button(context, obj, following=None, next_url=""):
    """The button that follows or stops following `obj` (signed-in users only; no query once the reader's follows
    are remembered); `next_url` is where to return afterwards instead of `obj`'s page."""
    user = context["request"].user
    opts = obj._meta
    return {
        "user": user,
        "csrf_token": context.get("csrf_token"),
        "following": is_following(user, obj) if following is None else following,
        "next_url": next_url,
        "action": reverse(
            "forum:follow-toggle",
            kwargs={"app_label": opts.app_label, "model_name": opts.model_name, "object_id": obj.pk},
        ),
    }


@register.inclusion_tag("forum/includes/notifications_link.html", takes_context=True)
def notifications_link(context):
    """The header link to the notifications page with the unread count (signed-in users only; from the cache once
    counted, see forum/unread.py)."""
    user = context["request"].user
    count = unread_notification_count(user) if user.is_authenticated else 0
    return {"user": user, "unread_count": count}
