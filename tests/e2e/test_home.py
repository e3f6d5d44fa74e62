"""Browser tests with Debian's chromium: content, accessibility (axe),
small screens, and no requests to other websites."""

from __future__ import annotations

import pytest

from tests.e2e.helpers import controleer_axe, controleer_smal_scherm, controleer_verkeer

pytestmark = pytest.mark.e2e

_controleer_axe = controleer_axe
_controleer_verkeer = controleer_verkeer
_controleer_smal_scherm = controleer_smal_scherm


def test_home(live_server, page, verkeer):
    page.goto(live_server.url + "/")
    assert page.locator("h1").inner_text() == "Wat houd ik over?"
    assert page.locator("html[lang=nl]").count() == 1
    assert "Dit is een schatting, geen besluit. Je gemeente beslist." in page.content()

    # Static files really loaded: stylesheet applied, htmx present.
    statics = [url for url, _ in verkeer["responses"] if "/static/" in url]
    assert any(url.endswith(".css") for url in statics), statics
    assert any("htmx" in url and url.endswith(".js") for url in statics), statics
    assert page.evaluate("typeof window.htmx") == "object"
    assert page.evaluate("getComputedStyle(document.body).fontSize") == "18px"

    _controleer_axe(page)
    _controleer_smal_scherm(page)
    _controleer_verkeer(verkeer)


def test_skiplink_gaat_naar_inhoud(live_server, page, verkeer):
    page.goto(live_server.url + "/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert skip.evaluate("el => el === document.activeElement")
    assert skip.inner_text() == "Naar de inhoud"
    # Focus must be clearly visible (3px outline).
    assert skip.evaluate("el => getComputedStyle(el).outlineWidth") == "3px"
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#inhoud"
    _controleer_verkeer(verkeer)


@pytest.mark.parametrize(
    ("pad", "kop"),
    [("/privacy/", "We bewaren niets"), ("/over/", "Over deze rekenhulp"),
     ("/over/bedragen/", "Alle bedragen en bronnen"), ("/woorden/", "Woorden uit je brieven"),
     ("/over/vertalingen/", "Over de vertalingen")],
)
def test_infopaginas(live_server, page, verkeer, pad, kop):
    page.goto(live_server.url + pad)
    assert page.locator("h1").inner_text() == kop
    _controleer_axe(page)
    _controleer_smal_scherm(page)
    _controleer_verkeer(verkeer)


@pytest.mark.parametrize(("pad", "kop"), [("/woorden/", "Woorden uit je brieven"),
                                         ("/over/vertalingen/", "Over de vertalingen"),
                                         ("/over/bedragen/", "Alle bedragen en bronnen")])
def test_infopaginas_in_het_arabisch(live_server, page, verkeer, pad, kop):
    """The pages of this issue (and the longest one) right to left: axe clean at 1280 and 360 px, nothing wider
    than a phone."""
    from django.utils import translation

    page.goto(f"{live_server.url}/ar{pad}")
    with translation.override("ar"):
        assert page.locator("h1").inner_text() == translation.gettext(kop) != kop
    assert page.locator("html").get_attribute("dir") == "rtl"
    _controleer_axe(page)  # at 1280 px
    _controleer_smal_scherm(page)
    _controleer_axe(page)  # at 360 px
    _controleer_verkeer(verkeer)


def test_404_pagina(live_server, page, verkeer):
    response = page.goto(live_server.url + "/bestaat-niet/")
    assert response.status == 404
    assert page.locator("h1").inner_text() == "Deze pagina bestaat niet"
    _controleer_axe(page)
    # Only the page itself is a 404; its assets must load.
    verkeer["responses"] = [(u, s) for u, s in verkeer["responses"] if "/bestaat-niet/" not in u]
    # Chromium logs the 404 of the page itself as a console error.
    verkeer["console_errors"] = [e for e in verkeer["console_errors"] if "404" not in e]
    _controleer_verkeer(verkeer)
