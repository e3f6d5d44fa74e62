"""The link and QR code in the PDF use the site's canonical address (DJANGO_BASIS_URL), never the
Host header of the request."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.test import RequestFactory

from calculator import checks, deellink

ROOT = Path(__file__).resolve().parent.parent


def test_link_komt_uit_de_instelling_niet_uit_de_host(settings):
    settings.BASIS_URL = "https://wathoudikover.example"
    settings.ALLOWED_HOSTS = ["wathoudikover.example", "127.0.0.1"]
    for host in ("127.0.0.1:6666", "wathoudikover.example:1234", "127.0.0.1"):
        request = RequestFactory().get("/resultaat/pdf/?lv=alleen", HTTP_HOST=host)
        assert deellink.resultaat_link(request, "lv=alleen&pd=2026-03-01") == \
            "https://wathoudikover.example/resultaat/?lv=alleen&pd=2026-03-01"


def _instellingen(**env: str) -> str:
    """settings.BASIS_URL in a fresh process with these environment variables."""
    omgeving = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_") or k == "DJANGO_SETTINGS_MODULE"}
    omgeving.update(env, DJANGO_SECRET_KEY="x" * 64)
    return subprocess.run(
        [sys.executable, "-c", "from django.conf import settings; print(settings.BASIS_URL)"],
        cwd=ROOT, env=omgeving, capture_output=True, text=True, check=True, timeout=60,
    ).stdout.strip()


def test_standaardwaarden():
    assert _instellingen() == "http://127.0.0.1:8000"
    assert _instellingen(DJANGO_HTTPS="1", DJANGO_ALLOWED_HOSTS="wathoudikover.example,www.example") == \
        "https://wathoudikover.example"
    assert _instellingen(DJANGO_BASIS_URL="https://rekenhulp.example/") == "https://rekenhulp.example"


@pytest.mark.parametrize("waarde", ["wathoudikover.example", "ftp://x.example", "https://x.example/pad",
                                    "https://x.example/?a=1", "https://user:pw@x.example"])
def test_check_weigert_een_verkeerde_basis_url(settings, waarde):
    settings.BASIS_URL = waarde
    assert [f.id for f in checks.basis_url(None)] == ["calculator.E001"]


def test_check_waarschuwt_voor_een_host_die_de_app_weigert(settings):
    settings.BASIS_URL = "https://andere.example"
    settings.ALLOWED_HOSTS = ["wathoudikover.example"]
    assert [f.id for f in checks.basis_url(None)] == ["calculator.W001"]
    settings.BASIS_URL = "https://wathoudikover.example:8443"
    assert checks.basis_url(None) == []


def test_check_deploy_wil_https(settings):
    settings.SECURE_SSL_REDIRECT = True
    settings.BASIS_URL = "http://wathoudikover.example"
    assert [f.id for f in checks.basis_url_https(None)] == ["calculator.W002"]
    settings.BASIS_URL = "https://wathoudikover.example"
    assert checks.basis_url_https(None) == []
