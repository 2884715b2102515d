"""The sessions a participant has put in their programme, kept in the cache (core.personal) until one of their stars
is added or taken out (receivers.py): the programme grid marks its stars from it without a query, and a reader's
programme page can be remembered (core.remembered_pages)."""

from core.personal import PersonalFact
from events.models import StarredSession

starred_sessions = PersonalFact(
    "starred-sessions",
    rows=lambda user: StarredSession.objects.filter(user=user),
    columns=("session_id",),
    answer=lambda rows: frozenset(session_id for (session_id,) in rows),
)
