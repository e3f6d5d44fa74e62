"""No page with answers stays in the browser's cache: Cache-Control: no-store on every page a
view makes (and Vary: HX-Request where htmx gets a part of the same URL); static files stay
cacheable."""

from __future__ import annotations

import json
import re

import pytest
from django.core.exceptions import ImproperlyConfigured
from django.db import connection

from tests.journey_data import ALLEENSTAANDE, q

VOLLEDIG = q(ALLEENSTAANDE)
ONVOLLEDIG = q({k: v for k, v in ALLEENSTAANDE.items() if k != "gf"})


@pytest.mark.parametrize("pad", [
    "/", "/privacy/", "/over/", "/over/bedragen/", "/woorden/", "/over/vertalingen/",
    f"/vragen/leefvorm/?{VOLLEDIG}", f"/vragen/huur/?{VOLLEDIG}", f"/vragen/werk/?{VOLLEDIG}&u=abc",
    f"/controleer/?{VOLLEDIG}", f"/controleer/?{ONVOLLEDIG}",
    f"/resultaat/?{VOLLEDIG}", f"/resultaat/?{ONVOLLEDIG}", f"/resultaat/pdf/?{ONVOLLEDIG}",
    f"/bestaat-niet/?{VOLLEDIG}",
    "/samen/", f"/samen/?{VOLLEDIG}", f"/samen/?{ONVOLLEDIG}&verstuurd=1", "/samen/leidraad/",
    f"/vergelijk/?{VOLLEDIG}&a2u=24&a2ul=16", f"/vergelijk/?{ONVOLLEDIG}",
    f"/resultaat/meenemen/?{VOLLEDIG}", f"/resultaat/meenemen/?{ONVOLLEDIG}", f"/resultaat/verslag/?{ONVOLLEDIG}",
])
def test_elke_pagina_no_store(client, pad):
    response = client.get(pad)
    assert response.status_code in (200, 302, 404), response.status_code
    assert response["Cache-Control"] == "no-store"


@pytest.mark.parametrize("pad", ["/resultaat/", "/samen/", "/vergelijk/"])
def test_resultaat_vary_hx_request(client, pad):
    pagina = client.get(f"{pad}?{VOLLEDIG}")
    deel = client.get(f"{pad}?{VOLLEDIG}", HTTP_HX_REQUEST="true")
    assert b"<html" in pagina.content and b"<html" not in deel.content
    for response in (pagina, deel):
        assert response["Cache-Control"] == "no-store"
        assert "HX-Request" in [v.strip() for v in response["Vary"].split(",")]


@pytest.mark.parametrize("pad", ["/resultaat/pdf/", "/resultaat/verslag/"])
def test_pdf_no_store(client, pad):
    response = client.get(f"{pad}?{VOLLEDIG}")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response["Cache-Control"] == "no-store"


def test_statische_bestanden_blijven_in_de_cache(client):
    html = client.get("/").content.decode()
    css = re.search(r'href="(/static/css/app\.[0-9a-f]+\.css)"', html).group(1)
    response = client.get(css)
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
    assert "max-age" in response["Cache-Control"]


def test_privacy_pagina_zegt_dat_de_geschiedenis_de_link_onthoudt(client):
    pagina = client.get("/privacy/").content.decode()
    assert "Je browser onthoudt de link" in pagina
    assert "Wis dan je geschiedenis als je klaar bent." in pagina
    assert "privévenster (incognito)" in pagina


def test_er_is_geen_database():
    """No database is configured, so no code (ours or a library's) can write a row about a person."""
    with pytest.raises(ImproperlyConfigured):
        connection.cursor()


def test_htmx_bewaart_geen_paginas_in_de_browser(client):
    """htmx would keep earlier pages (with amounts) in localStorage for Back; historyCacheSize 0 turns that off."""
    html = client.get("/").content.decode()
    config = json.loads(re.search(r'<meta name="htmx-config" content=\'([^\']+)\'', html)[1])
    assert config["historyCacheSize"] == 0
    assert config["refreshOnHistoryMiss"] is True
    assert config["selfRequestsOnly"] is True
