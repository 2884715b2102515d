from django import forms
from django.utils.translation import gettext_lazy as _

from forum import conf
from forum.enums import FlagOutcome, FlagReason
from forum.models import Category, NotificationPreference, Post
from forum.queries import MAX_POST_ID

HONEYPOT_ERROR = _("This form could not be sent. Please leave the last field empty and try again.")


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


# The largest value the anchor's PositiveIntegerField holds: anything larger could only be typed into the hidden
# field by hand, and would overflow the query.
MAX_ANCHOR_SECONDS = 2**31 - 1
HIDDEN_VALUE_ERROR = _(
    "The form arrived with a hidden value the page could not have set. Reload the page and send it again."
)


class PostForm(HoneypotMixin, forms.Form):
    body = body_field()
    reply_to = forms.IntegerField(required=False, min_value=1, max_value=MAX_POST_ID, widget=forms.HiddenInput)
    anchor_seconds = forms.IntegerField(
        required=False, min_value=0, max_value=MAX_ANCHOR_SECONDS, widget=forms.HiddenInput
    )

    field_order = ["body", "website"]

    def __init__(self, *args, discussion=None, **kwargs):
        self.discussion = discussion
        super().__init__(*args, **kwargs)

    def clean(self):
        # Errors of hidden fields are not shown beside any field; say above the form that something is wrong.
        if any(name in self._errors for name in ("reply_to", "anchor_seconds")):
            raise forms.ValidationError(HIDDEN_VALUE_ERROR, code="hidden_value")
        return super().clean()

    def clean_reply_to(self):
        reply_to = self.cleaned_data.get("reply_to")
        if reply_to is None or self.discussion is None:
            return None
        return Post.objects.approved().filter(pk=reply_to, discussion=self.discussion).select_related("author").first()


class ThreadForm(HoneypotMixin, forms.Form):
    title = forms.CharField(label=_("Title"), max_length=200)
    body = body_field()

    field_order = ["title", "body", "website"]


class EditPostForm(forms.Form):
    body = body_field()


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
