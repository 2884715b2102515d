"""The Content-Security-Policy header (core.middleware.ContentSecurityPolicyMiddleware): built once per worker from
the settings, yet the same policy django-csp would send, following the settings when they change, and leaving a
view's own policy to django-csp."""

import pytest
from csp.constants import NONCE
from csp.decorators import csp_update
from django.http import HttpResponse
from django.test import RequestFactory, override_settings

from core.middleware import ContentSecurityPolicyMiddleware

pytestmark = pytest.mark.django_db


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split("; ")}


def test_a_page_sends_the_policy_of_the_settings_signed_in_or_not(client, participant):
    anonymous = client.get("/bg/").headers["Content-Security-Policy"]
    client.force_login(participant)
    signed_in = client.get("/en/").headers["Content-Security-Policy"]

    assert directives(anonymous) == directives(signed_in)
    assert directives(anonymous)["frame-ancestors"] == ["'none'"]
    assert directives(anonymous)["frame-src"] == ["https://www.youtube-nocookie.com", "https://player.vimeo.com"]
    assert "Content-Security-Policy-Report-Only" not in client.get("/en/").headers


def test_a_changed_setting_changes_the_header(client):
    client.get("/bg/about/")  # the policy is built

    policy = {"DIRECTIVES": {"default-src": ["'self'"], "img-src": ["'self'", "https://media.example.org"]}}
    with override_settings(CONTENT_SECURITY_POLICY=policy, CONTENT_SECURITY_POLICY_REPORT_ONLY=policy):
        response = client.get("/en/about/")

    assert directives(response.headers["Content-Security-Policy"])["img-src"] == ["'self'", "https://media.example.org"]
    assert "media.example.org" in response.headers["Content-Security-Policy-Report-Only"]
    assert "media.example.org" not in client.get("/bg/about/").headers["Content-Security-Policy"]


def test_a_views_own_policy_reaches_the_header():
    @csp_update({"connect-src": ["https://tiles.example.org"]})
    def view(request):
        return HttpResponse("<p>map</p>")

    response = ContentSecurityPolicyMiddleware(view)(RequestFactory().get("/"))

    assert directives(response.headers["Content-Security-Policy"])["connect-src"] == [
        "'self'",
        "https://tiles.example.org",
    ]


def test_a_nonce_a_page_asked_for_reaches_the_header():
    def view(request):
        return HttpResponse(f"<script nonce='{request.csp_nonce}'></script>")

    policy = {"DIRECTIVES": {"default-src": ["'self'"], "script-src": ["'self'", NONCE]}}
    with override_settings(CONTENT_SECURITY_POLICY=policy):
        response = ContentSecurityPolicyMiddleware(view)(RequestFactory().get("/"))

    nonce = response.content.decode().split("'")[1]
    assert directives(response.headers["Content-Security-Policy"])["script-src"] == ["'self'", f"'nonce-{nonce}'"]
