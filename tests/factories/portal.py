import time
from datetime import timedelta
from decimal import Decimal

import factory
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.utils import timezone

from core.enums import PublicationStatus
from directory.enums import MembershipStatus, OrganisationKind
from directory.models import Membership, Organisation, Profile, Project, TargetGroup, Theme
from news.models import NewsPost


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.org")
    password = factory.django.Password("correct-horse-battery")


class OrganisationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Organisation

    name_bg = factory.Sequence(lambda n: f"Сдружение {n}")
    name_en = factory.Sequence(lambda n: f"Association {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    kind = OrganisationKind.NGO
    country = "BG"
    city_bg = "София"
    city_en = "Sofia"


class ProjectFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Project

    code = factory.Sequence(lambda n: f"BG051PO001-7.0.01-{n:04d}-C0001")
    slug = factory.Sequence(lambda n: f"project-{n}")
    title_bg = factory.Sequence(lambda n: f"Проект {n}")
    title_en = factory.Sequence(lambda n: f"Project {n}")
    funding_programme_bg = "Оперативна програма „Развитие на човешките ресурси“ 2007–2013"
    funding_programme_en = "Human Resources Development Operational Programme 2007–2013"
    total_budget = Decimal("198983.98")
    eu_contribution = Decimal("169136.38")
    national_cofinancing = Decimal("29847.60")
    lead_organisation = factory.SubFactory(OrganisationFactory)


class ThemeFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Theme

    name_bg = factory.Sequence(lambda n: f"Тема {n}")
    name_en = factory.Sequence(lambda n: f"Theme {n}")
    slug = factory.Sequence(lambda n: f"theme-{n}")


class TargetGroupFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = TargetGroup

    name_bg = factory.Sequence(lambda n: f"Целева група {n}")
    name_en = factory.Sequence(lambda n: f"Target group {n}")
    slug = factory.Sequence(lambda n: f"target-group-{n}")


class VerifiedUserFactory(UserFactory):
    """A user whose e-mail address allauth has verified, so they may post."""

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def verified_email(user, create, extracted, **kwargs):
        if create:
            EmailAddress.objects.create(user=user, email=user.email, verified=True, primary=True)


def with_two_factor(user):
    """Give `user` an authenticator app (TOTP), as moderators and organisers must have before the admin.

    The secret is kept on the object (`user.totp_secret`), for tests that sign in with a code.
    """
    from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret

    user.totp_secret = generate_totp_secret()
    TOTP.activate(user, user.totp_secret)
    return user


# A code read in the last seconds of its period may reach the server in the next one, which refuses it (no tolerance
# is configured): a browser test signing in to the admin failed that way once in CI.
TOTP_MARGIN_SECONDS = 5


def totp_code(secret):
    """The code an authenticator app shows now for `secret`, read early enough in its period to still be accepted."""
    from allauth.mfa import app_settings
    from allauth.mfa.totp.internal.auth import format_hotp_value, hotp_value, yield_hotp_counters_from_time

    left = app_settings.TOTP_PERIOD - time.time() % app_settings.TOTP_PERIOD
    if left < TOTP_MARGIN_SECONDS:
        time.sleep(left + 0.1)
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


class ProfileFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Profile

    user = factory.SubFactory(UserFactory)
    display_name = factory.Sequence(lambda n: f"Участник {n}")


class PostFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = NewsPost

    title_bg = factory.Sequence(lambda n: f"Новина {n}")
    title_en = factory.Sequence(lambda n: f"News item {n}")
    slug = factory.Sequence(lambda n: f"news-{n}")
    summary_bg = "Кратко резюме."
    summary_en = "A short summary."
    body_bg = "Текст на **новината**."
    body_en = "The **news** text."
    status = PublicationStatus.PUBLISHED
    published_at = factory.LazyFunction(lambda: timezone.now() - timedelta(hours=1))


class MembershipFactory(factory.django.DjangoModelFactory):
    """An accepted member of an organisation, with a profile (pass role=MembershipRole.ADMIN for an administrator)."""

    class Meta:
        model = Membership
        skip_postgeneration_save = True

    user = factory.SubFactory(VerifiedUserFactory)
    organisation = factory.SubFactory(OrganisationFactory)
    status = MembershipStatus.ACCEPTED

    @factory.post_generation
    def profile(membership, create, extracted, **kwargs):
        if create and not Profile.objects.filter(user=membership.user).exists():
            ProfileFactory(user=membership.user)
