"""Django settings for "Wat houd ik over?".

One settings file, driven by environment variables:

- DJANGO_DEBUG=1           turn on debug mode (never in production)
- DJANGO_SECRET_KEY=...    secret key; if unset one is generated once and kept
                           in a file outside the repository (mode 600)
- DJANGO_ALLOWED_HOSTS=a,b comma separated host names (default localhost,127.0.0.1)
- DJANGO_HTTPS=1           HTTPS-only settings (redirect, HSTS, secure cookies)
- DJANGO_BASIS_URL=...     the site's own address for links that leave the page
                           (PDF link and QR code); never taken from the request
- DJANGO_PDF_PER_MINUUT=n  PDFs per client per minute (default 10)
- DJANGO_PDF_TEGELIJK=n    PDFs rendering at once on this server (default 2)
- DJANGO_VERTROUWDE_PROXIES=a,b  addresses whose X-Real-IP is believed (default 127.0.0.1,::1)
- DJANGO_API_PER_MINUUT=n  JSON API requests per client per minute (default 60)

Privacy: the app stores nothing about a person. There are no accounts,
no sessions, no messages, and no logging of request query strings
(the query string holds the user's answers): every log line passes
through calculator.logboek.
"""

from __future__ import annotations

import ipaddress
import os
import secrets
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent


def _env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def _secret_key_paths() -> list[Path]:
    paths = []
    if os.environ.get("DJANGO_SECRET_KEY_FILE"):
        paths.append(Path(os.environ["DJANGO_SECRET_KEY_FILE"]))
    paths.append(Path("/var/lib/wat-houd-ik-over/secret_key"))
    data_home = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    paths.append(Path(data_home) / "wat-houd-ik-over" / "secret_key")
    return paths


def _read_key(path: Path) -> str | None:
    try:
        key = path.read_text(encoding="utf-8").strip()
    except OSError:
        return None
    return key if len(key) >= 50 else None


def _load_or_create_secret_key() -> str:
    """Read the secret key from a file outside the repo, creating it once.

    Falls back to a per-process random key when no location is writable
    (then forms and signed values do not survive a restart, which is fine
    for this app: it signs nothing that must last).
    """
    for path in _secret_key_paths():
        key = _read_key(path)
        if key:
            return key
        try:
            path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
            key = secrets.token_urlsafe(64)
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
            with os.fdopen(fd, "w", encoding="utf-8") as handle:
                handle.write(key + "\n")
            return key
        except FileExistsError:
            # Another process created it at the same moment: read it.
            key = _read_key(path)
            if key:
                return key
        except OSError:
            continue
    return secrets.token_urlsafe(64)


DEBUG = _env_bool("DJANGO_DEBUG")
SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY") or _load_or_create_secret_key()
ALLOWED_HOSTS = [
    host.strip()
    for host in os.environ.get("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1").split(",")
    if host.strip()
]

# The site's canonical address: the link and QR code in the PDF open the result
# here, whatever Host header or port the request came with. With DJANGO_HTTPS
# the default is https:// and the first allowed host.
_basis_standaard = f"https://{ALLOWED_HOSTS[0]}" if _env_bool("DJANGO_HTTPS") and ALLOWED_HOSTS \
    else "http://127.0.0.1:8000"
BASIS_URL = (os.environ.get("DJANGO_BASIS_URL", "").strip() or _basis_standaard).rstrip("/")

# A gemeente that runs this site for its own residents: its CBS code or name (DJANGO_GEMEENTE). The question
# "In welke gemeente woon je?" is then skipped and its name is on every page and on paper (calculator.checks).
GEMEENTE = os.environ.get("DJANGO_GEMEENTE", "").strip()

INSTALLED_APPS = [
    "django.contrib.staticfiles",
    "django_htmx",
    "django_ratelimit",
    "csp",
    "calculator",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Compress pages (the result page is ~30 KB of HTML). Safe from BREACH:
    # pages hold no secret (no CSRF token, no session), only the visitor's own answers.
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Below WhiteNoise: every page a view makes gets Cache-Control: no-store; static files stay cacheable.
    "calculator.middleware.GeenOpslagMiddleware",
    # Below no-store, above everything that may answer in HTML (404, CSRF, a bad Host): JSON under /api/.
    "calculator.middleware.ApiJsonMiddleware",
    "csp.middleware.CSPMiddleware",
    "calculator.middleware.PermissionsPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # The language from the URL prefix only (prefix_default_language=False: no prefix is Dutch; no cookie and no
    # Accept-Language decide), then the same language for the sentences `regels` writes.
    "django.middleware.locale.LocaleMiddleware",
    "calculator.middleware.RegelsTaalMiddleware",
    "django.middleware.common.CommonMiddleware",
    # No cookie unless a template asks for a token; protects any future POST.
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
]

ROOT_URLCONF = "calculator.urls"
WSGI_APPLICATION = "calculator.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "calculator.context_processors.versie",
                "calculator.context_processors.gemeente",
                "calculator.context_processors.talen",
            ],
        },
    },
]

# No database at all: nothing about a person can be stored, not even by accident (any query raises).
DATABASES: dict = {}

# Languages (README, "Een taal toevoegen"). Dutch is the source text and lives at /; every other language lives
# under its own prefix (/en/, /ar/, ...): the language is in the URL, never in a cookie or a session. A new
# language is a line here and its two catalogues (locale/<taal>/ and regels/locale/<taal>/). The names are each
# language's own name for itself; Django's LANGUAGES_BIDI already lists the right-to-left ones (ar, fa, he, ur, ...).
LANGUAGE_CODE = "nl"
LANGUAGES = [
    ("nl", "Nederlands"),
    ("en", "English"),
    ("ar", "العربية"),
    ("tr", "Türkçe"),
    ("pl", "Polski"),
]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["calculator.formats"]

# Static files: served by the app itself (WhiteNoise), never from a CDN.
STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Security headers.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

if _env_bool("DJANGO_HTTPS"):
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = 31536000
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True

CSRF_COOKIE_HTTPONLY = True

# Content Security Policy (django-csp 4.x dict format).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    },
}

# Features the browser must never offer to this site. "Lees voor" (speechSynthesis, static/js/voorlezen.js) is not
# among them and needs none: speech has no feature of its own, and autoplay=() only stops sound that starts without
# a click (Chromium lets a frame with user activation speak before it looks at this policy); Lees voor speaks after one.
PERMISSIONS_POLICY = [
    "accelerometer=()",
    "autoplay=()",
    "browsing-topics=()",
    "camera=()",
    "display-capture=()",
    "geolocation=()",
    "gyroscope=()",
    "interest-cohort=()",
    "magnetometer=()",
    "microphone=()",
    "payment=()",
    "usb=()",
]

# Limits on the PDF (calculator.limieten): per client per minute, and at once on this server.
PDF_PER_MINUUT = int(os.environ.get("DJANGO_PDF_PER_MINUUT") or 10)
PDF_TEGELIJK = int(os.environ.get("DJANGO_PDF_TEGELIJK") or 2)
# Only these addresses may tell the client's address in X-Real-IP (nginx on this machine); compared as addresses,
# so 127.0.0.2 (also loopback) is not 127.0.0.1, and a client cannot choose its own rate-limit key.
VERTROUWDE_PROXIES = frozenset(
    ipaddress.ip_address(adres.strip())
    for adres in os.environ.get("DJANGO_VERTROUWDE_PROXIES", "127.0.0.1,::1").split(",")
    if adres.strip()
)

# The JSON API (calculator/views/api.py): requests per client address per minute, and the largest body
# (the same as nginx's client_max_body_size).
API_PER_MINUUT = int(os.environ.get("DJANGO_API_PER_MINUUT") or 60)
API_MAX_BYTES = 16 * 1024

# The only cache: in memory, per process, and no entry lives longer than 60 s.
# It holds the per-client PDF and API counters of django-ratelimit (key: a hash of the
# IP address; value: a count). Never the answers.
CACHES = {
    "default": {
        "BACKEND": "calculator.limieten.KortGeheugen",
        "OPTIONS": {"MAX_SECONDEN": 60, "MAX_ENTRIES": 10000},
    },
}
RATELIMIT_USE_CACHE = "default"
RATELIMIT_IP_META_KEY = "calculator.limieten.klant_ip"
# django-ratelimit supports only memcached and redis officially (W001) so that all
# workers count together. We keep the counters in each worker's memory on purpose:
# nothing leaves the process and nothing is kept longer than a minute. So the
# per-client limit is per worker; nginx's limit_req is the shared one in production.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]

# Logging: one handler on stderr, and every record passes ZonderQueryFilter
# (query strings and exception messages left out, see calculator/logboek.py).
# django.server (runserver) logs request lines, so it stays silent; gunicorn
# runs without an access log and with the same filter (gunicorn.conf.py).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"zonder_query": {"()": "calculator.logboek.ZonderQueryFilter"}},
    "formatters": {
        "regel": {
            "format": "%(asctime)s [%(process)d] [%(levelname)s] %(name)s: %(message)s",
            "datefmt": "[%Y-%m-%d %H:%M:%S %z]",
        },
    },
    "handlers": {
        "stderr": {"class": "logging.StreamHandler", "filters": ["zonder_query"], "formatter": "regel"},
        "null": {"class": "logging.NullHandler"},
    },
    "root": {"handlers": ["stderr"], "level": "WARNING"},
    "loggers": {
        "django": {"handlers": ["stderr"], "level": "INFO", "propagate": False},
        "django.server": {"handlers": ["null"], "propagate": False},
    },
}
