"""Writes of the enquiry desk: asking, confirming the address, assigning, answering, publishing, forgetting.

Each step tells the enquirer by e-mail in the language they asked in, after the commit.
"""

from datetime import timedelta
from functools import partial

from django.db import transaction
from django.urls import reverse
from django.utils import timezone, translation

from core import roles
from core.absolute import absolute_url
from core.emails import send_templated_mail
from directory.membership import addressees
from directory.models.profiles import language_of
from enquiries import rules
from enquiries.enums import EnquiryStatus
from enquiries.models import Enquiry, PublicAnswer

# An enquiry whose address is not confirmed within this long is forgotten.
UNCONFIRMED_DAYS = 3


def link(name, language, **kwargs):
    with translation.override(language):
        return absolute_url(reverse(f"enquiries:{name}", kwargs=kwargs))


def tell_enquirer(enquiry, step):
    """E-mail the enquirer about `step` ("confirm", "received", "assigned", "answered") in their language."""
    if not enquiry.email:
        return
    address = "confirm" if step == "confirm" else "follow"
    send_templated_mail(
        to=[enquiry.email],
        template_prefix=f"enquiries/email/{step}",
        context={
            "enquiry": enquiry,
            "link": link(address, enquiry.language, token=enquiry.token),
            "days": UNCONFIRMED_DAYS,
        },
        language=enquiry.language,
    )


def tell_users(users, enquiry, step):
    """E-mail each of `users` (moderators, an organisation's members) about `step`, each in their own language."""
    for user in users:
        language = language_of(user)
        send_templated_mail(
            to=[user.email],
            template_prefix=f"enquiries/email/{step}",
            context={"enquiry": enquiry, "link": link("desk-detail", language, pk=enquiry.pk)},
            language=language,
        )


def after_commit(function, *args):
    transaction.on_commit(partial(function, *args))


def ask(*, question, email, language, name="", oblast="", municipality="", user=None):
    """Record a question; it waits for its address to be confirmed, unless a signed-in user asks from their own
    verified address."""
    enquiry = Enquiry.objects.create(
        question=question,
        name=name,
        email=email,
        language=language,
        oblast=oblast,
        municipality=municipality,
        user=user if user is not None and user.is_authenticated else None,
    )
    if enquiry.user is not None and roles.user_can_post(user) and user.email.casefold() == email.casefold():
        return confirm(enquiry=enquiry)
    after_commit(tell_enquirer, enquiry, "confirm")
    return enquiry


@transaction.atomic
def confirm(*, enquiry):
    """The address is confirmed: the enquiry reaches the moderators. Confirming again changes nothing."""
    enquiry = Enquiry.objects.select_for_update().get(pk=enquiry.pk)
    if enquiry.status != EnquiryStatus.UNVERIFIED:
        return enquiry
    enquiry.status, enquiry.confirmed_at = EnquiryStatus.RECEIVED, timezone.now()
    enquiry.save(update_fields=["status", "confirmed_at", "updated_at"])
    after_commit(tell_enquirer, enquiry, "received")
    after_commit(tell_users, list(rules.moderators()), enquiry, "new_enquiry")
    return enquiry


@transaction.atomic
def assign(*, enquiry, organisation):
    """Hand the enquiry to `organisation`, whose members are told; the enquirer hears who will answer."""
    if enquiry.status == EnquiryStatus.UNVERIFIED:
        raise ValueError("An enquiry is assigned once its address is confirmed.")
    enquiry.organisation, enquiry.assigned_at = organisation, timezone.now()
    if enquiry.status == EnquiryStatus.RECEIVED:
        enquiry.status = EnquiryStatus.ASSIGNED
    enquiry.save(update_fields=["organisation", "assigned_at", "status", "updated_at"])
    after_commit(tell_enquirer, enquiry, "assigned")
    after_commit(tell_users, addressees(organisation), enquiry, "assigned_to_you")
    return enquiry


@transaction.atomic
def answer(*, enquiry, author, text):
    """Record the organisation's answer and send it to the enquirer."""
    enquiry.answer, enquiry.answered_by, enquiry.answered_at = text, author, timezone.now()
    enquiry.status = EnquiryStatus.ANSWERED
    enquiry.save(update_fields=["answer", "answered_by", "answered_at", "status", "updated_at"])
    after_commit(tell_enquirer, enquiry, "answered")
    return enquiry


def draft_public_answer(*, enquiry):
    """The public version's draft, from the question and answer in the enquiry's language, unpublished: a
    moderator takes out what identifies the enquirer before publishing it. An existing draft is returned as it is."""
    found = PublicAnswer.objects.filter(enquiry=enquiry).first()
    if found is not None:
        return found
    language = enquiry.language
    title = " ".join(enquiry.question.split())[:120]
    return PublicAnswer.objects.create(
        enquiry=enquiry,
        oblast=enquiry.oblast,
        **{f"title_{language}": title, f"question_{language}": enquiry.question, f"answer_{language}": enquiry.answer},
    )


def publish(*, public_answer):
    public_answer.is_published = True
    public_answer.published_at = public_answer.published_at or timezone.now()
    public_answer.full_clean()
    public_answer.save()
    return public_answer


def forget_unconfirmed(*, now=None):
    """Delete the enquiries whose address was not confirmed in time; return how many."""
    cutoff = (now or timezone.now()) - timedelta(days=UNCONFIRMED_DAYS)
    deleted, _by_model = Enquiry.objects.filter(status=EnquiryStatus.UNVERIFIED, created_at__lt=cutoff).delete()
    return deleted
