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
