"""Samen rekenen in Chromium, with JavaScript on and off: the one-page form gives the result of the step journey,
a comparison of three offers equals regels.bereken for each, the QR code on screen opens the same result, and
every new page passes axe at 360 and 1280 px without horizontal scrolling on a phone."""

from __future__ import annotations

import datetime as dt
import io
import re
from urllib.parse import urlsplit

import pytest
import zxingcpp
from PIL import Image
from playwright.sync_api import expect

import regels
from calculator import forms
from calculator.formatting import euro
from calculator.getallen import lees_getal
from tests.e2e.helpers import controleer_axe, controleer_smal_scherm, controleer_verkeer, volg_verkeer
from tests.e2e.test_journey import INVOER, controleer_uitkomst
from tests.journey_data import ALLEENSTAANDE, ALLEENSTAANDE_OUDER, SITUATIES, q, verwachte_kop, zonder_werk

pytestmark = pytest.mark.e2e


def vul_samen_in(page, basis_url: str, invoer: dict) -> None:
    """Everything a klantmanager types on the one-page form, from the households of the step journey."""
    page.goto(basis_url + "/samen/")
    page.get_by_label(invoer["leefvorm"]).check()
    page.get_by_label("Je leeftijd", exact=True).fill(invoer["leeftijd"])
    if "partner_leeftijd" in invoer:
        page.get_by_label("De leeftijd van je partner").fill(invoer["partner_leeftijd"])
    if "kinderen" in invoer:
        page.get_by_label("Leeftijden van je kinderen jonger dan 18").fill(invoer["kinderen"])
    huisgenoten = page.get_by_role("group", name="Wonen er nog andere mensen van 27 jaar of ouder bij je?")
    if invoer["kostendelers"] == "0":
        huisgenoten.get_by_label("Nee", exact=True).check()
    else:
        huisgenoten.get_by_label("Ja", exact=True).check()
        page.get_by_label("Hoeveel mensen van 27 jaar of ouder wonen er nog meer bij je?").fill(invoer["kostendelers"])
    if invoer["huur"] is None:
        page.get_by_label("Ik weet het niet, of ik huur niet").check()
    else:
        page.get_by_label("Je kale huur per maand").fill(invoer["huur"])
    page.get_by_label("Uren per week", exact=True).fill(invoer["uren"])
    page.get_by_label("Bruto uurloon in euro").fill(invoer["uurloon"])
    if "partner_loon" in invoer:
        page.get_by_label("Bruto maandloon van je partner in euro (als je partner werkt)").fill(invoer["partner_loon"])
    page.get_by_label("Giften dit jaar, samen, in euro").fill("0")


@pytest.mark.parametrize("naam", list(INVOER))
def test_een_pagina_geeft_de_uitkomst_van_de_vragen(live_server, js_page, naam):
    page = js_page
    verkeer = volg_verkeer(page)
    vul_samen_in(page, live_server.url, INVOER[naam])
    situatie = {**SITUATIES[naam], "peildatum": dt.date.today().isoformat()}
    h1, onder = verwachte_kop(situatie)
    kop = page.locator("#samen-uitkomst .kop-uitkomst")
    if page.js_aan:
        page.keyboard.press("Tab")  # the last change: htmx updates the result next to the form
        expect(kop).to_have_text(h1.replace("\xa0", " "), use_inner_text=True)
        assert "/samen/?" in page.url  # the link has the answers (replaced, not a new history entry)
    else:
        with page.expect_navigation():
            page.get_by_role("button", name="Reken uit").click()
        assert " ".join(kop.inner_text().split()) == h1.replace("\xa0", " ")
    assert onder.replace("\xa0", " ") in " ".join(page.locator("#samen-uitkomst .kop-vergelijk").inner_text().split())
    if page.js_aan:
        expect(page.locator("#samen-status")).to_contain_text("Uitkomst bijgewerkt: ongeveer")
    # A wage below the minimum: a warning at the work question itself, the result stays.
    if forms.onder_minimumloon(int(INVOER[naam]["leeftijd"]), lees_getal(INVOER[naam]["uurloon"]), dt.date.today()):
        expect(page.locator("#samen-minimumloon")).to_contain_text("Dat is minder dan het minimumloon")
    met, nu = regels.bereken(situatie), regels.bereken(zonder_werk(situatie))
    totaal = page.locator("#samen-uitkomst tfoot tr").inner_text()
    assert euro(nu["per_maand"]["totaal"]) in totaal and euro(met["per_maand"]["totaal"]) in totaal
    # The whole result page, from the link of the one-page form, is the step journey's result.
    page.get_by_role("link", name="Bekijk de hele uitkomst").click()
    assert "/resultaat/?" in page.url
    controleer_uitkomst(page, naam)
    controleer_verkeer(verkeer)


def test_een_pagina_toont_fouten_bij_de_vragen(live_server, page, verkeer):
    """Without everything filled in, "Reken uit" shows the question pages' messages; a link goes to the field."""
    page.goto(live_server.url + "/samen/")
    page.get_by_label("Ik woon met mijn partner (getrouwd of samenwonend)").check()
    expect(page.get_by_label("De leeftijd van je partner")).to_be_visible()  # shown after the choice, by CSS
    page.get_by_role("button", name="Reken uit").click()
    expect(page.locator(".foutoverzicht")).to_be_focused()
    page.get_by_role("link", name="Vul de leeftijd van je partner in.").click()
    expect(page.get_by_label("De leeftijd van je partner")).to_be_focused()
    controleer_verkeer(verkeer)


@pytest.fixture
def drie_aanbiedingen(live_server, js_page):
    """From the result page to the comparison, with offer 1 the work of the answers and two more."""
    page = js_page
    page.verkeer = volg_verkeer(page)
    page.goto(f"{live_server.url}/resultaat/?{q(ALLEENSTAANDE)}")
    page.get_by_role("link", name="Vergelijk met een ander aanbod").first.click()
    expect(page.locator("h1")).to_have_text("Vergelijk aanbiedingen")
    tweede = page.get_by_role("group", name="Aanbod 2")
    tweede.get_by_label("Uren per week").fill("24")
    tweede.get_by_label("Bruto uurloon").fill("14,99")
    derde = page.get_by_role("group", name="Aanbod 3")
    derde.get_by_label("Uren per week").fill("16")
    derde.get_by_label("Bruto uurloon").fill("17,50")
    if page.js_aan:
        page.keyboard.press("Tab")
        # Each change is a request; the last one has all three offers (its answer replaces the link).
        expect(page).to_have_url(re.compile(r"a3ul=17"))
        expect(page.locator(".aanbod-tabel thead th")).to_have_count(4)
    else:
        with page.expect_navigation():
            page.get_by_role("button", name="Vergelijk").click()
    return page


def test_drie_aanbiedingen_gelijk_aan_regels(drie_aanbiedingen):
    page = drie_aanbiedingen
    basis = {**SITUATIES["alleenstaande"], "peildatum": dt.date.today().isoformat()}
    werk = [{"uren_per_week": 16, "bruto_uurloon": 15.0}, {"uren_per_week": 24, "bruto_uurloon": 14.99},
            {"uren_per_week": 16, "bruto_uurloon": 17.5}]
    totalen = page.locator(".aanbod-tabel tr.totaal-rij td").all_inner_texts()
    assert totalen == [euro(regels.bereken({**basis, "werk": w})["per_maand"]["totaal"]) for w in werk]
    assert page.locator(".conclusie").inner_text().startswith("Met aanbod ")
    # All state in the URL: the offers are in the link (also after htmx), and a reload shows the same.
    if page.js_aan:
        page.reload()
        assert page.locator(".aanbod-tabel tr.totaal-rij td").all_inner_texts() == totalen
    controleer_verkeer(page.verkeer)


def test_qr_code_op_het_scherm_opent_dezelfde_berekening(live_server, browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900},
                                  permissions=["clipboard-read", "clipboard-write"])
    page = context.new_page()
    verkeer = volg_verkeer(page)
    page.goto(f"{live_server.url}/resultaat/?{q(ALLEENSTAANDE_OUDER)}")
    page.get_by_role("link", name="Meenemen op je telefoon").click()
    expect(page.locator("h1")).to_have_text("Meenemen op je telefoon")
    assert "Scan met je telefoon. Dan heb je deze berekening zelf. Wij bewaren niets." in page.content()
    beeld = Image.open(io.BytesIO(page.locator("svg.qr-scherm").screenshot()))
    codes = zxingcpp.read_barcodes(beeld)
    assert [c.format for c in codes] == [zxingcpp.BarcodeFormat.QRCode]
    link = codes[0].text
    assert link == page.get_by_label("De link naar deze berekening").input_value()
    # "Kopieer link" (JavaScript) puts the same link on the clipboard.
    page.get_by_role("button", name="Kopieer link").click()
    expect(page.get_by_role("status")).to_have_text("De link is gekopieerd.")
    assert page.evaluate("navigator.clipboard.readText()") == link
    # The link reproduces the result (BASIS_URL is the production address; here the live server answers).
    deel = urlsplit(link)
    page.goto(f"{live_server.url}{deel.path}?{deel.query}")
    controleer_uitkomst(page, "alleenstaande_ouder")
    controleer_verkeer(verkeer)
    context.close()


def test_kopieer_link_zonder_javascript_is_een_veld_om_te_selecteren(live_server, browser):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(f"{live_server.url}/resultaat/meenemen/?{q(ALLEENSTAANDE)}")
    expect(page.get_by_role("button", name="Kopieer link")).to_be_hidden()
    veld = page.get_by_label("De link naar deze berekening")
    expect(veld).to_be_visible()
    assert veld.input_value().endswith(q(ALLEENSTAANDE, pd=dt.date.today().isoformat()))
    context.close()


NIEUWE_PAGINAS = [
    "/samen/",
    f"/samen/?{q(ALLEENSTAANDE_OUDER)}",
    "/samen/?lv=partner&lt=abc&verstuurd=1",
    f"/vergelijk/?{q(ALLEENSTAANDE_OUDER, a1u='24', a1ul='14.99', a2u='16', a2ul='17.5', a3ml='2100', a4u='32')}",
    f"/resultaat/meenemen/?{q(ALLEENSTAANDE)}",
    "/samen/leidraad/",
    f"/resultaat/?{q(ALLEENSTAANDE_OUDER)}",  # the result page's new layout on a wide screen
    "/vragen/huisgenoten/?lv=alleen&lt=35",
    # the newer questions: childcare per child (one with opvang chosen), a couple's age question, the partner's months
    "/vragen/kinderopvang/?lv=ouder&lt=32&kk=2%2C7&kd=0&hr=700&u=20&ul=14.99&o2=bso&ou2=40&op2=9",
    "/vragen/leeftijd/?lv=partner",
    "/vragen/vrijlating/?lv=partner&lt=38&plt=36&kk=&kd=0&hrn=1&u=12&ul=16&pbm=900",
    f"/resultaat/?{q(ALLEENSTAANDE_OUDER, o1='dagopvang', ou1='80', op1='10,50')}",
    # issue 21: the gemeente and costs questions (one with an unknown gemeente), a result with the gemeente's rules
    "/vragen/gemeente/?lv=alleen&lt=35&kd=0&hr=650&u=16&ul=15",
    "/vragen/gemeente/?lv=alleen&lt=35&kd=0&hr=650&u=16&ul=15&verstuurd=1&gm=Atlantis",
    "/vragen/kosten/?lv=alleen&lt=35&kd=0&hr=650&u=16&ul=15",
    f"/resultaat/?{q(ALLEENSTAANDE, gm='GM0518', kr='80', kv='50', pd='2026-03-01')}",
    f"/vergelijk/?{q(ALLEENSTAANDE, gm='GM0518', pd='2026-03-01', a1u='16', a2u='36')}",
]


@pytest.mark.parametrize("pad", NIEUWE_PAGINAS)
def test_nieuwe_paginas_toegankelijk_op_360_en_1280(live_server, page, verkeer, pad):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + pad)
    for details in page.locator("details").all():
        details.evaluate("el => el.open = true")
    controleer_axe(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    controleer_smal_scherm(page)
    controleer_axe(page)
    breedtes = page.evaluate("[...document.querySelectorAll('.tabel-houder')].map(e => e.scrollWidth - e.clientWidth)")
    assert all(extra <= 0 for extra in breedtes), f"tabel scrolt op 360 px: {breedtes}"
    controleer_verkeer(verkeer)
