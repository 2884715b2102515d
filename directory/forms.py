from allauth.account.forms import SignupForm as AllauthSignupForm
from django import forms
from django.conf import settings
from django.urls import reverse
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from core.i18n import page_language
from core.images import SafeImageField
from core.lists import FilterForm
from directory import services
from directory.enums import ConsentPurpose, OrganisationKind
from directory.models import Membership, Organisation, Profile


def _label(model, name):
    field = model._meta.get_field(name)
    return {"label": capfirst(field.verbose_name), "help_text": field.help_text}


class ProfileForm(forms.Form):
    """What a user may change about their own profile; the view fills it from the profile."""

    display_name = forms.CharField(max_length=120, **_label(Profile, "display_name"))
    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.order_by("name"), required=False, **_label(Profile, "organisation")
    )
    bio = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 5}), max_length=1000, required=False, **_label(Profile, "bio")
    )
    avatar = SafeImageField(required=False, **_label(Profile, "avatar"))
    # Not required: a form posted without it (an older page, a script) keeps the language already chosen.
    language = forms.ChoiceField(choices=settings.LANGUAGES, required=False, **_label(Profile, "language"))


class SignupForm(AllauthSignupForm):
    """allauth's sign-up, with the name other people will see next to what the new user posts, and the consent to
    the terms, recorded with its time when the account is made."""

    display_name = forms.CharField(max_length=120, **_label(Profile, "display_name"))
    terms = forms.BooleanField(
        label=_("I accept the terms of use and the privacy notice."),
        error_messages={"required": _("To create a profile, please accept the terms of use and the privacy notice.")},
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["display_name"].widget.attrs["autocomplete"] = "name"
        # The name first: it is what the page asks about the person; the e-mail and password follow.
        self.order_fields(["display_name", "email"])
        self.fields["terms"].help_text = format_html(
            '<a href="{}">{}</a>', reverse("portal:privacy"), _("Read the privacy notice: what we keep and why")
        )

    def custom_signup(self, request, user):
        super().custom_signup(request, user)
        language = getattr(request, "LANGUAGE_CODE", None) or page_language()
        services.ensure_profile(user=user, language=language, display_name=self.cleaned_data["display_name"])
        services.record_consent(user=user, purpose=ConsentPurpose.SIGNUP_TERMS)


class DeleteAccountForm(forms.Form):
    """The password confirms that the person at the keyboard owns the account."""

    password = forms.CharField(
        label=_("Your password"), strip=False, widget=forms.PasswordInput(attrs={"autocomplete": "current-password"})
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That is not your password."))
        return password


def organisation_filter_context(organisations):
    """The filter form's context: only the countries some organisation is in, so every choice leads somewhere."""
    return {"country_codes": list(organisations.order_by("country").values_list("country", flat=True).distinct())}


class OrganisationFilterForm(FilterForm):
    """The directory's filters."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)
    lookups = {"kind": "kind", "country": "country"}

    def __init__(self, *args, country_codes, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["kind"].choices = everything + list(OrganisationKind.choices)
        names = sorted(((code, countries.name(code)) for code in country_codes), key=lambda pair: pair[1])
        self.fields["country"].choices = everything + names


class MembershipRequestForm(forms.Form):
    """A participant's request to join an organisation, with an optional word to its administrators."""

    message = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3}), max_length=1000, required=False, **_label(Membership, "message")
    )


class MembershipDecisionForm(forms.Form):
    decision = forms.ChoiceField(choices=[("accept", _("Accept")), ("decline", _("Decline"))])
