"""The PDF from the result page in Chromium: a download that follows the chosen hours, with and without JavaScript."""

from __future__ import annotations

import datetime as dt

import pytest
from playwright.sync_api import expect

import regels
from calculator.formatting import euro_rond
from tests.e2e.helpers import controleer_verkeer
from tests.e2e.test_journey import INVOER, doorloop
from tests.journey_data import SITUATIES, verwachte_kop
from tests.pdf_hulp import pdf_teksten, plat

pytestmark = pytest.mark.e2e


def download_pdf(page) -> tuple[str, str]:
    """Click the first "Download als PDF" link; returns (file name, text of page 1)."""
    with page.expect_download() as info:
        page.get_by_role("link", name="Download als PDF").first.click()
    download = info.value
    return download.suggested_filename, pdf_teksten(download.path())[0]


def test_pdf_download_met_en_zonder_javascript(live_server, js_page):
    doorloop(js_page, live_server.url, INVOER["alleenstaande"])
    naam, tekst = download_pdf(js_page)
    assert naam.startswith("wat-houd-ik-over-") and naam.endswith(".pdf")
    assert "Als je 16 uur per week werkt voor € 15,00 per uur" in tekst
    assert "Dit is een schatting, geen besluit." in tekst


def test_pdf_volgt_de_aangepaste_uren(live_server, page, verkeer):
    """After htmx updated the result, the PDF link has the new hours too."""
    doorloop(page, live_server.url, INVOER["alleenstaande"])
    uren = page.get_by_label("Uren per week")
    uren.fill("24")
    uren.press("Tab")
    expect(page.locator("h1")).to_contain_text("Als je 24 uur per week werkt")
    _, tekst = download_pdf(page)
    met = regels.bereken({**SITUATIES["alleenstaande"], "peildatum": dt.date.today().isoformat(),
                          "werk": {"uren_per_week": 24, "bruto_uurloon": 15.0}})
    assert plat(verwachte_kop({**SITUATIES["alleenstaande"], "peildatum": dt.date.today().isoformat(),
                               "werk": {"uren_per_week": 24, "bruto_uurloon": 15.0}})[0]) in tekst
    controleer_verkeer(verkeer)


def test_afdrukken_toont_alleen_de_uitkomst(live_server, page):
    """The print stylesheet: no form, no buttons, no download link; the explanations stay."""
    doorloop(page, live_server.url, INVOER["alleenstaande"])
    page.emulate_media(media="print")
    expect(page.locator("form.aanpassen")).to_be_hidden()
    expect(page.locator(".pdf-link").first).to_be_hidden()
    expect(page.locator("h1")).to_be_visible()
    expect(page.locator(".vergelijk-tabel").first).to_be_visible()
