"""Writing answers: a response waits for its e-mail link, and confirming it replaces that address's earlier one."""

from django.core import signing
from django.db import transaction
from django.urls import reverse
from django.utils import timezone
from django.utils.crypto import salted_hmac

from core.absolute import absolute_url
from core.emails import send_templated_mail
from needs.models import Response

CONFIRM_SALT = "needs.confirm"
CONFIRM_DAYS = 3


def address_key(survey, email):
    """A keyed hash of the address for this survey: the same address gives the same key, and nothing gives it back."""
    return salted_hmac("needs.address", f"{survey.pk}:{email.strip().lower()}", algorithm="sha256").hexdigest()


@transaction.atomic
def submit(*, survey, email, municipality, target_group, options, language):
    """Keep the answers unconfirmed and send the address a link that confirms them; the address itself is not kept."""
    response = Response.objects.create(
        survey=survey,
        address_key=address_key(survey, email),
        municipality=municipality,
        target_group=target_group,
    )
    response.options.set(options)
    token = signing.dumps(response.pk, salt=CONFIRM_SALT)
    link = absolute_url(reverse("needs:confirm", kwargs={"slug": survey.slug, "token": token}))
    transaction.on_commit(
        lambda: send_templated_mail(
            to=[email],
            template_prefix="needs/email/confirm",
            context={"survey": survey, "link": link, "days": CONFIRM_DAYS},
            language=language,
        )
    )
    return response


def response_for_token(token):
    """The response a confirmation link names, or None when the link is forged or older than CONFIRM_DAYS."""
    try:
        pk = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_DAYS * 86400)
    except signing.BadSignature:
        return None
    return Response.objects.select_related("survey").filter(pk=pk).first()


@transaction.atomic
def confirm(response):
    """Count the response; an earlier confirmed response from the same address to the same survey gives way."""
    if response.confirmed_at:
        return False
    Response.objects.filter(
        survey=response.survey_id, address_key=response.address_key, confirmed_at__isnull=False
    ).delete()
    response.confirmed_at = timezone.now()
    response.save(update_fields=["confirmed_at"])
    return True
