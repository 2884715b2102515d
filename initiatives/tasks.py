"""E-mails about calls, sent by the task worker after the change is committed."""

from django_tasks import task

from core.emails import send_templated_mail
from directory.membership import addressees
from directory.models.profiles import language_of
from initiatives.models import Interest


@task()
def send_interest_email(interest_id):
    """Tell every member of the call's organisation, each in their language, who is interested and how to answer."""
    interest = Interest.objects.select_related("call__organisation", "user__profile").filter(pk=interest_id).first()
    if interest is None:
        return
    for member in addressees(interest.call.organisation):
        send_templated_mail(
            to=[member.email],
            template_prefix="initiatives/email/interest",
            context={"interest": interest, "call": interest.call, "reply_to": interest.user.email},
            language=language_of(member),
        )
