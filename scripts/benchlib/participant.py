"""The signed-in reader of `make bench`: a verified participant with a profile, who has starred sessions of the
benchmark programme and commented on films, practices and the long forum thread, and a fresh session for them.

Run in the dataset's child process after the apps' facts are read (benchlib/data.py); the session cookie it returns
is sent by every "signed in" scenario (benchlib/scenarios.py). The session is signed with the SECRET_KEY the server
runs with (benchlib/server.py keeps one per run), so gunicorn accepts it.
"""

USERNAME = "bench-participant"
EMAIL = "bench-participant@example.org"
STARS = 10
COMMENTS = 3


def ensure_participant(facts):
    """Create the participant once (with stars and comments); return {"cookie": "sessionid=…; csrftoken=…"} for a new
    session. The CSRF cookie is what a browser holds after its first page: without it every request would mint a new
    CSRF secret and set the cookie again, which no real participant's visit does."""
    from allauth.account.models import EmailAddress
    from django.contrib.auth import BACKEND_SESSION_KEY, HASH_SESSION_KEY, SESSION_KEY, get_user_model
    from django.contrib.sessions.backends.db import SessionStore
    from django.test.utils import override_settings
    from django.utils.crypto import get_random_string

    from core import roles
    from directory.models import Profile

    user_model = get_user_model()
    user, created = user_model.objects.get_or_create(username=USERNAME, defaults={"email": EMAIL})
    if created:
        EmailAddress.objects.create(user=user, email=EMAIL, verified=True, primary=True)
        Profile.objects.update_or_create(user=user, defaults={"display_name": "Участник в измерването"})
        roles.assign_role(user=user, role=roles.PARTICIPANT)
        with override_settings(FORUM_POSTS_PER_MINUTE=100):  # seven comments in a row, above a person's limit
            _star_and_comment(user, facts)
    session = SessionStore()
    session[SESSION_KEY] = str(user.pk)
    session[BACKEND_SESSION_KEY] = "directory.auth_backends.AccountBackend"
    session[HASH_SESSION_KEY] = user.get_session_auth_hash()
    session.create()
    return {"cookie": f"sessionid={session.session_key}; csrftoken={get_random_string(32)}", "user_id": user.pk}


def _star_and_comment(user, facts):
    from events import services as event_services
    from events.models import Session
    from films.models import Film
    from forum import services as forum_services
    from forum.models import Discussion
    from practices.models import Practice

    programme = facts.get("events", {}).get("programme_slug")
    for session in Session.objects.filter(event__slug=programme).order_by("start")[:STARS]:
        event_services.toggle_star(user=user, session=session)
    films = Film.objects.filter(slug__in=facts.get("films", {}).get("film_slugs", [])[:COMMENTS])
    practices = Practice.objects.filter(slug__in=facts.get("practices", {}).get("practice_slugs", [])[:COMMENTS])
    for target in [*films, *practices]:
        forum_services.create_comment(target=target, author=user, body="Полезно, благодаря за споделеното.")
    thread = Discussion.objects.filter(pk=facts.get("forum", {}).get("thread_id")).first()
    if thread is not None:
        forum_services.create_post(discussion=thread, author=user, body="Присъединявам се към въпроса.")
