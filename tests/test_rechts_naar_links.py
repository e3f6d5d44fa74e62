"""Arabic pages read right to left, with every amount kept left to right; Dutch pages are what they always were.
And the "Lees voor" button: in the page, hidden until its script (not inline) shows it."""

from __future__ import annotations

import re

import pytest
from django.utils import translation

from calculator.formatting import MINTEKEN, euro, euro_rond, getal
from regels.taal import LRI, PDI, in_taal
from tests.journey_data import HUISHOUDENS, q

NBSP = "\xa0"
ISOLATIES = re.compile("[\u2066-\u2069]")
# An amount as calculator.formatting writes it (the template's own "€ 0" has a plain space and is a text to translate).
BEDRAG = re.compile(rf"{MINTEKEN}?€{NBSP}\d")


def test_euro_en_getal_in_het_arabisch():
    with in_taal("ar"):
        assert euro(1234.56) == f"{LRI}€{NBSP}1.234,56{PDI}"
        assert euro(-12) == f"{LRI}{MINTEKEN}€{NBSP}12,00{PDI}"
        assert euro_rond(1690.5) == f"{LRI}€{NBSP}1.691{PDI}"
        assert getal(35.75) == f"{LRI}35,75{PDI}"


@pytest.mark.parametrize("taal", ["nl", "en", "tr", "pl"])
def test_euro_en_getal_onveranderd_van_links_naar_rechts(taal):
    with in_taal(taal):
        assert euro(1234.56) == f"€{NBSP}1.234,56"
        assert euro(-12) == f"{MINTEKEN}€{NBSP}12,00"
        assert euro_rond(1690.5) == f"€{NBSP}1.691"
        assert getal(35.75) == "35,75"
        assert getal(1234) == "1.234"


def _pagina(client, adres):
    response = client.get(adres)
    assert response.status_code == 200, adres
    return response.content.decode()


@pytest.mark.parametrize("pad", ["resultaat", "samen", "vergelijk"])
@pytest.mark.parametrize("huishouden", sorted(HUISHOUDENS))
def test_arabische_pagina_houdt_bedragen_van_links_naar_rechts(client, pad, huishouden):
    html = _pagina(client, f"/ar/{pad}/?{q(HUISHOUDENS[huishouden])}")
    assert '<html lang="ar" dir="rtl">' in html
    bedragen = [m.start() for m in BEDRAG.finditer(html)]
    assert len(bedragen) > 10
    for plek in bedragen:
        assert html[plek - 1] == LRI, html[plek - 80:plek + 20]
    assert html.count(LRI) == html.count(PDI)
    assert "\u2067" not in html and "\u2068" not in html


@pytest.mark.parametrize("taal", ["", "/en"])
@pytest.mark.parametrize("pad", ["resultaat", "samen", "vergelijk"])
def test_links_naar_rechts_zonder_isolaties(client, taal, pad):
    html = _pagina(client, f"{taal}/{pad}/?{q(HUISHOUDENS['alleenstaande_ouder'])}")
    assert 'dir="ltr"' in html.split(">", 2)[1]
    assert len(BEDRAG.findall(html)) > 10
    assert not ISOLATIES.search(html)


@pytest.mark.parametrize("taal", ["", "/ar"])
def test_lees_voor_knop_verborgen_tot_het_script_hem_toont(client, taal):
    response = client.get(f"{taal}/resultaat/?{q(HUISHOUDENS['alleenstaande'])}")
    html = response.content.decode()
    houder = re.search(r'<div class="voorlezen"([^>]*)>(.*?)</div>', html, re.S)
    assert houder, "geen Lees voor op de uitkomst"
    attributen, binnen = houder.groups()
    assert re.search(r"\shidden\b", attributen)
    assert re.search(r'data-geen-stem="[^"]{20,}"', attributen)
    with translation.override(taal.strip("/") or "nl"):
        knop = translation.gettext("Lees voor")
    assert f'class="utrecht-button utrecht-button--secondary voorlezen__start" type="button">{knop}</button>' in binnen
    assert 'voorlezen__stop" type="button" hidden>' in binnen
    assert re.search(r'<script src="/static/js/voorlezen\.[0-9a-f]+\.js" defer></script>', html)
    assert not re.search(r"<script(?![^>]*\ssrc=)[^>]*>", html), "inline script"
    assert "script-src 'self'" in response.headers["Content-Security-Policy"]
    # What is read: the headline, the summary under it, and what to do (the heading and the list).
    gelezen = re.findall(r"<(\w+)[^>]*\sdata-voorlezen[\s>]", html)
    assert gelezen == ["h1", "p", "h2", "ol"]



def test_procent_uit_de_data_heel_van_links_naar_rechts():
    from calculator.templatetags.bedragen import parameterwaarde

    with in_taal("ar"):
        assert parameterwaarde({"waarde": 25, "eenheid": "procent"}) == f"{LRI}{LRI}25{PDI}{NBSP}%{PDI}"
    assert parameterwaarde({"waarde": 25, "eenheid": "procent"}) == f"25{NBSP}%"
