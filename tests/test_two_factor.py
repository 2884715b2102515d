"""Two-factor sign-in (allauth.mfa): offered to everyone, required of moderators and organisers before the admin."""

import re

import pytest
from allauth.mfa.models import Authenticator
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from core import roles
from tests.factories.portal import VerifiedUserFactory, totp_code

pytestmark = pytest.mark.django_db

PASSWORD = "correct-horse-battery"


def member(role, **kwargs):
    return roles.assign_role(user=VerifiedUserFactory(**kwargs), role=role)


def sign_in(client, user, language="en"):
    return client.post(f"/{language}/accounts/login/", {"login": user.email, "password": PASSWORD})


def activate_totp(client, language="en"):
    """Confirm the password as allauth asks, open the set-up page, read the secret it shows, answer with the app's
    code; return the secret."""
    client.post(f"/{language}/accounts/reauthenticate/", {"password": PASSWORD})
    page = client.get(f"/{language}/accounts/2fa/totp/activate/")
    secret = page.context["form"].secret
    response = client.post(f"/{language}/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    return secret


def english(client):
    client.cookies["django_language"] = "en"
    return client


@pytest.mark.parametrize("role", [roles.MODERATOR, roles.ORGANISER])
def test_staff_role_without_two_factor_is_sent_from_the_admin_to_set_it_up(client, role):
    user = member(role)
    sign_in(english(client), user)

    response = client.get("/admin/")

    with translation.override("en"):
        assert response.status_code == 302
        assert response["Location"] == reverse("mfa_activate_totp")
    client.post("/en/accounts/reauthenticate/", {"password": PASSWORD})
    page = client.get(response["Location"])
    html = page.content.decode()
    assert "Set up two-factor sign-in with an authenticator app to work in the administration." in html
    assert 'class="site-header"' in html
    assert re.search(r'<img class="totp-qr" src="data:image/svg\+xml;base64,[A-Za-z0-9+/=]+"', html)
    assert page.context["form"].secret in html


def test_moderator_reaches_the_admin_after_activating_totp_and_signing_in_with_the_code(client):
    user = member(roles.MODERATOR)
    sign_in(english(client), user)
    secret = activate_totp(client)
    client.post("/en/accounts/logout/")

    first_step = sign_in(client, user)
    assert first_step["Location"] == "/en/accounts/2fa/authenticate/"
    assert client.get("/admin/", follow=True).redirect_chain[-1][0] == "/en/accounts/2fa/authenticate/"
    client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    response = client.get("/admin/")

    assert response.status_code == 200
    assert "Site administration" in response.content.decode()


def test_admin_sign_in_page_sends_to_the_site_sign_in_which_asks_for_the_code(client):
    response = english(client).get("/admin/login/?next=/admin/news/")

    assert response.status_code == 302
    assert response["Location"] == "/en/accounts/login/?next=%2Fadmin%2Fnews%2F"
    assert (
        "Site administration" not in client.post("/admin/login/", {"username": "x", "password": "y"}).content.decode()
    )


def test_participant_is_not_asked_for_two_factor_and_never_reaches_the_admin(client):
    user = member(roles.PARTICIPANT)
    sign_in(english(client), user)

    response = client.get("/admin/", follow=True)

    assert response.status_code == 403
    assert not Authenticator.objects.filter(user=user).exists()


@pytest.mark.parametrize("language", ["bg", "en"])
def test_profile_page_offers_two_factor_sign_in(client, language):
    client.force_login(member(roles.PARTICIPANT))

    html = client.get(f"/{language}/profile/").content.decode()

    with translation.override(language):
        assert f'<a href="/{language}/accounts/2fa/">{gettext("Two-factor sign-in")}</a>' in html


def test_participant_who_activates_totp_must_give_a_code_at_sign_in(client):
    user = member(roles.PARTICIPANT)
    sign_in(english(client), user)
    secret = activate_totp(client)
    client.post("/en/accounts/logout/")

    sign_in(client, user)
    assert client.get("/en/profile/")["Location"].startswith("/en/accounts/login/")
    wrong = client.post(
        "/en/accounts/2fa/authenticate/", {"code": "000000" if totp_code(secret) != "000000" else "111111"}
    )
    assert wrong.status_code == 200
    assert "Incorrect code." in wrong.content.decode()
    client.post("/en/accounts/2fa/authenticate/", {"code": totp_code(secret)})

    assert client.get("/en/profile/").status_code == 200
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).count() == 1


def test_a_recovery_code_signs_in_once(client):
    user = member(roles.PARTICIPANT)
    sign_in(english(client), user)
    activate_totp(client)
    code = Authenticator.objects.get(user=user, type=Authenticator.Type.RECOVERY_CODES).wrap().get_unused_codes()[0]
    client.post("/en/accounts/logout/")

    sign_in(client, user)
    client.post("/en/accounts/2fa/authenticate/", {"code": code})
    assert client.get("/en/profile/").status_code == 200
    client.post("/en/accounts/logout/")
    sign_in(client, user)
    again = client.post("/en/accounts/2fa/authenticate/", {"code": code})

    assert "Incorrect code." in again.content.decode()
    assert client.get("/en/profile/")["Location"].startswith("/en/accounts/login/")
