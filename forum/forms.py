import re

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from core.i18n import page_language
from forum import conf
from forum.enums import FlagOutcome, FlagReason
from forum.models import Category, NotificationPreference, Post
from forum.queries import MAX_POST_ID

HONEYPOT_ERROR = _("This form could not be sent. Please leave the last field empty and try again.")


class LanguageMixin(forms.Form):
    """The language a post is written in, the page's unless the author chooses the other: pages in the other
    language mark the post with it, so screen readers read it with the right voice."""

    language = forms.ChoiceField(
        label=_("Language of your post"),
        choices=settings.LANGUAGES,
        required=False,
        help_text=_("Screen readers read your post in this language."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = self.initial.get("language") or page_language()

    def clean_language(self):
        # Not sent (a form from before the field existed): the service reads the language from the letters.
        return self.cleaned_data["language"] or None


class HoneypotMixin(forms.Form):
    """A field people never see (hidden by CSS and from assistive technology) but form-filling robots do."""

    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1", "class": "forum-honeypot__input"}),
    )

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise forms.ValidationError(HONEYPOT_ERROR, code="honeypot")
        return ""


def body_field():
    return forms.CharField(
        label=_("Your message"),
        max_length=conf.max_post_length(),
        strip=False,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=Post._meta.get_field("body").help_text,
    )


# The largest value the anchor's PositiveIntegerField holds: anything larger would overflow the query.
MAX_ANCHOR_SECONDS = 2**31 - 1
# "12:34" (minutes may pass 59 in a long film) or "1:02:03".
MOMENT = re.compile(r"(?:(?P<hours>\d+):(?P<minutes_of_hour>[0-5]\d)|(?P<minutes>\d+)):(?P<seconds>[0-5]\d)")
MOMENT_MAX_LENGTH = 16  # "596523:14:07" is the largest moment the column holds; longer text is never one
MOMENT_ERROR = _("Enter the moment as minutes and seconds (12:34) or as hours, minutes and seconds (1:02:03).")
HIDDEN_VALUE_ERROR = _(
    "The form arrived with a hidden value the page could not have set. Reload the page and send it again."
)


class MomentField(forms.CharField):
    """A moment of a film typed as mm:ss or h:mm:ss, cleaned to whole seconds (None when left empty). Plain seconds
    ("83") are accepted too: the player's "comment at the current moment" button and older pages send them."""

    default_error_messages = {"invalid": MOMENT_ERROR}

    def to_python(self, value):
        value = super().to_python(value).strip()
        if not value:
            return None
        if len(value) > MOMENT_MAX_LENGTH:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        if value.isdigit():
            seconds = int(value)
        elif match := MOMENT.fullmatch(value):
            parts = match.groupdict()
            minutes = int(parts["minutes"] or 0) + int(parts["hours"] or 0) * 60 + int(parts["minutes_of_hour"] or 0)
            seconds = minutes * 60 + int(parts["seconds"])
        else:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        if seconds > MAX_ANCHOR_SECONDS:
            raise forms.ValidationError(self.error_messages["invalid"], code="invalid")
        return seconds


class PostForm(LanguageMixin, HoneypotMixin, forms.Form):
    body = body_field()
    reply_to = forms.IntegerField(required=False, min_value=1, max_value=MAX_POST_ID, widget=forms.HiddenInput)
    # Shown on film pages only; the name is kept from when the player's script filled a hidden field.
    anchor_seconds = MomentField(
        label=_("Moment of the film (mm:ss)"),
        required=False,
        help_text=_("Optional: links your comment to this moment, for example 1:23."),
        widget=forms.TextInput(attrs={"autocomplete": "off", "size": 8}),
    )

    field_order = ["body", "language", "anchor_seconds", "website"]

    def __init__(self, *args, discussion=None, **kwargs):
        self.discussion = discussion
        super().__init__(*args, **kwargs)

    def clean(self):
        # An error of the hidden reply_to field is shown beside no field; say above the form that something is wrong.
        if "reply_to" in self._errors:
            raise forms.ValidationError(HIDDEN_VALUE_ERROR, code="hidden_value")
        return super().clean()

    def clean_reply_to(self):
        reply_to = self.cleaned_data.get("reply_to")
        if reply_to is None or self.discussion is None:
            return None
        return Post.objects.approved().filter(pk=reply_to, discussion=self.discussion).select_related("author").first()


class ThreadForm(LanguageMixin, HoneypotMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    body = body_field()

    field_order = ["title", "body", "language", "website"]


class EditPostForm(LanguageMixin, forms.Form):
    body = body_field()

    field_order = ["body", "language"]


class FlagForm(forms.Form):
    reason = forms.ChoiceField(
        label=_("Why are you reporting this post?"), choices=FlagReason.choices, widget=forms.RadioSelect
    )
    text = forms.CharField(
        label=_("Details"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Required when the reason is “Other”."),
    )

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("reason") == FlagReason.OTHER and not cleaned.get("text", "").strip():
            self.add_error("text", _("Please tell the moderators what is wrong with this post."))
        return cleaned


class ModerationReasonForm(forms.Form):
    reason = forms.CharField(
        label=_("Reason (kept in the moderation log)"), max_length=2000, widget=forms.Textarea(attrs={"rows": 2})
    )


class ResolveFlagForm(forms.Form):
    outcome = forms.ChoiceField(label=_("Outcome"), choices=FlagOutcome.choices)
    reason = forms.CharField(label=_("Reason (kept in the moderation log)"), required=False, max_length=2000)


class ThreadModerationForm(forms.Form):
    ACTIONS = [
        ("lock", _("Lock the thread")),
        ("unlock", _("Unlock the thread")),
        ("pin", _("Pin the thread")),
        ("unpin", _("Unpin the thread")),
        ("move", _("Move the thread to another category")),
    ]

    action = forms.ChoiceField(label=_("Action"), choices=ACTIONS, widget=forms.RadioSelect)
    category = forms.ModelChoiceField(label=_("Move to category"), queryset=Category.objects.all(), required=False)
    reason = forms.CharField(label=_("Reason (kept in the moderation log)"), required=False, max_length=2000)

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "move" and not cleaned.get("category"):
            self.add_error("category", _("Choose the category to move the thread to."))
        return cleaned


class NotificationPreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["frequency"]
        widgets = {"frequency": forms.RadioSelect}
