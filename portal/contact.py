"""The contact form: a message from anyone to the moderators, by e-mail, with the forum's honeypot against robots."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core import roles
from core.emails import send_templated_mail
from forum.forms import HoneypotMixin


class ContactForm(HoneypotMixin):
    name = forms.CharField(label=_("Your name"), max_length=200)
    email = forms.EmailField(label=_("Your e-mail address"), help_text=_("So that we can answer you."))
    message = forms.CharField(label=_("Message"), max_length=5000, widget=forms.Textarea(attrs={"rows": 8}))

    field_order = ["name", "email", "message", "website"]


def send_to_moderators(*, name, email, message):
    """E-mail the message to every active moderator, with the sender as the address to reply to."""
    recipients = list(
        get_user_model()
        .objects.filter(groups__name=roles.MODERATOR, is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    for address in recipients:  # one message each, so no moderator's address is shown to the others
        send_templated_mail(
            to=[address],
            template_prefix="portal/email/contact",
            context={"name": name, "email": email, "message": message},
            language=get_language(),
            headers={"Reply-To": email},
        )
    return len(recipients)
