"""allauth's e-mails in the reader's language, with the site's name, SITE_URL addresses and an HTML part."""

from types import SimpleNamespace
from urllib.parse import urlencode, urlsplit

from allauth.account.adapter import DefaultAccountAdapter
from allauth.account.utils import get_next_redirect_url
from allauth.core import context as allauth_context
from django.contrib.auth import get_user_model
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language_from_path

from core.absolute import absolute_url
from core.emails import html_part
from core.sites import site_name
from directory.models.profiles import language_of

# The addresses allauth puts in its e-mails' context, built from the request's host; rebuilt from SITE_URL.
LINKS = ("activate_url", "password_reset_url", "signup_url")


def _recipient(email, context):
    user = context.get("user")
    if user is None and email:
        user = get_user_model().objects.filter(email__iexact=email).select_related("profile").first()
    return user


def _site_link(url, language):
    """The same page of this site, in `language`, on SITE_URL's host."""
    parts = urlsplit(url)
    path = parts.path + (f"?{parts.query}" if parts.query else "")
    # A path resolves only with its own language active (the /bg/ or /en/ prefix).
    with translation.override(get_language_from_path(parts.path) or translation.get_language()):
        return absolute_url(translate_url(path, language))


class AccountAdapter(DefaultAccountAdapter):
    def send_mail(self, template_prefix, email, context):
        """Render the e-mail with the recipient's language active (the page's language for someone unknown)."""
        user = _recipient(email, context)
        language = language_of(user) if user is not None else translation.get_language()
        with translation.override(language):
            ctx = {
                "request": allauth_context.request,
                "email": email,
                "current_site": SimpleNamespace(name=site_name(), domain=urlsplit(absolute_url("/")).netloc),
                "site_name": site_name(),
                "site_url": absolute_url("/"),
                **context,
            }
            for key in LINKS:
                if ctx.get(key):
                    ctx[key] = _site_link(ctx[key], language)
            message = self.render_mail(template_prefix, email, ctx)
        message.send()

    def render_mail(self, template_prefix, email, context, headers=None):
        """allauth's text e-mail, with an HTML part laid out from it when allauth has no HTML template."""
        message = super().render_mail(template_prefix, email, context, headers=headers)
        if not getattr(message, "alternatives", None) and message.content_subtype == "plain":
            message.attach_alternative(html_part(text=message.body, context=context), "text/html")
        return message

    def get_email_confirmation_url(self, request, emailconfirmation):
        """The confirmation link, carrying the page the user signed up from (the sign-up's `next`).

        Confirmed in the browser that signed up, allauth signs the user in and resumes to that page itself
        (ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION); confirmed elsewhere, the link's `next` leads to the sign-in page,
        which then returns to that page.
        """
        url = super().get_email_confirmation_url(request, emailconfirmation)
        started_from = get_next_redirect_url(request) if request is not None else None
        if not started_from:
            return url
        sign_in = f"{reverse('account_login')}?{urlencode({'next': started_from})}"
        return f"{url}?{urlencode({'next': sign_in})}"

    def format_email_subject(self, subject):
        return f"[{site_name()}] {subject}"
