"""Browser tests with Debian's chromium: content, accessibility (axe),
small screens, and no requests to other websites."""

from __future__ import annotations

from urllib.parse import urlsplit

import pytest
from axe_playwright_python.sync_playwright import Axe

pytestmark = pytest.mark.e2e

TOEGESTANE_HOSTS = {"127.0.0.1", "localhost"}


@pytest.fixture
def verkeer(page):
    """Record every request, every response and every console error of the page."""
    log = {"requests": [], "responses": [], "console_errors": [], "page_errors": []}
    page.on("request", lambda req: log["requests"].append(req.url))
    page.on("response", lambda resp: log["responses"].append((resp.url, resp.status)))
    page.on(
        "console",
        lambda msg: log["console_errors"].append(msg.text) if msg.type == "error" else None,
    )
    page.on("pageerror", lambda exc: log["page_errors"].append(str(exc)))
    return log


def _controleer_axe(page):
    results = Axe().run(page)
    if results.violations_count:
        print(results.generate_report())
    assert results.violations_count == 0, results.generate_report()


def _controleer_verkeer(verkeer):
    assert verkeer["requests"], "geen requests gezien"
    for url in verkeer["requests"]:
        host = urlsplit(url).hostname
        assert host in TOEGESTANE_HOSTS, f"request naar een andere website: {url}"
    kapot = [(url, status) for url, status in verkeer["responses"] if status >= 400]
    assert not kapot, f"mislukte requests: {kapot}"
    # A CSP violation (inline style/script, eval) shows up as a console error.
    assert not verkeer["console_errors"], verkeer["console_errors"]
    assert not verkeer["page_errors"], verkeer["page_errors"]


def _controleer_smal_scherm(page):
    page.set_viewport_size({"width": 360, "height": 800})
    scroll_breedte = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_breedte <= 360, f"horizontaal scrollen op 360 px: {scroll_breedte}"


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
    [("/privacy/", "We bewaren niets"), ("/over/", "Over deze rekenhulp")],
)
def test_infopaginas(live_server, page, verkeer, pad, kop):
    page.goto(live_server.url + pad)
    assert page.locator("h1").inner_text() == kop
    _controleer_axe(page)
    _controleer_smal_scherm(page)
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
