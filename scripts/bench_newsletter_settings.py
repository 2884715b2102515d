"""Settings for `make bench-newsletter` only: the production settings (on the database of DATABASE_URL, a throw-away
SQLite file by default), the database task backend the worker reads, and Django's file e-mail backend (every
message written to disk, none sent)."""

import os

from portal.settings import *  # noqa: F403

DEBUG = False
ALLOWED_HOSTS = ["testserver", "127.0.0.1"]
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
EMAIL_FILE_PATH = os.environ["BENCH_MAIL_DIR"]
NEWSLETTER_CHECK_MAIL_DOMAIN = False
NEWSLETTER_RATE_PER_SECOND = 0  # as fast as the worker goes: the rate limit is a deployment's choice
NEWSLETTER_BATCH_SIZE = int(os.environ.get("NEWSLETTER_BATCH_SIZE", 500))
LOGGING = {"version": 1, "disable_existing_loggers": False, "root": {"level": "WARNING"}}
SECURE_SSL_REDIRECT = False
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = False
STORAGES = {**STORAGES, "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"}}  # noqa: F405
WHITENOISE_USE_FINDERS = True
