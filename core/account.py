"""Sections an app adds to the signed-in user's own profile page (`directory:profile-edit`).

An app adds an `AccountSection` from its `AppConfig.ready()`; `context(user)` returns what the section's
template needs (a dict, in a bounded number of queries), and the profile page includes each template under its
heading, in registry order (readiness assessments 40, follows 50, newsletter 60)::

    ACCOUNT_SECTIONS.add(
        AccountSection(
            heading=_("Readiness assessments"),
            template_name="readiness/includes/account_section.html",
            context=lambda user: {"assessments": Assessment.objects.of(user)},
        ),
        app=self.label,
        name="assessments",
        order=40,
    )
"""

from dataclasses import dataclass
from typing import Any

from core.registry import Registry

ACCOUNT_SECTIONS = Registry("sections of the signed-in user's own profile page")


@dataclass(frozen=True)
class AccountSection:
    heading: Any
    template_name: str
    context: Any  # user -> dict


def account_sections(user):
    """The sections for `user`'s own profile page, each a dict with heading, template_name and its context."""
    return [
        {"heading": section.heading, "template_name": section.template_name, **section.context(user)}
        for section in ACCOUNT_SECTIONS
    ]
