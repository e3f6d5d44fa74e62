"""Shared checks for the browser tests: axe, requests stay on this site, small screens."""

from __future__ import annotations

from urllib.parse import urlsplit

from axe_playwright_python.sync_playwright import Axe

TOEGESTANE_HOSTS = {"127.0.0.1", "localhost"}


def volg_verkeer(page) -> dict:
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


def controleer_axe(page):
    results = Axe().run(page)
    if results.violations_count:
        print(results.generate_report())
    assert results.violations_count == 0, f"{page.url}\n{results.generate_report()}"


def controleer_verkeer(verkeer):
    assert verkeer["requests"], "geen requests gezien"
    for url in verkeer["requests"]:
        host = urlsplit(url).hostname
        assert host in TOEGESTANE_HOSTS, f"request naar een andere website: {url}"
    kapot = [(url, status) for url, status in verkeer["responses"] if status >= 400]
    assert not kapot, f"mislukte requests: {kapot}"
    # A CSP violation (inline style/script, eval) shows up as a console error.
    assert not verkeer["console_errors"], verkeer["console_errors"]
    assert not verkeer["page_errors"], verkeer["page_errors"]


def controleer_smal_scherm(page, breedte: int = 360):
    page.set_viewport_size({"width": breedte, "height": 800})
    scroll_breedte = page.evaluate("document.documentElement.scrollWidth")
    assert scroll_breedte <= breedte, f"horizontaal scrollen op {breedte} px: {scroll_breedte}"
