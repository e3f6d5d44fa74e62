"""The site in every language, in Chromium: the step journey, the result page and /samen/.

Per language, in one browser context: every page is accessible (axe; for Dutch that is tested in test_journey.py
and test_samen.py already), has no horizontal scroll, and has `<html lang>` of its language with `dir="rtl"` for
Arabic only. The journey runs once, at 360 px (where text that
grew in translation breaks first); its result page and /samen/ are checked at 360 and 1280 px. The language
switch keeps the answers: a language's link on the Dutch result page opens the same result in that language, and
every amount on it (the headline's, and all in the page) is the Dutch page's.

The journey is driven by the fields' names and the form's button, not by their (translated) labels.
"""

from __future__ import annotations

import re
from collections import Counter
from urllib.parse import parse_qsl, urlsplit

import pytest
from django.conf import settings

from tests.e2e.helpers import controleer_axe, controleer_verkeer, volg_verkeer
from tests.journey_data import ALLEENSTAANDE, ALLEENSTAANDE_OUDER, STEL, q

pytestmark = pytest.mark.e2e

TALEN = [code for code, _ in settings.LANGUAGES]
BREEDTES = (360, 1280)
RESULTAAT = f"/resultaat/?{q(ALLEENSTAANDE_OUDER)}"
SAMEN = f"/samen/?{q(STEL)}"
# What a person answers on the question pages, by field name (the other questions keep their defaults).
STAPPEN_ANTWOORDEN = {"lv": "alleen", "lt": "35", "kdj": "nee", "hr": "650", "u": "16", "ul": "15", "gf": "0"}
BEDRAG = re.compile(r"−?€\s?\d{1,3}(?:\.\d{3})*(?:,\d{2})?")
BIDI_ISOLATEN = re.compile("[\u2066-\u2069]")


def voorvoegsel(taal: str) -> str:
    return "" if taal == settings.LANGUAGE_CODE else f"/{taal}"


@pytest.fixture(scope="module", params=TALEN)
def taal(request) -> str:
    return request.param


@pytest.fixture(scope="module")
def tab(browser, taal):
    """One browser context per language, shared by its tests."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.verkeer = volg_verkeer(page)
    yield page
    context.close()


def bedragen(page, selector: str = "main") -> list[str]:
    """Every amount (€ …) in the element's text, in order, without the bidi isolates around amounts in Arabic."""
    tekst = BIDI_ISOLATEN.sub("", page.locator(selector).first.text_content())
    return [" ".join(b.split()) for b in BEDRAG.findall(tekst.replace("\xa0", " "))]


def controleer_taal(page, taal: str) -> None:
    lang, richting = page.evaluate("[document.documentElement.lang, document.documentElement.dir]")
    assert lang == taal, f"{page.url}: <html lang={lang!r}>"
    assert (richting == "rtl") == (taal == "ar"), f"{page.url}: dir={richting!r}"


def controleer_breedte(page) -> None:
    scroll, venster = page.evaluate("[document.documentElement.scrollWidth, window.innerWidth]")
    assert scroll <= venster, f"{page.url}: horizontaal scrollen op {venster} px ({scroll} px breed)"


def controleer_pagina(page, taal: str) -> None:
    controleer_taal(page, taal)
    controleer_breedte(page)
    if taal != settings.LANGUAGE_CODE:  # the Dutch pages get axe in test_journey.py and test_samen.py
        controleer_axe(page)


def open_alles(page) -> None:
    """Open every "Waarom?" and the chart's table, so axe and the width check see their text too."""
    for details in page.locator("main details").all():
        details.evaluate("el => el.open = true")


def vul_in(page, antwoorden: dict) -> None:
    """Answer the fields of this question page that are in `antwoorden` (by name); leave the rest as they are."""
    for naam, waarde in antwoorden.items():
        velden = page.locator(f'form.vraag-form [name="{naam}"]:not([type="hidden"])')
        if not velden.count():
            continue
        if velden.first.get_attribute("type") == "radio":
            velden.and_(page.locator(f'[value="{waarde}"]')).check()
        else:
            velden.fill(waarde)


def test_de_vragen_tot_de_uitkomst(live_server, tab, taal):
    """The questions at 360 px, from the start page to the result page; that page at 360 and 1280 px."""
    page = tab
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{live_server.url}{voorvoegsel(taal)}/")
    controleer_pagina(page, taal)
    page.locator('main a[href$="/vragen/leefvorm/"]').click()
    gezien = []
    while "/vragen/" in urlsplit(page.url).path:
        assert len(gezien) < 15, f"de vragen houden niet op: {gezien}"
        gezien.append(urlsplit(page.url).path)
        assert urlsplit(page.url).path.startswith(f"{voorvoegsel(taal)}/vragen/")
        controleer_pagina(page, taal)
        vul_in(page, STAPPEN_ANTWOORDEN)
        with page.expect_navigation():
            page.locator('form.vraag-form button[type="submit"]').click()
    # Every question but the children's (you live alone); the work question twice when "Klopt dit?" asks about a
    # wage below the minimum wage of the day.
    assert len(set(gezien)) == 10 and len(gezien) <= 11, gezien
    assert urlsplit(page.url).path == f"{voorvoegsel(taal)}/controleer/"
    controleer_pagina(page, taal)
    with page.expect_navigation():
        page.locator('main a[href*="/resultaat/?"]').click()
    adres = urlsplit(page.url)
    assert adres.path == f"{voorvoegsel(taal)}/resultaat/"
    antwoorden = dict(parse_qsl(adres.query, keep_blank_values=True))
    assert {k: antwoorden.get(k) for k in ALLEENSTAANDE} == ALLEENSTAANDE
    assert bedragen(page, "h1"), "geen bedrag in de kop"
    open_alles(page)
    for breedte in BREEDTES:
        page.set_viewport_size({"width": breedte, "height": 800})
        controleer_pagina(page, taal)
    controleer_verkeer(page.verkeer)


def test_de_taalkeuze_houdt_de_antwoorden_en_de_bedragen(live_server, tab, taal):
    """From the Dutch result page, the language's link: the same answers, every amount the same."""
    page = tab
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(live_server.url + RESULTAAT)
    kop, alle = bedragen(page, "h1"), bedragen(page)
    assert kop and len(alle) > 20, alle
    if taal != settings.LANGUAGE_CODE:
        with page.expect_navigation():
            page.locator(f'nav.talen a[hreflang="{taal}"]').click()
    adres = urlsplit(page.url)
    assert (adres.path, adres.query) == (f"{voorvoegsel(taal)}/resultaat/", urlsplit(RESULTAAT).query)
    controleer_taal(page, taal)
    assert bedragen(page, "h1") == kop
    assert Counter(bedragen(page)) == Counter(alle), "andere bedragen dan op de Nederlandse pagina"
    controleer_verkeer(page.verkeer)


def test_samen_op_360_en_1280(live_server, tab, taal):
    page = tab
    page.goto(f"{live_server.url}{voorvoegsel(taal)}{SAMEN}")
    open_alles(page)
    for breedte in BREEDTES:
        page.set_viewport_size({"width": breedte, "height": 800})
        controleer_pagina(page, taal)
    controleer_verkeer(page.verkeer)
