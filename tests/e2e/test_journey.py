"""The whole journey in Chromium, by filling the forms and clicking, with JavaScript on and off.

Amounts on the result page are compared with regels.tijdlijn for the same answers.
"""

from __future__ import annotations

import datetime as dt
import re

import pytest
from playwright.sync_api import expect

import regels
from calculator import forms
from calculator.formatting import euro, euro_rond
from calculator.getallen import lees_getal
from tests.e2e.helpers import controleer_axe, controleer_smal_scherm, controleer_verkeer, volg_verkeer
from tests.journey_data import SITUATIES, verwachte_kop

pytestmark = pytest.mark.e2e

# What a person types and clicks, per household.
INVOER = {
    "alleenstaande": {
        "leefvorm": "Ik woon alleen, of met andere volwassenen", "leeftijd": "35",
        "kostendelers": "0", "huur": "650", "uren": "16", "uurloon": "15",
    },
    "alleenstaande_ouder": {
        "leefvorm": "Ik woon alleen met mijn kinderen (alleenstaande ouder)", "leeftijd": "32",
        "kinderen": "4, 9", "kostendelers": "0", "huur": "700", "uren": "20", "uurloon": "14,71",
    },
    "stel": {
        "leefvorm": "Ik woon met mijn partner (getrouwd of samenwonend)", "leeftijd": "38",
        "partner_leeftijd": "36", "kinderen": "", "kostendelers": "1", "huur": None, "uren": "12",
        "uurloon": "16", "partner_loon": "900",
    },
}


def volgende(page):
    # Every "Volgende" loads a page (a GET form, no htmx): wait for it, so the next check never reads a page
    # that is still being replaced (a busy machine).
    with page.expect_navigation():
        page.get_by_role("button", name="Volgende").click()


def doorloop(page, basis_url: str, invoer: dict, bij_elke_pagina=None) -> None:
    """Fill in every question page from the start page to the result page."""
    check = bij_elke_pagina or (lambda p: None)
    page.goto(basis_url + "/")
    check(page)
    page.get_by_role("link", name="Start de berekening").click()

    assert page.locator("h1").inner_text() == "Hoe woon je?"
    check(page)
    page.get_by_label(invoer["leefvorm"]).check()
    volgende(page)

    check(page)
    page.get_by_label("Je leeftijd", exact=True).fill(invoer["leeftijd"])
    if "partner_leeftijd" in invoer:
        page.get_by_label("De leeftijd van je partner").fill(invoer["partner_leeftijd"])
    volgende(page)

    if "kinderen" in invoer:
        check(page)
        page.get_by_label("Leeftijden van je kinderen jonger dan 18").fill(invoer["kinderen"])
        volgende(page)

    check(page)
    if invoer["kostendelers"] == "0":
        page.get_by_label("Nee", exact=True).check()
    else:
        page.get_by_label("Ja", exact=True).check()
        page.get_by_label("Hoeveel mensen van 27 jaar of ouder wonen er nog meer bij je?").fill(invoer["kostendelers"])
    volgende(page)

    check(page)
    if invoer["huur"] is None:
        page.get_by_label("Ik weet het niet, of ik huur niet").check()
    else:
        page.get_by_label("Je kale huur per maand").fill(invoer["huur"])
    volgende(page)

    check(page)
    assert "Het minimumloon voor 21 jaar en ouder is" in page.content()
    page.get_by_label("Uren per week").fill(invoer["uren"])
    page.get_by_label("Bruto uurloon in euro").fill(invoer["uurloon"])
    if "partner_loon" in invoer:
        page.get_by_label("Bruto maandloon van je partner in euro (als je partner werkt)").fill(invoer["partner_loon"])
    volgende(page)
    if forms.onder_minimumloon(int(invoer["leeftijd"]), lees_getal(invoer["uurloon"]), dt.date.today()):
        # "Klopt dit?" on the question itself; a second Volgende confirms the wage.
        assert page.get_by_role("heading", name="Klopt dit?").is_visible()
        check(page)
        volgende(page)

    check(page)
    assert page.locator("h1").inner_text() == "Hoe krijg je je loon?"
    assert page.get_by_label("Per maand").is_checked() and page.get_by_label("Ja, ongeveer evenveel").is_checked()
    volgende(page)  # the defaults: monthly pay, vakantiegeld in May, the same hours every month

    if page.locator("h1").inner_text() == "Gaan je kinderen naar de kinderopvang?":
        check(page)
        keuzes = page.get_by_label("Geen kinderopvang")
        assert keuzes.count() == 2 and all(keuzes.nth(i).is_checked() for i in range(2))
        uren = page.get_by_label("Hoeveel uur per maand gaat je kind van 4 naar de opvang?")
        assert not uren.is_visible()  # hours and price appear only after choosing a kind of opvang (CSS :has)
        page.get_by_label("Kinderdagverblijf (dagopvang)").first.check()
        assert uren.is_visible()
        page.get_by_label("Geen kinderopvang").first.check()
        volgende(page)

    check(page)
    assert page.locator("h1").inner_text() == "Wat kost werken je per maand?"
    expect(page.get_by_label("Reiskosten per maand, in euro")).to_have_value("0")
    volgende(page)  # the defaults: no costs of working

    check(page)
    # The defaults: 0 months, not medisch urenbeperkt ("weet ik niet").
    expect(page.get_by_label("Hoeveel maanden heb je al een inkomstenvrijlating gehad?")).to_have_value("0")
    expect(page.get_by_label("Nee")).to_be_checked()
    volgende(page)

    check(page)
    assert page.locator("h1").inner_text() == "In welke gemeente woon je?"
    volgende(page)  # skipping is allowed: then the national rules apply

    check(page)
    page.get_by_label("Giften dit jaar, samen, in euro").fill("")
    volgende(page)  # no gifts: empty counts as € 0 (the result says so)

    assert page.locator("h1").inner_text() == "Kloppen je antwoorden?"
    check(page)
    page.get_by_role("link", name="Bekijk wat je overhoudt").click()
    assert "/resultaat/?" in page.url


def controleer_uitkomst(page, naam: str, uren: float | None = None):
    """Headline and totals on the page equal regels.tijdlijn for the same answers (the first year's average)."""
    situatie = {**SITUATIES[naam], "peildatum": dt.date.today().isoformat()}
    if uren is not None:
        situatie["werk"] = {**situatie["werk"], "uren_per_week": uren}
    per_bron = regels.tijdlijn(situatie)["per_bron"]
    met, nu = per_bron["met_werk"], per_bron["nu"]
    kop = " ".join(page.locator("h1").inner_text().split())
    h1, onder = verwachte_kop(situatie)
    assert kop == h1.replace("\xa0", " "), kop
    assert onder.replace("\xa0", " ") in " ".join(page.locator(".kop-vergelijk").inner_text().split())
    totaal_rij = page.locator("tfoot tr").first.inner_text()
    assert euro(nu["totaal"]) in totaal_rij and euro(met["totaal"]) in totaal_rij
    return met


@pytest.mark.parametrize("naam", list(INVOER))
def test_journey(live_server, js_page, naam):
    page = js_page
    verkeer = volg_verkeer(page)
    doorloop(page, live_server.url, INVOER[naam])
    controleer_uitkomst(page, naam)
    assert "Geef je nieuwe inkomen binnen 4 weken door aan Dienst Toeslagen." in page.content()
    if page.js_aan:
        assert page.evaluate("typeof window.htmx") == "object"
    controleer_verkeer(verkeer)


def test_journey_toegankelijk_op_elke_pagina(live_server, page, verkeer):
    """Journey 1 with axe on every page (and on an error state), and 360 px on the result page."""
    gezien = []

    def check(p):
        gezien.append(p.url)
        controleer_axe(p)

    doorloop(page, live_server.url, INVOER["alleenstaande"], bij_elke_pagina=check)
    assert len(gezien) == 12
    # The result page with all "Waarom?" explanations and the chart table open.
    for details in page.locator("details").all():
        details.evaluate("el => el.open = true")
    controleer_axe(page)
    controleer_smal_scherm(page)
    breedtes = page.evaluate("[...document.querySelectorAll('.tabel-houder')].map(e => e.scrollWidth - e.clientWidth)")
    assert all(extra <= 0 for extra in breedtes), f"tabel scrolt op 360 px: {breedtes}"
    # An error page: summary at the top, links to the field.
    page.goto(live_server.url + "/vragen/leefvorm/?verstuurd=1")
    assert page.get_by_role("heading", name="Er is iets niet goed ingevuld").is_visible()
    controleer_axe(page)
    page.get_by_role("link", name="Kies hoe je woont.").click()
    controleer_verkeer(verkeer)


def test_uren_aanpassen_zonder_volledige_pagina(live_server, page, verkeer):
    """With JavaScript, changing the hours updates the result in place (htmx) and the URL."""
    doorloop(page, live_server.url, INVOER["alleenstaande"])
    page.evaluate("window.__marker = 'nog dezelfde pagina'")
    uren = page.get_by_label("Uren per week")
    uren.fill("24")
    uren.press("Tab")  # change event
    # Polled by Playwright, not with a string evaluated in the page (the CSP forbids eval).
    expect(page.locator("h1")).to_contain_text("Als je 24 uur per week werkt")
    assert page.evaluate("window.__marker") == "nog dezelfde pagina"
    assert "u=24" in page.url
    met = controleer_uitkomst(page, "alleenstaande", uren=24)
    assert euro(met["netto_loon"]) in page.locator("table").first.inner_text()

    # A wrong value: the error pattern inside the page, still without a page load.
    uren.fill("90")
    uren.press("Tab")
    expect(page.get_by_role("heading", name="Er is iets niet goed ingevuld")).to_be_visible()
    assert page.evaluate("window.__marker") == "nog dezelfde pagina"
    assert page.get_by_label("Uren per week").get_attribute("aria-invalid") == "true"
    controleer_verkeer(verkeer)


def test_wijzig_vanaf_controlepagina(live_server, page, verkeer):
    doorloop(page, live_server.url, INVOER["alleenstaande"])
    page.get_by_role("link", name="Terug naar je antwoorden").click()
    page.get_by_role("link", name=re.compile("Wijzig kale huur")).click()
    page.get_by_label("Je kale huur per maand").fill("700")
    volgende(page)
    assert page.locator("h1").inner_text() == "Kloppen je antwoorden?"
    assert "€\xa0700,00 per maand" in page.locator(".samenvatting").inner_text()
    controleer_verkeer(verkeer)


def test_foutoverzicht_krijgt_de_focus_zodat_een_schermlezer_het_voorleest(page, live_server):
    """GOV.UK pattern: after a submit with errors, focus moves to the error summary (static/js/app.js)."""
    verkeer = volg_verkeer(page)
    page.goto(live_server.url + "/vragen/leefvorm/")
    volgende(page)
    expect(page.locator(".foutoverzicht")).to_be_focused()
    page.keyboard.press("Tab")
    expect(page.locator(".foutoverzicht a").first).to_be_focused()
    controleer_verkeer(verkeer)


def test_klopt_dit_bij_een_maandloon_van_1_100_met_een_komma(live_server, js_page):
    """"1,100" is € 1,10 the Dutch way: the question asks, keeps the amount, and a second Volgende confirms it.
    On a phone (360 px) without horizontal scrolling, and accessible (axe)."""
    page = js_page
    page.set_viewport_size({"width": 360, "height": 800})
    verkeer = volg_verkeer(page)
    page.goto(live_server.url + "/vragen/werk/?lv=alleen&lt=35&kd=0&hr=650&wv=maand&mt=bruto")
    page.get_by_label("Je loon per maand in euro").fill("1,100")
    volgende(page)
    expect(page.get_by_role("heading", name="Klopt dit?")).to_be_visible()
    expect(page.locator(".foutoverzicht")).to_contain_text("Bedoel je €\xa01.100? Vul dat dan in.")
    expect(page.get_by_label("Je loon per maand in euro")).to_have_value("1,1")
    if page.js_aan:  # axe and the width check run as scripts in the page
        controleer_smal_scherm(page)
        controleer_axe(page)
    volgende(page)
    expect(page.locator("h1")).to_have_text("Hoe krijg je je loon?")
    assert "ml=1.1" in page.url and "mlok=1.1" in page.url
    controleer_verkeer(verkeer)
