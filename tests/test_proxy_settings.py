"""Behind nginx (BEHIND_PROXY=1): HTTPS as the proxy saw it, and rate limits per client rather than per proxy."""

import pytest

from tests.process_settings import settings_in_a_fresh_process

pytestmark = pytest.mark.django_db

SETTINGS = ("SECURE_PROXY_SSL_HEADER", "ALLAUTH_TRUSTED_PROXY_COUNT")


def test_behind_proxy_trusts_the_forwarded_scheme_and_one_forwarded_address():
    assert settings_in_a_fresh_process({}, *SETTINGS) == {
        "SECURE_PROXY_SSL_HEADER": None,
        "ALLAUTH_TRUSTED_PROXY_COUNT": 0,
    }
    assert settings_in_a_fresh_process({"BEHIND_PROXY": "1"}, *SETTINGS) == {
        "SECURE_PROXY_SSL_HEADER": ["HTTP_X_FORWARDED_PROTO", "https"],
        "ALLAUTH_TRUSTED_PROXY_COUNT": 1,
    }
    assert (
        settings_in_a_fresh_process({"BEHIND_PROXY": "1", "TRUSTED_PROXY_COUNT": "2"}, *SETTINGS)[
            "ALLAUTH_TRUSTED_PROXY_COUNT"
        ]
        == 2
    )


TOO_MANY = "Too many failed login attempts. Try again later."
NOT_CORRECT = "The email address and/or password you specified are not correct."


def failed_sign_in(client, *, address, email):
    response = client.post(
        "/en/accounts/login/",
        {"login": email, "password": "not the password"},
        HTTP_X_FORWARDED_FOR=address,
        REMOTE_ADDR="127.0.0.1",  # every request arrives from nginx
    )
    html = response.content.decode()
    return TOO_MANY if TOO_MANY in html else NOT_CORRECT if NOT_CORRECT in html else html


def test_sign_in_limit_behind_the_proxy_stops_one_client_not_everyone(client, settings):
    settings.ALLAUTH_TRUSTED_PROXY_COUNT = 1
    # A different address each time, so only allauth's limit per client address applies (10 failures a minute).
    emails = [f"person{number}@example.org" for number in range(12)]

    from_one_client = [failed_sign_in(client, address="203.0.113.7", email=email) for email in emails[:11]]
    from_another = failed_sign_in(client, address="198.51.100.20", email=emails[11])

    assert from_one_client == [NOT_CORRECT] * 10 + [TOO_MANY]
    assert from_another == NOT_CORRECT
