from decimal import Decimal

import factory
from django.contrib.auth import get_user_model

from portal.enums import OrganisationKind
from portal.models import Organisation, Project, TargetGroup, Theme


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
