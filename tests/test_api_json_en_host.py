"""Issue 18, the app's part: every answer under /api/ is JSON with no-store (whatever the method or
error), a refusal under a limit writes no log line, and no redirect is built from the request's Host.
nginx's part of the same promises is in tests/test_productie.py."""

from __future__ import annotations

import json
import logging
import types

import pytest
from django.core.cache import caches
from django.test import Client

from tests.journey_data import ALLEENSTAANDE, q


@pytest.fixture(autouse=True)
def schone_tellers():
    caches["default"].clear()
    yield
    caches["default"].clear()


def controleer_json(response, status: int) -> str:
    """JSON in the API's own form, no-store, no cookie; returns the Dutch message."""
    assert response.status_code == status, (response.status_code, response.content[:200])
    assert response["Content-Type"] == "application/json"
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies
    fouten = json.loads(response.content)["fouten"]
    assert list(fouten) == ["verzoek"] and fouten["verzoek"]
    return fouten["verzoek"]


@pytest.mark.parametrize(("methode", "pad", "status", "allow"), [
    ("put", "/api/v1/bereken", 405, "POST"),
    ("delete", "/api/v1/sweep", 405, "POST"),
    ("patch", "/api/v1/maanden", 405, "POST"),
    ("trace", "/api/v1/bereken", 405, "POST"),
    ("delete", "/api/v1/openapi.json", 405, "GET, HEAD"),  # was the CSRF page (403, HTML)
    ("get", "/api/v1/bestaat-niet", 404, None),
    ("post", "/api/v2/bereken", 404, None),
    ("get", "/api/", 404, None),
])
def test_elke_methode_en_elk_adres_geeft_json(client, methode, pad, status, allow):
    response = getattr(client, methode)(pad)
    controleer_json(response, status)
    assert response.get("Allow") == allow


def test_een_body_met_een_nul_byte_geeft_json(client):
    for body in (b'{"huishouden": {"leeftijd": 3\x00}}', b"\x00", b'{"a": "\x00"}'):
        response = client.post("/api/v1/bereken", body, content_type="application/json")
        assert "JSON" in controleer_json(response, 400)


def test_een_vreemde_host_geeft_json(client):
    response = client.post("/api/v1/bereken", b"{}", content_type="application/json", HTTP_HOST="evil.example")
    controleer_json(response, 400)
    assert b"evil.example" not in response.content


def test_een_serverfout_geeft_json(monkeypatch):
    import calculator.views.api as api

    def kapot(_body):
        raise RuntimeError("kapot")

    monkeypatch.setattr(api, "json", types.SimpleNamespace(loads=kapot, JSONDecodeError=json.JSONDecodeError))
    response = Client(raise_request_exception=False).post("/api/v1/bereken", b"{}", content_type="application/json")
    assert "Er ging iets mis" in controleer_json(response, 500)


def test_buiten_de_api_blijft_html(client):
    response = client.get("/bestaat-niet/")
    assert response.status_code == 404 and response["Content-Type"].startswith("text/html")


def test_weigering_onder_een_grens_schrijft_geen_logregel(client, settings, caplog):
    """A refused request is expected traffic: Django's request log stays silent (in a flood it would write
    ~0.9 GB an hour); other 4xx answers are still logged."""
    settings.API_PER_MINUUT = 1
    settings.PDF_PER_MINUUT = 1
    onvolledig = q({k: v for k, v in ALLEENSTAANDE.items() if k != "gf"})
    with caplog.at_level(logging.INFO, logger="django"):
        client.post("/api/v1/bereken", b"{}", content_type="application/json")
        assert client.post("/api/v1/bereken", b"{}", content_type="application/json").status_code == 429
        client.get(f"/resultaat/pdf/?{onvolledig}")
        assert client.get(f"/resultaat/pdf/?{onvolledig}").status_code == 429
        assert client.get(f"/resultaat/verslag/te-druk/?{onvolledig}").status_code == 429
        assert not [r for r in caplog.records if r.name.startswith("django.request")], caplog.text
        assert client.get("/bestaat-niet/").status_code == 404
    assert "Not Found: /bestaat-niet/" in caplog.text


@pytest.mark.parametrize("pad", ["/resultaat/pdf", "/resultaat", "/privacy"])
def test_slash_erbij_zonder_host_in_de_redirect(client, pad):
    """APPEND_SLASH sends a path only; a Host the site does not know gets 400, never a redirect."""
    response = client.get(pad, HTTP_HOST="127.0.0.1")
    assert response.status_code == 301 and response["Location"] == f"{pad}/"
    response = client.get(pad, HTTP_HOST="evil.example")
    assert response.status_code == 400 and "Location" not in response
