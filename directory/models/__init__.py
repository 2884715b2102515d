from .organisations import Organisation
from .profiles import Profile
from .projects import Project
from .taxonomy import TargetGroup, Theme

__all__ = ["Organisation", "Profile", "Project", "TargetGroup", "Theme"]
