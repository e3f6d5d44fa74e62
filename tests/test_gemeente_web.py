"""The gemeente and the costs of working on the website (issue 21): the question "In welke gemeente woon je?"
without JavaScript, a site run for one gemeente (DJANGO_GEMEENTE), the result page, the PDF and /samen/."""

from __future__ import annotations

import re
from html import unescape

from django.core.management import call_command
from django.core.management.base import SystemCheckError
import pytest

from tests.journey_data import ALLEENSTAANDE, q
from tests.pdf_hulp import pdf_teksten
from tests.test_journey_stappen import doel, foutmeldingen, voor


def _html(response) -> str:
    assert response.status_code == 200, response.status_code
    return unescape(response.content.decode())


def test_de_gemeentevraag_werkt_zonder_javascript_met_suggesties(client):
    html = _html(client.get(f"/vragen/gemeente/?{q(voor('gemeente'))}"))
    assert "<h1 class=\"utrecht-heading-1\">In welke gemeente woon je?</h1>" in html
    # a plain text box; the browser's own suggestions (a datalist) need no script
    assert re.search(r'<input [^>]*name="gm" id="id_gm" value="" [^>]*list="id_gm-lijst"', html)
    assert '<datalist id="id_gm-lijst">' in html and '<option value="Den Haag">' in html


def test_de_naam_wordt_de_cbs_code_in_de_link_en_leeg_laten_mag(client):
    pad, antwoorden = doel(client.get(f"/vragen/gemeente/?{q(voor('gemeente'), verstuurd='1', gm='den haag')}"))
    assert (pad, antwoorden["gm"]) == ("/vragen/giften/", "GM0518")
    pad, antwoorden = doel(client.get(f"/vragen/gemeente/?{q(voor('gemeente'), verstuurd='1', gm='')}"))
    assert pad == "/vragen/giften/" and "gm" not in antwoorden
    # coming back shows the name, not the code
    assert 'value="Den Haag"' in _html(client.get(f"/vragen/gemeente/?{q(voor('gemeente'), gm='GM0518')}"))


def test_een_onbekende_gemeente_is_een_melding_bij_het_veld(client):
    response = client.get(f"/vragen/gemeente/?{q(voor('gemeente'), verstuurd='1', gm='Atlantis')}")
    assert response.status_code == 200
    assert foutmeldingen(response) == [
        "Deze gemeente kennen we (nog) niet. Kijk of de naam goed is geschreven. Staat je gemeente er niet bij? "
        "Laat het vak leeg: dan rekenen we met de landelijke regels."]


def test_een_oude_link_zonder_gemeente_of_kosten_blijft_werken(client):
    assert client.get(f"/resultaat/?{q(ALLEENSTAANDE)}").status_code == 200


def test_de_resultaatpagina_toont_wat_de_gemeente_beslist_en_de_kosten_van_werken(client):
    html = _html(client.get(f"/resultaat/?{q(ALLEENSTAANDE, gm='GM0518', kr='80', kv='50', ko='20', pd='2026-03-01')}"))
    deel = html[html.index('id="gemeente-kop"'):]
    assert "Wat Den Haag zelf beslist" in deel
    assert "Dit beslist je gemeente</span> Gemiddeld per maand blijf je met dit werk onder de grens van de Haagse zorgverzekering" in deel
    # at € 15 an hour the household loses it from 32 hours (150 % of € 1.401,50 = € 2.102,25)
    assert re.search(r"Haagse zorgverzekering</th><td>32 uur per week", deel)
    kosten = html[html.index('id="kosten-kop"'):]
    assert "Kosten van werken per maand</dt><dd>€\xa050,00" in kosten.replace("&nbsp;", "\xa0")
    assert "Participatiewet artikel 31, tweede lid, onderdeel g" in kosten


def test_wat_moet_je_doen_krijgt_de_stappen_van_de_gemeente(client):
    html = _html(client.get(f"/resultaat/?{q(ALLEENSTAANDE, gm='Rotterdam', pd='2026-03-01')}"))
    acties = html[html.index("Wat moet je doen?"):]
    assert "Rotterdam:</strong> Mail je loonstrook binnen 2 weken" in acties
    # Rotterdam estimates the wage: the month view computes that way unless the person chooses otherwise
    assert 'value="schatten" checked' in html


def test_een_site_voor_een_gemeente_slaat_de_vraag_over_en_noemt_de_gemeente(client, settings):
    settings.GEMEENTE = "Den Haag"
    assert "Een rekenhulp voor inwoners van Den Haag" in _html(client.get("/"))
    pad, _ = doel(client.get(f"/vragen/vrijlating/?{q(voor('vrijlating'), verstuurd='1', vm='0', med='nee')}"))
    assert pad == "/vragen/giften/"
    html = _html(client.get(f"/resultaat/?{q(ALLEENSTAANDE, pd='2026-03-01')}"))
    assert "Wat Den Haag zelf beslist" in html
    pdf = client.get(f"/resultaat/pdf/?{q(ALLEENSTAANDE, pd='2026-03-01')}")
    tekst = " ".join(pdf_teksten(pdf.content))
    assert "Een rekenhulp voor inwoners van Den Haag" in tekst and "Wat Den Haag zelf beslist" in tekst


def test_een_onbekende_gemeente_in_de_instelling_is_een_fout_bij_check(settings):
    settings.GEMEENTE = "Atlantis"
    with pytest.raises(SystemCheckError, match="calculator.E002"):
        call_command("check")


def test_samen_heeft_de_gemeente_en_de_kosten(client):
    html = _html(client.get("/samen/"))
    assert 'name="gm"' in html and 'name="kr"' in html and 'name="kv"' in html and 'name="ko"' in html
    assert "Kosten van werken" in html and "Vrijlating, gemeente en giften" in html
    ingevuld = _html(client.get(f"/samen/?{q(ALLEENSTAANDE, gm='Den Haag', kr='60', pd='2026-03-01', verstuurd='1')}"))
    assert "Wat Den Haag zelf beslist" in ingevuld and "Kosten van werken per maand" in ingevuld


def test_het_korte_verslag_noemt_de_regels_van_de_gemeente(client):
    response = client.get(f"/resultaat/verslag/?{q(ALLEENSTAANDE, gm='GM0518', pd='2026-03-01')}")
    assert response.status_code == 200
    tekst = " ".join(pdf_teksten(response.content))
    assert "Wat Den Haag zelf beslist" in tekst and "Je gemeente Den Haag" in tekst


def test_de_kostenvraag_neemt_bedragen_zoals_mensen_ze_typen(client):
    pad, antwoorden = doel(client.get(f"/vragen/kosten/?{q(voor('kosten'), verstuurd='1', kr='€ 62,50', kv='40', ko='0')}"))
    assert pad == "/vragen/vrijlating/" and (antwoorden["kr"], antwoorden["kv"]) == ("62.5", "40") and "ko" not in antwoorden
    response = client.get(f"/vragen/kosten/?{q(voor('kosten'), verstuurd='1', kr='-5', kv='veel')}")
    assert foutmeldingen(response) == ["Dit bedrag kan niet negatief zijn. Geen reiskosten? Vul 0 in.",
                                       "Vul de vergoeding in met alleen cijfers, bijvoorbeeld 40."]


def test_vergelijk_zegt_per_aanbod_of_je_een_regeling_van_de_gemeente_houdt(client):
    # € 15 an hour in Den Haag: 16 hours keeps the Haagse zorgverzekering, 36 hours does not (limit € 2.102,25)
    html = _html(client.get(f"/vergelijk/?{q(ALLEENSTAANDE, gm='GM0518', pd='2026-03-01', a1u='16', a2u='36')}"))
    rij = re.search(r"Haagse zorgverzekering \(Den Haag\).*?</tr>", html, re.S).group(0)
    assert "Dit beslist je gemeente" in rij
    assert re.findall(r'<td data-label="([^"]+)">([^<]+)</td>', rij) == [
        ("Aanbod 1", "Houd je"), ("Aanbod 2", "Kwijt: je inkomen is boven de grens")]
