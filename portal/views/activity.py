"""The anonymous tally of readings and plays, and the moderators' activity page in the admin (core.activity)."""

from django.contrib import admin
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from core.activity import counter_for, record
from core.roles import is_moderator
from core.throttle import seconds_until_allowed
from portal.activity import activity_context

# A reader's browser asks once per page; more than this from one address in a minute is not reading.
COUNTS_PER_MINUTE = 60


@csrf_exempt  # anonymous pages are cached without a token; a count changes nothing anyone reads back
@require_POST
def count(request, kind, pk):
    """Add one to today's tally of a public object: 204, or 404 for an unknown kind or object."""
    counter = counter_for(kind)
    if counter is None:
        raise Http404
    if seconds_until_allowed(request, scope="count", per_minute=COUNTS_PER_MINUTE):
        return HttpResponse(status=429)
    if not record(counter, pk):
        raise Http404
    return HttpResponse(status=204)


def activity_page(request):
    """Weekly charts with tables beside them, and the most-read practices and most-played films: moderators only."""
    if not is_moderator(request.user):
        raise PermissionDenied
    context = {**admin.site.each_context(request), "title": _("Activity at a glance"), **activity_context()}
    return TemplateResponse(request, "admin/activity.html", context)
