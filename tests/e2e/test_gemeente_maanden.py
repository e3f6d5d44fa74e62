"""The result page of a Tilburg household with costs of working, and one with a gemeente premie (a profile written
in tests/test_tijdlijn_gemeente.py), in Chromium: axe clean at 360 and 1280 px, no horizontal scrolling on a phone,
the hours chart's marker and the month table after costs visible. With SCHERMAFDRUKKEN=<map> the pages are saved
as PNG there (to look at them)."""

from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import urlencode

import pytest

from tests.e2e.helpers import controleer_axe, controleer_smal_scherm, controleer_verkeer
from tests.test_tijdlijn_gemeente import TILBURG, _profiel


def _bekijk(page, url: str, naam: str) -> None:
    page.set_viewport_size({"width": 1280, "height": 900})
    page.goto(url)
    for details in page.locator("details").all():
        details.evaluate("el => el.open = true")
    controleer_axe(page)
    assert page.evaluate("document.documentElement.scrollWidth") <= 1280
    _schermafdruk(page, f"{naam}-1280")
    controleer_smal_scherm(page)
    controleer_axe(page)
    breedtes = page.evaluate("[...document.querySelectorAll('.tabel-houder')].map(e => e.scrollWidth - e.clientWidth)")
    assert all(extra <= 0 for extra in breedtes), f"tabel scrolt op 360 px: {breedtes}"
    _schermafdruk(page, f"{naam}-360")


def _schermafdruk(page, naam: str) -> None:
    kaart = os.environ.get("SCHERMAFDRUKKEN")
    if kaart:
        page.screenshot(path=str(Path(kaart) / f"{naam}.png"), full_page=True)


def test_tilburg_met_kosten_van_werken(live_server, page, verkeer):
    _bekijk(page, f"{live_server.url}/resultaat/?{urlencode(TILBURG)}", "tilburg-kosten")
    page.set_viewport_size({"width": 1280, "height": 900})
    assert page.locator(".grafiek__grens").count() == 1
    assert page.get_by_text("Vanaf 16 uur per week ben je de collectieve zorgverzekering kwijt.", exact=True).is_visible()
    assert page.locator(".maand-tabel__na-kosten").first.is_visible()
    assert page.locator(".kop-uitkomst").inner_text().endswith("na kosten van werken.")
    controleer_verkeer(verkeer)


@pytest.mark.parametrize("bm", ["", "30"])
def test_premie_van_de_gemeente(live_server, page, verkeer, tmp_path, monkeypatch, bm):
    _profiel(tmp_path, monkeypatch)
    _bekijk(page, f"{live_server.url}/resultaat/?{urlencode({**TILBURG, 'bm': bm})}", f"tilburg-premie-{bm or 'leeg'}")
    assert page.get_by_label("Hoe lang heb je al bijstand? (in maanden)").count() == 1
    if bm:
        assert page.locator(".maand-tabel .tag-gemeente", has_text="premie van je gemeente").count() == 2
    controleer_verkeer(verkeer)
