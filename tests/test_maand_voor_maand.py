"""Maand voor maand in the journey: the work pattern question, the month table on the page and in the PDF."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

import regels
from calculator import antwoorden
from calculator.formatting import euro
from tests.journey_data import ALLEENSTAANDE, ALLEENSTAANDE_OUDER, SITUATIES, q
from tests.pdf_hulp import pdf_teksten, plat

PEIL = "2026-03-01"


def _html(response) -> str:
    assert response.status_code == 200, response.status_code
    return unescape(response.content.decode())


def _doel(response) -> tuple[str, dict]:
    assert response.status_code == 302, response.status_code
    deel = urlsplit(response["Location"])
    return deel.path, {k: v[0] for k, v in parse_qs(deel.query, keep_blank_values=True).items()}


def _voor_werkpatroon(basis: dict = ALLEENSTAANDE) -> dict:
    namen = [s.naam for s in antwoorden.STAPPEN]
    velden = {v for s in antwoorden.STAPPEN[: namen.index("werkpatroon")] for v in s.velden}
    return {k: v for k, v in basis.items() if k in velden}


def test_werkpatroon_heeft_standaarden_die_niet_in_de_link_komen(client):
    html = _html(client.get(f"/vragen/werkpatroon/?{q(_voor_werkpatroon())}"))
    assert "Hoe krijg je je loon?" in html
    assert re.search(r'value="maand" checked', html) and re.search(r'value="mei" checked', html)
    pad, vraag = _doel(client.get(f"/vragen/werkpatroon/?{q(_voor_werkpatroon(), verstuurd='1', bt='maand', vg='mei', wp='ja')}"))
    assert pad == "/vragen/kosten/"
    assert not {"bt", "vg", "wp", "st"} & set(vraag)


@pytest.mark.parametrize(("getypt", "bewaard"), [("3-2027", "2027-03"), ("03/2027", "2027-03"), ("maart 2027", "2027-03"),
                                                 ("mrt. 2027", "2027-03"), ("2027-03", "2027-03"),
                                                 ("5-1-2027", "2027-01-05"), ("05-01-2027", "2027-01-05"),
                                                 ("2027-01-05", "2027-01-05")])
def test_startmaand_zoals_mensen_het_typen(client, getypt, bewaard):
    pad, vraag = _doel(client.get(f"/vragen/werkpatroon/?{q(_voor_werkpatroon(), verstuurd='1', st=getypt)}"))
    assert vraag["st"] == bewaard


@pytest.mark.parametrize(("invoer", "melding"), [
    ({"st": "13-2026"}, "Vul een datum in als dag-maand-jaar, bijvoorbeeld 05-01-2027, of een maand als maand-jaar"),
    ({"st": "volgend jaar"}, "Vul een datum in als dag-maand-jaar, bijvoorbeeld 05-01-2027, of een maand als maand-jaar"),
    ({"wp": "nee"}, "Vul in hoeveel uur per week je in een rustige maand werkt."),
    ({"wp": "nee", "ulo": "10", "uhi": "veel"}, "Vul het aantal uren in een drukke maand in met alleen cijfers, bijvoorbeeld 30."),
    ({"bt": "dag"}, "Kies hoe vaak je loon krijgt."),
])
def test_werkpatroon_foutmeldingen(client, invoer, melding):
    html = _html(client.get(f"/vragen/werkpatroon/?{q(_voor_werkpatroon(), verstuurd='1', **invoer)}"))
    assert melding in html


def test_wisselende_uren_worden_om_en_om_gerekend(client, monkeypatch):
    gezien = []
    echt = regels.maanden
    monkeypatch.setattr(regels, "maanden", lambda s, *a, **k: gezien.append(s) or echt(s, *a, **k))
    antwoord = {**ALLEENSTAANDE, "wp": "nee", "ulo": "10", "uhi": "30", "st": "2026-04", "bt": "vier_weken",
                "pd": PEIL}
    html = _html(client.get(f"/resultaat/?{q(antwoord)}"))
    werk = gezien[0]["werk"]
    assert werk["start"] == "2026-04" and werk["loonbetaling"] == "vier_weken"
    assert [r["uren_per_week"] for r in werk["rooster"][:4]] == [10.0, 30.0, 10.0, 30.0]
    assert werk["rooster"][0]["maand"] == "2026-04"
    # Four-weekly pay: the gemeente's counting method is asked too.
    assert 'name="gw"' in html and "Hoe telt je gemeente loon per 4 weken?" in html
    controle = _html(client.get(f"/controleer/?{q(antwoord)}"))
    assert "Wisselend: om en om 10 en 30 uur per week" in controle and "april 2026" in controle


@pytest.mark.parametrize("naam", ["alleenstaande", "alleenstaande_ouder"])
def test_maandtabel_gelijk_aan_regels_maanden(client, naam):
    basis = {"alleenstaande": ALLEENSTAANDE, "alleenstaande_ouder": ALLEENSTAANDE_OUDER}[naam]
    html = _html(client.get(f"/resultaat/?{q(basis, pd=PEIL)}"))
    uitkomst = regels.maanden({**SITUATIES[naam], "peildatum": PEIL})
    tabel = re.search(r'<table class="utrecht-table maand-tabel">(.*?)</table>', html, re.S).group(1)
    rijen = re.findall(r'<tr class="maand-tabel__rij[^"]*">(.*?)</tr>', tabel, re.S)
    assert len(rijen) == 12
    for rij, maand in zip(rijen, uitkomst["maanden"]):
        assert euro(maand["totaal"]) in rij
        assert euro(maand["bijstand"]) in rij and euro(maand["loon_netto"]) in rij
        toeslagen = maand["zorgtoeslag"] + maand["huurtoeslag"] + maand["kindgebonden_budget"]
        assert euro(toeslagen) in rij
        if maand["onder_norm"]:
            assert "minder dan de norm" in rij
    for maand in uitkomst["maanden"]:
        for u in maand["uitleg"]:
            assert u["tekst"] in html
    assert 'id="maand-voor-maand"' in html and "<svg" in html


def test_de_eerste_maand_en_wat_je_moet_doen_met_datums(client):
    html = re.sub(r"[ \t\n]+", " ", re.sub(r"</?strong>", "", _html(client.get(f"/resultaat/?{q(ALLEENSTAANDE, pd=PEIL)}"))))
    uitkomst = regels.maanden({**SITUATIES["alleenstaande"], "peildatum": PEIL})
    april = uitkomst["maanden"][1]
    apart = round(april["verrekend_inkomen"] - april["vrijlating"])
    assert f"In maart 2026 krijg je je loon én je bijstand zonder aftrek. Zet ongeveer €\xa0{apart:,} apart".replace(
        ",", ".") in html
    assert "Uiterlijk 28 april 2026:" in html  # 31 March + 4 weeks (regels: awir.betaling.doorgeven_binnen_weken)
    assert "Vanaf oktober 2026: krijg je geen vrijlating meer." in html


def test_gemeente_verrekent_op_de_maand(client):
    html = _html(client.get(f"/resultaat/?{q(ALLEENSTAANDE, pd=PEIL, gv='zelfde_maand')}"))
    uitkomst = regels.maanden({**SITUATIES["alleenstaande"], "peildatum": PEIL,
                               "gemeente": {"verrekening": "zelfde_maand"}})
    assert "pas als je de loonstrook van die maand hebt ingeleverd" in html
    assert euro(uitkomst["maanden"][1]["bijstand"]) in html
    assert 'value="zelfde_maand" checked' in html
    fout = client.get(f"/resultaat/?{q(ALLEENSTAANDE, pd=PEIL, gv='nooit')}")
    assert fout.status_code == 200 and "Kies hoe je gemeente je loon verrekent." in _html(fout)


def test_pdf_heeft_maand_voor_maand(client):
    response = client.get(f"/resultaat/pdf/?{q(ALLEENSTAANDE, pd=PEIL)}")
    assert response.status_code == 200
    tekst = " ".join(pdf_teksten(response.content))
    uitkomst = regels.maanden({**SITUATIES["alleenstaande"], "peildatum": PEIL})
    assert "Maand voor maand" in tekst and "Wat er per maand gebeurt" in tekst
    for maand in uitkomst["maanden"]:
        assert plat(euro(maand["totaal"])) in tekst
    assert plat(uitkomst["maanden"][0]["uitleg"][0]["tekst"][:60]) in tekst


def test_eerste_werkdag_en_maand_van_de_giften_gaan_naar_regels(client, monkeypatch):
    """Issue 19: a 4-weekly job from Monday 5 January (the periods start that day) and the month of the gifts (what
    is above the limit is income of that month) reach regels.maanden as they were typed."""
    gezien = []
    echt = regels.maanden
    monkeypatch.setattr(regels, "maanden", lambda s, *a, **k: gezien.append(s) or echt(s, *a, **k))
    antwoord = {**ALLEENSTAANDE, "st": "2026-01-05", "bt": "vier_weken", "gf": "2000", "gfm": "2026-03",
                "pd": "2026-01-01"}
    html = _html(client.get(f"/resultaat/?{q(antwoord)}"))
    situatie = gezien[0]
    assert situatie["werk"]["start"] == "2026-01-05"
    assert situatie["giften"] == [{"maand": "2026-03", "bedrag": 2000.0}] and situatie["giften_dit_jaar"] == 2000.0
    assert "In maart kwam je boven de grens voor giften." in html
    controle = _html(client.get(f"/controleer/?{q(antwoord)}"))
    assert "5 januari 2026" in controle
