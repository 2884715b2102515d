"""Settings for the social-innovation portal.

Every value that differs between a laptop and production is read from the
environment; the defaults give an embedded site (SQLite, local media,
a file cache, console e-mail) that needs nothing installed.
"""

import os
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from portal.media_storage import media_storage

BASE_DIR = Path(__file__).resolve().parent.parent


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


# --- Core -------------------------------------------------------------------

DEBUG = env_bool("DEBUG")
DEVELOPMENT_SECRET_KEY = "development-only-secret-key-not-for-production-use-0123456789"
SECRET_KEY = os.environ.get("SECRET_KEY", DEVELOPMENT_SECRET_KEY if DEBUG else "")
if not SECRET_KEY:
    raise ImproperlyConfigured("Set SECRET_KEY in the environment (or DEBUG=1 for development).")

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]" if DEBUG else "")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
SITE_ID = 1
SITE_URL = os.environ.get("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
# The site's name in e-mails and in the Sites framework's row (kept in step with SITE_URL on every migrate).
SITE_NAME = _("Social innovation portal")

DJANGO_APPS = [
    "modeltranslation",  # must come before django.contrib.admin
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.sitemaps",
    "django.contrib.humanize",
    "django.forms",  # Django's own widget templates, for FORM_RENDERER
]
THIRD_PARTY_APPS = [
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "taggit",
    "django_countries",
    "csp",
    "django_tasks",
    "portal.apps.TasksDatabaseConfig",  # django_tasks_db, named in the admin's language
]
LOCAL_APPS = [
    "core",
    "directory",
    "newsletter",
    "forum",
    "news",
    "practices",
    "films",
    "events",
    "attendance",
    "readiness",
    "initiatives",
    "exchange",
    "services",
    "enquiries",
    "needs",
    "portal",
]
INSTALLED_APPS = DJANGO_APPS + THIRD_PARTY_APPS + LOCAL_APPS

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.StripNulCharactersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.http_cache.PrivatePagesMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "portal.middleware.AdminTwoFactorMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
]

ROOT_URLCONF = "portal.urls"
# Widget templates are looked up like every other template, so templates/ can override the admin's
# (templates/admin/widgets/split_datetime.html labels the date and the time box).
FORM_RENDERER = "django.forms.renderers.TemplatesSetting"
WSGI_APPLICATION = "portal.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
                "portal.context_processors.site",
            ],
        },
    },
]

# --- Database and cache -----------------------------------------------------

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL", f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=int(os.environ.get("CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # Many writers at once: readers never wait for the writer (WAL), a writer waits up to 5 s for another
    # instead of failing with "database is locked", and each transaction takes the write lock when it begins
    # (IMMEDIATE), so a read-then-write transaction cannot fail half-way on a lock it cannot upgrade.
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            "transaction_mode": "IMMEDIATE",
            "timeout": 5,
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA busy_timeout=5000; PRAGMA synchronous=NORMAL;",
        }
    )
elif DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # No JIT compilation: it pays off in long analytical queries, not in a page's. A site search over the generated
    # dataset (its cost estimate above jit_above_cost) spent 270 ms compiling for 40 ms of work.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c jit=off"
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Every process of the site must see the same cache, or a moderator's change retires the cached pages of one
# worker only. Redis when REDIS_URL is set (its outages become cache misses: core.cache); otherwise files in
# CACHE_DIR, which every worker on the machine shares.
REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {"socket_connect_timeout": 1, "socket_timeout": 1},
        }
    }
else:
    CACHES = {
        "default": {
            "BACKEND": "core.cache.FileCache",
            "LOCATION": os.environ.get("CACHE_DIR", str(BASE_DIR / "var" / "cache")),
            # A page remembered for a reader is several entries (core.immutable); the bench's 3,600 took 17 MB.
            "OPTIONS": {"MAX_ENTRIES": 20000},
        }
    }

# Sessions are read from that cache and written to both: a signed-in page reads no session row. The database keeps
# every session, so one evicted from the cache, or lost in a Redis outage, is read from there.
SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# --- Background tasks (Django Tasks API) ------------------------------------
# The database backend needs no extra service; `manage.py run_worker` runs it (db_worker that survives outages).
# TASKS_BACKEND=immediate runs tasks in the request (tests, small demos).

TASKS_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "dummy": "django_tasks.backends.dummy.DummyBackend",
}
TASKS = {"default": {"BACKEND": TASKS_BACKENDS[os.environ.get("TASKS_BACKEND", "database")]}}

# --- Accounts (django-allauth) ----------------------------------------------

# Django's and allauth's backends, loading the user with the profile every page's header shows (one query).
AUTHENTICATION_BACKENDS = [
    "directory.auth_backends.ModelBackend",
    "directory.auth_backends.AccountBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
ACCOUNT_ADAPTER = "directory.adapters.AccountAdapter"
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_DEFAULT_HTTP_PROTOCOL = "https" if not DEBUG else "http"
# allauth's default rate limits (login, signup, password reset, confirmation
# e-mails) stay on; ACCOUNT_RATE_LIMITS is deliberately not overridden.
ACCOUNT_FORMS = {"signup": "directory.forms.SignupForm"}
# Confirming the e-mail in the browser that signed up signs the user in and returns them to the page they
# started from (the sign-up's `next`, which directory.adapters also carries in the confirmation link).
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
LOGIN_REDIRECT_URL = "directory:profile-edit"
LOGIN_URL = "account_login"

# Two-factor sign-in (allauth.mfa): an authenticator app (TOTP) and single-use recovery codes, offered to
# everyone from the profile page and required of moderators and organisers before the admin
# (portal.middleware.AdminTwoFactorMiddleware). Passkeys (WebAuthn) are not enabled yet: their pages work only
# with JavaScript and want a browser test with a virtual authenticator first.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
# Messages live in the session, so the site sets no cookie beyond sessionid, csrftoken and django_language.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# --- Internationalisation ---------------------------------------------------

LANGUAGE_CODE = "bg"
LANGUAGES = [("bg", _("Bulgarian")), ("en", _("English"))]
# Ours first; then our Bulgarian for third-party strings (scripts/third_party_po.py), read before their own.
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "third_party"]
TIME_ZONE = "Europe/Sofia"
USE_I18N = True
# Bulgarian dates and times as Bulgarian writes them ("18 март 2027 г., 10:00"); Django's bg locale lacks some.
FORMAT_MODULE_PATH = ["portal.formats"]
USE_TZ = True
USE_THOUSAND_SEPARATOR = True

MODELTRANSLATION_DEFAULT_LANGUAGE = "bg"
MODELTRANSLATION_LANGUAGES = ("bg", "en")
MODELTRANSLATION_FALLBACK_LANGUAGES = {"default": ("bg", "en"), "bg": ("en",), "en": ("bg",)}
# The tabbed admin would fetch jQuery UI from a CDN, which the CSP refuses; a local stand-in for its tabs.
JQUERY_UI_URL = "js/admin/jquery-ui-tabs.js"

# --- Static and media files -------------------------------------------------

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
# Uploads under MEDIA_ROOT, or in an S3-compatible bucket when S3_BUCKET is set (portal/media_storage.py).
MEDIA_STORAGE, MEDIA_ORIGINS = media_storage(os.environ)
STORAGES = {
    "default": MEDIA_STORAGE,
    "staticfiles": {
        "BACKEND": (
            "whitenoise.storage.CompressedManifestStaticFilesStorage"
            if not DEBUG
            else "django.contrib.staticfiles.storage.StaticFilesStorage"
        )
    },
}
# In development and tests whitenoise reads the source folders; production serves collectstatic's output.
WHITENOISE_USE_FINDERS = WHITENOISE_AUTOREFRESH = DEBUG
# Images larger than this are refused before Pillow opens them.
MAX_IMAGE_UPLOAD_BYTES = 5 * 1024 * 1024
# Images with more pixels than this are refused from their header, before they are decoded (a 20 KB PNG can
# claim 13000 × 13000 pixels and take a gigabyte to decode).
MAX_IMAGE_PIXELS = int(os.environ.get("MAX_IMAGE_PIXELS", 40_000_000))
# Documents (PDF, DOCX, ODT, XLSX) larger than this are refused.
MAX_DOCUMENT_UPLOAD_BYTES = 50 * 1024 * 1024
DATA_UPLOAD_MAX_MEMORY_SIZE = 10 * 1024 * 1024
# Uploaded films (MP4/WebM); the web server in front must allow bodies this large too.
FILM_MAX_UPLOAD_BYTES = int(os.environ.get("FILM_MAX_UPLOAD_BYTES", 1024 * 1024 * 1024))

# --- E-mail -----------------------------------------------------------------
# EMAIL_URL examples: console://, smtp://user:pass@host:587?tls=1

EMAIL_URL = os.environ.get("EMAIL_URL", "console://")
if EMAIL_URL.startswith("console:"):
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
elif EMAIL_URL.startswith("locmem:"):
    EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
else:
    from urllib.parse import parse_qs, unquote, urlsplit

    _email = urlsplit(EMAIL_URL)
    _email_options = parse_qs(_email.query)
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = _email.hostname or "localhost"
    EMAIL_PORT = _email.port or 25
    EMAIL_HOST_USER = unquote(_email.username or "")
    EMAIL_HOST_PASSWORD = unquote(_email.password or "")
    EMAIL_USE_TLS = _email_options.get("tls", ["0"])[0] == "1"
    EMAIL_USE_SSL = _email_options.get("ssl", ["0"])[0] == "1"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Social innovation portal <noreply@localhost>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

# --- Newsletter -------------------------------------------------------------
# Subscriptions ask the DNS whether an address's domain takes mail, giving up (and accepting) after the timeout.
NEWSLETTER_CHECK_MAIL_DOMAIN = env_bool("NEWSLETTER_CHECK_MAIL_DOMAIN", True)
NEWSLETTER_DNS_TIMEOUT = float(os.environ.get("NEWSLETTER_DNS_TIMEOUT", 1.5))
# The countries a subscriber may follow: the partner countries of the seeds' projects.
NEWSLETTER_COUNTRIES = ["BG", "GB", "IT", "PT", "FR", "PL"]
# Sending: messages per background task, at most this many per second (0: no limit), tries per address.
NEWSLETTER_BATCH_SIZE = int(os.environ.get("NEWSLETTER_BATCH_SIZE", 200))
NEWSLETTER_RATE_PER_SECOND = float(os.environ.get("NEWSLETTER_RATE_PER_SECOND", 10))
NEWSLETTER_MAX_ATTEMPTS = int(os.environ.get("NEWSLETTER_MAX_ATTEMPTS", 5))
# The mailbox of the List-Unsubscribe header's mailto: (read by a person or a mail filter).
NEWSLETTER_UNSUBSCRIBE_MAILTO = os.environ.get("NEWSLETTER_UNSUBSCRIBE_MAILTO", "unsubscribe@localhost")

# --- Security ---------------------------------------------------------------

SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = not DEBUG and env_bool("SECURE_COOKIES", True)
SECURE_SSL_REDIRECT = not DEBUG and env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 0 if DEBUG else int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
LANGUAGE_COOKIE_SECURE = not DEBUG and env_bool("SECURE_COOKIES", True)
LANGUAGE_COOKIE_SAMESITE = "Lax"
BEHIND_PROXY = env_bool("BEHIND_PROXY")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if BEHIND_PROXY else None
# Behind nginx every request comes from the proxy's address: allauth's rate limits (sign-in, sign-up, password
# reset) then take the client's from X-Forwarded-For, counting this many proxies from the right (docs/deploy.md).
ALLAUTH_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "1" if BEHIND_PROXY else "0"))

# --- Open data and the API ---------------------------------------------------
# Requests per minute one address may make to the API and the list downloads (core.throttle).
OPEN_DATA_REQUESTS_PER_MINUTE = int(os.environ.get("OPEN_DATA_REQUESTS_PER_MINUTE", "120"))

# A strict policy: no inline script or style, nothing from other origins.
# Privacy-enhanced film embeds are the one third-party frame source.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *MEDIA_ORIGINS],
        "media-src": ["'self'", *MEDIA_ORIGINS],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["https://www.youtube-nocookie.com", "https://player.vimeo.com"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}

# --- Logging ----------------------------------------------------------------

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "INFO")},
}
