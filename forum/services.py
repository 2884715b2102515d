"""Every write in discussions goes through here; e-mail and other side effects run after commit."""

import re

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from core import page_cache
from core.follows import follow, follow_event, follower_ids, unfollow
from core.i18n import written_language
from core.markdown import render_markdown
from core.models import Follow
from core.roles import is_moderator, user_can_post
from forum import conf, ratelimit
from forum.enums import NEW_THREAD, FlagOutcome, ModerationAction, NotificationKind
from forum.models import (
    Discussion,
    Flag,
    ModerationLog,
    Notification,
    NotificationPreference,
    Post,
    PostRevision,
    ReadMarker,
)
from forum.permissions import can_edit_post
from forum.tasks import send_notification_emails
from forum.unread import has_unread_about, unread_notifications

LINK_PATTERN = re.compile(r"https?://|www\.|\]\s*\(|mailto:", re.IGNORECASE)
# "@maria" (a username) or "@Мария Иванова" (a display name of up to three words).
MENTION_PATTERN = re.compile(r"(?<![\w@])@([\w.+-]*\w(?: \w+){0,2})")
MAX_MENTIONS = 20
# How long the cache remembers when a reader last marked a thread read (mark_thread_read): repeat visits write nothing.
READ_MARKER_SECONDS = 3600


def mentioned_user_ids(text):
    """Users named after an @ by username or display name (the longest name that fits wins), in one query."""
    mentions = [match.split(" ") for match in MENTION_PATTERN.findall(text)[:MAX_MENTIONS]]
    candidates = {" ".join(words[:n]) for words in mentions for n in range(1, len(words) + 1)}
    if not candidates:
        return set()
    users_by_name = {}
    found = get_user_model().objects.filter(
        Q(username__in=candidates) | Q(profile__display_name__in=candidates), is_active=True
    )
    for pk, username, display_name in found.values_list("pk", "username", "profile__display_name"):
        for name in {username, display_name} & candidates:
            users_by_name.setdefault(name, set()).add(pk)
    ids = set()
    for words in mentions:
        longest = next(
            (" ".join(words[:n]) for n in range(len(words), 0, -1) if " ".join(words[:n]) in users_by_name), None
        )
        if longest:
            ids |= users_by_name[longest]
    return ids


class PostRefused(ValidationError):
    """A post the rules do not allow; the message says why, in the reader's language."""


def _check_body(body):
    if not body.strip():
        raise PostRefused(_("Please write something before posting."), code="empty")
    limit = conf.max_post_length()
    if len(body) > limit:
        raise PostRefused(
            _("Posts can be at most %(limit)s characters long; this one has %(length)s.")
            % {"limit": limit, "length": len(body)},
            code="too_long",
        )


def _check_can_post(*, discussion, author, body):
    if not user_can_post(author):
        raise PostRefused(_("Please sign in with a verified e-mail address to take part."), code="not_verified")
    if discussion is not None and discussion.is_locked:
        raise PostRefused(_("This discussion is locked and takes no new posts."), code="locked")
    _check_body(body)
    wait = ratelimit.seconds_until_allowed(author)
    if wait:
        raise PostRefused(
            ngettext(
                "You are posting too quickly. You can post again in %(seconds)d second.",
                "You are posting too quickly. You can post again in %(seconds)d seconds.",
                wait,
            )
            % {"seconds": wait},
            code="rate_limited",
        )


def _needs_approval(*, author, body):
    """First posts of new accounts that contain links wait for a moderator (a common spam pattern)."""
    if not LINK_PATTERN.search(body) or is_moderator(author):
        return False
    return Post.objects.approved().filter(author=author).count() < conf.trusted_after_posts()


def language_of_text(language, text):
    """The language chosen for a text, else the one its letters are in, else the site's default."""
    return language or written_language(text) or settings.LANGUAGE_CODE


def open_discussion(*, content_object):
    """The one discussion under `content_object`, created on first use."""
    content_type = ContentType.objects.get_for_model(content_object)
    discussion, _created = Discussion.objects.get_or_create(content_type=content_type, object_id=content_object.pk)
    return discussion


@transaction.atomic
def create_comment(*, target, author, body, language=None, reply_to=None, anchor_seconds=None):
    """Comment on a film, practice, news post or event; its discussion opens with the first comment.

    One transaction: a refused comment leaves no empty discussion behind.
    """
    return create_post(
        discussion=open_discussion(content_object=target),
        author=author,
        body=body,
        language=language,
        reply_to=reply_to,
        anchor_seconds=anchor_seconds,
    )


@transaction.atomic
def create_thread(*, category, author, title, body, language=None):
    """Start a forum thread with its first post; refused posts leave no thread behind.

    `language` is the one the title and first post are written in (read from their letters when not given).
    """
    _check_can_post(discussion=None, author=author, body=body)
    language = language_of_text(language, f"{title} {body}")
    discussion = Discussion.objects.create(category=category, author=author, title=title.strip(), language=language)
    create_post(discussion=discussion, author=author, body=body, language=language)
    return discussion


@transaction.atomic
def create_post(*, discussion, author, body, language=None, reply_to=None, anchor_seconds=None):
    """Add a post: render its Markdown once, update the discussion's counters, subscribe the author, notify.

    `language` is the one the author chose; when not given it is read from the text's letters.
    """
    _check_can_post(discussion=discussion, author=author, body=body)
    if reply_to is not None and reply_to.discussion_id != discussion.pk:
        reply_to = None
    now = timezone.now()
    post = Post.objects.create(
        discussion=discussion,
        author=author,
        body=body,
        body_html=render_markdown(body),
        language=language_of_text(language, body),
        reply_to=reply_to,
        anchor_seconds=anchor_seconds,
        created_at=now,
        is_held=_needs_approval(author=author, body=body),
    )
    _follow_quietly(user=author, discussion=discussion)
    ReadMarker.objects.update_or_create(user=author, discussion=discussion, defaults={"last_read_at": now})
    if not post.is_held:
        _publish(post)
    return post


def _follow_quietly(*, user, discussion):
    """Whoever writes follows what they wrote under: the thread, or the content they commented on."""
    content_type_id, object_id = discussion.followed_key()
    Follow.objects.get_or_create(user=user, content_type_id=content_type_id, object_id=object_id)


def _publish(post):
    discussion = post.discussion
    starts_thread = discussion.is_thread and not discussion.posts.approved().exclude(pk=post.pk).exists()
    Discussion.objects.filter(pk=post.discussion_id).update(
        post_count=F("post_count") + 1, last_activity_at=post.created_at, last_post=post
    )
    page_cache.retire(discussion)
    notify(post=post)
    if starts_thread:
        notify_followers(kind=NEW_THREAD, subject=discussion, actor=post.author)


def refresh_discussion_counters(*, discussion):
    """Recount a discussion's posts and last activity from its rows (after imports and demo loading)."""
    last = discussion.posts.approved().order_by("-created_at", "-pk").first()
    discussion.post_count = discussion.posts.approved().count()
    discussion.last_post = last
    if last is not None:
        discussion.last_activity_at = last.created_at
    discussion.save(update_fields=["post_count", "last_post", "last_activity_at"])
    return discussion


def _deliver(notifications, *, target_type_id, target_id):
    """Store the notifications and, after commit, e-mail those who want e-mail at once."""
    Notification.objects.bulk_create(notifications, ignore_conflicts=True)
    if notifications:
        recipient_ids = sorted({n.recipient_id for n in notifications})
        unread_notifications.forget(*recipient_ids)
        transaction.on_commit(
            lambda: send_notification_emails.enqueue(
                target_type_id=target_type_id, target_id=target_id, recipient_ids=recipient_ids
            )
        )
    return notifications


def notify(*, post):
    """In-site notifications for mentioned users and the followers of what the post is under; e-mail goes out
    after commit, batched."""
    mention_ids = mentioned_user_ids(post.body)
    target_type_id, target_id = post.discussion.followed_key()
    subscriber_ids = set(
        Follow.objects.filter(content_type_id=target_type_id, object_id=target_id).values_list("user_id", flat=True)
    )
    notifications = [
        Notification(
            recipient_id=user_id,
            post=post,
            discussion_id=post.discussion_id,
            kind=NotificationKind.MENTION if user_id in mention_ids else NotificationKind.REPLY,
            target_type_id=target_type_id,
            target_id=target_id,
            created_at=post.created_at,
        )
        for user_id in (mention_ids | subscriber_ids) - {post.author_id}
    ]
    return _deliver(notifications, target_type_id=target_type_id, target_id=target_id)


def notify_followers(*, kind, subject, actor=None):
    """Tell the followers of what `subject` changed (a kind declared in core.follows.FOLLOW_EVENTS) that it did,
    and the kind's `audience`: a notification each in the site and, after commit, e-mail per their preference.
    `actor` is not told."""
    declared = follow_event(kind)
    target = declared.followed(subject)
    if target is None:
        return []
    recipient_ids = follower_ids(target) | (declared.audience(subject) if declared.audience else set())
    target_type = ContentType.objects.get_for_model(target)
    subject_type = ContentType.objects.get_for_model(subject)
    now = timezone.now()
    notifications = [
        Notification(
            recipient_id=user_id,
            kind=kind,
            target_type=target_type,
            target_id=target.pk,
            subject_type=subject_type,
            subject_id=subject.pk,
            created_at=now,
        )
        for user_id in recipient_ids - {getattr(actor, "pk", None)}
    ]
    return _deliver(notifications, target_type_id=target_type.pk, target_id=target.pk)


@transaction.atomic
def edit_post(*, post, editor, body, language=None):
    """Change a post's text (and the language it is written in) within the edit window, keeping the previous text
    as a revision."""
    if not can_edit_post(post, editor):
        minutes = int(conf.edit_window().total_seconds() // 60)
        raise PermissionDenied(
            ngettext(
                "You can edit your own posts only within %(minutes)d minute of posting.",
                "You can edit your own posts only within %(minutes)d minutes of posting.",
                minutes,
            )
            % {"minutes": minutes}
        )
    _check_body(body)
    PostRevision.objects.create(post=post, body=post.body, edited_by=editor)
    post.body = body
    post.body_html = render_markdown(body)
    post.language = language or post.language
    post.edited_at = timezone.now()
    post.save(update_fields=["body", "body_html", "language", "edited_at"])
    return post


def _log(*, moderator, action, discussion, post=None, reason=""):
    if not is_moderator(moderator):
        raise PermissionDenied(_("Only moderators can do this."))
    return ModerationLog.objects.create(
        moderator=moderator, action=action, discussion=discussion, post=post, reason=reason
    )


@transaction.atomic
def hide_post(*, post, moderator, reason):
    """Hide a post from everyone but its author and moderators; the text is kept."""
    _log(moderator=moderator, action=ModerationAction.HIDE, discussion=post.discussion, post=post, reason=reason)
    post.is_hidden = True
    post.hidden_by = moderator
    post.hidden_at = timezone.now()
    post.hidden_reason = reason
    post.save(update_fields=["is_hidden", "hidden_by", "hidden_at", "hidden_reason"])
    return post


@transaction.atomic
def restore_post(*, post, moderator, reason):
    _log(moderator=moderator, action=ModerationAction.RESTORE, discussion=post.discussion, post=post, reason=reason)
    post.is_hidden = False
    post.hidden_by = None
    post.hidden_at = None
    post.hidden_reason = ""
    post.save(update_fields=["is_hidden", "hidden_by", "hidden_at", "hidden_reason"])
    return post


@transaction.atomic
def approve_post(*, post, moderator, reason=""):
    """Publish a post that was held for approval, as if it had just been written."""
    _log(moderator=moderator, action=ModerationAction.APPROVE, discussion=post.discussion, post=post, reason=reason)
    if post.is_held:
        post.is_held = False
        post.save(update_fields=["is_held"])
        _publish(post)
    return post


def _set_thread_flag(*, discussion, moderator, field, value, action, reason):
    _log(moderator=moderator, action=action, discussion=discussion, reason=reason)
    setattr(discussion, field, value)
    discussion.save(update_fields=[field])
    return discussion


@transaction.atomic
def lock_thread(*, discussion, moderator, reason=""):
    return _set_thread_flag(
        discussion=discussion,
        moderator=moderator,
        field="is_locked",
        value=True,
        action=ModerationAction.LOCK,
        reason=reason,
    )


@transaction.atomic
def unlock_thread(*, discussion, moderator, reason=""):
    return _set_thread_flag(
        discussion=discussion,
        moderator=moderator,
        field="is_locked",
        value=False,
        action=ModerationAction.UNLOCK,
        reason=reason,
    )


@transaction.atomic
def pin_thread(*, discussion, moderator, reason=""):
    return _set_thread_flag(
        discussion=discussion,
        moderator=moderator,
        field="is_pinned",
        value=True,
        action=ModerationAction.PIN,
        reason=reason,
    )


@transaction.atomic
def unpin_thread(*, discussion, moderator, reason=""):
    return _set_thread_flag(
        discussion=discussion,
        moderator=moderator,
        field="is_pinned",
        value=False,
        action=ModerationAction.UNPIN,
        reason=reason,
    )


@transaction.atomic
def move_thread(*, discussion, moderator, category, reason=""):
    if not discussion.is_thread:
        raise ValidationError(_("Only forum threads can be moved between categories."))
    reason = reason or f"{discussion.category} → {category}"
    return _set_thread_flag(
        discussion=discussion,
        moderator=moderator,
        field="category",
        value=category,
        action=ModerationAction.MOVE,
        reason=reason,
    )


@transaction.atomic
def flag_post(*, post, reporter, reason, text=""):
    """Report a post to the moderators; a second report by the same reader while one is open changes nothing."""
    if not reporter.is_authenticated:
        raise PermissionDenied(_("Please sign in to report a post."))
    flag, _created = Flag.objects.open().get_or_create(
        post=post, reporter=reporter, defaults={"reason": reason, "text": text}
    )
    return flag


@transaction.atomic
def resolve_flag(*, flag, moderator, outcome, reason=""):
    """Answer a flag: hide the post (answering every open flag on it) or dismiss this flag."""
    now = timezone.now()
    if outcome == FlagOutcome.HIDDEN:
        if not flag.post.is_hidden:
            hide_post(post=flag.post, moderator=moderator, reason=reason or flag.get_reason_display())
        flags = Flag.objects.open().filter(post=flag.post)
    else:
        flags = Flag.objects.open().filter(pk=flag.pk)
    _log(
        moderator=moderator,
        action=ModerationAction.RESOLVE_FLAG,
        discussion=flag.post.discussion,
        post=flag.post,
        reason=reason or FlagOutcome(outcome).label,
    )
    flags.update(resolved_by=moderator, resolved_at=now, outcome=outcome)
    flag.refresh_from_db()
    return flag


def subscribe(*, user, discussion):
    """Follow a discussion: the thread, or the content it comments on."""
    return follow(user=user, target=discussion.followed)


def unsubscribe(*, user, discussion):
    unfollow(user=user, target=discussion.followed)


def mark_thread_read(*, thread, user):
    """Remember that `user` has read `thread` as it is now, and mark its notifications read.

    Idempotent, so the thread page can call it on each visit: the reader keeps one marker per thread (an upsert
    on the unique user and thread pair, moved forward to now) and notifications already read stay untouched.
    Two statements, each atomic on its own and each harmless to repeat, so no transaction is needed.

    A marker only tells whether the thread has had activity since (Discussion.with_unread), so while the thread has
    none since the last marking, which the cache remembers, and the reader has no notification about it, a visit
    writes nothing and reads no row: the reader's page may then be remembered (core.remembered_pages) and served
    without this running, until a new post retires it.
    """
    now = timezone.now()
    marked_key = f"forum:read:{user.pk}:{thread.pk}"
    marked_at = cache.get(marked_key)
    if marked_at is None or thread.last_activity_at is None or marked_at < thread.last_activity_at:
        ReadMarker.objects.bulk_create(
            [ReadMarker(user=user, discussion=thread, last_read_at=now)],
            update_conflicts=True,
            unique_fields=["user", "discussion"],
            update_fields=["last_read_at"],
        )
        cache.set(marked_key, now, READ_MARKER_SECONDS)
    # The reader's unread notifications (cached, per discussion) say whether any are about this thread.
    if has_unread_about(user, thread):
        Notification.objects.unread().filter(recipient=user, discussion=thread).update(read_at=now)
        unread_notifications.forget(user.pk)


def set_digest_frequency(*, user, frequency):
    preference, _created = NotificationPreference.objects.update_or_create(user=user, defaults={"frequency": frequency})
    return preference


def mark_all_notifications_read(*, user):
    marked = Notification.objects.unread().filter(recipient=user).update(read_at=timezone.now())
    unread_notifications.forget(user.pk)
    return marked
