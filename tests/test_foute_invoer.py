"""Every input of issue 18 that gave a 500 or a date read the wrong way: now a Dutch message and a 2xx/3xx/400.

- /samen/ with complete answers and a wrong s1–s3, pd, gv or gw (a KeyError on deel_query before);
- a date far in the future (Babel's OverflowError) on every page that reads pd;
- a full household on /resultaat/ whose months are all negative (a ZeroDivisionError in the month chart);
- the JSON API and the command line with a 400-digit integer in any numeric field, or null in a rooster month;
- a date is day-month-year or refused: 1-13-2027 is never 13 January.
"""

from __future__ import annotations

import copy
import io
import json
import re
import sys
from html import unescape

import pytest

from regels.__main__ import main
from tests.journey_data import ALLEENSTAANDE, q

DATUM_VOORBEELD = "Vul een datum in als dag-maand-jaar, bijvoorbeeld 15-03-2026."
BEREIK = "Met deze datum kunnen we niet rekenen. Kies een datum van 1 januari 2026 tot en met 31 december 2031."


def _html(response) -> str:
    return re.sub(r"\s+", " ", unescape(response.content.decode()))


@pytest.mark.parametrize(("veld", "waarde", "melding"), [
    ("s1", "abc", "Vul het aantal uren van de 2e keuze in met alleen cijfers."),
    ("s1", "1_000", "Vul het aantal uren van de 2e keuze in met alleen cijfers."),
    ("s3", "61", "Vul 60 uur per week of minder in."),
    ("pd", "xx", DATUM_VOORBEELD),
    ("pd", "1-1-2147483648", BEREIK),
    ("gv", "1e309", "Kies hoe je gemeente je loon verrekent."),
    ("gw", "x", "Kies hoe je gemeente loon per 4 weken telt."),
])
def test_samen_met_een_fout_in_een_veld_van_de_uitkomst(client, veld, waarde, melding):
    antwoorden = {**ALLEENSTAANDE, "bt": "vier_weken", veld: waarde}
    response = client.get(f"/samen/?{q(antwoorden)}&verstuurd=1")
    assert response.status_code == 200
    html = _html(response)
    assert melding in html
    assert "Uitkomst bijgewerkt" not in html  # no result from a wrong value
    # That field is not on this page: the next "Reken uit" goes on without it.
    assert f'<input type="hidden" name="{veld}"' not in html
    response = client.get(f"/samen/?{q({k: v for k, v in antwoorden.items() if k != veld})}&verstuurd=1")
    assert "Uitkomst bijgewerkt" in _html(response)


@pytest.mark.parametrize("pd", ["1-1-2147483648", "1-1-9999999999999999", "2099-01-01", "1-1-1900"])
def test_een_datum_buiten_de_regels_krijgt_een_melding(client, bereken_spion, pd):
    html = _html(client.get(f"/over/bedragen/?pd={pd}"))
    assert BEREIK in html
    html = _html(client.get(f"/resultaat/?{q(ALLEENSTAANDE, pd=pd)}"))
    assert BEREIK in html
    assert bereken_spion == []  # nothing computed for another date
    for pagina in ("/resultaat/pdf/", "/resultaat/verslag/", "/resultaat/meenemen/", "/vergelijk/"):
        response = client.get(f"{pagina}?{q(ALLEENSTAANDE, pd=pd)}")
        assert response.status_code == 302, pagina
        assert response["Location"].startswith("/resultaat/?")
        assert BEREIK in _html(client.get(response["Location"]))
    response = client.get(f"/vragen/werk/?{q(ALLEENSTAANDE, pd=pd)}&verstuurd=1")
    assert response.status_code == 302


@pytest.mark.parametrize("pd", ["1-13-2027", "13-13-2027", "31-2-2027", "2027-13-01", "1-1", "1 januari 2027x"])
def test_een_datum_is_dag_maand_jaar_of_wordt_geweigerd(client, bereken_spion, pd):
    html = _html(client.get(f"/resultaat/?{q(ALLEENSTAANDE, pd=pd)}"))
    assert DATUM_VOORBEELD in html
    assert bereken_spion == []
    assert DATUM_VOORBEELD in _html(client.get(f"/over/bedragen/?pd={pd}"))


@pytest.mark.parametrize(("pd", "gelezen"), [("13-1-2027", "2027-01-13"), ("1.3.26", "2026-03-01"),
                                             ("01/03/2027", "2027-03-01"), ("2027-03-01", "2027-03-01")])
def test_een_datum_zoals_mensen_hem_schrijven(client, bereken_spion, pd, gelezen):
    assert client.get(f"/resultaat/?{q(ALLEENSTAANDE, pd=pd)}").status_code == 200
    assert {s["peildatum"] for s in bereken_spion} >= {gelezen}


@pytest.mark.parametrize("st", ["13-2027", "2027-13", "0-2027", "1-13-2027"])
def test_de_eerste_dag_van_het_werk_wordt_niet_omgedraaid(client, st):
    html = _html(client.get(f"/vragen/werkpatroon/?{q(ALLEENSTAANDE, st=st)}&verstuurd=1"))
    assert ("Vul een datum in als dag-maand-jaar, bijvoorbeeld 05-01-2027, of een maand als maand-jaar, "
            "bijvoorbeeld 01-2027.") in html


@pytest.mark.parametrize("gfm", ["13-2026", "2026-13"])
def test_de_maand_van_de_giften_wordt_niet_omgedraaid(client, gfm):
    html = _html(client.get(f"/vragen/giften/?{q(ALLEENSTAANDE, gfm=gfm)}&verstuurd=1"))
    assert "Vul een maand in als maand-jaar, bijvoorbeeld 03-2027." in html


# Found by a hypothesis search over valid answers: every month's total is below zero (the childcare of the second
# child costs more than 1 hour of work brings in), and the month chart divided by a height of 0.
VOL_HUISHOUDEN = {"lv": "partner", "lt": "18", "plt": "21", "prb": "ja", "kk": "0,0", "kd": "0", "hr": "50",
                  "u": "1", "ul": "11", "pbm": "0", "bt": "maand", "vg": "mei", "wp": "nee", "ulo": "0", "uhi": "0",
                  "vm": "0", "med": "ja", "pvm": "0", "gf": "0", "gv": "volgende_maand", "gw": "dertien_twaalfde",
                  "o1": "dagopvang", "ou1": "1", "op1": "5", "o2": "dagopvang", "ou2": "245", "op2": "14"}


def test_een_vol_huishouden_met_alleen_negatieve_maanden(client):
    response = client.get(f"/resultaat/?{q(VOL_HUISHOUDEN, hrok='50')}")
    assert response.status_code == 200
    assert "Maand voor maand" in _html(response)


# --- The JSON API and the command line ------------------------------------------------------------------------

SITUATIE = {
    "peildatum": "2026-09-01",
    "huishouden": {"leefvorm": "gehuwd", "leeftijd": 34, "partner_leeftijd": 36, "kostendelers": 0,
                   "kinderen": [2, 6], "kale_huur": 720.0},
    "werk": {"uren_per_week": 20, "bruto_uurloon": 14.71,
             "rooster": [{"maand": "2026-10", "uren_per_week": 30}, {"maand": "2026-11", "bruto": 900}]},
    "partner_werk": {"bruto_per_maand": 1200.0},
    "vrijlating": {"maanden_gehad": 2, "medisch_urenbeperkt": True, "partner_maanden_gehad": 4},
    "giften_dit_jaar": 300.0,
    "kinderopvang": [{"kind": 0, "soort": "dagopvang", "uren_per_maand": 80, "uurprijs": 10.5}],
    "toetsingsinkomen": 20000.0,
    "maanden": 12,
}
REUS = 10 ** 400
# Each numeric field, and where its message goes (a child's age is reported for the list of children).
NUMERIEK = {
    "giften_dit_jaar": "Het bedrag aan giften moet tussen 0 en 1.000.000 liggen.",
    "huishouden.kale_huur": "De kale huur moet tussen 0 en 5.000 liggen.",
    "huishouden.leeftijd": "Je leeftijd moet tussen 18 en 120 liggen.",
    "huishouden.partner_leeftijd": "De leeftijd van je partner moet tussen 18 en 120 liggen.",
    "huishouden.kostendelers": "Het aantal medebewoners moet tussen 0 en 10 liggen.",
    "huishouden.kinderen.0": "De leeftijd van kind 1 moet een heel getal van 0 tot en met 17 zijn.",
    "werk.uren_per_week": "Het aantal uren per week moet tussen 0 en 60 liggen.",
    "werk.bruto_uurloon": "Het bruto uurloon moet tussen 0 en 500 liggen.",
    "werk.rooster.0.uren_per_week": "Het aantal uren per week moet tussen 0 en 60 liggen.",
    "werk.rooster.1.bruto": "Het bruto loon moet tussen 0 en 50.000 liggen.",
    "partner_werk.bruto_per_maand": "Het bruto maandloon moet tussen 0 en 50.000 liggen.",
    "vrijlating.maanden_gehad": "Het aantal maanden moet tussen 0 en 600 liggen.",
    "vrijlating.partner_maanden_gehad": "Het aantal maanden van je partner moet tussen 0 en 600 liggen.",
    "kinderopvang.0.kind": "Het nummer van het kind moet tussen 0 en 1 liggen.",
    "kinderopvang.0.uren_per_maand": "Het aantal uren per maand moet tussen 0 en 744 liggen.",
    "kinderopvang.0.uurprijs": "De prijs per uur moet tussen 0 en 100 liggen.",
    "toetsingsinkomen": "Het toetsingsinkomen moet tussen 0 en 10.000.000 liggen.",
    "maanden": "Het aantal maanden moet tussen 1 en 24 liggen.",
}


def _met(pad: str, waarde) -> dict:
    situatie = copy.deepcopy(SITUATIE)
    *ouders, laatste = pad.split(".")
    plek = situatie
    for deel in ouders:
        plek = plek[int(deel)] if deel.isdigit() else plek[deel]
    plek[int(laatste) if laatste.isdigit() else laatste] = waarde
    return situatie


def _post(client, pad: str, body) -> tuple[int, dict]:
    response = client.post(pad, data=json.dumps(body), content_type="application/json")
    return response.status_code, response.json()


@pytest.fixture(autouse=True)
def ruime_api_limiet(settings):
    settings.API_PER_MINUUT = 10_000


def test_het_volle_huishouden_is_geldig(client):
    for pad in ("/api/v1/bereken", "/api/v1/maanden"):
        assert _post(client, pad, SITUATIE)[0] == 200
    assert _post(client, "/api/v1/sweep", {"situatie": SITUATIE, "uren": [0, 16]})[0] == 200


@pytest.mark.parametrize("pad", NUMERIEK)
@pytest.mark.parametrize("teken", [1, -1], ids=["groot", "klein"])
def test_een_getal_van_400_cijfers_geeft_400_met_een_melding(client, pad, teken):
    veld = "huishouden.kinderen" if pad.startswith("huishouden.kinderen") else pad
    for api, body, sleutel in (("/api/v1/bereken", _met(pad, teken * REUS), veld),
                               ("/api/v1/maanden", _met(pad, teken * REUS), veld),
                               ("/api/v1/sweep", {"situatie": _met(pad, teken * REUS), "uren": [8]}, f"situatie.{veld}")):
        status, antwoord = _post(client, api, body)
        assert status == 400, (api, antwoord)
        assert antwoord["fouten"][sleutel] == NUMERIEK[pad]


def test_sweep_met_uren_van_400_cijfers(client):
    status, antwoord = _post(client, "/api/v1/sweep", {"situatie": SITUATIE, "uren": [REUS]})
    assert status == 400
    assert antwoord["fouten"]["uren"] == "Het aantal uren per week moet tussen 0 en 60 liggen."


def test_null_als_bedrag_van_een_gift_geeft_400(client):
    status, antwoord = _post(client, "/api/v1/maanden", {**SITUATIE, "giften": [{"maand": "2026-10", "bedrag": None}]})
    assert status == 400
    assert antwoord == {"fouten": {"giften.0.bedrag": "Vul hier een getal in."}}


@pytest.mark.parametrize("soort", ["uren_per_maand", "uurprijs"])
def test_null_of_niets_in_de_kinderopvang_geeft_400_bij_het_veld(client, soort):
    for waarde in (None, "weg"):
        situatie = _met(f"kinderopvang.0.{soort}", waarde)
        if waarde == "weg":
            del situatie["kinderopvang"][0][soort]
        status, antwoord = _post(client, "/api/v1/bereken", situatie)
        assert status == 400
        assert antwoord == {"fouten": {f"kinderopvang.0.{soort}": "Vul hier een getal in."}}


@pytest.mark.parametrize("soort", ["uren_per_week", "bruto"])
def test_null_in_een_roostermaand_geeft_400(client, soort):
    situatie = _met("werk.rooster", [{"maand": "2026-10", soort: None}])
    for api in ("/api/v1/bereken", "/api/v1/maanden"):
        status, antwoord = _post(client, api, situatie)
        assert status == 400
        assert antwoord == {"fouten": {f"werk.rooster.0.{soort}": "Vul hier een getal in."}}


@pytest.mark.parametrize(("pad", "waarde", "melding"), [
    ("werk.start", "99999999999-01", "Schrijf de datum als jaar-maand-dag (JJJJ-MM-DD) of als jaar-maand (JJJJ-MM)."),
    ("werk.start", "2027-13", "Schrijf de datum als jaar-maand-dag (JJJJ-MM-DD) of als jaar-maand (JJJJ-MM)."),
    ("werk.start", "2027-13-01", "Schrijf de datum als jaar-maand-dag (JJJJ-MM-DD) of als jaar-maand (JJJJ-MM)."),
    ("werk.eind", "99999999999-01", "Schrijf de maand als jaar-maand (JJJJ-MM), bijvoorbeeld 2026-03."),
    ("peildatum", "2027-13-01", "Schrijf de peildatum als jaar-maand-dag (JJJJ-MM-DD)."),
])
def test_een_maand_of_datum_in_de_api_wordt_niet_omgedraaid(client, pad, waarde, melding):
    status, antwoord = _post(client, "/api/v1/bereken", _met(pad, waarde))
    assert status == 400
    assert antwoord["fouten"][pad] == melding


def _cli(opdracht: str, tekst: str, capsys, monkeypatch) -> tuple[int, str]:
    monkeypatch.setattr(sys, "stdin", io.StringIO(tekst))
    code = main([opdracht])
    return code, capsys.readouterr().err


def test_de_opdrachtregel_geeft_exitcode_2_met_de_melding(capsys, monkeypatch):
    code, fout = _cli("bereken", json.dumps(_met("giften_dit_jaar", REUS)), capsys, monkeypatch)
    assert code == 2
    assert fout == "giften_dit_jaar: Het bedrag aan giften moet tussen 0 en 1.000.000 liggen.\n"
    code, fout = _cli("maanden", json.dumps(_met("werk.rooster", [{"maand": "2026-10", "uren_per_week": None}])),
                      capsys, monkeypatch)
    assert code == 2
    assert fout == "werk.rooster.0.uren_per_week: Vul hier een getal in.\n"


@pytest.mark.parametrize("tekst", ['{"maanden": ' + "9" * 5000 + "}", "[" * 100_000 + "]" * 100_000])
def test_de_opdrachtregel_met_json_die_python_niet_leest(capsys, monkeypatch, tekst):
    code, fout = _cli("bereken", tekst, capsys, monkeypatch)
    assert code == 2
    assert fout.startswith("invoer: dit is geen geldige JSON")


@pytest.mark.parametrize("veld", ["gv", "gw"])
def test_vergelijk_with_an_unknown_verrekening_goes_to_the_result_page_with_its_message(client, veld):
    # Found by tests/test_fuzz.py: /vergelijk/?…&gv=abc handed "abc" to the rules (500).
    query = "lv=alleen&lt=35&kd=0&hr=650&u=16&ul=15&gf=0&" + f"{veld}=abc"
    antwoord = client.get(f"/vergelijk/?{query}")
    assert antwoord.status_code == 302 and antwoord["Location"].startswith("/resultaat/?")
    resultaat = client.get(antwoord["Location"])
    assert resultaat.status_code == 200
    if veld == "gv":
        assert "Kies hoe je gemeente je loon verrekent." in resultaat.content.decode()
