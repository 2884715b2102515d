"""The shared fragment of a film's page (see core.fragments; receivers.py says what retires it).

Film pages are cached whole for anonymous visitors in the practices' page cache (practices.caching).
"""

from core.fragments import Fragment

# The film's page as everyone sees it: player, facts, description, track files and the transcript in the page's
# language; the follow button and the starting moment are each request's own.
film_body = Fragment("film-body")
