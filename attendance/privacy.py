"""A participant's check-ins and certificates in their data export; erased with their registrations."""

from attendance.models import Certificate, CheckIn


def export(user):
    return {
        "check_ins": [
            {
                "event": check_in.registration.event.title,
                "day": check_in.day.date.isoformat(),
                "session": check_in.session.title if check_in.session else None,
                "present": check_in.present,
            }
            for check_in in CheckIn.objects.filter(registration__user=user).select_related(
                "registration__event", "day", "session"
            )
        ],
        "certificates": [
            {"code": certificate.code, "event": certificate.registration.event.title, "name": certificate.holder_name}
            for certificate in Certificate.objects.filter(registration__user=user).select_related("registration__event")
        ],
    }
