from core.models import PublishableModel, PublishableQuerySet, TimeStampedModel

from .news import Post
from .organisations import Organisation
from .profiles import Profile
from .projects import Project
from .site import SiteSettings
from .taxonomy import TargetGroup, Theme

__all__ = [
    "Organisation",
    "Post",
    "Profile",
    "Project",
    "PublishableModel",
    "PublishableQuerySet",
    "SiteSettings",
    "TargetGroup",
    "Theme",
    "TimeStampedModel",
]
