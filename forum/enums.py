from django.db import models
from django.utils.translation import gettext_lazy as _


class FlagReason(models.TextChoices):
    SPAM = "spam", _("Spam")
    OFFENSIVE = "offensive", _("Offensive")
    OFF_TOPIC = "off_topic", _("Off-topic")
    OTHER = "other", _("Other")


class FlagOutcome(models.TextChoices):
    HIDDEN = "hidden", _("Post hidden")
    DISMISSED = "dismissed", _("Flag dismissed")


class ModerationAction(models.TextChoices):
    HIDE = "hide", _("Hid a post")
    RESTORE = "restore", _("Restored a post")
    APPROVE = "approve", _("Approved a held post")
    LOCK = "lock", _("Locked a thread")
    UNLOCK = "unlock", _("Unlocked a thread")
    PIN = "pin", _("Pinned a thread")
    UNPIN = "unpin", _("Unpinned a thread")
    MOVE = "move", _("Moved a thread")
    RESOLVE_FLAG = "resolve_flag", _("Resolved a flag")


class DigestFrequency(models.TextChoices):
    IMMEDIATE = "immediate", _("Immediately (at most one e-mail per thread per hour)")
    DAILY = "daily", _("Daily digest")
    WEEKLY = "weekly", _("Weekly digest")
    NONE = "none", _("No e-mail")


class NotificationKind(models.TextChoices):
    REPLY = "reply", _("New reply")
    MENTION = "mention", _("Mention")


# The change a category's followers hear of (declared in ForumConfig.ready() through core.follows).
NEW_THREAD = "new-thread"
