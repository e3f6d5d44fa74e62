"""Reading a PDF back as text (pdfium), for the PDF tests."""

from __future__ import annotations

import re

import pypdfium2 as pdfium


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
