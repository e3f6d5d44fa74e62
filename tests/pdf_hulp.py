"""Reading a PDF back as text (pdfium), for the PDF tests."""

from __future__ import annotations

import ctypes
import re
from collections import Counter

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw


def plat(tekst: str) -> str:
    """Text as compared: no-break spaces as spaces, line breaks and runs of spaces as one space."""
    return re.sub(r"\s+", " ", tekst.replace("\xa0", " ")).strip()


def pagina_teksten(document: pdfium.PdfDocument) -> list[str]:
    return [plat(document[i].get_textpage().get_text_range()) for i in range(len(document))]


def pdf_teksten(pdf) -> list[str]:
    """The text per page of a PDF given as bytes or as a file path."""
    document = pdfium.PdfDocument(pdf)
    try:
        return pagina_teksten(document)
    finally:
        document.close()


def _tekst(functie, element) -> str:
    """A string from a pdfium getter that fills a UTF-16 buffer (called once for the length, once to fill)."""
    lengte = functie(element, None, 0)
    if lengte < 2:
        return ""
    buffer = (ctypes.c_ushort * (lengte // 2))()
    functie(element, buffer, lengte)
    return bytes(buffer).decode("utf-16-le").rstrip("\x00")


def elementen(document: pdfium.PdfDocument, nummers=None):
    """Every tagged element of the given pages (all pages by default), depth first."""
    def onder(element):
        yield element
        for index in range(max(pdfium_raw.FPDF_StructElement_CountChildren(element), 0)):
            if kind := pdfium_raw.FPDF_StructElement_GetChildAtIndex(element, index):
                yield from onder(kind)

    for nummer in range(len(document)) if nummers is None else nummers:
        pagina = document[nummer]
        boom = pdfium_raw.FPDF_StructTree_GetForPage(pagina.raw)
        try:
            for index in range(pdfium_raw.FPDF_StructTree_CountChildren(boom)):
                yield from onder(pdfium_raw.FPDF_StructTree_GetChildAtIndex(boom, index))
        finally:
            pdfium_raw.FPDF_StructTree_Close(boom)
            pagina.close()


def structuur(document: pdfium.PdfDocument) -> tuple[Counter, list[str]]:
    """The tags of a tagged PDF (H1, Table, Figure, ...) counted, and the alt texts, over all pages."""
    soorten: Counter = Counter()
    alt_teksten: list[str] = []
    for element in elementen(document):
        soorten[_tekst(pdfium_raw.FPDF_StructElement_GetType, element)] += 1
        if alt := _tekst(pdfium_raw.FPDF_StructElement_GetAltText, element):
            alt_teksten.append(alt)
    return soorten, alt_teksten


def taal(document: pdfium.PdfDocument) -> str:
    """The document language (/Lang of the catalogue)."""
    return _tekst(pdfium_raw.FPDFCatalog_GetLanguage, document.raw)


def lettertypen(document: pdfium.PdfDocument) -> set[str]:
    """Names of the fonts the text of the first page is set in."""
    tekstpagina = document[0].get_textpage()
    namen = set()
    buffer = ctypes.create_string_buffer(256)
    for index in range(0, tekstpagina.count_chars(), 25):
        if pdfium_raw.FPDFText_GetFontInfo(tekstpagina.raw, index, buffer, len(buffer), None):
            namen.add(buffer.value.decode("utf-8", "replace"))
    return namen
