from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy


class EventType(models.TextChoices):
    CONFERENCE = "conference", _("Conference")
    SEMINAR = "seminar", _("Seminar")
    TRAINING = "training", _("Training")
    WORKSHOP = "workshop", _("Workshop")
    WEBINAR = "webinar", _("Webinar")


class EventStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    PUBLISHED = "published", _("Published")
    CANCELLED = "cancelled", _("Cancelled")

    @classmethod
    def public(cls):
        """Cancelled events stay on the site, with a banner, so nobody travels to a meeting that is off."""
        return [cls.PUBLISHED, cls.CANCELLED]


class SessionKind(models.TextChoices):
    TALK = "talk", _("Talk")
    PANEL = "panel", _("Panel")
    WORKSHOP = "workshop", _("Workshop")
    TRAINING_MODULE = "training_module", _("Training module")
    # Translators: the kind of session (a moderated discussion), not the comments under a page.
    DISCUSSION = "discussion", pgettext_lazy("session kind", "Discussion")
    BREAK = "break", _("Break")


class RoleKind(models.TextChoices):
    SPEAKER = "speaker", _("Speaker")
    LECTURER = "lecturer", _("Lecturer")
    PANELLIST = "panellist", _("Panellist")
    MODERATOR = "moderator", _("Moderator")
    FACILITATOR = "facilitator", _("Facilitator")
    TRAINER = "trainer", _("Trainer")


class MaterialKind(models.TextChoices):
    RECORDING = "recording", _("Recording")
    SLIDES = "slides", _("Slides")
    # Translators: a kind of document (a written report), not flagging a post.
    REPORT = "report", pgettext_lazy("document type", "Report")


class RegistrationStatus(models.TextChoices):
    CONFIRMED = "confirmed", _("Confirmed")
    WAITLISTED = "waitlisted", _("On the waiting list")
    CANCELLED = "cancelled", _("Cancelled")

    @classmethod
    def active(cls):
        return [cls.CONFIRMED, cls.WAITLISTED]


class ChangeKind(models.TextChoices):
    RESCHEDULED = "rescheduled", _("New time")
    MOVED = "moved", _("New room")
    CANCELLED = "cancelled", _("Cancelled")
    RESTORED = "restored", _("Back in the programme")
    REMOVED = "removed", _("Taken out of the programme")


# Languages an event or a session can be held in (ISO 639-1 codes).
SESSION_LANGUAGES = [
    ("bg", _("Bulgarian")),
    ("en", _("English")),
    ("it", _("Italian")),
    ("pt", _("Portuguese")),
    ("fr", _("French")),
    ("pl", _("Polish")),
]


# The changes an event's followers hear of (declared in EventsConfig.ready() through core.follows).
NEW_SESSION = "new-session"
PROGRAMME_CHANGE = "programme-change"
