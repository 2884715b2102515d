from .consents import Consent
from .memberships import Membership
from .organisations import Organisation
from .profiles import Profile
from .projects import Project
from .taxonomy import TargetGroup, Theme

__all__ = ["Consent", "Membership", "Organisation", "Profile", "Project", "TargetGroup", "Theme"]
