"""The printable PDF: amounts equal regels.bereken, every section and the stamp, the QR code, errors.

The text is read back from the PDF itself (pdfium), and the QR code is
decoded from a rendered page image (zxing-cpp), so these tests see what a
person or klantmanager sees on paper.
"""

from __future__ import annotations

import datetime as dt
import re
from urllib.parse import urlsplit

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
import zxingcpp
from django.conf import settings
from django.utils import timezone

import regels
from calculator.formatting import euro, euro_rond
from calculator.versie import APP_VERSIE
from tests.journey_data import ALLEENSTAANDE, HUISHOUDENS, SITUATIES, q, verwachte_kop
from tests.pdf_hulp import lettertypen, pagina_teksten, pdf_teksten, plat, structuur, taal

VANDAAG = dt.date.today().isoformat()

SECTIES = [
    "Jouw antwoorden",
    "Per maand, nu en met werk",
    "Wat levert elk uur extra op?",
    "Waarom deze bedragen?",
    "Giften: mag je familie je helpen?",
    "Toeslagen: wat verandert er?",
    "Wat moet je doen?",
    "Vragen voor je klantmanager",
    "Deze berekening opnieuw openen",
]
VRAGEN = [
    "Krijg ik de inkomstenvrijlating? En hoe lang nog?",
    "Wanneer wordt mijn loon verrekend met mijn bijstand?",
    "Kan ik een bufferbudget krijgen?",
    "Welke giftengrens gebruikt mijn gemeente?",
]


def haal_pdf(client, antwoorden: dict, **extra):
    response = client.get(f"/resultaat/pdf/?{q(antwoorden, **extra)}")
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    return response


@pytest.fixture(scope="module")
def pdfs():
    """One PDF per journey household (rendering takes a while: once per module)."""
    from django.test import Client

    client = Client()
    gemaakt = {}
    for naam, antwoorden in HUISHOUDENS.items():
        response = haal_pdf(client, antwoorden)
        document = pdfium.PdfDocument(response.content)
        gemaakt[naam] = {"response": response, "document": document, "paginas": pagina_teksten(document)}
    yield gemaakt
    for pdf in gemaakt.values():
        pdf["document"].close()


@pytest.mark.parametrize("naam", list(HUISHOUDENS))
def test_bedragen_gelijk_aan_regels(pdfs, naam):
    tekst = " ".join(pdfs[naam]["paginas"])
    situatie = {**SITUATIES[naam], "peildatum": VANDAAG}
    met = regels.bereken(situatie)

    h1, onder = verwachte_kop(situatie)
    assert plat(h1) in tekst and plat(onder) in tekst

    # The table per source: every non-zero amount of now and with work, in cents: the timeline's first year.
    rij = re.search(r"Waar het vandaan komt (.*?) Totaal per maand (.*?) (?:Bruto loon is)", tekst)
    assert rij, "tabel per bron ontbreekt"
    tabel = rij.group(0)
    per_bron = regels.tijdlijn(situatie)["per_bron"]
    for sleutel in ("bruto_loon", "netto_loon", "partner_loon", "bijstand", "vrijlating", "zorgtoeslag",
                    "huurtoeslag", "kindgebonden_budget", "kinderbijslag", "totaal"):
        for bedragen in (per_bron["met_werk"], per_bron["nu"]):
            if bedragen[sleutel] or sleutel in ("netto_loon", "bijstand", "totaal"):
                assert plat(euro(bedragen[sleutel])) in tabel, (sleutel, bedragen[sleutel])

    # The other hours in the table: each its own timeline's first 12 months of work (same household and calendar).
    for andere_uren in (8, 24, 32):
        ander = regels.tijdlijn({**situatie, "werk": {**situatie["werk"], "uren_per_week": andere_uren}})
        assert f"{andere_uren} uur" in tabel
        assert plat(euro(ander["per_bron"]["met_werk"]["totaal"])) in tabel

    # Every explanation of the rules package, with its source.
    for uitleg in met["uitleg"]:
        assert plat(uitleg["tekst"]) in tekst, uitleg["tekst"][:60]
        assert plat(uitleg["bron"]) in tekst, uitleg["bron"][:60]
    for waarschuwing in met["waarschuwingen"]:
        assert plat(waarschuwing) in tekst

    # Gifts: the limit and the room left.
    giften = re.search(r"Giften: mag je familie je helpen\?(.*?)Toeslagen: wat verandert er\?", tekst).group(1)
    assert f"Grens voor giften dit jaar {plat(euro(met['giften']['grens']))}" in giften
    assert f"Er kan nog bij {plat(euro(met['giften']['ruimte_over']))}" in giften


@pytest.mark.parametrize("naam", list(HUISHOUDENS))
def test_alle_onderdelen_en_vragen(pdfs, naam):
    tekst = " ".join(pdfs[naam]["paginas"])
    posities = [tekst.find(sectie) for sectie in SECTIES]
    assert -1 not in posities, [s for s, p in zip(SECTIES, posities) if p == -1]
    assert posities == sorted(posities), "de onderdelen staan in de volgorde van het issue"
    for vraag in VRAGEN:
        assert vraag in tekst
    assert "Geef je nieuwe inkomen binnen 4 weken door aan Dienst Toeslagen." in tekst
    assert "Dit beslist je gemeente" in tekst
    assert 2 <= len(pdfs[naam]["paginas"]) <= 8


@pytest.mark.parametrize("naam", list(HUISHOUDENS))
def test_stempel_op_elke_pagina(pdfs, naam):
    link = f"{settings.BASIS_URL}/resultaat/?{q(HUISHOUDENS[naam], pd=VANDAAG)}"
    vandaag = timezone.localdate()
    for nummer, tekst in enumerate(pdfs[naam]["paginas"], start=1):
        assert "Dit is een schatting, geen besluit." in tekst, nummer
        assert f"Rekenregels versie {regels.REGELS_VERSIE}, app versie {APP_VERSIE}." in tekst, nummer
        assert "(peildatum)" in tekst and f"Berekend op {vandaag.day} " in tekst, nummer
        assert link in tekst.replace(" ", ""), nummer
        assert f"Pagina {nummer} van {len(pdfs[naam]['paginas'])}" in tekst


def test_qr_code_opent_dezelfde_berekening(client, pdfs):
    document = pdfs["alleenstaande_ouder"]["document"]
    for index in (0, len(document) - 1):
        codes = zxingcpp.read_barcodes(document[index].render(scale=4).to_pil())
        assert [c.format for c in codes] == [zxingcpp.BarcodeFormat.QRCode]
        link = codes[0].text
        assert link == f"{settings.BASIS_URL}/resultaat/?{q(HUISHOUDENS['alleenstaande_ouder'], pd=VANDAAG)}"

    deel = urlsplit(link)
    response = client.get(f"{deel.path}?{deel.query}")
    assert response.status_code == 200
    met = regels.tijdlijn({**SITUATIES["alleenstaande_ouder"], "peildatum": VANDAAG})["per_bron"]["met_werk"]
    assert euro(met["totaal"]) in response.content.decode()


def test_pdf_is_toegankelijk_gemaakt(pdfs):
    document = pdfs["alleenstaande"]["document"]
    assert pdfium_raw.FPDFCatalog_IsTagged(document.raw)
    assert taal(document) == "nl"
    meta = document.get_metadata_dict()
    assert meta["Title"].startswith("Wat houd ik over? Jouw berekening van ")
    assert regels.REGELS_VERSIE in meta["Creator"] and APP_VERSIE in meta["Creator"]
    # Headings, tables and the chart are tagged as such, so a screen reader can navigate them.
    soorten, alt_teksten = structuur(document)
    assert soorten["H1"] == 1 and soorten["H2"] >= len(SECTIES)
    assert soorten["Table"] >= 2 and soorten["TH"] >= 10
    assert soorten["Figure"] >= 1
    assert "Totaal per maand bij 0 tot 40 uur werk per week" in alt_teksten
    # The font is named explicitly and embedded: Open Sans, not a fallback.
    namen = lettertypen(document)
    assert namen and all("Open-Sans" in naam for naam in namen), namen


def test_antwoord_is_een_download_en_wordt_niet_bewaard(pdfs):
    response = pdfs["alleenstaande"]["response"]
    assert response["Content-Disposition"] == f'attachment; filename="wat-houd-ik-over-{VANDAAG}.pdf"'
    assert response["Cache-Control"] == "no-store"
    assert "Set-Cookie" not in response.headers
    assert len(response.content) < 200 * 1024


def test_maandloon_zonder_uren_heeft_een_kolom_met_werk(client):
    antwoorden = {**ALLEENSTAANDE, "wv": "maand", "mt": "bruto", "ml": "1200"}
    del antwoorden["u"], antwoorden["ul"]
    tekst = " ".join(pdf_teksten(haal_pdf(client, antwoorden).content))
    met = regels.tijdlijn({"peildatum": VANDAAG, "huishouden": SITUATIES["alleenstaande"]["huishouden"],
                           "werk": {"bruto_per_maand": 1200.0}})["per_bron"]["met_werk"]
    assert "Nu zonder jouw werk Met werk jouw keuze" in tekst
    assert plat(verwachte_kop({"peildatum": VANDAAG, "huishouden": SITUATIES["alleenstaande"]["huishouden"],
                               "werk": {"bruto_per_maand": 1200.0}})[0]) in tekst
    assert plat(euro(met["totaal"])) in tekst
    assert "Wat levert elk uur extra op?" not in tekst


def test_andere_peildatum_staat_in_de_link_en_op_papier(client):
    response = haal_pdf(client, ALLEENSTAANDE, pd="2026-03-01")
    tekst = " ".join(pdf_teksten(response.content))
    assert "met de regels op 1 maart 2026 (peildatum)" in tekst
    assert "pd=2026-03-01" in tekst.replace(" ", "")
    assert response["Content-Disposition"].endswith('wat-houd-ik-over-2026-03-01.pdf"')


@pytest.mark.parametrize("extra, verwacht", [
    ({"ul": "abc"}, "/resultaat/?"),           # a wrong wage: the result page shows the Dutch message
    ({"u": "<script>alert(1)</script>"}, "/resultaat/?"),
    ({"pd": "2099-01-01"}, "/resultaat/?"),   # a peildatum without rules
    ({"lv": "iets"}, "/resultaat/?"),        # tampered answer to an earlier question
])
def test_foute_invoer_gaat_naar_de_resultaatpagina(client, extra, verwacht):
    response = client.get(f"/resultaat/pdf/?{q(ALLEENSTAANDE, **extra)}")
    assert response.status_code == 302
    assert response["Location"].startswith(verwacht)
    pagina = client.get(response["Location"], follow=True)
    assert pagina.status_code == 200
    html = pagina.content.decode()
    assert 'lang="nl"' in html
    assert "Traceback" not in html
    assert "<script>alert(1)</script>" not in html


def test_zonder_antwoorden_naar_de_eerste_vraag(client):
    response = client.get("/resultaat/pdf/", follow=True)
    assert response.status_code == 200
    assert response.redirect_chain[-1][0].startswith("/vragen/")


def test_alleen_lezen(client):
    assert client.post(f"/resultaat/pdf/?{q(ALLEENSTAANDE)}").status_code == 405


def test_resultaatpagina_linkt_naar_de_pdf(client):
    html = client.get(f"/resultaat/?{q(ALLEENSTAANDE)}").content.decode()
    link = f'href="/resultaat/pdf/?{q(ALLEENSTAANDE, pd=VANDAAG)}"'.replace("&", "&amp;")
    assert html.count(link) == 2
    assert "Download als PDF" in html



def test_vrijlating_is_wat_je_van_je_loon_houdt_niet_een_deel_van_de_bijstand(pdfs):
    """The vrijlating can be larger than the bijstand that is left (issue 20): the table names it as the part of the
    wage you keep, never as a part of the bijstand."""
    teksten = {naam: plat(" ".join(pdf["paginas"])) for naam, pdf in pdfs.items()}
    met_vrijlating = [naam for naam, tekst in teksten.items() if "Van je loon mag je houden (vrijlating)" in tekst]
    assert met_vrijlating, "no journey household shows a vrijlating in its PDF"
    for naam in met_vrijlating:
        assert "Een deel van je loon mag je houden: dat is de vrijlating. Dat deel gaat niet van je bijstand af." in teksten[naam]
    for tekst in teksten.values():
        assert "Die zit in je bijstand" not in tekst and "Vrijlating (mag je houden)" not in tekst
