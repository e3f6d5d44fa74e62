"""The JSON API: the same answers as the command line for the golden households, Dutch messages with 400, no
cookie or CSRF token, a rate limit per client, a maximum body size, and real requests and responses that match the
OpenAPI document."""

from __future__ import annotations

import io
import json
import logging
import subprocess
import sys

import pytest
from django.test import Client
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse
from openapi_spec_validator import validate

from calculator.views.api import openapi_document
from regels import invoer
from regels.__main__ import main
from regels.opdrachten import MAX_UREN_PUNTEN
from tests.journey_data import SITUATIES
from tests.regels.test_golden import _gevallen, _invoer

JSON = "application/json"
PEILDATUM = "2026-03-01"
GOLDEN = [pytest.param(_invoer(p.values[0]), id=p.id) for p in _gevallen()]
HUISHOUDENS = {naam: {**s, "peildatum": PEILDATUM} for naam, s in SITUATIES.items()}
MAANDEN = {**HUISHOUDENS["alleenstaande_ouder"], "maanden": 14, "gemeente": {"verrekening": "zelfde_maand"},
           "werk": {"uren_per_week": 20, "bruto_uurloon": 14.71, "start": "2026-05-04", "loonbetaling": "vier_weken",
                    "eerste_betaling": "2026-05-29", "vakantiegeld": "per_maand",
                    "rooster": [{"maand": "2026-07", "uren_per_week": 32}]},
           "giften": [{"maand": "2026-06", "bedrag": 1500}]}


@pytest.fixture(scope="module")
def api():
    return OpenAPI.from_dict(openapi_document())


@pytest.fixture
def client():
    return Client(enforce_csrf_checks=True)  # as a gemeente's system: no CSRF token, no cookie


def _post(client, pad: str, body, **extra):
    data = body if isinstance(body, (str, bytes)) else json.dumps(body)
    return client.post(pad, data=data, content_type=extra.pop("content_type", JSON), **extra)


def _cli(opdracht: str, body, capsys, monkeypatch) -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(body)))
    code = main([opdracht])
    uit, fout = capsys.readouterr()
    return code, uit, fout


def _geldig(api, response, verzoek: bool = True) -> dict:
    """The response (and the request) match the OpenAPI document; no cookie, nothing cached; the JSON."""
    request = DjangoOpenAPIRequest(response.wsgi_request)
    if verzoek:
        api.validate_request(request)
    api.validate_response(request, DjangoOpenAPIResponse(response))
    assert response["Content-Type"] == JSON
    assert response["Cache-Control"] == "no-store"
    assert not response.cookies and "Set-Cookie" not in response
    return response.json()


@pytest.mark.parametrize("situatie", GOLDEN)
def test_bereken_geeft_hetzelfde_als_de_opdrachtregel_voor_de_golden_huishoudens(situatie, api, client, capsys,
                                                                                  monkeypatch):
    response = _post(client, "/api/v1/bereken", situatie)
    assert response.status_code == 200
    code, uit, _ = _cli("bereken", situatie, capsys, monkeypatch)
    assert code == 0 and _geldig(api, response) == json.loads(uit)


@pytest.mark.parametrize("naam", sorted(HUISHOUDENS))
def test_sweep_en_maanden_geven_hetzelfde_als_de_opdrachtregel(naam, api, client, capsys, monkeypatch):
    situatie = HUISHOUDENS[naam]
    for pad, opdracht, body in (("/api/v1/sweep", "sweep", {"situatie": situatie, "uren": list(range(0, 41, 4))}),
                                ("/api/v1/maanden", "maanden", situatie),
                                ("/api/v1/maanden", "maanden", MAANDEN),
                                ("/api/v1/bereken", "bereken", situatie)):
        response = _post(client, pad, body)
        assert response.status_code == 200, response.content
        code, uit, _ = _cli(opdracht, body, capsys, monkeypatch)
        assert code == 0 and _geldig(api, response) == json.loads(uit), pad


def test_de_echte_opdrachtregel_als_proces_geeft_hetzelfde(api, client):
    body = {"situatie": HUISHOUDENS["stel"], "uren": [0, 12, 24.5]}
    klaar = subprocess.run([sys.executable, "-m", "regels", "sweep"], input=json.dumps(body), capture_output=True,
                           text=True, timeout=60)
    assert klaar.returncode == 0, klaar.stderr
    assert _geldig(api, _post(client, "/api/v1/sweep", body)) == json.loads(klaar.stdout)


@pytest.mark.parametrize(("pad", "body", "fouten"), [
    ("/api/v1/bereken", {"huishouden": {"leeftijd": "veertig", "kinderen": [4]}, "werk": {"uren_per_week": 90}},
     {"huishouden.leeftijd": "Je leeftijd moet een getal zijn.",
      "huishouden.kinderen": "Woon je alleen met je kinderen? Kies dan alleenstaande ouder.",
      "werk": "Vul uren per week met een bruto uurloon in, of een bruto maandloon, of een netto maandloon."}),
    ("/api/v1/bereken", {"peildatum": "morgen", "onbekend": 1},
     {"onbekend": "Dit veld kennen we niet.", "peildatum": "Schrijf de peildatum als jaar-maand-dag (JJJJ-MM-DD)."}),
    ("/api/v1/bereken", [1, 2], {"situatie": "De invoer moet een JSON-object zijn."}),
    ("/api/v1/sweep", {"situatie": {"huishouden": {"leeftijd": 15}}, "uren": [0, 70]},
     {"situatie.huishouden.leeftijd": "Je leeftijd moet tussen 18 en 120 liggen."}),
    ("/api/v1/sweep", {"situatie": {"werk": {"uren_per_week": 0, "bruto_uurloon": 15}}, "uren": [0, 70]},
     {"uren": "Het aantal uren per week moet tussen 0 en 60 liggen."}),
    ("/api/v1/sweep", {"situatie": {"werk": {"netto_per_maand": 900}}, "uren": [8]},
     {"situatie.werk": "Vul een bruto uurloon in om uit te rekenen wat meer of minder uren opleveren."}),
    ("/api/v1/maanden", {"maanden": 40, "werk": {"uren_per_week": 8, "bruto_uurloon": 15, "start": "mei"}},
     {"maanden": "Het aantal maanden moet tussen 1 en 24 liggen.",
      "werk.start": "Schrijf de datum als jaar-maand-dag (JJJJ-MM-DD) of als jaar-maand (JJJJ-MM)."}),
    ("/api/v1/bereken", {"gemeente": {"code": "Atlantis"}},
     {"gemeente.code": "Deze gemeente kennen we niet. Schrijf de naam, bijvoorbeeld Utrecht, of de CBS-code, "
                       "bijvoorbeeld GM0344. Laat het leeg, dan rekenen we met de landelijke regels."}),
    ("/api/v1/bereken", '{"huishouden": ', {"verzoek": "Dit is geen geldige JSON (regel 1, teken 16)."}),
    ("/api/v1/bereken", b"{\"a\": \"\xc3\x28\"}", {"verzoek": "Dit is geen geldige JSON."}),
    ("/api/v1/bereken", "[" * 5000, {"verzoek": "Dit is geen geldige JSON."}),
])
def test_foute_invoer_geeft_400_met_nederlandse_meldingen(api, client, pad, body, fouten):
    response = _post(client, pad, body)
    assert response.status_code == 400
    assert _geldig(api, response, verzoek=False) == {"fouten": fouten}


def test_gemeente_en_kosten_van_werken_volgen_het_openapi_document(api, client, capsys, monkeypatch):
    situatie = {**HUISHOUDENS["alleenstaande"], "gemeente": {"code": "GM0518"},
                "kosten_werk": {"reiskosten_per_maand": 60, "vergoeding_per_maand": 40}}
    body = {"situatie": {**situatie, "werk": {"uren_per_week": 0, "bruto_uurloon": 16}}, "uren": [0, 16, 32]}
    sweep = _geldig(api, _post(client, "/api/v1/sweep", body))
    assert sweep["gemeente_regelingen"][0]["naam"] == "Haagse zorgverzekering"
    uitkomst = _geldig(api, _post(client, "/api/v1/bereken", situatie))
    assert uitkomst["gemeente"]["naam"] == "Den Haag" and "kosten_werk" in uitkomst
    code, uit, _ = _cli("bereken", situatie, capsys, monkeypatch)
    assert code == 0 and json.loads(uit) == uitkomst


def test_grenzen_van_het_verzoek(api, client, settings):
    groot = json.dumps({"giften_dit_jaar": 1, "x": "a" * settings.API_MAX_BYTES})
    response = _post(client, "/api/v1/bereken", groot)
    assert response.status_code == 413
    assert _geldig(api, response, verzoek=False) == {
        "fouten": {"verzoek": f"Het verzoek is te groot. Stuur hoogstens {settings.API_MAX_BYTES} bytes."}}
    precies = json.dumps({"peildatum": PEILDATUM, "x": ""})
    precies = precies.replace('""', '"' + "a" * (settings.API_MAX_BYTES - len(precies)) + '"')
    assert len(precies) == settings.API_MAX_BYTES
    assert _post(client, "/api/v1/bereken", precies).json() == {"fouten": {"x": "Dit veld kennen we niet."}}

    response = _post(client, "/api/v1/bereken", "leefvorm=alleenstaand", content_type="application/x-www-form-urlencoded")
    assert response.status_code == 415
    assert _geldig(api, response, verzoek=False)["fouten"] == {
        "verzoek": "Stuur JSON, met de header Content-Type: application/json."}

    response = client.get("/api/v1/sweep")  # not an operation of the document, so checked here
    assert response.status_code == 405 and response["Allow"] == "POST" and response["Content-Type"] == JSON
    assert response.json() == {"fouten": {"verzoek": "Stuur dit verzoek met POST."}}


def test_te_veel_verzoeken_per_client(api, client, settings):
    settings.API_PER_MINUUT = 3
    for _ in range(3):
        assert _post(client, "/api/v1/bereken", {"peildatum": PEILDATUM}).status_code == 200
    response = _post(client, "/api/v1/bereken", {"peildatum": PEILDATUM})
    assert response.status_code == 429 and response["Retry-After"] == "60"
    assert _geldig(api, response, verzoek=False) == {"fouten": {
        "verzoek": "Te veel verzoeken. Je mag er 3 per minuut sturen. Probeer het over een minuut opnieuw."}}
    assert _post(client, "/api/v1/bereken", {"peildatum": PEILDATUM}, REMOTE_ADDR="192.0.2.9").status_code == 200
    # the PDF's counter is another one: the API does not use it up
    assert client.get("/resultaat/pdf/?lv=alleen").status_code == 302


def test_niets_van_het_verzoek_in_de_logs(client, caplog):
    caplog.set_level(logging.DEBUG)
    for body in ({"peildatum": PEILDATUM, "huishouden": {"kale_huur": 987.65}},
                 {"peildatum": PEILDATUM, "huishouden": {"kale_huur": 987.65, "leeftijd": 9}}):
        _post(client, "/api/v1/bereken", body)
    assert "987" not in caplog.text and "kale_huur" not in caplog.text


def test_openapi_document(api, client):
    response = client.get("/api/v1/openapi.json")
    document = _geldig(api, response)
    validate(document)
    assert document["openapi"] == "3.1.0"
    beschrijving = document["info"]["description"]
    assert "hoogstens 16384 bytes" in beschrijving and "60 verzoeken per minuut" in beschrijving
    schemas = document["components"]["schemas"]
    huis = schemas["Situatie"]["properties"]["huishouden"]["properties"]
    assert tuple(huis["leefvorm"]["enum"]) == invoer.LEEFVORMEN
    assert tuple(schemas["Werk"]["properties"]["loonbetaling"]["enum"]) == invoer.LOONBETALINGEN
    assert tuple(schemas["Werk"]["properties"]["vakantiegeld"]["enum"]) == invoer.VAKANTIEGELD
    gemeente = schemas["Situatie"]["properties"]["gemeente"]["properties"]
    assert tuple(gemeente["verrekening"]["enum"]) == invoer.VERREKENINGEN
    assert tuple(gemeente["vier_weken"]["enum"]) == invoer.VIER_WEKEN
    assert schemas["SweepVerzoek"]["properties"]["uren"]["maxItems"] == MAX_UREN_PUNTEN
    assert set(document["paths"]) == {"/api/v1/bereken", "/api/v1/sweep", "/api/v1/maanden", "/api/v1/openapi.json"}
