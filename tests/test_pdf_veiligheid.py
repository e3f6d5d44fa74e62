"""Safe PDF rendering: the URL fetcher serves the app's own static files and refuses everything else."""

from __future__ import annotations

import base64
import http.server
import io
import threading

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_raw
import pytest
from PIL import Image
from django.contrib.staticfiles.storage import staticfiles_storage
from weasyprint.urls import URLFetcher

from calculator.pdf import INTERNE_BASIS, GeweigerdeURL, StatischeBestanden, maak_pdf


def maak_png() -> bytes:
    buffer = io.BytesIO()
    Image.new("RGB", (2, 2), "red").save(buffer, "PNG")
    return buffer.getvalue()


PNG = maak_png()


def test_is_een_weasyprint_url_fetcher():
    assert isinstance(StatischeBestanden(), URLFetcher)


def test_levert_eigen_statische_bestanden():
    url = INTERNE_BASIS.rstrip("/") + staticfiles_storage.url("css/pdf.css")
    antwoord = StatischeBestanden().fetch(url)
    inhoud = antwoord.read()
    antwoord.close()
    assert b"@page" in inhoud
    assert antwoord.headers["Content-Type"] == "text/css"


@pytest.mark.parametrize("url", [
    "file:///etc/passwd",
    "file:///app/calculator/settings.py",
    "http://127.0.0.1:8000/static/css/pdf.css",
    "https://example.org/static/css/pdf.css",
    "https://wat-houd-ik-over.invalid.example.org/static/css/pdf.css",
    "ftp://example.org/x.css",
    "data:text/css,body%7Bcolor:red%7D",
    INTERNE_BASIS + "privacy/",
    INTERNE_BASIS + "static/../../pyproject.toml",
    INTERNE_BASIS + "static/%2e%2e/%2e%2e/pyproject.toml",
    INTERNE_BASIS + "static/..%2f..%2fpyproject.toml",
    INTERNE_BASIS + "static/",
    INTERNE_BASIS + "static/css/bestaat-niet.css",
])
def test_weigert_alle_andere_urls(url):
    with pytest.raises(GeweigerdeURL):
        StatischeBestanden().fetch(url)


@pytest.fixture
def spion_server():
    """A local HTTP server that counts the requests it gets."""
    verzoeken = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):  # noqa: N802 - name from BaseHTTPRequestHandler
            verzoeken.append(self.path)
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.end_headers()
            self.wfile.write(PNG)

        def log_message(self, *args):
            pass

    server = http.server.HTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}", verzoeken
    server.shutdown()
    server.server_close()


def aantal_afbeeldingen(pdf: bytes) -> int:
    document = pdfium.PdfDocument(pdf)
    try:
        return sum(1 for o in document[0].get_objects() if o.type == pdfium_raw.FPDF_PAGEOBJ_IMAGE)
    finally:
        document.close()


def test_pdf_haalt_niets_op_buiten_de_app(tmp_path, spion_server):
    """Images and stylesheets from files, other servers or data: URLs never reach the PDF."""
    basis, verzoeken = spion_server
    bestand = tmp_path / "geheim.png"
    bestand.write_bytes(PNG)
    css = tmp_path / "stijl.css"
    css.write_text("body { background: url(file://%s) }" % bestand)
    html = f"""<!doctype html><html lang="nl"><head><title>Test</title>
    <link rel="stylesheet" href="file://{css}">
    <link rel="stylesheet" href="{basis}/stijl.css">
    </head><body><p>Tekst</p>
    <img src="file://{bestand}" alt="">
    <img src="{basis}/beeld.png" alt="">
    <img src="data:image/png;base64,{base64.b64encode(PNG).decode()}" alt="">
    <img src="/geheim.png" alt="">
    </body></html>"""
    pdf = maak_pdf(html)
    assert pdf.startswith(b"%PDF")
    assert verzoeken == []
    assert aantal_afbeeldingen(pdf) == 0


def test_zelfde_html_met_een_toegestane_afbeelding_heeft_die_wel(tmp_path, settings):
    """The check above can fail: an image from the static files does end up in the PDF."""
    (tmp_path / "beeld.png").write_bytes(PNG)
    settings.STATIC_ROOT = tmp_path
    pdf = maak_pdf('<!doctype html><html lang="nl"><head><title>T</title></head>'
                   '<body><img src="/static/beeld.png" alt="Beeld"></body></html>')
    assert aantal_afbeeldingen(pdf) == 1
