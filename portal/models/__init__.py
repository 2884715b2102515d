from .base import PublishableModel, PublishableQuerySet, TimeStampedModel
from .organisations import Organisation
from .projects import Project
from .site import SiteSettings
from .taxonomy import TargetGroup, Theme

__all__ = [
    "Organisation",
    "Project",
    "PublishableModel",
    "PublishableQuerySet",
    "SiteSettings",
    "TargetGroup",
    "Theme",
    "TimeStampedModel",
]
