"""What every app's admin shares."""

from django.db import models

# An address typed without a scheme ("iriss.org.uk") is taken as https, Django 6's default, chosen now.
# Every ModelAdmin and inline with a URL field sets `formfield_overrides = URL_FIELDS`.
URL_FIELDS = {models.URLField: {"assume_scheme": "https"}}
