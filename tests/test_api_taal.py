"""The API's "taal": the explanations, warnings and messages per field in the language a gemeente's system asks for.

No translation exists yet, so these tests check the mechanism with a stand-in catalogue that writes every sentence in
capitals: with "taal": "en" the sentences pass through it (also while the JSON is written), without "taal" or with
"nl" they stay Dutch, and an unknown language is a 400 for the field "taal".
"""

from __future__ import annotations

import datetime as dt
import gettext
import io
import json
import re
import sys

import pytest
import yaml
from django.conf import settings
from django.test import Client
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest

import regels.taal
from calculator.views.api import OPENAPI, openapi_document
from regels.__main__ import main
from regels.kalender import maand_tekst
from regels.taal import in_taal
from regels.uitleg import Uitleg, datum
from tests.journey_data import SITUATIES

JSON = "application/json"
SITUATIE = {**SITUATIES["stel"], "peildatum": "2026-03-01"}
PLEK = re.compile(r"(%\(\w+\)s)")
EIGEN = {"bijstandsnorm", "loon", "vrijlating", "bijstand", "uitstroom", "toetsingsinkomen", "giften"}


class Hoofdletters(gettext.NullTranslations):
    """A stand-in catalogue: every text in capitals, its placeholders as they are."""

    @staticmethod
    def _groot(tekst: str) -> str:
        return "".join(deel if PLEK.fullmatch(deel) else deel.upper() for deel in PLEK.split(tekst))

    def gettext(self, bericht):
        return self._groot(bericht)

    def ngettext(self, enkelvoud, meervoud, aantal):
        return self._groot(enkelvoud if aantal == 1 else meervoud)

    def pgettext(self, context, bericht):
        return self._groot(bericht)


@pytest.fixture
def engels(regels_catalogus):
    """English is the stand-in catalogue; every other language, Dutch too, the real one."""
    regels_catalogus(lambda taal, echt: Hoofdletters() if taal == "en" else echt(taal))


@pytest.fixture
def client():
    return Client(enforce_csrf_checks=True)


@pytest.fixture(scope="module")
def api():
    return OpenAPI.from_dict(openapi_document())


def _post(client, pad: str, body):
    return client.post(pad, data=json.dumps(body), content_type=JSON)


def _eigen_zinnen(uitkomst: dict) -> list[str]:
    """The explanations this package writes itself (the toeslagen's own sentences aside)."""
    return [u["tekst"] for u in uitkomst["uitleg"] if u["onderwerp"] in EIGEN]


def test_zonder_taal_nederlands_en_met_nl_hetzelfde(client, engels):
    zonder = _post(client, "/api/v1/bereken", SITUATIE).json()
    assert "Jullie wonen met 1 andere volwassene van 27 jaar of ouder." in zonder["uitleg"][0]["tekst"]
    assert _post(client, "/api/v1/bereken", {**SITUATIE, "taal": "nl"}).json() == zonder


# A sentence of each command; the months' warning has a date in the language's own words.
ZINNEN = {"/api/v1/bereken": "Jullie wonen met 1 andere volwassene van 27 jaar of ouder.",
          "/api/v1/maanden": "Vanaf 1 januari 2027 geldt een nieuwe vrijlating.",
          "/api/v1/tijdlijn": "Vanaf 1 januari 2027 geldt een nieuwe vrijlating."}


@pytest.mark.parametrize("pad", sorted(ZINNEN))
def test_met_taal_komen_de_zinnen_uit_die_catalogus(client, engels, api, pad):
    nl = _post(client, pad, SITUATIE)
    en = _post(client, pad, {**SITUATIE, "taal": "en"})
    assert en.status_code == 200, en.content
    api.validate_request(DjangoOpenAPIRequest(en.wsgi_request))
    nederlands, engels_ = json.dumps(nl.json(), ensure_ascii=False), json.dumps(en.json(), ensure_ascii=False)
    zin = ZINNEN[pad]
    assert zin in nederlands and zin.upper() not in nederlands
    assert zin.upper().replace("JANUARI", "January") in engels_ and zin not in engels_
    if pad == "/api/v1/bereken":
        paren = list(zip(_eigen_zinnen(nl.json()), _eigen_zinnen(en.json()), strict=True))
        assert len(paren) >= 5
        assert all(zin_en == zin_nl.upper() for zin_nl, zin_en in paren), paren


def test_sweep_met_taal_naast_situatie_en_uren(client, engels, api):
    response = _post(client, "/api/v1/sweep", {"situatie": SITUATIE, "uren": [0, 16], "taal": "en"})
    assert response.status_code == 200, response.content
    api.validate_request(DjangoOpenAPIRequest(response.wsgi_request))
    for punt in response.json()["punten"]:
        zinnen = _eigen_zinnen(punt["uitkomst"])
        assert zinnen and all(zin == zin.upper() for zin in zinnen)


def test_meldingen_per_veld_in_de_taal(client, engels):
    body = {"huishouden": {"leeftijd": "veertig"}, "werk": {"uren_per_week": 8}, "taal": "en"}
    response = _post(client, "/api/v1/bereken", body)
    assert response.status_code == 400
    assert response.json() == {"fouten": {
        "huishouden.leeftijd": "JE LEEFTIJD MOET EEN GETAL ZIJN.",
        "werk": "VUL UREN PER WEEK MET EEN BRUTO UURLOON IN, OF EEN BRUTO MAANDLOON, OF EEN NETTO MAANDLOON."}}
    nederlands = _post(client, "/api/v1/bereken", {**body, "taal": "nl"}).json()
    assert nederlands["fouten"]["huishouden.leeftijd"] == "Je leeftijd moet een getal zijn."


@pytest.mark.parametrize("taal", ["xx", "EN", "", 3, ["en"], {"en": 1}])
def test_een_onbekende_taal_is_een_fout_bij_taal(client, taal):
    response = _post(client, "/api/v1/bereken", {**SITUATIE, "taal": taal})
    assert response.status_code == 400
    assert response.json() == {"fouten": {"taal": "Kies een van: nl, en, ar, tr, pl."}}
    sweep = _post(client, "/api/v1/sweep", {"situatie": SITUATIE, "uren": [8], "taal": taal})
    assert sweep.status_code == 400 and sweep.json() == response.json()


def test_taal_binnen_de_situatie_van_sweep_kennen_we_niet(client):
    response = _post(client, "/api/v1/sweep", {"situatie": {**SITUATIE, "taal": "en"}, "uren": [8]})
    assert response.status_code == 400
    assert response.json() == {"fouten": {"situatie.taal": "Dit veld kennen we niet."}}


def test_de_opdrachtregel_leest_taal_uit_de_json(engels, capsys, monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({**SITUATIE, "taal": "en"})))
    assert main(["bereken"]) == 0
    zinnen = _eigen_zinnen(json.loads(capsys.readouterr().out))
    assert zinnen and all(zin == zin.upper() for zin in zinnen)
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps({**SITUATIE, "taal": "xx"})))
    assert main(["bereken"]) == 2
    fout = capsys.readouterr().err
    assert fout.startswith("taal: Kies een van: nl, ") and fout.count("\n") == 1


def test_het_openapi_document_noemt_de_talen_van_de_site():
    talen = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))["components"]["schemas"]["Taal"]["enum"]
    assert talen == [code for code, _naam in settings.LANGUAGES]


def test_een_uitleg_is_in_elke_taal_te_lezen(engels):
    """Read in one language and then in another (a Dutch short report with a page in another language): each
    reading in its own language, each written once."""
    geschreven = []

    def tekst() -> str:
        geschreven.append(regels.taal.huidige_taal())
        return regels.taal.gettext("Hulp van de voedselbank telt niet mee.")
    u = Uitleg("giften", tekst, "bron", "https://example.org")
    with in_taal("en"):
        assert u.tekst == "HULP VAN DE VOEDSELBANK TELT NIET MEE."
    assert u.tekst == "Hulp van de voedselbank telt niet mee."
    with in_taal("en"):
        assert u.tekst == "HULP VAN DE VOEDSELBANK TELT NIET MEE."
    assert geschreven == ["en", "nl"]


def test_datums_en_maanden_in_de_taal_met_eigen_maandnamen():
    dag = dt.date(2027, 3, 1)
    assert datum(dag) == "1 maart 2027"
    with in_taal("en"):
        assert datum(dag) == "1 March 2027"
    with in_taal("pl"):
        assert datum(dag) == "1 marca 2027"
        assert (maand_tekst(dag), maand_tekst(dag, met_jaar=True)) == ("marzec", "marzec 2027")
    assert (maand_tekst(dag), maand_tekst(dag, met_jaar=True)) == ("maart", "maart 2027")
    with in_taal("xx"):  # a language Babel does not know: Dutch, as the sentences
        assert datum(dag) == "1 maart 2027"
