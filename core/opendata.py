"""Open data: every public list declares its columns once, as a `Dataset`, and the rest is made from that.

The CSV and JSON downloads, the codebook page, the read-only API under /api/v1/ and its OpenAPI document
(`core.openapi`) all read the same declaration, so a column added here appears in all five, described the same way.
An app declares its datasets in `<app>/opendata.py` and registers them from `AppConfig.ready()`::

    DATASETS.add(PracticeDataset(), app=self.label, name="practices", order=30)

Only public rows are ever read: a dataset's `get_queryset()` starts from the model's published (or otherwise
public) rows, and both the downloads and the API go through it.
"""

from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from django.utils.text import capfirst, format_lazy
from django.utils.translation import gettext_lazy as _

from core.absolute import absolute_url
from core.enums import ColumnType
from core.registry import Registry
from core.spreadsheets import csv_writer

# Orders in use: organisations 10, projects 11, practices 30, documents 31, films 40, events 50, sessions 51, people 52.
DATASETS = Registry("open datasets: CSV and JSON downloads, codebooks and the read-only API")
# Rows read from the database at a time while a download streams: memory stays bounded, queries per chunk fixed.
EXPORT_CHUNK = 500
LIST_SEPARATOR = "|"
# The largest id a number key may have: the range of a 32-bit signed integer column, which every database accepts.
MAX_ID = 2**31 - 1

JSON_SCHEMAS = {
    ColumnType.TEXT: {"type": "string"},
    ColumnType.IDENTIFIER: {"type": "string"},
    ColumnType.INTEGER: {"type": "integer"},
    ColumnType.DECIMAL: {"type": "string", "pattern": r"^-?[0-9]+(\.[0-9]+)?$"},
    ColumnType.BOOLEAN: {"type": "boolean"},
    ColumnType.DATE: {"type": "string", "format": "date"},
    ColumnType.DATETIME: {"type": "string", "format": "date-time"},
    ColumnType.URL: {"type": "string", "format": "uri"},
    ColumnType.LIST: {"type": "array", "items": {"type": "string"}},
}


@dataclass(frozen=True)
class Column:
    """One column: its name in CSV and JSON, what it means, its type, an example value and how to read it.

    `value(obj)` returns a Python value of the type (a date, a Decimal, an iterable of strings for a list);
    `nullable` columns may return None, written as an empty cell in CSV and null in JSON.
    """

    name: str
    description: Any
    type: str
    example: Any
    value: Any
    nullable: bool = False

    def json_value(self, obj):
        value = self.value(obj)
        if value is None:
            return None
        if self.type == ColumnType.LIST:
            return [str(item) for item in value]
        if self.type in (ColumnType.DATE, ColumnType.DATETIME):
            return value.isoformat()
        if self.type == ColumnType.DECIMAL:
            return str(value)
        return value

    @property
    def example_cell(self):
        """The example as it is written in a CSV cell."""
        return csv_cell(self.example)

    @property
    def type_label(self):
        return ColumnType(self.type).label

    def schema(self):
        """The JSON Schema of the column's values in the JSON download and the API."""
        schema = dict(JSON_SCHEMAS[self.type])
        if self.nullable:
            schema["type"] = [schema["type"], "null"]
        return schema | {"description": str(self.description), "examples": [self.example]}


def csv_cell(value):
    """A JSON value as a CSV cell: lists joined with |, booleans as true/false, null as an empty cell."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, list):
        return LIST_SEPARATOR.join(value)
    return value


def column(name, description, type, example, value=None, *, nullable=False):
    """A column read from the attribute of the same name unless `value` says otherwise."""
    return Column(name, description, type, example, value or attrgetter(name), nullable)


def text(attribute):
    """A text column's reader: a translation nobody wrote (None in the database) is an empty text."""
    return lambda obj: getattr(obj, attribute) or ""


def bilingual(name, what, examples, *, type=ColumnType.TEXT):
    """Two columns, `<name>_bg` and `<name>_en`, for a field translated with modeltranslation.

    `what` names the field ("Title"); `examples` is the (Bulgarian, English) pair shown in the codebook.
    """
    return (
        column(f"{name}_bg", format_lazy(_("{what}, in Bulgarian."), what=what), type, examples[0], text(f"{name}_bg")),
        column(f"{name}_en", format_lazy(_("{what}, in English."), what=what), type, examples[1], text(f"{name}_en")),
    )


def translated(model, name, examples):
    """The `_bg` and `_en` columns of a field translated with modeltranslation, described by the field's label."""
    return bilingual(name, capfirst(model._meta.get_field(name).verbose_name), examples)


def url_or_none(value):
    """A blank address as null, so the column's values are always web addresses."""
    return value or None


def file_url(file):
    """The full address of a stored file, or None when there is none."""
    return absolute_url(file) if file else None


def slugs(attribute):
    """A list column's reader: the slugs of a prefetched relation."""
    return lambda obj: [item.slug for item in getattr(obj, attribute).all()]


class Dataset:
    """A public list as open data. Subclasses set the attributes and `get_queryset()`.

    - `name`: the address segment and file name (`practices` -> /bg/data/practices.csv, /api/v1/practices/);
    - `title`, `description`: what the list is and what one row stands for, translated;
    - `columns`: `Column`s in order; one of them, `key`, identifies a row in the API's detail address;
    - `list_url_name`: the page this is the data of, whose filters the downloads follow;
    - `filter_form_class`: that page's `core.lists.FilterForm`, built with `filter_form_kwargs(queryset)`.
    """

    name = ""
    title = ""
    description = ""
    columns = ()
    key = "slug"
    list_url_name = ""
    filter_form_class = None

    def get_queryset(self):
        """The public rows, ordered, with every related row a column reads fetched in a fixed number of queries."""
        raise NotImplementedError

    def filter_form_kwargs(self, queryset):
        """Keyword-only context the filter form needs; `queryset` is the whole public list."""
        return {}

    def filtered(self, data):
        """(filter form or None, the public rows narrowed and sorted by the filters in the query dict `data`)."""
        queryset = self.get_queryset()
        if self.filter_form_class is None:
            return None, queryset
        form = self.filter_form_class(data, **self.filter_form_kwargs(queryset))
        return form, form.filter(queryset)

    def find(self, key):
        """The public row whose key column is `key` (a string from the address), or None."""
        if self.key_column.type == ColumnType.INTEGER and not (key.isascii() and key.isdigit() and int(key) <= MAX_ID):
            return None
        return self.get_queryset().filter(**{self.key: key}).first()

    @property
    def key_column(self):
        return next(column for column in self.columns if column.name == self.key)

    def row(self, obj):
        """One row as JSON values, keyed by column name."""
        return {column.name: column.json_value(obj) for column in self.columns}

    def rows(self, queryset):
        """Rows of `queryset` read in chunks, with its prefetches done per chunk."""
        return (self.row(obj) for obj in queryset.iterator(chunk_size=EXPORT_CHUNK))

    def filter_parameters(self):
        """[(name, label)] of the query parameters the list's filters read, sorting included."""
        form_class = self.filter_form_class
        if form_class is None:
            return []
        parameters = [(name, field.label) for name, field in form_class.base_fields.items()]
        if form_class.sort_choices:
            parameters.append(("sort", _("Sort by")))
        return parameters

    def row_schema(self):
        """The JSON Schema of one row."""
        return {
            "type": "object",
            "description": str(self.description),
            "properties": {column.name: column.schema() for column in self.columns},
            "required": [column.name for column in self.columns],
            "additionalProperties": False,
        }


class Echo:
    """A file whose `write` returns what it is given, so the CSV writer can feed a streaming response line by line."""

    def write(self, value):
        return value


def csv_lines(dataset, queryset):
    """The rows of `queryset` as CSV lines: a byte-order mark, the header, one line per row (cells neutralised)."""
    writer = csv_writer(Echo())
    yield "\ufeff" + writer.writerow([column.name for column in dataset.columns])
    for row in dataset.rows(queryset):
        yield writer.writerow([csv_cell(value) for value in row.values()])


def find_dataset(name):
    """The registered dataset called `name`, or None."""
    return next((dataset for dataset in DATASETS if dataset.name == name), None)
