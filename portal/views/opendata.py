"""The lists as open data: CSV and JSON downloads that follow the list page's filters, the codebook of each list and
an index of them all, under the portal's open licence. The datasets come from the apps (core.opendata.DATASETS)."""

from django.http import Http404, HttpResponse, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from django.views.generic import TemplateView

from core.absolute import absolute_url
from core.i18n import page_language
from core.opendata import DATASETS, csv_lines, find_dataset
from core.throttle import throttled
from portal.models import SiteSettings


def licence():
    """The licence moderators chose for the portal's own texts and data, as the downloads and the API name it."""
    chosen = SiteSettings.load().licence
    return {"identifier": chosen.value, "name": str(chosen.label), "url": chosen.url}


def dataset_or_404(name):
    dataset = find_dataset(name)
    if dataset is None:
        raise Http404
    return dataset


def link_header(links):
    """An RFC 8288 Link header from (address, relation) pairs."""
    return ", ".join(f'<{url}>; rel="{relation}"' for url, relation in links)


def codebook_url(dataset):
    return absolute_url(reverse("portal:dataset-codebook", kwargs={"dataset": dataset.name}))


def too_many_downloads(request, wait):
    message = _("Too many downloads from your address in one minute. Please try again in %(seconds)d seconds.")
    return HttpResponse(message % {"seconds": wait}, status=429, content_type="text/plain; charset=utf-8")


def chosen_filters(request, form):
    """The filters the download applied, as they were given in the query string (bad values left out)."""
    if form is None:
        return {}
    names = set(form.filters) | ({"sort"} if form.cleaned_data.get("sort") else set())
    return {name: request.GET[name] for name in sorted(names)}


@require_safe
@throttled("downloads", refusal=too_many_downloads)
def dataset_csv(request, dataset):
    """The filtered list as UTF-8 CSV with a byte-order mark (spreadsheet programs then read Cyrillic right).

    CSV has no place for metadata, so the licence and the codebook travel in the Link header.
    """
    dataset = dataset_or_404(dataset)
    _form, rows = dataset.filtered(request.GET)
    response = StreamingHttpResponse(csv_lines(dataset, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{dataset.name}.csv"'
    response["Link"] = link_header([(licence()["url"], "license"), (codebook_url(dataset), "describedby")])
    return response


@require_safe
@throttled("downloads", refusal=too_many_downloads)
def dataset_json(request, dataset):
    """The filtered list as JSON: what it is, its licence and codebook, the filters applied, then the rows."""
    dataset = dataset_or_404(dataset)
    form, rows = dataset.filtered(request.GET)
    results = list(dataset.rows(rows))
    terms = licence()
    payload = {
        "dataset": dataset.name,
        "title": str(dataset.title),
        "description": str(dataset.description),
        "language": page_language(),
        "licence": terms,
        "codebook": codebook_url(dataset),
        "source": absolute_url(reverse(dataset.list_url_name)),
        "filters": chosen_filters(request, form),
        "generated_at": timezone.now().isoformat(),
        "count": len(results),
        "results": results,
    }
    response = JsonResponse(payload, json_dumps_params={"ensure_ascii": False})
    response["Link"] = link_header([(terms["url"], "license"), (codebook_url(dataset), "describedby")])
    return response


class CodebookView(TemplateView):
    """What each column of a list's downloads means, its type and an example, and the licence they are under."""

    template_name = "portal/codebook.html"

    def get_context_data(self, **kwargs):
        dataset = dataset_or_404(kwargs.pop("dataset"))
        return super().get_context_data(
            dataset=dataset,
            licence=licence(),
            filters=dataset.filter_parameters(),
            api_url=absolute_url(reverse("api-list", kwargs={"dataset": dataset.name})),
            **kwargs,
        )


class DataIndexView(TemplateView):
    """Every list that downloads, with its codebook, the API and the licence."""

    template_name = "portal/data_index.html"

    def get_context_data(self, **kwargs):
        return super().get_context_data(datasets=list(DATASETS), licence=licence(), **kwargs)
