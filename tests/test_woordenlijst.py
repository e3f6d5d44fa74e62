"""The glossary: the Dutch words of the letters on /woorden/, under the result and in the PDF, and in every language."""

from __future__ import annotations

import ast
import re
from html import unescape
from pathlib import Path

import pytest
from django.conf import settings
from django.utils import translation

from calculator import woordenlijst
from calculator.woordenlijst import WOORDEN
from tests.journey_data import HUISHOUDENS, q
from tests.pdf_hulp import pdf_teksten

# The words the issue asks for (the letters of the gemeente and Dienst Toeslagen).
GEVRAAGD = {
    "bijstand", "bijstandsnorm", "aanvullende bijstand", "vrijlating", "inkomstenvrijlating", "toeslag", "zorgtoeslag",
    "huurtoeslag", "kindgebonden budget", "kinderbijslag", "kinderopvangtoeslag", "jaaropgaaf", "klantmanager",
    "kostendeler", "toeslagpartner", "peildatum", "giftengrens", "bufferbudget", "Dienst Toeslagen", "gemeente",
    "loonstrook", "verrekening", "toetsingsinkomen", "terugvordering", "uitstroompremie", "netto loon", "bruto loon",
    "minimumloon", "vakantiegeld",
}


def _dutch_words(html: str) -> list[str]:
    return [unescape(w) for w in re.findall(r'<dfn lang="nl">([^<]+)</dfn>', html)]


def test_elk_woord_een_keer_en_alle_gevraagde_woorden():
    woorden = [w.woord for w in WOORDEN]
    ook = [o for w in WOORDEN for o in w.ook]
    assert len(set(woorden + ook)) == len(woorden + ook), "een woord staat twee keer in de woordenlijst"
    assert GEVRAAGD <= set(woorden + ook), GEVRAAGD - set(woorden + ook)
    # Each word is written once in the source as the key of an entry (a second entry could not hide in a refactor).
    bron = ast.parse(Path(woordenlijst.__file__).read_text())
    sleutels = [n.args[0].value for n in ast.walk(bron)
                if isinstance(n, ast.Call) and getattr(n.func, "id", None) == "Woord"]
    assert sorted(sleutels) == sorted(woorden)


def test_uitleg_zonder_cijfers_en_kort():
    for w in WOORDEN:
        tekst = str(w.uitleg)
        assert not re.search(r"\d", tekst), w.woord
        assert 1 <= len(re.findall(r"[.?!](?:\s|$)", tekst)) <= 2, w.woord  # one or two short sentences
        assert tekst.endswith("."), w.woord


def test_pagina_toont_elk_woord_in_het_nederlands(client):
    response = client.get("/woorden/")
    assert response.status_code == 200
    html = response.content.decode()
    assert _dutch_words(html) == [w.woord for w in WOORDEN]
    for w in WOORDEN:
        assert f'id="{w.anker}"' in html
        assert f"<dd>{w.uitleg}</dd>" in unescape(html)
        for ander in w.ook:
            assert f'<span lang="nl">{ander}</span>' in html
    assert "In de brieven van je gemeente en van Dienst Toeslagen staan Nederlandse woorden." in html
    # The footer of every page links here.
    assert 'href="/woorden/"' in client.get("/").content.decode()


@pytest.mark.parametrize("taal", [code for code, _ in settings.LANGUAGES if code != "nl"])
def test_pagina_in_elke_taal(client, taal):
    response = client.get(f"/{taal}/woorden/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{taal}"' in html
    # The words stay Dutch, the explanations are in the page's language (whatever its catalogue holds now).
    assert _dutch_words(html) == [w.woord for w in WOORDEN]
    with translation.override(taal):
        uitleg = [str(w.uitleg) for w in WOORDEN]
    assert all(tekst in unescape(html) for tekst in uitleg)


def test_resultaat_heeft_de_woorden_in_een_details(client):
    response = client.get(f"/resultaat/?{q(HUISHOUDENS['alleenstaande'])}")
    assert response.status_code == 200
    html = response.content.decode()
    details = re.search(r'<details class="uitleg woorden-uitleg">(.*?)</details>', html, re.S)
    assert details, "geen woordenlijst onder de uitkomst"
    assert "<summary>Nederlandse woorden in je brieven</summary>" in details.group(1)
    assert _dutch_words(details.group(1)) == [w.woord for w in WOORDEN]
    assert 'href="/woorden/"' in details.group(1)


def test_pdf_heeft_de_woorden(client):
    response = client.get(f"/resultaat/pdf/?{q(HUISHOUDENS['alleenstaande'])}")
    assert response.status_code == 200
    tekst = " ".join(pdf_teksten(response.content))
    blok = tekst[tekst.index("Nederlandse woorden in je brieven"):]
    for w in WOORDEN:
        assert w.woord in blok, w.woord


def test_over_de_vertalingen(client):
    html = client.get("/over/vertalingen/").content.decode()
    assert "Dan geldt de Nederlandse tekst." in html
    assert 'href="/woorden/"' in html
    # Every language by its own name, marked with its language.
    for code, naam in settings.LANGUAGES:
        assert f'lang="{code}" hreflang="{code}"' in html and f">{naam}</a>" in html
    assert "vertaaldienst" in html and "klantmanager" in html
    assert "@" not in re.sub(r"<head>.*?</head>", "", html, flags=re.S), "geen verzonnen e-mailadres"
