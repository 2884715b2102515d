"""The OpenAPI 3.1 document of the read-only API, made from the registered datasets (core.opendata).

Every dataset gets a list operation (its filters as query parameters, pages, `lang`) and a detail operation (its
key in the path), with the JSON Schema of a row built from its columns: nothing here names a dataset, so a dataset
an app registers is described as soon as it is served.
"""

from django.conf import settings
from django.utils.translation import gettext as _

from core.enums import ColumnType

API_PREFIX = "/api/v1"
DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE = 50, 100
PROBLEM_TYPE = "application/problem+json"


def ref(kind, name):
    return {"$ref": f"#/components/{kind}/{name}"}


def nullable_uri(description):
    return {"type": ["string", "null"], "format": "uri", "description": description}


def key_schema(dataset):
    if dataset.key_column.type == ColumnType.INTEGER:
        return {"type": "integer", "minimum": 1}
    return {"type": "string", "pattern": "^[-a-zA-Z0-9_]+$"}


def list_operation(dataset):
    filters = [
        {"name": name, "in": "query", "required": False, "schema": {"type": "string"}, "description": str(label)}
        for name, label in dataset.filter_parameters()
    ]
    return {
        "operationId": f"list-{dataset.name}",
        "summary": str(dataset.title),
        "description": _(
            "%(description)s Filters are those of the list page; a value that fits no option is ignored, as there."
        )
        % {"description": dataset.description},
        "tags": [dataset.name],
        "parameters": [ref("parameters", "lang"), ref("parameters", "page"), ref("parameters", "page_size"), *filters],
        "responses": {
            "200": {
                "description": _("One page of the list."),
                "headers": {"ETag": ref("headers", "ETag"), "Link": ref("headers", "Link")},
                "content": {"application/json": {"schema": ref("schemas", f"{dataset.name}-page")}},
            },
            **error_responses(),
        },
    }


def detail_operation(dataset):
    key = {"name": "key", "in": "path", "required": True, "schema": key_schema(dataset)}
    key["description"] = str(dataset.key_column.description)
    return {
        "operationId": f"get-{dataset.name}",
        "summary": str(dataset.title),
        "tags": [dataset.name],
        "parameters": [key, ref("parameters", "lang")],
        "responses": {
            "200": {
                "description": _("One row, with the licence it may be reused under."),
                "headers": {"ETag": ref("headers", "ETag"), "Link": ref("headers", "Link")},
                "content": {"application/json": {"schema": ref("schemas", f"{dataset.name}-detail")}},
            },
            **error_responses(),
        },
    }


def error_responses():
    return {
        code: ref("responses", name)
        for code, name in (
            ("304", "NotModified"),
            ("400", "BadRequest"),
            ("404", "NotFound"),
            ("429", "TooManyRequests"),
        )
    }


def dataset_schemas(dataset):
    page = {
        "type": "object",
        "required": ["count", "page", "pages", "next", "previous", "licence", "results"],
        "properties": {
            "count": {"type": "integer", "minimum": 0, "description": _("Number of rows matching the filters.")},
            "page": {"type": "integer", "minimum": 1},
            "pages": {"type": "integer", "minimum": 1},
            "next": nullable_uri(_("Address of the next page; null on the last.")),
            "previous": nullable_uri(_("Address of the previous page; null on the first.")),
            "licence": ref("schemas", "Licence"),
            "results": {"type": "array", "items": ref("schemas", f"{dataset.name}-row")},
        },
        "additionalProperties": False,
    }
    detail = {
        "type": "object",
        "required": ["licence", "result"],
        "properties": {"licence": ref("schemas", "Licence"), "result": ref("schemas", f"{dataset.name}-row")},
        "additionalProperties": False,
    }
    return {f"{dataset.name}-row": dataset.row_schema(), f"{dataset.name}-page": page, f"{dataset.name}-detail": detail}


def index_schema():
    dataset = {
        "type": "object",
        "required": ["name", "title", "description", "url", "codebook"],
        "properties": {
            "name": {"type": "string"},
            "title": {"type": "string"},
            "description": {"type": "string"},
            "url": {"type": "string", "format": "uri"},
            "codebook": {"type": "string", "format": "uri"},
        },
    }
    return {
        "type": "object",
        "required": ["openapi", "licence", "datasets"],
        "properties": {
            "openapi": {"type": "string", "format": "uri"},
            "licence": ref("schemas", "Licence"),
            "datasets": {"type": "array", "items": dataset},
        },
    }


def components():
    problem = {"content": {PROBLEM_TYPE: {"schema": ref("schemas", "Problem")}}}
    return {
        "schemas": {
            "Licence": {
                "type": "object",
                "description": _("The open licence of the portal's own texts and data, chosen by its moderators."),
                "required": ["identifier", "name", "url"],
                "properties": {
                    "identifier": {"type": "string", "description": _("SPDX identifier.")},
                    "name": {"type": "string"},
                    "url": {"type": "string", "format": "uri"},
                },
            },
            "Problem": {
                "type": "object",
                "description": "RFC 9457",
                "required": ["title", "status"],
                "properties": {
                    "type": {"type": "string"},
                    "title": {"type": "string"},
                    "status": {"type": "integer"},
                    "detail": {"type": "string"},
                },
            },
            "Index": index_schema(),
        },
        "parameters": {
            "lang": {
                "name": "lang",
                "in": "query",
                "required": False,
                "description": _(
                    "Language of addresses, country names and descriptions. Translated texts come in both "
                    "languages whatever it is, as <name>_bg and <name>_en."
                ),
                "schema": {"type": "string", "enum": [code for code, _name in settings.LANGUAGES], "default": "bg"},
            },
            "page": {
                "name": "page",
                "in": "query",
                "required": False,
                "schema": {"type": "integer", "minimum": 1, "default": 1},
            },
            "page_size": {
                "name": "page_size",
                "in": "query",
                "required": False,
                "schema": {"type": "integer", "minimum": 1, "maximum": MAX_PAGE_SIZE, "default": DEFAULT_PAGE_SIZE},
            },
        },
        "headers": {
            "ETag": {
                "required": True,
                "description": _("Send it back in If-None-Match: an unchanged answer is 304 Not Modified, no body."),
                "schema": {"type": "string"},
            },
            "Link": {
                "required": True,
                "description": _("The licence (rel=license) and, in lists, the other pages (rel=next, prev)."),
                "schema": {"type": "string"},
            },
        },
        "responses": {
            "NotModified": {"description": _("Not modified since the ETag sent in If-None-Match.")},
            "BadRequest": {"description": _("A parameter has a value it cannot have."), **problem},
            "NotFound": {"description": _("No such row or page, or not public."), **problem},
            "TooManyRequests": {
                "description": _("Too many requests from one address in a minute; wait as Retry-After says."),
                "headers": {"Retry-After": {"schema": {"type": "integer"}, "required": True}},
                **problem,
            },
        },
    }


def openapi_document(datasets, *, title, description, licence, server_url):
    """The OpenAPI 3.1 document: `licence` is {"identifier", "name", "url"}, `server_url` the API's full address."""
    paths = {
        "/": {
            "get": {
                "operationId": "index",
                "summary": _("What the API offers"),
                "parameters": [ref("parameters", "lang")],
                "responses": {
                    "200": {
                        "description": _("The datasets, the licence and this document's address."),
                        "headers": {"ETag": ref("headers", "ETag"), "Link": ref("headers", "Link")},
                        "content": {"application/json": {"schema": ref("schemas", "Index")}},
                    },
                    **error_responses(),
                },
            }
        }
    }
    parts = components()
    for dataset in datasets:
        paths[f"/{dataset.name}/"] = {"get": list_operation(dataset)}
        paths[f"/{dataset.name}/{{key}}/"] = {"get": detail_operation(dataset)}
        parts["schemas"] |= dataset_schemas(dataset)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": str(title),
            "version": "1",
            "description": str(description),
            "license": {"name": licence["name"], "identifier": licence["identifier"]},
        },
        "servers": [{"url": server_url}],
        "paths": paths,
        "components": parts,
    }
