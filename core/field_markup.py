"""A form field's accessible markup (templates/includes/field.html), kept per worker for an empty field.

The comment form under every practice, film and thread is rendered for each signed-in visitor: four fields through
the field template and the widgets' templates, about a fifth of such a page. An unbound field's markup depends only
on its form, name, language, value, label, help text and attributes, so it is rendered once per worker for each of
those; a bound field (what the user typed, with its errors) and a field whose choices are read from the database are
rendered every time.
"""

from django.template.loader import render_to_string
from django.utils.translation import get_language

# Few distinct empty fields exist (a handful of forms, two languages); the bound keeps a mistake from growing it.
_MAX_KEPT = 256
_kept = {}


def field_markup(field):
    """`includes/field.html` for `field` (a BoundField)."""
    key = _key(field)
    if key is None:
        return render_to_string("includes/field.html", {"field": field})
    if key not in _kept:
        if len(_kept) >= _MAX_KEPT:
            _kept.clear()
        _kept[key] = render_to_string("includes/field.html", {"field": field})
    return _kept[key]


def _key(field):
    """What an empty field's markup depends on, or None when it is not kept (bound, or choices from a query)."""
    choices = getattr(field.field, "choices", ())
    if field.form.is_bound or not isinstance(choices, list | tuple):
        return None
    widget = field.field.widget
    return (
        type(field.form),
        field.name,
        get_language(),
        field.auto_id,
        repr(field.value()),
        str(field.label),
        str(field.help_text),
        field.field.required,
        field.field.disabled,
        repr(sorted(widget.attrs.items())),
        repr(choices),
    )
