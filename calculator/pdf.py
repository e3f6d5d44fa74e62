"""PDF from HTML with WeasyPrint, fetching nothing but the app's own static files.

The HTML holds a person's answers, so rendering must never reach out: no
file on the server outside the static files, no network, no data: URLs.
"""

from __future__ import annotations

import mimetypes
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pydyf
import weasyprint
from django.conf import settings
from weasyprint.urls import URLFetcher, URLFetcherResponse

# Base URL of the HTML: {% static %} paths resolve against it. The .invalid
# top-level domain can never be reached (RFC 2606), so nothing leaks if a
# URL slips through.
INTERNE_BASIS = "https://wat-houd-ik-over.invalid/"


class GeweigerdeURL(ValueError):
    """A URL the PDF may not fetch. WeasyPrint logs it and leaves the resource out."""


class StatischeBestanden(URLFetcher):
    """Serves the collected static files under STATIC_URL; refuses every other URL."""

    def __init__(self) -> None:
        super().__init__()
        self.static_root = Path(settings.STATIC_ROOT).resolve()
        self.prefix = INTERNE_BASIS.rstrip("/") + settings.STATIC_URL

    def bestand(self, url: str) -> Path | None:
        """The file for this URL, or None when the URL is not one of our static files."""
        if not url.startswith(self.prefix):
            return None
        naam = unquote(urlsplit(url).path)[len(settings.STATIC_URL):]
        if not naam or "\x00" in naam or "\\" in naam:
            return None
        pad = (self.static_root / naam).resolve()
        if not pad.is_relative_to(self.static_root) or not pad.is_file():
            return None
        return pad

    def fetch(self, url: str, headers=None) -> URLFetcherResponse:
        pad = self.bestand(url)
        if pad is None:
            raise GeweigerdeURL(f"Niet toegestaan in de PDF: {url[:80]}")
        soort = mimetypes.guess_type(pad.name)[0] or "application/octet-stream"
        return URLFetcherResponse(url, body=pad.read_bytes(), headers={"Content-Type": soort})


def _opgemaakt(html: str) -> weasyprint.document.Document:
    return weasyprint.HTML(string=html, base_url=INTERNE_BASIS, url_fetcher=StatischeBestanden()).render()


def maak_pdf(html: str, *bijlagen: str) -> bytes:
    """A tagged PDF (PDF/UA-1: language, title and reading order from the HTML).

    `bijlagen`: documents whose pages follow the first one's (each laid out on its own, with its own page numbers);
    the title and the document's language are the first one's, and the parts on a bijlage's pages carry the
    language of that bijlage (/Lang), so a screen reader reads them in the right voice.
    """
    documenten = [_opgemaakt(html), *map(_opgemaakt, bijlagen)]
    if len(documenten) == 1:
        return documenten[0].write_pdf(pdf_variant="pdf/ua-1")
    talen = [d.metadata.lang for d in documenten for _ in d.pages]
    geheel = documenten[0].copy([pagina for d in documenten for pagina in d.pages])
    return geheel.write_pdf(pdf_variant="pdf/ua-1", finisher=lambda _, pdf_: _taal_per_pagina(pdf_, talen))


def _taal_per_pagina(pdf_: pydyf.PDF, talen: list[str | None]) -> None:
    """/Lang on each top structure element whose page is in another language than the document's."""
    paginas = dict(zip(pdf_.page_references, talen))
    documenttaal = talen[0]
    for element in pdf_.objects:
        if isinstance(element, pydyf.Dictionary) and element.get("Type") == "/StructElem" and "Pg" in element:
            taal = paginas.get(element["Pg"])
            if taal and taal != documenttaal and element.get("S") != "/Document":
                element["Lang"] = pydyf.String(taal)
