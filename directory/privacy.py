"""What the directory holds about a person, for their data export (see core.privacy)."""

from allauth.account.models import EmailAddress
from allauth.mfa.models import Authenticator

from core.absolute import absolute_url
from directory.models import Consent, Profile


def export_account(user):
    """The account: sign-in name, e-mail addresses, consents and which second factors are set up (never secrets)."""
    return {
        "username": user.get_username(),
        "email": user.email,
        "first_name": user.first_name,
        "last_name": user.last_name,
        "date_joined": user.date_joined,
        "last_login": user.last_login,
        "email_addresses": [
            {"email": address.email, "verified": address.verified, "primary": address.primary}
            for address in EmailAddress.objects.filter(user=user).order_by("pk")
        ],
        "consents": [
            {"purpose": consent.purpose, "given_at": consent.given_at}
            for consent in Consent.objects.filter(user=user).order_by("given_at", "pk")
        ],
        "two_factor": [
            {
                "type": authenticator.type,
                "created_at": authenticator.created_at,
                "last_used_at": authenticator.last_used_at,
            }
            for authenticator in Authenticator.objects.filter(user=user).order_by("pk")
        ],
    }


def export_profile(user):
    """The public profile, with the language of e-mails."""
    profile = Profile.objects.filter(user=user).select_related("organisation").first()
    if profile is None:
        return {}
    return {
        "display_name": profile.display_name,
        "organisation": str(profile.organisation) if profile.organisation else None,
        "bio": profile.bio,
        "avatar": absolute_url(profile.avatar) if profile.avatar else None,
        "language": profile.language,
        "created_at": profile.created_at,
        "url": absolute_url(profile),
    }
