"""Settings for `make bench` only: the production settings served over plain HTTP on loopback, plus a bare view."""

from portal.settings import *  # noqa: F403

ROOT_URLCONF = "bench_urls"
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1"]
SECURE_SSL_REDIRECT = False
SECURE_HSTS_SECONDS = 0
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
# Nothing is collected for the bench: whitenoise serves the source folders, so it needs no STATIC_ROOT.
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
