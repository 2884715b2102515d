"""Importing a programme on the desk: upload a file, see what it would do row by row, confirm to save it all.

The rows read from the file wait in the signed-in organiser's session between the preview and the confirmation,
so nothing is uploaded twice; the plan is worked out again when shown and when saved, against the programme as
it is then.
"""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpResponse
from django.shortcuts import redirect, render
from django.utils.translation import gettext, ngettext

from core.i18n import page_language
from core.spreadsheets import csv_writer

from ..imports.files import FORMAT_NAMES, MAX_IMPORT_BYTES
from ..imports.forms import ProgrammeImportForm
from ..imports.plan import MOVED, NEW, UNCHANGED, build_plan
from ..imports.services import ImportBlocked, import_programme
from ..imports.table import COLUMNS, template_rows
from ..models import Event

IMPORT_KEY = "programme_import"


@login_required
def upload(request, slug):
    """The import page: the file to read, the CSV template and what its columns hold."""
    event = Event.objects.get_managed(request.user, slug=slug)
    form = ProgrammeImportForm(request.POST or None, request.FILES or None, event=event)
    if request.method == "POST" and form.is_valid():
        request.session[IMPORT_KEY] = {
            "event": event.pk,
            "format": form.format,
            "filename": form.cleaned_data["file"].name[:200],
            "rows": form.rows,
            "ignored": [str(name)[:60] for name in form.ignored[:20]],
        }
        return redirect("events:desk-import-preview", slug=event.slug)
    context = {"event": event, "form": form, "columns": COLUMNS, "limit": MAX_IMPORT_BYTES}
    return render(request, "events/desk/import.html", context)


@login_required
def preview(request, slug):
    """What the import would do, row by row with its errors and conflicts; confirming saves all of it or nothing."""
    event = Event.objects.get_managed(request.user, slug=slug)
    stored = request.session.get(IMPORT_KEY)
    if not stored or stored.get("event") != event.pk:
        messages.info(request, gettext("Choose a file to import first."))
        return redirect("events:desk-import", slug=event.slug)
    refused = False
    if request.method == "POST":
        try:
            plan = import_programme(event=event, rows=stored["rows"], user=request.user)
        except ImportBlocked as blocked:
            plan, refused = blocked.plan, True
        else:
            del request.session[IMPORT_KEY]
            messages.success(request, _saved_message(plan))
            return redirect("events:desk", slug=event.slug)
    else:
        plan = build_plan(event, stored["rows"], request.user)
    context = {
        "event": event,
        "plan": plan,
        "refused": refused,
        "filename": stored["filename"],
        "format_name": FORMAT_NAMES.get(stored["format"], ""),
        "ignored": stored.get("ignored", []),
        "to_save": plan.count(NEW) + plan.count(MOVED),
        "counts": {"new": plan.count(NEW), "moved": plan.count(MOVED), "unchanged": plan.count(UNCHANGED)},
    }
    return render(request, "events/desk/import_preview.html", context)


def _saved_message(plan):
    added = ngettext(
        "%(count)s session is added to the programme.",
        "%(count)s sessions are added to the programme.",
        plan.count(NEW),
    ) % {"count": plan.count(NEW)}
    if not plan.count(MOVED):
        return added
    moved = ngettext("%(count)s session is moved.", "%(count)s sessions are moved.", plan.count(MOVED))
    return f"{added} {moved % {'count': plan.count(MOVED)}}"


@login_required
def csv_template(request, slug):
    """The CSV template: the header row and one example, UTF-8 with a byte order mark so Excel reads the Cyrillic;
    semicolons for Bulgarian spreadsheets (whose decimal separator is the comma), commas otherwise."""
    Event.objects.get_managed(request.user, slug=slug)
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="programme-template.csv"'
    response.write("\ufeff")
    csv_writer(response, delimiter=";" if page_language() == "bg" else ",").writerows(template_rows())
    return response
