"""The page "Alle bedragen en bronnen" shows every value regels uses on a date, with its source."""

import datetime as dt

import pytest

import regels
from calculator.formatting import euro


def test_de_pagina_toont_elke_waarde_met_bron(client):
    antwoord = client.get("/over/bedragen/?pd=2026-07-01")
    assert antwoord.status_code == 200
    html = antwoord.content.decode()
    alle = regels.parameters_op(dt.date(2026, 7, 1))
    assert html.count('class="bedragen-lijst__item"') == len(alle)
    assert f"{euro(1419.46)} per maand" in html  # art. 21 norm per 1 juli 2026
    assert "Participatiewet artikel 21, onderdeel a" in html
    assert "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&amp;artikel=21&amp;g=2026-07-01" in html


def test_op_1_januari_2026_geldt_de_oude_norm(client):
    html = client.get("/over/bedragen/?pd=2026-01-01").content.decode()
    assert f"{euro(1401.50)} per maand" in html and f"{euro(1419.46)} per maand" not in html


@pytest.mark.parametrize("pd", ["onzin", "1999-01-01", "2099-12-31", ""])
def test_een_rare_datum_geeft_geen_fout(client, pd):
    assert client.get(f"/over/bedragen/?pd={pd}").status_code == 200


ENGELSE_DECIMALEN = r"\d\.\d+\s?%"


def test_percentages_met_een_komma(client):
    """12,5 % and 35,75 %, never "12.5 %": on the page and in the explanations of regels."""
    import re

    html = client.get("/over/bedragen/?pd=2026-03-01").content.decode()
    assert "12,5\xa0%" in html and "35,75\xa0%" in html
    assert not re.search(ENGELSE_DECIMALEN, html)
    uitkomst = regels.bereken({"peildatum": "2026-03-01", "huishouden": {"leefvorm": "alleenstaande_ouder",
                               "kinderen": [3], "kale_huur": 600}, "werk": {"uren_per_week": 10, "bruto_uurloon": 15},
                               "vrijlating": {"maanden_gehad": 8}})
    teksten = " ".join(u["tekst"] for u in uitkomst["uitleg"])
    assert "12,5\xa0%" in teksten
    assert not re.search(ENGELSE_DECIMALEN, teksten)


def test_de_pagina_zegt_welke_bedragen_nog_niet_bekend_zijn(client):
    uitkomst = regels.bereken({"peildatum": "2027-03-01"})
    melding = next(w for w in uitkomst["waarschuwingen"] if "nog niet allemaal bekend" in w)
    assert melding.startswith("De bedragen vanaf 1 januari 2027 zijn nog niet allemaal bekend")
    from tests.journey_data import ALLEENSTAANDE, q

    html = client.get(f"/resultaat/?{q(ALLEENSTAANDE, pd='2027-03-01')}").content.decode()
    from html import unescape

    assert melding in unescape(html)


def test_een_voorstel_staat_als_voorstel_op_de_pagina(client):
    html = client.get("/over/bedragen/?pd=2027-01-01").content.decode()
    alle = regels.parameters_op(dt.date(2027, 1, 1))
    voorstellen = [p for p in alle if p["status"] == "voorstel"]
    assert voorstellen and html.count("Voorstel: nog geen wet") == len(voorstellen)
    assert "Voorstel: nog geen wet" not in client.get("/over/bedragen/?pd=2026-06-01").content.decode()


def test_pagina_wat_de_rekenhulp_niet_uitrekent(client):
    from tests.journey_data import ALLEENSTAANDE, q

    html = client.get("/over/niet-uitgerekend/").content.decode()
    for onderwerp in ("Alimentatie", "AOW en andere uitkeringen", "Werken als zelfstandige", "Vermogen",
                      "kwijtschelding", "bijzondere bijstand", "individuele inkomenstoeslag"):
        assert onderwerp in html
    # Issue 19: the readings chosen where the law leaves a choice or is not yet published, each with its source.
    for keuze in ("achteraf verrekenen", "Werkwijzer §4.3", "artikel 34b, tweede lid", "artikel 78ff",
                  "aaneengesloten periode", "Regeling Participatiewet, IOAW en IOAZ, artikel 8 en 11",
                  "artikel 34, eerste lid, onderdeel b", "tot €\xa01.000 per jaar", "duurt 12 maanden achter elkaar"):
        assert keuze in html, keuze
    resultaat = client.get(f"/resultaat/?{q(ALLEENSTAANDE)}").content.decode()
    assert 'href="/over/niet-uitgerekend/"' in resultaat
