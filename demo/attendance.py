"""Attendance at the Sunny Beach training (seed 003: 1–6 September 2018, hotel Perla) and its certificates.

Who came on which day, the hours and the signatory are illustrative: the seed gives the dates, the place and the
programme, not the participants. The demo participants of the forum register and are ticked present; those who
attended at least five of the six days get a certificate.

Safe to run again: nothing is made when the training already has certificate settings.
"""

from django.contrib.auth import get_user_model
from django.db.models import Max

from attendance.models import CertificateSettings, CheckIn
from attendance.services import issue_certificates
from events.enums import RegistrationStatus
from events.models import Event, Registration

APP_LABEL = "attendance"
LOADS_AFTER = ("forum",)  # the participants are the forum demo's

TRAINING = "perla-training-italian-social-innovations"
# username: days present (of the six)
ATTENDED = {"elena": 6, "georgi": 6, "fiona": 5, "ivana": 3}


def load(*, stdout):
    event = Event.objects.filter(slug=TRAINING).first()
    if event is None or CertificateSettings.objects.filter(event=event).exists():
        stdout.write("Attendance: the training's attendance is already there.")
        return
    funding = event.project.funding_programme if event.project else ""
    CertificateSettings.objects.create(
        event=event,
        minimum_days=5,
        hours=40,
        funding=funding,
        signatory="Координатор на проекта",
        signatory_role="Партньор от регион Кампания (условно)",
    )
    days = list(event.days.order_by("date"))
    position = event.registrations.aggregate(last=Max("position"))["last"] or 0
    users = get_user_model().objects.filter(username__in=ATTENDED)
    for user in users:
        registration = Registration.objects.filter(event=event, user=user).first()
        if registration is None:
            position += 1
            registration = Registration.objects.create(
                event=event, user=user, status=RegistrationStatus.CONFIRMED, position=position
            )
        for day in days[: ATTENDED[user.username]]:
            CheckIn.objects.get_or_create(
                registration=registration, day=day, defaults={"present": True, "ticked_at": event.start}
            )
    issued = issue_certificates(event=event)
    stdout.write(f"Attendance: {len(users)} participants of the Sunny Beach training, {issued} certificates.")
