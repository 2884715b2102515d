from django.db import models
from django.utils.translation import gettext_lazy as _


class OrganisationKind(models.TextChoices):
    NGO = "ngo", _("NGO")
    SERVICE_PROVIDER = "service_provider", _("Social-service provider")
    MUNICIPALITY = "municipality", _("Municipality")
    PUBLIC_INSTITUTION = "public_institution", _("Public institution")
    ICT_COMPANY = "ict_company", _("ICT company")
    SOCIAL_ENTERPRISE = "social_enterprise", _("Social enterprise")
    RESEARCH_INSTITUTE = "research_institute", _("Research institute")
    FUNDER = "funder", _("Funder")


class ConsentPurpose(models.TextChoices):
    SIGNUP_TERMS = "signup_terms", _("terms of use and privacy notice, accepted at sign-up")


class MembershipRole(models.TextChoices):
    MEMBER = "member", _("member")
    ADMIN = "admin", _("administrator")


class MembershipStatus(models.TextChoices):
    REQUESTED = "requested", _("requested")
    ACCEPTED = "accepted", _("accepted")
    DECLINED = "declined", _("declined")
