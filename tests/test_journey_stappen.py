"""Question pages: validation messages, redirects with all answers, tampered URLs, no cookies."""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

from calculator import antwoorden
from tests.journey_data import ALLEENSTAANDE, ALLEENSTAANDE_OUDER, STEL, q


def foutmeldingen(response) -> list[str]:
    html = response.content.decode()
    return [unescape(m) for m in re.findall(r'<span class="visually-hidden">Fout:</span> ([^<]+)</p>', html)]


def doel(response) -> tuple[str, dict]:
    assert response.status_code == 302, response.status_code
    deel = urlsplit(response["Location"])
    return deel.path, {k: v[0] for k, v in parse_qs(deel.query, keep_blank_values=True).items()}


def voor(stap: str, bron: dict = ALLEENSTAANDE) -> dict:
    """The answers of the steps before `stap`."""
    namen = [s.naam for s in antwoorden.STAPPEN]
    velden = {v for s in antwoorden.STAPPEN[: namen.index(stap)] for v in s.velden}
    return {k: v for k, v in bron.items() if k in velden}


@pytest.mark.parametrize(
    ("stap", "invoer", "melding"),
    [
        ("leefvorm", {}, "Kies hoe je woont."),
        ("leefvorm", {"lv": "koning"}, "Kies hoe je woont."),
        ("leeftijd", {"lt": "vijfendertig"}, "Vul je leeftijd in met alleen cijfers, bijvoorbeeld 35."),
        ("leeftijd", {"lt": ""}, "Vul je leeftijd in."),
        ("leeftijd", {"lt": "17"}, "Deze rekenhulp is voor mensen van 18 jaar en ouder."),
        ("leeftijd", {"lt": "35,5"}, "Vul je leeftijd in als heel getal, zonder komma, bijvoorbeeld 35."),
        ("huisgenoten", {"kd": ""}, "Kies of er nog andere volwassenen bij je wonen."),
        ("huisgenoten", {"kdj": "ja", "kd": ""}, "Vul in hoeveel andere volwassenen er bij je wonen."),
        ("huisgenoten", {"kdj": "ja", "kd": "0"}, "Woont er niemand anders van 27 jaar of ouder bij je? Kies dan Nee."),
        ("huisgenoten", {"kd": "-1"}, "Vul een aantal van 1 of meer in. Woont er niemand anders? Kies dan Nee."),
        ("huur", {"hr": "-50"}, "De huur kan niet negatief zijn."),
        ("huur", {"hr": "zeshonderd"}, "Vul je kale huur in met alleen cijfers, bijvoorbeeld 650."),
        ("huur", {}, "Vul je kale huur in, of kies: ik weet het niet, of ik huur niet."),
        ("werk", {"u": "90", "ul": "15"}, "Vul 60 uur per week of minder in. Meer uren kunnen we niet uitrekenen."),
        ("werk", {"u": "zestien", "ul": "15"}, "Vul het aantal uren per week in met alleen cijfers, bijvoorbeeld 16."),
        ("werk", {"u": "16"}, "Vul je bruto uurloon in."),
        ("werk", {"u": "16", "ul": "14,715"}, "Vul je bruto uurloon in met hoogstens 2 cijfers na de komma."),
        ("vrijlating", {"vm": "0", "med": "misschien"}, "Kies ja of nee."),
        ("vrijlating", {"vm": "x", "med": "nee"}, "Vul het aantal maanden in met alleen cijfers, bijvoorbeeld 0."),
        ("giften", {"gf": "-10"}, "Het bedrag kan niet negatief zijn. Niets gekregen? Vul 0 in."),
        ("giften", {"gf": "veel"}, "Vul het bedrag aan giften in met alleen cijfers, bijvoorbeeld 300."),
    ],
)
def test_foutmelding_per_stap(client, stap, invoer, melding):
    response = client.get(f"/vragen/{stap}/?{q(voor(stap), verstuurd='1', **invoer)}")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Er is iets niet goed ingevuld" in html
    assert melding in foutmeldingen(response)
    # The error summary links to the field, and the field points to its message.
    assert re.search(r'<a class="utrecht-link" href="#id_\w+">', html)
    assert 'aria-describedby="' in html and '-fout"' in html
    # The other answers are kept as hidden inputs.
    for naam, waarde in voor(stap).items():
        assert f'<input type="hidden" name="{naam}" value="{waarde}">' in html
    assert "Set-Cookie" not in response.headers


def test_kinderen_van_alleenstaande_ouder(client):
    basis = voor("kinderen", ALLEENSTAANDE_OUDER)
    assert foutmeldingen(client.get(f"/vragen/kinderen/?{q(basis, verstuurd='1', kk='')}")) == [
        "Vul de leeftijd van je kinderen in."]
    assert foutmeldingen(client.get(f"/vragen/kinderen/?{q(basis, verstuurd='1', kk='4, 19')}"))[0].startswith(
        "Vul alleen kinderen jonger dan 18 in.")
    pad, vraag = doel(client.get(f"/vragen/kinderen/?{q(basis, verstuurd='1', kk='4; 9')}"))
    assert pad == "/vragen/huisgenoten/" and vraag["kk"] == "4,9"


def test_stel_mag_zonder_kinderen(client):
    pad, vraag = doel(client.get(f"/vragen/kinderen/?{q(voor('kinderen', STEL), verstuurd='1', kk='')}"))
    assert pad == "/vragen/huisgenoten/" and vraag["kk"] == ""


def test_leeftijd_van_partner_alleen_bij_stel(client):
    html = client.get(f"/vragen/leeftijd/?{q({'lv': 'partner'})}").content.decode()
    assert 'name="plt"' in html
    html = client.get(f"/vragen/leeftijd/?{q({'lv': 'alleen'})}").content.decode()
    assert 'name="plt"' not in html
    response = client.get(f"/vragen/leeftijd/?{q({'lv': 'partner'}, lt='38', verstuurd='1')}")
    assert foutmeldingen(response) == ["Vul de leeftijd van je partner in."]


def test_hele_route_met_redirects(client):
    """Submitting each step in turn leads to the check page with every answer in the URL."""
    huidige = {}
    url = "/vragen/leefvorm/"
    gezien = []
    while url.startswith("/vragen/"):
        stap = url.split("/")[2]
        gezien.append(stap)
        stap_velden = antwoorden.STAP[stap].velden
        invoer = {k: v for k, v in ALLEENSTAANDE.items() if k in stap_velden}
        url, huidige = doel(client.get(f"{url}?{q(huidige, verstuurd='1', **invoer)}"))
    assert gezien == ["leefvorm", "leeftijd", "huisgenoten", "huur", "werk", "werkpatroon", "kosten", "vrijlating",
                      "gemeente", "giften"]
    assert url == "/controleer/"
    assert huidige == ALLEENSTAANDE


def test_nederlandse_getallen_worden_gelezen(client):
    basis = voor("werk")
    pad, vraag = doel(client.get(f"/vragen/werk/?{q(basis, verstuurd='1', u='16', ul='€ 15,25')}"))
    assert pad == "/vragen/werkpatroon/" and vraag["ul"] == "15.25"
    pad, vraag = doel(client.get(
        f"/vragen/werk/?{q(basis, verstuurd='1', wv='maand', ml='1.100', mt='bruto')}"))
    assert vraag["ml"] == "1100" and vraag["wv"] == "maand" and "u" not in vraag


def test_huur_weet_ik_niet(client):
    pad, vraag = doel(client.get(f"/vragen/huur/?{q(voor('huur'), verstuurd='1', hrn='1')}"))
    assert pad == "/vragen/werk/" and vraag["hrn"] == "1" and "hr" not in vraag


@pytest.mark.parametrize(
    ("url", "verwacht_pad", "verwacht"),
    [
        # A later page without the earlier answers: back to the first one missing.
        ("/vragen/werk/?lv=alleen", "/vragen/leeftijd/", {"lv": "alleen"}),
        # A changed value: to the step that asks it, the other answers kept.
        ("/resultaat/?" + q(ALLEENSTAANDE, lt="3x5"), "/vragen/leeftijd/", {**ALLEENSTAANDE, "lt": "3x5"}),
        ("/resultaat/?" + q(ALLEENSTAANDE, u="900"), "/vragen/werk/", {**ALLEENSTAANDE, "u": "900"}),
        ("/resultaat/?" + q({k: v for k, v in ALLEENSTAANDE.items() if k != "kd"}), "/vragen/huisgenoten/",
         {k: v for k, v in ALLEENSTAANDE.items() if k != "kd"}),
        ("/controleer/?" + q(ALLEENSTAANDE, lv="ouder"), "/vragen/kinderen/", {**ALLEENSTAANDE, "lv": "ouder"}),
        ("/resultaat/?" + q(ALLEENSTAANDE, lv="<script>"), "/vragen/leefvorm/", {**ALLEENSTAANDE, "lv": "<script>"}),
    ],
)
def test_aangepaste_url_gaat_naar_de_juiste_vraag(client, url, verwacht_pad, verwacht):
    pad, vraag = doel(client.get(url))
    assert pad == verwacht_pad
    assert vraag == verwacht


def test_aangepaste_url_toont_de_fout_op_de_vraag(client):
    response = client.get(f"/vragen/leeftijd/?{q(ALLEENSTAANDE, lt='3x5')}")
    assert foutmeldingen(response) == ["Vul je leeftijd in met alleen cijfers, bijvoorbeeld 35."]


def test_onbekende_parameters_en_rommel_geven_geen_500(client):
    for url in [
        "/vragen/bestaat-niet/",
        "/vragen/werk/?" + q(ALLEENSTAANDE, u="1e400", ul="NaN"),
        "/resultaat/?" + q(ALLEENSTAANDE, ul="Infinity"),
        "/resultaat/?" + q(ALLEENSTAANDE, kk="4,9"),
        "/resultaat/?" + q(ALLEENSTAANDE, pd="2099-01-01"),
        "/resultaat/?" + q(ALLEENSTAANDE, pd="gisteren"),
        "/resultaat/?" + q(ALLEENSTAANDE, s1="-3", s2="abc"),
        "/resultaat/?" + q(ALLEENSTAANDE, hr="9" * 200),
        "/resultaat/?lv=alleen&lv=partner&lt=1",
        "/controleer/",
        "/resultaat/",
    ]:
        response = client.get(url)
        assert response.status_code in (200, 302, 404), (url, response.status_code)


def test_controle_pagina_met_wijzig_links(client):
    response = client.get(f"/controleer/?{q(STEL)}")
    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "Kloppen je antwoorden?" in html
    assert "Wijzig<span class=\"visually-hidden\"> leeftijd van je partner</span>" in html
    assert "/vragen/werk/?" in html and "terug=1" in html
    assert "€\xa0900,00 bruto per maand" in html


def test_wijzigen_gaat_terug_naar_de_controle(client):
    pad, vraag = doel(client.get(f"/vragen/huur/?{q(ALLEENSTAANDE, terug='1', verstuurd='1', hr='700')}"))
    assert pad == "/controleer/"
    assert vraag == {**ALLEENSTAANDE, "hr": "700"}


def test_wijzigen_van_leefvorm_vraagt_wat_nog_mist(client):
    """From 'alleen' to 'ouder' while changing: first the children question, then back to the check page."""
    pad, vraag = doel(client.get(f"/vragen/leefvorm/?{q(ALLEENSTAANDE, terug='1', verstuurd='1', lv='ouder')}"))
    assert pad == "/vragen/kinderen/" and vraag["terug"] == "1"
    pad, vraag = doel(client.get(f"/vragen/kinderen/?{q(vraag, verstuurd='1', kk='3')}"))
    assert pad == "/controleer/" and vraag["kk"] == "3"


def test_geen_cookies_en_geen_opslag(client):
    for url in ["/", "/vragen/leefvorm/", f"/controleer/?{q(ALLEENSTAANDE)}", f"/resultaat/?{q(ALLEENSTAANDE)}"]:
        response = client.get(url)
        assert "Set-Cookie" not in response.headers, url
        assert not response.cookies, url
