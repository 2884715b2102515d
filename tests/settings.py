"""Test settings: the real settings with fast hashing, in-process tasks and in-memory mail."""

import os
import tempfile

os.environ.setdefault("DEBUG", "1")
os.environ.setdefault("TASKS_BACKEND", "immediate")
os.environ.setdefault("EMAIL_URL", "locmem://")
# No DNS from the tests; the mail-domain tests answer for the resolver.
os.environ.setdefault("NEWSLETTER_CHECK_MAIL_DOMAIN", "0")
os.environ.setdefault("NEWSLETTER_RATE_PER_SECOND", "0")
os.environ.setdefault("MEDIA_ROOT", tempfile.mkdtemp(prefix="portal-test-media-"))

from portal.settings import *  # noqa: E402, F403

PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
# One process: the fast in-memory cache (the cross-process tests start servers with the embedded default).
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
