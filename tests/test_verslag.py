"""Een kort verslag (one A4 page for the dossier) and Meenemen op je telefoon (a large QR code on screen).

The PDF is read back with pdfium and its QR code decoded with zxing-cpp, as in tests/test_pdf.py.
"""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from urllib.parse import urlsplit

import pypdfium2 as pdfium
import pytest
import zxingcpp
from django.conf import settings
from django.core.cache import caches
from django.utils import timezone

import regels
from calculator.formatting import euro, euro_rond
from calculator.versie import APP_VERSIE
from tests.journey_data import ALLEENSTAANDE, ALLEENSTAANDE_OUDER, HUISHOUDENS, SITUATIES, q, verwachte_kop
from tests.pdf_hulp import pagina_teksten, plat

VANDAAG = dt.date.today().isoformat()
DRIE = {"a1u": "24", "a1ul": "14.99", "a2u": "16", "a2ul": "17.5", "a3ml": "2100", "a3mt": "bruto"}
WERK = [{"uren_per_week": 24, "bruto_uurloon": 14.99}, {"uren_per_week": 16, "bruto_uurloon": 17.5},
        {"bruto_per_maand": 2100.0}]


def verslag(client, antwoorden: dict, **extra) -> tuple[object, pdfium.PdfDocument]:
    response = client.get(f"/resultaat/verslag/?{q(antwoorden, **extra)}")
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return response, pdfium.PdfDocument(response.content)


def qr_link(document: pdfium.PdfDocument) -> str:
    codes = zxingcpp.read_barcodes(document[0].render(scale=4).to_pil())
    assert [c.format for c in codes] == [zxingcpp.BarcodeFormat.QRCode]
    return codes[0].text


@pytest.mark.parametrize("naam", list(HUISHOUDENS))
def test_een_pagina_met_kop_antwoorden_bedragen_en_stempel(client, naam):
    response, document = verslag(client, HUISHOUDENS[naam])
    paginas = pagina_teksten(document)
    assert len(paginas) == 1
    tekst = paginas[0]
    situatie = {**SITUATIES[naam], "peildatum": VANDAAG}
    lijn = regels.tijdlijn(situatie)
    met, nu = lijn["per_bron"]["met_werk"], lijn["per_bron"]["nu"]
    h1, onder = verwachte_kop(situatie)
    assert plat(h1) in tekst and plat(onder) in tekst
    assert "Antwoorden" in tekst and "Hoe je woont" in tekst and "Giften dit jaar" in tekst
    assert plat(euro(met["totaal"])) in tekst and plat(euro(nu["totaal"])) in tekst
    # The strip: the first 12 months of work, each month's total in whole euros, tight months in words.
    werk = [m for m in lijn["met_werk"]["maanden"] if m["maand"] >= lijn["start"]][:12]
    assert "De eerste 12 maanden" in tekst
    for m in werk:
        assert plat(euro_rond(m["totaal"])) in tekst
        if m["onder_norm"]:
            assert plat(f"krap: {euro_rond(m['onder_norm'])} te weinig") in tekst
    # The stamp: an estimate, date, rules version, and the link that opens this result again.
    assert "Dit is een schatting, geen besluit." in tekst
    assert f"Berekend op {timezone.localdate().day} " in tekst
    assert f"Rekenregels versie {regels.REGELS_VERSIE}, app versie {APP_VERSIE}." in tekst
    link = f"{settings.BASIS_URL}/resultaat/?{q(HUISHOUDENS[naam], pd=VANDAAG)}"
    assert link in tekst.replace(" ", "")
    assert qr_link(document) == link
    assert response["Content-Disposition"] == f'attachment; filename="wat-houd-ik-over-verslag-{VANDAAG}.pdf"'
    assert response["Cache-Control"] == "no-store"
    assert document.get_metadata_dict()["Title"].startswith("Wat houd ik over? Kort verslag van ")
    document.close()


def test_met_vergeleken_aanbiedingen_op_een_pagina(client):
    response, document = verslag(client, ALLEENSTAANDE_OUDER, **DRIE)
    paginas = pagina_teksten(document)
    assert len(paginas) == 1
    tekst = paginas[0]
    assert "Vergeleken aanbiedingen" in tekst and "Aanbod 3" in tekst
    basis = {**SITUATIES["alleenstaande_ouder"], "peildatum": VANDAAG}
    for werk in WERK:
        assert plat(euro(regels.tijdlijn({**basis, "werk": werk})["per_bron"]["met_werk"]["totaal"])) in tekst
    # The QR code opens the comparison again, with the same offers.
    link = qr_link(document)
    assert link.startswith(f"{settings.BASIS_URL}/vergelijk/?")
    deel = urlsplit(link)
    html = unescape(client.get(f"{deel.path}?{deel.query}").content.decode())
    for werk in WERK:
        assert euro(regels.tijdlijn({**basis, "werk": werk})["per_bron"]["met_werk"]["totaal"]) in html
    document.close()


def test_vier_aanbiedingen_en_een_lange_waarschuwing_blijven_op_een_pagina(client):
    _, document = verslag(client, {**ALLEENSTAANDE_OUDER, "ul": "9"}, **DRIE, a4u="40", a4ul="30")
    assert len(document) == 1
    document.close()


def test_foute_invoer_gaat_naar_de_resultaatpagina(client):
    response = client.get(f"/resultaat/verslag/?{q(ALLEENSTAANDE, u='abc')}")
    assert response.status_code == 302 and response["Location"].startswith("/resultaat/?")


def test_zelfde_grenzen_als_de_grote_pdf(client, settings):
    caches["default"].clear()
    settings.PDF_PER_MINUUT = 2
    onvolledig = q({k: v for k, v in ALLEENSTAANDE.items() if k != "gf"})
    assert client.get(f"/resultaat/pdf/?{onvolledig}").status_code == 302
    assert client.get(f"/resultaat/verslag/?{onvolledig}").status_code == 302
    # One counter for both PDFs: the third is one too many.
    response = client.get(f"/resultaat/verslag/?{onvolledig}")
    assert response.status_code == 429 and response["Retry-After"] == "60"
    pagina = response.content.decode()
    assert "Het is even druk" in pagina
    assert f'href="/resultaat/verslag/?{onvolledig.replace("&", "&amp;")}">Probeer de PDF opnieuw</a>' in pagina


def test_alleen_lezen(client):
    assert client.post(f"/resultaat/verslag/?{q(ALLEENSTAANDE)}").status_code == 405


def test_meenemen_op_je_telefoon(client):
    response = client.get(f"/resultaat/meenemen/?{q(ALLEENSTAANDE)}")
    assert response.status_code == 200 and response["Cache-Control"] == "no-store"
    html = unescape(response.content.decode())
    assert "Scan met je telefoon. Dan heb je deze berekening zelf. Wij bewaren niets." in html
    link = f"{settings.BASIS_URL}/resultaat/?{q(ALLEENSTAANDE, pd=VANDAAG)}"
    # Inline SVG drawn by segno (no image request, no inline style), and the link as a field to select.
    svg = re.search(r'<svg role="img" viewBox="0 0 (\d+) \1" class="qr-scherm"><title>[^<]+</title>', html)
    assert svg and "style=" not in html
    assert f'<input class="utrecht-textbox deellink-veld" type="text" id="deellink" value="{link}" readonly' in html
    assert 'class="utrecht-button utrecht-button--secondary kopieer-knop" type="button" data-kopieer="deellink" data-gekopieerd="De link is gekopieerd." hidden' \
        in html
    # Missing answers: first the questions.
    assert client.get("/resultaat/meenemen/?lv=alleen").status_code == 302


def test_meenemen_link_gebruikt_de_basis_url(client, settings):
    settings.BASIS_URL = "https://wathoudikover.example"
    html = client.get(f"/resultaat/meenemen/?{q(ALLEENSTAANDE)}", HTTP_HOST="localhost").content.decode()
    assert 'value="https://wathoudikover.example/resultaat/?' in html
