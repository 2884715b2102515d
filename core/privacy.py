"""Privacy rights: what each app holds about a person, for their data export and for erasing their account.

Every app that keeps data about a user contributes from its own `AppConfig.ready()`:

- to `DATA_EXPORTS`, a function `export(user) -> dict`: that app's section of the JSON a participant downloads
  from their profile (plain JSON values; dates as ISO strings);
- to `ACCOUNT_ERASERS`, a function `erase(*, user, former_member)`: run inside the deletion's transaction before
  the user row goes, it erases what the app keeps about `user` and hands what others rely on (posts in a thread)
  to `former_member`, the one placeholder account shown as "former member".

::

    DATA_EXPORTS.add(export, app=self.label, name="forum", order=30)
    ACCOUNT_ERASERS.add(erase, app=self.label, name="forum", order=30)

Sections are written, and erasers run, by `order`: account and profile 10, forum 30, follows 35, events 40.
"""

from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from core.registry import Registry

DATA_EXPORTS = Registry("personal data export sections")
ACCOUNT_ERASERS = Registry("account erasers")

# A username no one can choose: Django's username validator refuses spaces, and allauth generates none.
FORMER_MEMBER_USERNAME = "former member"
FORMER_MEMBER_LABEL = _("former member")


def former_member():
    """The placeholder account that keeps what deleted accounts wrote; inactive, with no e-mail and no password."""
    user, created = get_user_model().objects.get_or_create(
        username=FORMER_MEMBER_USERNAME, defaults={"is_active": False, "email": ""}
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def is_former_member(user):
    return user is not None and user.get_username() == FORMER_MEMBER_USERNAME


def export_personal_data(user):
    """Everything the apps hold about `user`, one section per contribution, in order."""
    data = {}
    for entry in DATA_EXPORTS.entries():
        data[entry.name] = entry.value(user)
    return data


def erase_personal_data(*, user, former_member):
    """Run every app's eraser for `user`, in order (the caller holds the transaction)."""
    for erase in ACCOUNT_ERASERS:
        erase(user=user, former_member=former_member)
