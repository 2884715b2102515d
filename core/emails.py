"""One way to send an e-mail: in the reader's language, with a plain-text and an HTML part and the site's name.

    send_templated_mail(to=[user.email], template_prefix="events/email/registered", context={...}, language="en")

renders `<prefix>_subject.txt`, `<prefix>.txt` and `<prefix>.html` (the HTML part falls back to the text part
laid out by `email/base.html` when an e-mail has no HTML template of its own). Every template sees `site_name`
and `site_url`.
"""

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import TemplateDoesNotExist
from django.template.loader import render_to_string
from django.utils import translation

from core.absolute import absolute_url
from core.sites import site_name


def email_context(context=None):
    """What every e-mail template may use, in the active language."""
    return {"site_name": site_name(), "site_url": absolute_url("/"), **(context or {})}


def html_part(*, text, template_name=None, context=None):
    """The HTML part: the e-mail's own HTML template, or its text laid out by the shared e-mail layout."""
    if template_name:
        try:
            return render_to_string(template_name, context)
        except TemplateDoesNotExist:
            pass
    return render_to_string("email/base.html", {**email_context(context), "text": text})


def build_mail(*, to, subject, text, html, attachments=(), headers=None, from_email=None):
    """A message with the text part and the HTML alternative; `attachments` are (filename, content, mimetype)."""
    message = EmailMultiAlternatives(
        subject=" ".join(subject.split()),
        body=text,
        from_email=from_email or settings.DEFAULT_FROM_EMAIL,
        to=list(to),
        headers=headers or {},
    )
    message.attach_alternative(html, "text/html")
    for attachment in attachments:
        message.attach(*attachment)
    return message


def render_templated_mail(*, to, template_prefix, context, language, attachments=(), headers=None):
    """The message, rendered with `language` active; see the module docstring for the templates it reads."""
    with translation.override(language):
        context = email_context(context)
        subject = render_to_string(f"{template_prefix}_subject.txt", context)
        text = render_to_string(f"{template_prefix}.txt", context).strip() + "\n"
        html = html_part(text=text, template_name=f"{template_prefix}.html", context=context)
    return build_mail(to=to, subject=subject, text=text, html=html, attachments=attachments, headers=headers)


def send_templated_mail(*, to, template_prefix, context, language, attachments=(), headers=None):
    """Render and send one e-mail; returns the message sent."""
    message = render_templated_mail(
        to=to,
        template_prefix=template_prefix,
        context=context,
        language=language,
        attachments=attachments,
        headers=headers,
    )
    message.send()
    return message
