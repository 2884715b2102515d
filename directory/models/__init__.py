from .consents import Consent
from .organisations import Organisation
from .profiles import Profile
from .projects import Project
from .taxonomy import TargetGroup, Theme

__all__ = ["Consent", "Organisation", "Profile", "Project", "TargetGroup", "Theme"]
