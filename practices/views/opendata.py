"""The filtered practice list as CSV and JSON, and the codebook describing their columns."""

from django.http import JsonResponse, StreamingHttpResponse
from django.views.generic import TemplateView

from core.spreadsheets import csv_writer
from practices import queries
from practices.forms import PracticeFilterForm
from practices.models import Practice
from practices.opendata import COLUMNS, practice_row

EXPORT_CHUNK = 500


def exported_practices(request):
    """Published practices matching the request's filters, with what every column needs, read in chunks."""
    practices = PracticeFilterForm(request.GET).filter(Practice.objects.published())
    practices = (
        practices.select_related("source_organisation")
        .prefetch_related("themes", "target_groups", "tags")
        .defer(*queries.LONG_TEXT_FIELDS)
    )
    yield from practices.iterator(chunk_size=EXPORT_CHUNK)


class Echo:
    """A file-like object whose write returns the line, so the CSV writer can feed a streaming response."""

    def write(self, value):
        return value


def practices_csv(request):
    """The filtered list as UTF-8 CSV with a byte-order mark, so spreadsheet programs read Cyrillic correctly."""
    writer = csv_writer(Echo())

    def lines():
        yield "\ufeff" + writer.writerow([column.name for column in COLUMNS])
        for practice in exported_practices(request):
            row = practice_row(practice)
            yield writer.writerow(
                ["true" if value is True else "false" if value is False else value for value in row.values()]
            )

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = 'attachment; filename="practices.csv"'
    return response


def practices_json(request):
    """The filtered list as JSON: {"count": n, "practices": [row, …]} with the codebook's columns."""
    rows = [practice_row(practice) for practice in exported_practices(request)]
    return JsonResponse({"count": len(rows), "practices": rows}, json_dumps_params={"ensure_ascii": False})


class CodebookView(TemplateView):
    template_name = "practices/codebook.html"
    extra_context = {"columns": COLUMNS}
