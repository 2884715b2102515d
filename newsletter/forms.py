from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.i18n import page_language
from core.newsletter import content_kinds
from directory.models import Theme
from newsletter.mail_domains import domain_receives_mail

# Translators: shown beside the subscribe button and recorded, in the reader's language, as what they agreed to.
CONSENT_TEXT = _(
    "We will send the portal's newsletter to this address in the language you choose, once you confirm it by the "
    "link we e-mail you. Each issue has a link to unsubscribe at once. We keep your address, language and topics "
    "until you unsubscribe, with the time and IP address of your consent."
)


class TopicsForm(forms.Form):
    """Language and topics, shared by the subscription form and the preferences page."""

    language = forms.ChoiceField(label=_("Language of the newsletter"), choices=settings.LANGUAGES)
    content_types = forms.MultipleChoiceField(
        label=_("Content types"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Choose none to receive everything."),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"), queryset=Theme.objects.none(), required=False, widget=forms.CheckboxSelectMultiple
    )
    countries = forms.MultipleChoiceField(label=_("Countries"), required=False, widget=forms.CheckboxSelectMultiple)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["content_types"].choices = content_kinds()
        self.fields["themes"].queryset = Theme.objects.all()
        self.fields["countries"].choices = [(code, countries.name(code)) for code in settings.NEWSLETTER_COUNTRIES]

    def topics(self):
        data = self.cleaned_data
        return {"themes": data["themes"], "countries": data["countries"], "content_types": data["content_types"]}


class SubscribeForm(TopicsForm):
    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        error_messages={
            "required": _("Enter your e-mail address."),
            "invalid": _("Enter a whole e-mail address, such as name@example.org."),
        },
    )

    field_order = ["email", "language", "content_types", "themes", "countries"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].initial = page_language()

    def clean_email(self):
        email = self.cleaned_data["email"]
        domain = email.rsplit("@", 1)[-1]
        if not domain_receives_mail(domain):
            raise forms.ValidationError(
                _("The domain %(domain)s does not receive e-mail. Check the address for a typo."),
                code="no_mail_exchanger",
                params={"domain": domain},
            )
        return email
