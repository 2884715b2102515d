"""Who may change a listing on the exchange: its poster and the members of the organisation it was posted for.

Moderators hide listings in the admin (`core.roles`); they do not edit what people wrote on the site's pages.
"""

from directory.membership import is_member


def can_edit_listing(user, listing):
    """Whether `user` posted `listing` or is a member of the organisation it was posted in the name of."""
    if not user.is_authenticated:
        return False
    if listing.author_id == user.pk:
        return True
    return listing.organisation_id is not None and is_member(user, listing.organisation)


def can_take_up(user, match):
    """Either side of a match (its poster or their organisation's members) may mark it as taken up."""
    return can_edit_listing(user, match.offer) or can_edit_listing(user, match.need)
