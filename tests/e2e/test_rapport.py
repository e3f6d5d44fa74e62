"""The batch's report in Chromium: it opens from a file without any other request, passes axe, reads on a phone."""

from __future__ import annotations

import datetime as dt

import pytest

from regels.batch.draaien import bereken_caseload
from regels.batch.invoer import lees_bestand
from regels.batch.rapport import schrijf_rapport
from tests.batch_data import caseload, schrijf_csv
from tests.e2e.helpers import controleer_axe, controleer_smal_scherm, volg_verkeer

pytestmark = pytest.mark.e2e


@pytest.fixture(scope="module")
def rapport(tmp_path_factory):
    map_ = tmp_path_factory.mktemp("rapport")
    rijen = caseload(60, zaad=21)
    rijen[4]["leeftijd"] = "x"
    tabel = lees_bestand(schrijf_csv(rijen, map_ / "clients.csv"))
    uitkomst, telling = bereken_caseload(tabel, range(0, 41, 4), dt.date(2026, 3, 1), kernen=2)
    schrijf_rapport(uitkomst, telling, map_ / "rapport.html")
    return map_ / "rapport.html"


def test_rapport_opent_zonder_verzoeken_naar_buiten_en_is_toegankelijk(page, rapport):
    verkeer = volg_verkeer(page)
    page.goto(rapport.as_uri())
    assert page.locator("h1").inner_text() == "Meer werken in de bijstand: wat levert het op?"
    assert page.locator("html[lang=nl]").count() == 1
    tekst = page.locator("main").inner_text()
    assert "60 huishoudens in het bestand, 59 berekend." in tekst
    assert "1 huishouden konden we niet berekenen." in tekst
    assert [page.locator("h2").nth(i).inner_text() for i in range(3)] == [
        "Armoedeval", "Wat 8 uur meer werken gemiddeld oplevert", "Vanaf hoeveel uur geen bijstand meer"]
    assert page.locator("svg[role=img]").count() == 3
    controleer_axe(page)
    controleer_smal_scherm(page)
    assert verkeer["requests"] == [rapport.as_uri()]  # the page itself, and nothing else
    assert not verkeer["console_errors"] and not verkeer["page_errors"]  # a CSP violation would show here
