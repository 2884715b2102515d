"""Who may do what on the public site (the admin has its own permissions)."""

from allauth.account.models import EmailAddress


def user_can_post(user):
    """Posting anything (comments, forum posts, registrations) needs a signed-in user with a verified e-mail."""
    if not user.is_authenticated:
        return False
    return EmailAddress.objects.filter(user=user, verified=True).exists()
