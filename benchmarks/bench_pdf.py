"""Benchmark of the printable PDF (not a test): time per PDF when warm, and its size.

In-process through Django's test client, so the figure is the whole request:
reading the answers, the rules, the template and WeasyPrint. For each of the
three journey households: 3 warm-up requests, then 20 measured ones.
Also shows how much of it WeasyPrint takes (rendering the same HTML alone).

Targets: a typical PDF < 300 ms warm and < 200 KB. Run with `make bench`.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path

BASIS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASIS))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "calculator.settings")
# This measures rendering: one client asks for far more PDFs than the per-client limit allows (bench_productie
# measures the limit itself).
os.environ["DJANGO_PDF_PER_MINUUT"] = "1000000"
os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "testserver")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402

from calculator import pdf  # noqa: E402
from tests.journey_data import HUISHOUDENS, q  # noqa: E402
from tests.pdf_hulp import pdf_teksten  # noqa: E402

OPWARMEN, METINGEN = 3, 20
DOEL_MS, DOEL_KB = 300, 200


def meet(functie) -> list[float]:
    for _ in range(OPWARMEN):
        functie()
    tijden = []
    for _ in range(METINGEN):
        begin = time.perf_counter()
        functie()
        tijden.append((time.perf_counter() - begin) * 1000)
    return sorted(tijden)


def p95(tijden: list[float]) -> float:
    return tijden[max(0, round(0.95 * len(tijden)) - 1)]


def main() -> None:
    call_command("collectstatic", "--noinput", verbosity=0)
    client = Client()
    html_van: dict[str, str] = {}
    origineel = pdf.maak_pdf

    def bewaar_html(html: str) -> bytes:
        html_van[huidig] = html
        return origineel(html)

    print(f"PDF per household ({METINGEN} warm requests each; targets < {DOEL_MS} ms, < {DOEL_KB} KB)")
    print(f"{'household':<22}{'p50 ms':>8}{'p95 ms':>8}{'min ms':>8}{'WeasyPrint p50':>16}{'KB':>7}{'pages':>7}")
    for huidig, antwoorden in HUISHOUDENS.items():
        url = f"/resultaat/pdf/?{q(antwoorden)}"
        pdf.maak_pdf = bewaar_html
        antwoord = client.get(url)
        pdf.maak_pdf = origineel
        assert antwoord.status_code == 200, antwoord.status_code
        inhoud = antwoord.content
        tijden = meet(lambda: client.get(url))
        alleen_pdf = meet(lambda: pdf.maak_pdf(html_van[huidig]))
        paginas = len(pdf_teksten(inhoud))
        print(f"{huidig:<22}{statistics.median(tijden):>8.0f}{p95(tijden):>8.0f}{tijden[0]:>8.0f}"
              f"{statistics.median(alleen_pdf):>16.0f}{len(inhoud) / 1024:>7.1f}{paginas:>7}")


if __name__ == "__main__":
    main()
