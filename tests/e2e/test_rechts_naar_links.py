"""Arabic in Chromium: right to left on a 360 px phone without sideways scrolling, the language switch keeping the
answers, and "Lees voor" (the browser's own speech, stubbed here to record what it is asked to say).

With SCHERMAFDRUKKEN=<map> the Arabic result page is saved there as r-ar-360.png and r-ar-1280.png."""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from playwright.sync_api import expect

from django.utils import translation

from tests.e2e.helpers import controleer_axe, controleer_smal_scherm, controleer_verkeer
from tests.journey_data import ALLEENSTAANDE_OUDER, q

pytestmark = pytest.mark.e2e

QUERY = q(ALLEENSTAANDE_OUDER)
ARABISCHE_STEM = {"name": "Stem ar", "lang": "ar-SA", "localService": True, "default": False}

# window.speechSynthesis and SpeechSynthesisUtterance replaced before the page's scripts run: every utterance
# handed to speak() is recorded (text, language, voice), nothing is spoken.
SPRAAK_STUB = """
(() => {
  const log = { uitingen: [], gestopt: 0, laatste: null };
  window.__spraak = log;
  function Uiting(tekst) { this.text = tekst; this.lang = ""; this.voice = null; }
  const spraak = {
    speaking: false, pending: false, paused: false,
    getVoices() { return %s; },
    speak(u) { log.uitingen.push({ tekst: u.text, taal: u.lang, stem: u.voice && u.voice.name }); log.laatste = u; },
    cancel() { log.gestopt += 1; },
    addEventListener() {}, removeEventListener() {},
  };
  Object.defineProperty(window, "speechSynthesis", { value: spraak, configurable: true });
  Object.defineProperty(window, "SpeechSynthesisUtterance", { value: Uiting, configurable: true, writable: true });
})();
"""


def _schermafdruk(page, naam: str) -> None:
    kaart = os.environ.get("SCHERMAFDRUKKEN")
    if kaart:
        page.screenshot(path=str(Path(kaart) / f"{naam}.png"), full_page=True)


def test_arabisch_van_rechts_naar_links_op_een_telefoon(live_server, page, verkeer):
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(f"{live_server.url}/ar/resultaat/?{QUERY}")
    html = page.locator("html")
    expect(html).to_have_attribute("dir", "rtl")
    expect(html).to_have_attribute("lang", "ar")
    assert page.evaluate("getComputedStyle(document.body).direction") == "rtl"
    # The charts are mirrored (0 hours and the first month on the right); their texts are not.
    assert page.evaluate("getComputedStyle(document.querySelector('.grafiek__svg')).transform") == \
        "matrix(-1, 0, 0, 1, 0, 0)"
    _schermafdruk(page, "r-ar-1280")
    controleer_smal_scherm(page)
    controleer_axe(page)
    _schermafdruk(page, "r-ar-360")
    # The first month of the strip of cards is on the right, the amounts read left to right.
    eerste, tweede = page.locator(".maand-tabel__rij").nth(0), page.locator(".maand-tabel__rij").nth(1)
    assert eerste.bounding_box()["y"] < tweede.bounding_box()["y"]
    kop = page.locator(".kop-uitkomst")
    assert kop.evaluate("el => el.getBoundingClientRect().right") == pytest.approx(344, abs=1)
    for pad in ("/ar/", f"/ar/samen/?{QUERY}", f"/ar/vergelijk/?{QUERY}"):
        page.goto(live_server.url + pad)
        controleer_smal_scherm(page)
    controleer_verkeer(verkeer)


def test_taalkeuze_houdt_de_antwoorden(live_server, page, verkeer):
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{live_server.url}/ar/resultaat/?{QUERY}")
    talen = page.locator(".talen__taal")
    assert talen.count() == 5
    huidig = page.locator(".talen__taal[aria-current]")
    expect(huidig).to_have_count(1)
    expect(huidig).to_have_attribute("lang", "ar")
    for link in talen.all():
        doos = link.bounding_box()
        assert doos["width"] >= 44 and doos["height"] >= 44, (link.inner_text(), doos)
        assert doos["x"] >= 0 and doos["x"] + doos["width"] <= 360
    # At most two neat lines in the header.
    assert len({round(link.bounding_box()["y"]) for link in talen.all()}) <= 2

    with page.expect_navigation():
        page.locator(".talen__taal[lang=nl]").click()
    adres = urlsplit(page.url)
    assert adres.path == "/resultaat/" and adres.query == QUERY
    expect(page.locator("html")).to_have_attribute("dir", "ltr")
    expect(page.locator(".talen__taal[aria-current]")).to_have_attribute("lang", "nl")

    with page.expect_navigation():
        page.locator(".talen__taal[lang=ar]").click()
    adres = urlsplit(page.url)
    assert adres.path == "/ar/resultaat/" and adres.query == QUERY
    expect(page.locator("html")).to_have_attribute("lang", "ar")
    controleer_verkeer(verkeer)


def _ar(tekst: str) -> str:
    """A text of the page as the Arabic page writes it (the button's accessible name)."""
    with translation.override("ar"):
        return translation.gettext(tekst)


def test_lees_voor_zonder_javascript_verborgen(live_server, browser):
    context = browser.new_context(java_script_enabled=False, viewport={"width": 360, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server.url}/ar/resultaat/?{QUERY}")
    assert page.locator(".voorlezen").count() == 1
    expect(page.get_by_role("button", name=_ar("Lees voor"))).to_be_hidden()
    context.close()


def _met_spraak(page, stemmen) -> None:
    page.add_init_script(SPRAAK_STUB % json.dumps(stemmen))


def test_lees_voor_in_de_taal_van_de_pagina(live_server, page, verkeer):
    _met_spraak(page, [{"name": "Stem nl", "lang": "nl-NL", "localService": True, "default": True},
                       ARABISCHE_STEM])
    page.set_viewport_size({"width": 360, "height": 800})
    page.goto(f"{live_server.url}/ar/resultaat/?{QUERY}")
    knop = page.get_by_role("button", name=_ar("Lees voor"))
    assert knop.inner_text() != "Lees voor"
    expect(knop).to_be_visible()
    stop = page.get_by_role("button", name=_ar("Stop met voorlezen"))
    expect(stop).to_be_hidden()

    knop.click()
    expect(stop).to_be_visible()
    uitingen = page.evaluate("window.__spraak.uitingen")
    assert len(uitingen) > 5
    assert {u["taal"] for u in uitingen} == {"ar"}
    assert {u["stem"] for u in uitingen} == {"Stem ar"}
    # In page order: the headline first (its amount said the Arabic way), the list of what to do last.
    kop = page.locator(".kop-uitkomst").inner_text()
    assert uitingen[0]["tekst"].startswith(kop[:30])
    uurloon = page.evaluate("new Intl.NumberFormat('ar', {style: 'currency', currency: 'EUR'}).format(14.71)")
    assert uurloon in uitingen[0]["tekst"] and "14,71" not in uitingen[0]["tekst"]
    assert not any("\u2066" in u["tekst"] or "\u2069" in u["tekst"] for u in uitingen)
    laatste = page.locator(".actielijst > li").last.inner_text()
    assert laatste.startswith(uitingen[-1]["tekst"][:20]) or uitingen[-1]["tekst"] in laatste
    assert any(u["tekst"] == page.locator(".actielijst").evaluate(
        "el => el.previousElementSibling.textContent") for u in uitingen)

    # Reading to the end hides Stop again; Stop stops the browser's speech.
    page.evaluate("window.__spraak.laatste.onend()")
    expect(stop).to_be_hidden()
    knop.click()
    expect(stop).to_be_visible()
    gestopt = page.evaluate("window.__spraak.gestopt")
    stop.click()
    expect(stop).to_be_hidden()
    assert page.evaluate("window.__spraak.gestopt") == gestopt + 1
    expect(knop).to_be_focused()
    controleer_verkeer(verkeer)


def test_lees_voor_zonder_stem_voor_de_taal(live_server, page, verkeer):
    # Only a Dutch voice on this device, and an Arabic one of an online service (which would send the page away).
    _met_spraak(page, [{"name": "Stem nl", "lang": "nl-NL", "localService": True, "default": True},
                       {**ARABISCHE_STEM, "localService": False}])
    page.goto(f"{live_server.url}/ar/resultaat/?{QUERY}")
    page.get_by_role("button", name=_ar("Lees voor")).click()
    melding = page.locator(".voorlezen").get_attribute("data-geen-stem")
    expect(page.locator(".voorlezen__status")).to_have_text(melding)
    assert page.evaluate("window.__spraak.uitingen") == []
    controleer_verkeer(verkeer)


def test_lees_voor_in_het_nederlands(live_server, page, verkeer):
    _met_spraak(page, [ARABISCHE_STEM, {"name": "Stem nl", "lang": "nl-BE", "localService": True, "default": False}])
    page.goto(f"{live_server.url}/resultaat/?{QUERY}")
    page.get_by_role("button", name="Lees voor").click()
    uitingen = page.evaluate("window.__spraak.uitingen")
    assert {(u["taal"], u["stem"]) for u in uitingen} == {("nl", "Stem nl")}
    assert uitingen[0]["tekst"].startswith("Als je 20 uur per week werkt voor €\xa014,71 per uur")
    controleer_verkeer(verkeer)
