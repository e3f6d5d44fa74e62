"""System checks for the production settings that Django does not know about."""

from __future__ import annotations

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from django.http.request import validate_host


@checks.register()
def basis_url(app_configs, **kwargs):
    """DJANGO_BASIS_URL must be a plain site address that this app answers on."""
    fouten = []
    deel = urlsplit(settings.BASIS_URL)
    if deel.scheme not in ("http", "https") or not deel.hostname or deel.path not in ("", "/") \
            or deel.query or deel.fragment or deel.username or deel.password:
        fouten.append(checks.Error(
            f"DJANGO_BASIS_URL must look like https://host[:port], not {settings.BASIS_URL!r}.",
            id="calculator.E001",
        ))
        return fouten
    hosts = list(settings.ALLOWED_HOSTS)
    if settings.DEBUG and not hosts:
        hosts = [".localhost", "127.0.0.1", "[::1]"]
    if not validate_host(deel.hostname, hosts):
        fouten.append(checks.Warning(
            f"The host of DJANGO_BASIS_URL ({deel.hostname}) is not in DJANGO_ALLOWED_HOSTS: "
            "the link in the PDF would not open.",
            id="calculator.W001",
        ))
    return fouten


@checks.register(deploy=True)
def basis_url_https(app_configs, **kwargs):
    if getattr(settings, "SECURE_SSL_REDIRECT", False) and not settings.BASIS_URL.startswith("https://"):
        return [checks.Warning(
            "DJANGO_HTTPS is on, but DJANGO_BASIS_URL does not start with https://.",
            id="calculator.W002",
        )]
    return []


@checks.register()
def gemeente(app_configs, **kwargs):
    """DJANGO_GEMEENTE must be a gemeente the rules know (its CBS code or name)."""
    import regels.gemeenten

    if settings.GEMEENTE and regels.gemeenten.zoek(settings.GEMEENTE) is None:
        return [checks.Error(f"DJANGO_GEMEENTE={settings.GEMEENTE!r} is not a gemeente in regels/gemeenten/"
                             "indeling.yaml (use its CBS code, e.g. GM0518, or its name).", id="calculator.E002")]
    return []
