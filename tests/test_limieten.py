"""The PDF limits: per client per minute (429) and at once on the server (503), both answered
with the friendly page that keeps the answers; the counters forget within a minute and never
hold the answers."""

from __future__ import annotations

import html
import pickle
import re
import subprocess
import sys
import time

import pytest
from django.core.cache import caches

from calculator import limieten
from tests.journey_data import ALLEENSTAANDE, q

# Answers with one missing: the PDF view sends these on to the result page at once (302), so
# these tests check the limits without rendering a PDF.
ONVOLLEDIG = {k: v for k, v in ALLEENSTAANDE.items() if k != "gf"}
QUERY = q(ONVOLLEDIG)
PDF = f"/resultaat/pdf/?{QUERY}"


@pytest.fixture(autouse=True)
def schone_tellers():
    caches["default"].clear()
    yield
    caches["default"].clear()


def controleer_vriendelijk(response, status: int, query: str = QUERY) -> str:
    assert response.status_code == status
    assert response["Retry-After"] == "60"
    assert response["Cache-Control"] == "no-store"
    pagina = response.content.decode()
    assert '<html lang="nl" dir="ltr">' in pagina and "Naar de inhoud" in pagina  # the normal layout
    assert "<h1 class=\"utrecht-heading-1\">Het is even druk</h1>" in pagina
    assert "Veel mensen maken op dit moment een PDF." in pagina
    assert "Probeer het over een minuut nog eens." in pagina
    assert "Je antwoorden zijn niet weg." in pagina
    assert f'href="/resultaat/?{html.escape(query)}">Terug naar je uitkomst</a>' in pagina
    assert f'href="/resultaat/pdf/?{html.escape(query)}">Probeer de PDF opnieuw</a>' in pagina
    return pagina


def test_per_client_per_minuut(client, settings):
    settings.PDF_PER_MINUUT = 3
    for _ in range(3):
        assert client.get(PDF).status_code == 302
    controleer_vriendelijk(client.get(PDF), 429)
    # Another address has its own counter.
    assert client.get(PDF, REMOTE_ADDR="192.0.2.7").status_code == 302


def test_adres_van_nginx_alleen_van_een_vertrouwde_proxy(client, settings):
    settings.PDF_PER_MINUUT = 1
    # Behind nginx (127.0.0.1): X-Real-IP is the client.
    assert client.get(PDF, REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="198.51.100.1").status_code == 302
    assert client.get(PDF, REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="198.51.100.2").status_code == 302
    assert client.get(PDF, REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="198.51.100.1").status_code == 429
    # From elsewhere the header is ignored: a client cannot get a new counter by sending it.
    assert client.get(PDF, REMOTE_ADDR="203.0.113.5", HTTP_X_REAL_IP="198.51.100.3").status_code == 302
    assert client.get(PDF, REMOTE_ADDR="203.0.113.5", HTTP_X_REAL_IP="198.51.100.4").status_code == 429
    # A header that is no address counts as the proxy itself, not as an error.
    assert client.get(PDF, REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="<script>").status_code == 302


def test_tellers_bewaren_geen_antwoorden_en_niet_langer_dan_een_minuut(client, settings):
    settings.PDF_PER_MINUUT = 5
    cache = caches["default"]
    begin = time.time()
    client.get(PDF)
    client.get(PDF)
    assert isinstance(cache, limieten.KortGeheugen)
    sleutels = list(cache._cache)
    assert len(sleutels) == 1
    for sleutel in sleutels:
        # Only a hash (of group, rate, address and time window): no answer, no address.
        assert re.fullmatch(r":1:rl:[0-9a-f]{64}", sleutel), sleutel
        assert cache._expire_info[sleutel] <= begin + 60 + 1
        assert pickle.loads(cache._cache[sleutel]) == 2  # the value is a count


def test_kort_geheugen_houdt_niets_langer_dan_een_minuut(settings):
    cache = limieten.KortGeheugen("test", {"OPTIONS": {"MAX_SECONDEN": 60}})
    nu = time.time()
    cache.set("a", 1, timeout=None)
    cache.set("b", 1, timeout=3600)
    cache.set("c", 1, timeout=10)
    assert cache._expire_info[cache.make_and_validate_key("a")] <= nu + 61
    assert cache._expire_info[cache.make_and_validate_key("b")] <= nu + 61
    assert cache._expire_info[cache.make_and_validate_key("c")] <= nu + 11


def test_te_veel_pdfs_tegelijk(client, settings):
    settings.PDF_TEGELIJK = 2
    with limieten.PDF_PLEKKEN.plek(2) as eerste, limieten.PDF_PLEKKEN.plek(2) as tweede:
        assert eerste and tweede
        controleer_vriendelijk(client.get(PDF), 503)
    assert client.get(PDF).status_code == 302


def test_plekken_gelden_voor_alle_processen(tmp_path, monkeypatch):
    """A place held by another process counts too, and comes free when that process dies."""
    monkeypatch.setenv(limieten.PLEKKEN_MAP_ENV, str(tmp_path))
    houder = subprocess.Popen(
        [sys.executable, "-c",
         "import fcntl, os, sys, time\n"
         f"fd = os.open({str(tmp_path / 'plek-0')!r}, os.O_RDWR | os.O_CREAT, 0o600)\n"
         "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('vast', flush=True)\ntime.sleep(60)\n"],
        stdout=subprocess.PIPE, text=True,
    )
    try:
        assert houder.stdout.readline().strip() == "vast"
        with limieten.PDF_PLEKKEN.plek(1) as gekregen:
            assert not gekregen
    finally:
        houder.kill()
        houder.wait(timeout=10)
    with limieten.PDF_PLEKKEN.plek(1) as gekregen:
        assert gekregen


def test_pagina_voor_nginx(client):
    """nginx's rate limit shows this page (error_page 429 → /resultaat/pdf/te-druk/?answers)."""
    controleer_vriendelijk(client.get(f"/resultaat/pdf/te-druk/?{QUERY}"), 429)


def test_drukte_pagina_zonder_antwoorden_gaat_naar_de_start(client):
    response = client.get("/resultaat/pdf/te-druk/")
    assert response.status_code == 429
    pagina = response.content.decode()
    assert 'href="/">Terug naar je uitkomst</a>' in pagina
    assert "Probeer de PDF opnieuw" not in pagina


@pytest.mark.parametrize(("afzender", "geloofd"), [
    ("127.0.0.1", True),
    ("::1", True),
    ("::ffff:127.0.0.1", True),  # gunicorn on [::] sees nginx on 127.0.0.1 so
    ("127.0.0.2", False),  # loopback too, but not the configured proxy
    ("127.1.2.3", False),
    ("::2", False),
    ("198.51.100.7", False),
])
def test_x_real_ip_alleen_van_de_ingestelde_proxy(rf, afzender, geloofd):
    """Only the addresses in DJANGO_VERTROUWDE_PROXIES may name the client: from anywhere else (every other
    loopback address too) the header is ignored, so a client cannot choose its own rate-limit key."""
    request = rf.get("/", REMOTE_ADDR=afzender, HTTP_X_REAL_IP="203.0.113.50")
    verwacht = "203.0.113.50" if geloofd else str(limieten._adres(afzender))
    assert limieten.klant_ip(request) == verwacht


def test_ingestelde_proxies(rf, settings):
    import ipaddress

    settings.VERTROUWDE_PROXIES = frozenset({ipaddress.ip_address("10.0.0.5")})
    assert limieten.klant_ip(rf.get("/", REMOTE_ADDR="10.0.0.5", HTTP_X_REAL_IP="2001:db8::9")) == "2001:db8::9"
    assert limieten.klant_ip(rf.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="2001:db8::9")) == "127.0.0.1"


def test_ipv6_telt_per_64(client, settings):
    """Like nginx: one client with a whole /64 gets one counter, not one per address."""
    settings.PDF_PER_MINUUT = 1
    assert client.get(PDF, REMOTE_ADDR="2001:db8:1:2::1").status_code == 302
    assert client.get(PDF, REMOTE_ADDR="2001:db8:1:2:ffff::9").status_code == 429
    assert client.get(PDF, REMOTE_ADDR="2001:db8:1:3::1").status_code == 302
