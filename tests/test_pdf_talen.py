"""The PDF and the short report in another language (issue 22).

In English, Arabic, Turkish or Polish the paper is in that language, and the short report in Dutch follows as the
last page: the klantmanager reads that one, and it counts when the two differ. Both come from one computed result,
so the amounts on the translated pages and on the Dutch page are the same. A Dutch PDF has no extra page.

The text is read back from the PDF with pdfium (tests/pdf_hulp.py), as a person or klantmanager sees it.
"""

from __future__ import annotations

import ctypes
import datetime as dt
import gettext
import re

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from django.conf import settings
from django.utils import translation

import regels
from calculator.formatting import euro
from tests.journey_data import ALLEENSTAANDE_OUDER, SITUATIES, q
from tests.nederlands_hulp import pseudo
from tests.pdf_hulp import _tekst, elementen, pagina_teksten, plat, taal
from tests.test_alles_door_gettext import pseudo_vertaald  # noqa: F401 - a fixture

VANDAAG = dt.date.today().isoformat()
KOP_NL = "Nederlandse versie voor de klantmanager"
MELDING = "De Nederlandse versie voor je klantmanager staat achteraan. Zijn er verschillen? Dan telt die."
BRONNEN = ("netto_loon", "bijstand", "vrijlating", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget",
           "kinderbijslag", "totaal")
ISOLATIES = dict.fromkeys(map(ord, "\u2066\u2067\u2068\u2069\u200e\u200f"))  # bidi marks around amounts: not text


def haal(client, pad: str) -> tuple[object, pdfium.PdfDocument, list[str]]:
    response = client.get(f"{pad}?{q(ALLEENSTAANDE_OUDER)}")
    assert response.status_code == 200, response.status_code
    assert response["Content-Type"] == "application/pdf"
    document = pdfium.PdfDocument(response.content)
    return response, document, [p.translate(ISOLATIES) for p in pagina_teksten(document)]


@pytest.fixture(scope="module")
def pdfs():
    """The full PDF and the short report in Dutch, English and Arabic (rendered once per module)."""
    from django.test import Client

    client = Client()
    gemaakt = {(t, soort): haal(client, f"{'' if t == 'nl' else '/' + t}/resultaat/{soort}/")
               for t in ("nl", "en", "ar") for soort in ("pdf", "verslag")}
    yield gemaakt
    for _, document, _ in gemaakt.values():
        document.close()


def getal(bedrag: float) -> str:
    """An amount as on paper, without the euro sign: right to left, the sign may stand on the other side."""
    return plat(euro(bedrag)).removeprefix("€ ")


def vertaalde_melding(taal_: str) -> str:
    with translation.override(taal_):
        return translation.gettext(MELDING)


def heeft_melding(tekst: str, taal_: str) -> bool:
    """Whether a page has the note about the Dutch version, in its language. Right to left the text comes back in
    the order of the page (a full stop can stand elsewhere), so only left-to-right languages are compared word for word."""
    return translation.get_language_info(taal_)["bidi"] or plat(vertaalde_melding(taal_)) in tekst


def vergelijkbaar(tekst: str) -> str:
    """A Dutch short report's page as compared with the one after a translated PDF: without the minute it was made
    (the PDFs are made one after the other), without the page header (the page after a translation has its heading
    there instead), and without round brackets: after right-to-left pages, WeasyPrint's one font for the whole PDF maps
    each mirrored bracket glyph to one character, so the text read back can have "(" and ")" the other way round (on
    paper they are right)."""
    tekst = re.sub(r" om \d\d:\d\d,", " om …,", tekst)
    tekst = re.sub(r"Wat houd ik over\? · Kort verslag van \d+ \w+ \d{4} Pagina \d+ van \d+ ", "", tekst)
    return tekst.translate(dict.fromkeys(map(ord, "()")))


def nederlandse_kop(taal_: str) -> str:
    with translation.override("nl"):
        naam = str(translation.get_language_info(taal_)["name_translated"])
    return f"{KOP_NL}. Dezelfde berekening als ervoor in het {naam}. Bij verschillen telt deze versie. "


def vertaal(taal_: str, tekst: str) -> str:
    with translation.override(taal_):
        return translation.gettext(tekst)


@pytest.mark.parametrize("taal_", ["en", "ar"])
def test_volledige_pdf_eindigt_met_het_nederlandse_verslag(pdfs, taal_):
    _, document, paginas = pdfs[(taal_, "pdf")]
    # The page margin in the person's language: "Page 1 of 8".
    patroon = re.escape(vertaal(taal_, "Pagina %(pagina)s van %(paginas)s") % {"pagina": 1, "paginas": "@"})
    vertaald = int(re.search(patroon.replace("@", r"(\d+)"), paginas[0]).group(1))
    assert len(paginas) == vertaald + 1  # the translated pages, then the one Dutch page
    assert vertaald >= 2
    for tekst in paginas[:-1]:  # each translated page says, in its stamp, that the Dutch version is at the back
        assert KOP_NL not in tekst and heeft_melding(tekst, taal_)
    # The last page is the Dutch short report, with its heading for the klantmanager, and nothing else: the same
    # page as /resultaat/verslag/ in Dutch (its link and QR code open the Dutch result page).
    laatste = paginas[-1]
    assert laatste.startswith(nederlandse_kop(taal_))
    assert MELDING not in laatste
    nederlands = pdfs[("nl", "verslag")][2][0]
    assert vergelijkbaar(laatste) == nederlandse_kop(taal_) + vergelijkbaar(nederlands)


@pytest.mark.parametrize("taal_", ["en", "ar"])
def test_zelfde_bedragen_op_de_vertaalde_en_de_nederlandse_paginas(pdfs, taal_):
    """One computed result: every amount of the table, now and with work, on the translated pages and on the Dutch one."""
    paginas = pdfs[(taal_, "pdf")][2]
    vertaald, nederlands = " ".join(paginas[:-1]), paginas[-1]
    per_bron = regels.tijdlijn({**SITUATIES["alleenstaande_ouder"], "peildatum": VANDAAG})["per_bron"]
    getoond = 0
    for sleutel in BRONNEN:
        for bedragen in (per_bron["nu"], per_bron["met_werk"]):
            if bedragen[sleutel]:
                assert getal(bedragen[sleutel]) in vertaald, (sleutel, bedragen[sleutel])
                assert getal(bedragen[sleutel]) in nederlands, (sleutel, bedragen[sleutel])
                getoond += 1
    assert getoond >= 10


@pytest.mark.parametrize("taal_", ["en", "ar"])
def test_kort_verslag_in_een_andere_taal_heeft_de_nederlandse_pagina_erachter(pdfs, taal_):
    _, document, paginas = pdfs[(taal_, "verslag")]
    assert len(paginas) == 2
    assert heeft_melding(paginas[0], taal_) and KOP_NL not in paginas[0]
    assert vergelijkbaar(paginas[1]) == nederlandse_kop(taal_) + vergelijkbaar(pdfs[("nl", "verslag")][2][0])


def test_nederlandse_pdf_heeft_geen_extra_pagina(pdfs):
    for soort in ("pdf", "verslag"):
        _, document, paginas = pdfs[("nl", soort)]
        for nummer, tekst in enumerate(paginas, start=1):
            assert f"Pagina {nummer} van {len(paginas)}" in tekst
            assert KOP_NL not in tekst and MELDING not in tekst
    assert len(pdfs[("nl", "verslag")][2]) == 1


def talen_van_de_structuur(document: pdfium.PdfDocument, index: int) -> set[str]:
    """The languages (/Lang) set on the tagged parts of one page."""
    return {_tekst(pdfium_raw.FPDF_StructElement_GetLang, e) for e in elementen(document, [index])} - {""}


@pytest.mark.parametrize("taal_", ["en", "ar"])
def test_taal_van_het_document_en_van_de_nederlandse_pagina(pdfs, taal_):
    """The document's language is the person's; the Dutch page's parts say they are Dutch (a screen reader switches)."""
    for soort in ("pdf", "verslag"):
        response, document, _ = pdfs[(taal_, soort)]
        assert pdfium_raw.FPDFCatalog_IsTagged(document.raw)
        assert taal(document) == taal_
        with translation.override(taal_):
            assert document.get_metadata_dict()["Title"].startswith(translation.gettext("Wat houd ik over?"))
        assert talen_van_de_structuur(document, 0) == set()
        assert talen_van_de_structuur(document, len(document) - 1) == {"nl"}
        assert response["Content-Disposition"].endswith(f'-{VANDAAG}.pdf"')
    assert taal(pdfs[("nl", "pdf")][1]) == "nl"


def tekens(document: pdfium.PdfDocument, index: int) -> list[tuple[str, float, str]]:
    """Every character of a page: (character, left edge in points, font name)."""
    tekstpagina = document[index].get_textpage()
    buffer = ctypes.create_string_buffer(256)
    uit = []
    for i in range(tekstpagina.count_chars()):
        teken = chr(pdfium_raw.FPDFText_GetUnicode(tekstpagina.raw, i))
        if teken.isspace():
            continue
        pdfium_raw.FPDFText_GetFontInfo(tekstpagina.raw, i, buffer, len(buffer), None)
        uit.append((teken, tekstpagina.get_charbox(i)[0], buffer.value.decode("utf-8", "replace")))
    return uit


def test_arabisch_van_rechts_naar_links_met_een_arabisch_lettertype(pdfs):
    """Arabic: the page reads right to left (the headline starts at the right margin, the page's title is top right),
    and Arabic letters (the month's name, until the translations are in) are set in a font that has them."""
    breedte = pdfs[("ar", "pdf")][1][0].get_width()

    def kop_rechts(taal_: str) -> bool:
        document = pdfs[(taal_, "pdf")][1]
        pagina = document[0].get_textpage()
        zoeker = pagina.search(vertaal(taal_, "Wat houd ik over? · Uitleg van je berekening").split(" · ")[-1])
        gevonden = zoeker.get_next()
        assert gevonden, taal_
        return pagina.get_charbox(gevonden[0])[0] > breedte / 2

    assert kop_rechts("ar") and not kop_rechts("en")
    arabisch = [(t, font) for t, _, font in tekens(pdfs[("ar", "pdf")][1], 0) if "\u0600" <= t <= "\u06ff"]
    assert arabisch, "no Arabic letters on the first page"
    assert all("DejaVu" in font for _, font in arabisch), {font for _, font in arabisch}
    # The Dutch page after it reads left to right again: its heading starts at the left margin.
    document = pdfs[("ar", "pdf")][1]
    eerste = next(x for t, x, _ in tekens(document, len(document) - 1) if t == "N")
    assert eerste < breedte / 4


def test_kort_verslag_met_aanbiedingen_in_een_andere_taal(client):
    """With offers in the link, the Dutch page compares them too: the same columns, its sentences written in Dutch;
    four offers and a long warning still fit on one page each."""
    vier = {"a1u": "24", "a1ul": "14.99", "a2u": "16", "a2ul": "17.5", "a3ml": "2100", "a3mt": "bruto",
            "a4u": "40", "a4ul": "30"}
    response = client.get(f"/en/resultaat/verslag/?{q({**ALLEENSTAANDE_OUDER, 'ul': '9'}, **vier)}")
    assert response.status_code == 200
    document = pdfium.PdfDocument(response.content)
    paginas = pagina_teksten(document)
    document.close()
    assert len(paginas) == 2 and paginas[1].startswith(nederlandse_kop("en"))
    nederlands = paginas[1]
    assert "Vergeleken aanbiedingen" in nederlands and "houd je na de vrijlating het meeste over" in nederlands
    assert "Gemiddeld per maand in de eerste 12 maanden van het werk" in nederlands
    basis = {**SITUATIES["alleenstaande_ouder"], "peildatum": VANDAAG}
    for werk in ({"uren_per_week": 24, "bruto_uurloon": 14.99}, {"uren_per_week": 16, "bruto_uurloon": 17.5},
                 {"bruto_per_maand": 2100.0}, {"uren_per_week": 40, "bruto_uurloon": 30.0}):
        totaal = plat(euro(regels.tijdlijn({**basis, "werk": werk})["per_bron"]["met_werk"]["totaal"]))
        assert totaal in paginas[0] and totaal in nederlands
    # The link on the Dutch page opens the comparison in Dutch.
    assert "/vergelijk/?" in nederlands.replace(" ", "") and "/en/vergelijk/" not in nederlands.replace(" ", "")


class Haakjes(gettext.NullTranslations):
    """A stand-in catalogue for regels (not translated yet): every sentence it writes comes in brackets."""

    def gettext(self, bericht):
        return f"[{bericht}]"

    def ngettext(self, enkelvoud, meervoud, aantal):
        return f"[{enkelvoud if aantal == 1 else meervoud}]"


def test_zinnen_van_regels_op_de_nederlandse_pagina_zijn_nederlands(client, regels_catalogus):
    """`regels` writes its sentences (warnings, the gemeente's rules) while it computes, in the language of the
    request: on the Dutch page they are written again in Dutch, from the same situations."""
    regels_catalogus(lambda code, echt: Haakjes() if code == "en" else echt(code))
    response = client.get(f"/en/resultaat/verslag/?{q({**ALLEENSTAANDE_OUDER, 'gm': 'GM0518'})}")
    assert response.status_code == 200
    document = pdfium.PdfDocument(response.content)
    paginas = pagina_teksten(document)
    document.close()
    begin = next(i for i, tekst in enumerate(paginas) if tekst.startswith(KOP_NL))
    vertaald, nederlands = " ".join(paginas[:begin]), " ".join(paginas[begin:])
    assert vertaald.count("[") >= 2, vertaald  # the stand-in wrote the English page's sentences of regels
    assert "[" not in nederlands and "Wat Den Haag zelf beslist" in nederlands and "Dit beslist je gemeente" in nederlands


@pytest.mark.parametrize("pad, extra", [
    ("/en/resultaat/pdf/", {"gm": "GM0518"}),
    ("/en/resultaat/verslag/", {"gm": "GM0518"}),
    ("/en/resultaat/verslag/", {"a1u": "24", "a1ul": "14.99", "a2ml": "2100", "a2mt": "bruto"}),
])
def test_nederlandse_pagina_heeft_geen_woord_uit_de_vertaling(client, pseudo_vertaald, pad, extra):
    """With every text of Django and regels pseudo-translated (accented vowels, tests/nederlands_hulp.pseudo), the
    Dutch page after the translated ones is word for word the Dutch short report: nothing on it was written in the
    person's language (the table, the months, the warnings, the gemeente's rules, the comparison's sentences)."""
    antwoorden = {**ALLEENSTAANDE_OUDER, **{k: v for k, v in extra.items() if k == "gm"}}
    aanbod = {k: v for k, v in extra.items() if k != "gm"}
    response = client.get(f"{pad}?{q(antwoorden, **aanbod)}")
    assert response.status_code == 200
    document = pdfium.PdfDocument(response.content)
    paginas = pagina_teksten(document)
    document.close()
    begin = next(i for i, tekst in enumerate(paginas) if tekst.startswith(KOP_NL))
    engels = gettext.translation("django", settings.BASE_DIR / "locale", languages=["en"]).gettext
    # The stamp, translated and then pseudo-translated.
    stempel = engels("<strong>Dit is een schatting, geen besluit.</strong>").replace("<strong>", "").replace("</strong>", "")
    assert pseudo(stempel) in " ".join(paginas[:begin])
    response = client.get(f"/resultaat/verslag/?{q(antwoorden, **aanbod)}")
    document = pdfium.PdfDocument(response.content)
    nederlands = pagina_teksten(document)
    document.close()
    assert vergelijkbaar(" ".join(paginas[begin:])) == nederlandse_kop("en") + vergelijkbaar(" ".join(nederlands))
