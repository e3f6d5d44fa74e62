"""The childcare question in the journey (with the rows on the result page and in the month table), and the
partner's own months of vrijlating.

Worked amounts: kinderopvangtoeslag 2026 is 96% of the hourly price, at most € 11,23 per hour of dagopvang, for a
toetsingsinkomen up to € 56.412 (Besluit kinderopvangtoeslag, bijlage I en art. 4, zoals op 1 januari 2026;
toeslagen.nl, 'Hoeveel kinderopvangtoeslag krijg ik?').
"""

from __future__ import annotations

import datetime as dt
import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

import regels
from calculator import antwoorden
from tests.journey_data import ALLEENSTAANDE, ALLEENSTAANDE_OUDER, STEL, q
from tests.pdf_hulp import pdf_teksten, plat

PEIL = "2026-03-01"
MET_OPVANG = {**ALLEENSTAANDE_OUDER, "o1": "dagopvang", "ou1": "80", "op1": "10,50"}


def _html(response) -> str:
    assert response.status_code == 200, response.status_code
    # as a person reads it: no-break spaces as spaces, soft hyphens (a break point for a phone) left out
    return re.sub(r"\s+", " ", unescape(response.content.decode()).replace("\xa0", " ").replace("\xad", ""))


def _doel(response) -> tuple[str, dict]:
    assert response.status_code == 302, response.status_code
    deel = urlsplit(response["Location"])
    return deel.path, {k: v[0] for k, v in parse_qs(deel.query, keep_blank_values=True).items()}


def _tot(stap: str, basis: dict) -> dict:
    namen = [s.naam for s in antwoorden.STAPPEN]
    velden = {v for s in antwoorden.STAPPEN[: namen.index(stap)] for v in s.velden}
    return {k: v for k, v in basis.items() if k in velden}


def test_na_het_werkpatroon_komt_de_vraag_over_kinderopvang_voor_ouders(client):
    pad, _ = _doel(client.get(f"/vragen/werkpatroon/?{q(_tot('werkpatroon', ALLEENSTAANDE_OUDER), verstuurd='1')}"))
    assert pad == "/vragen/kinderopvang/"
    html = _html(client.get(f"/vragen/kinderopvang/?{q(_tot('kinderopvang', ALLEENSTAANDE_OUDER))}"))
    assert "Gaan je kinderen naar de kinderopvang?" in html
    assert "Je kind van 4 jaar" in html and "Je kind van 9 jaar" in html
    assert len(re.findall(r'value="geen" checked', html)) == 2


def test_wie_alleen_woont_krijgt_de_vraag_niet(client):
    pad, _ = _doel(client.get(f"/vragen/werkpatroon/?{q(_tot('werkpatroon', ALLEENSTAANDE), verstuurd='1')}"))
    assert pad == "/vragen/kosten/"
    pad, _ = _doel(client.get(f"/vragen/werkpatroon/?{q(_tot('werkpatroon', {**STEL, 'kk': ''}), verstuurd='1')}"))
    assert pad == "/vragen/kosten/"


def test_geen_opvang_komt_niet_in_de_link_en_opvang_wel_in_gewone_notatie(client):
    basis = _tot("kinderopvang", ALLEENSTAANDE_OUDER)
    _, vraag = _doel(client.get(f"/vragen/kinderopvang/?{q(basis, verstuurd='1', o1='geen', o2='geen')}"))
    assert not {"o1", "o2", "ou1", "op1"} & set(vraag)
    _, vraag = _doel(client.get(f"/vragen/kinderopvang/?{q(basis, verstuurd='1', o1='dagopvang', ou1='80', op1='€ 10,50', o2='geen', ou2='12')}"))
    assert (vraag["o1"], vraag["ou1"], vraag["op1"]) == ("dagopvang", "80", "10.5")
    assert "ou2" not in vraag  # hours for a child without childcare are not kept


@pytest.mark.parametrize(("invoer", "melding"), [
    ({"o1": "dagopvang"}, "Vul in hoeveel uur per maand je kind naar de opvang gaat."),
    ({"o1": "bso", "ou1": "40"}, "Vul in wat een uur opvang kost."),
    ({"o1": "bso", "ou1": "veel", "op1": "9"}, "Vul het aantal uren per maand in met alleen cijfers, bijvoorbeeld 80."),
    ({"o1": "bso", "ou1": "800", "op1": "9"}, "Een maand heeft hoogstens 744 uur."),
    ({"o1": "oma"}, "Kies welke opvang, of geen kinderopvang."),
])
def test_foutmeldingen_bij_de_kinderopvang(client, invoer, melding):
    html = _html(client.get(f"/vragen/kinderopvang/?{q(_tot('kinderopvang', ALLEENSTAANDE_OUDER), verstuurd='1', **invoer)}"))
    assert melding in html


def test_kinderopvang_op_de_uitkomst_telt_op_tot_het_totaal(client):
    html = _html(client.get(f"/resultaat/?{q(MET_OPVANG, pd=PEIL)}"))
    # 96% of 80 hours x € 10,50 = € 806,40, rounded down to whole euros (Dienst Toeslagen, Berekening
    # kinderopvangtoeslag 2026, stap 7): € 806,00 toeslag; the bill is € 840,00; the person pays € 34,00.
    assert re.search(r'Kinderopvangtoeslag </th> <td class="bedrag">€ 0,00</td> <td class="bedrag">€ 806,00', html)
    assert re.search(r'Kosten kinderopvang </th> <td class="bedrag">€ 0,00</td> <td class="bedrag">−€ 840,00', html)
    assert "De kinderopvang kost € 840,00 per maand." in html
    assert "Zelf betaal je € 34,00." in html
    assert re.search(r'data-label="Toeslagen">€ [0-9.,]+<span class="subregel">− kinderopvang € 34,00', html)  # month table


def test_boven_de_maximale_uurprijs_betaal_je_het_verschil_zelf(client):
    html = _html(client.get(f"/resultaat/?{q({**MET_OPVANG, 'op1': '12,50'}, pd=PEIL)}"))
    # 96% x 80 x € 11,23 (maximum 2026) = € 862,46, rounded down to whole euros (Dienst Toeslagen, stap 7): € 862,00; bill € 1.000,00
    assert "€ 862,00" in html and "−€ 1.000,00" in html
    assert "Voor dagopvang krijg je toeslag tot € 11,23 per uur." in html


def test_met_een_partner_die_niet_werkt_geen_kinderopvangtoeslag(client):
    stel = {**STEL, "kk": "3", "pbm": "", "o1": "dagopvang", "ou1": "40", "op1": "10"}
    html = _html(client.get(f"/resultaat/?{q(stel, pd=PEIL)}"))
    assert "Waarom krijg je geen kinderopvangtoeslag?" in html
    assert "als die ook werkt" in html
    assert re.search(r"Kosten kinderopvang.*?−€ 400,00", html)


def test_zonder_werk_telt_de_kinderopvang_niet_mee(client):
    """'Nu' is the situation without this job: no childcare needed for it, so neither bill nor toeslag."""
    schoon = antwoorden.lees(MET_OPVANG).schoon()
    assert "kinderopvang" in antwoorden.naar_situatie(schoon)
    assert "kinderopvang" not in antwoorden.naar_situatie(schoon, met_werk=False)


def test_opvang_van_een_kind_dat_er_niet_meer_is_valt_weg():
    een_kind = antwoorden.lees({**MET_OPVANG, "kk": "4", "o2": "bso", "ou2": "40", "op2": "9"})
    assert [o["kind"] for o in antwoorden.naar_situatie(een_kind.schoon())["kinderopvang"]] == [0]
    assert "o2" not in een_kind.canoniek()
    alleen = antwoorden.lees({**MET_OPVANG, "lv": "alleen"})
    assert not {"o1", "ou1", "op1"} & set(alleen.canoniek())


def test_de_controlepagina_noemt_de_kinderopvang(client):
    html = _html(client.get(f"/controleer/?{q(MET_OPVANG)}"))
    assert "Kinderopvang, kind van 4" in html
    assert "Kinderdagverblijf (dagopvang), 80 uur per maand, € 10,50 per uur" in html


# The partner's own months of vrijlating (Participatiewet art. 31 lid 2 onder n: each person who works gets the
# vrijlating for a limited number of months of their own).

def test_de_vrijlatingsvraag_vraagt_naar_de_partner_als_die_werkt(client):
    basis = _tot("vrijlating", STEL)
    assert "Hoeveel maanden heeft je partner al een inkomstenvrijlating gehad?" in _html(
        client.get(f"/vragen/vrijlating/?{q(basis)}"))
    zonder_loon = {**basis, "pbm": ""}
    assert "je partner al een inkomstenvrijlating" not in _html(client.get(f"/vragen/vrijlating/?{q(zonder_loon)}"))
    _, vraag = _doel(client.get(f"/vragen/vrijlating/?{q(basis, verstuurd='1', vm='0', med='nee', pvm='6')}"))
    assert vraag["pvm"] == "6"


def test_de_maanden_van_de_partner_tellen_apart():
    peil = dt.date(2026, 3, 1)

    def bereken(**extra):
        return regels.bereken(antwoorden.naar_situatie(antwoorden.lees({**STEL, **extra}).schoon(), peildatum=peil))

    onbekend, nieuw, voorbij = bereken(), bereken(pvm="0"), bereken(pvm="6")
    assert onbekend["per_maand"] == nieuw["per_maand"]  # unknown: the same months as the person's own (0)
    assert any("Hoeveel maanden vrijlating je partner al had" in w for w in onbekend["waarschuwingen"])
    assert not nieuw["waarschuwingen"]
    # After the partner's months, only the person's own vrijlating is left: the partner's 25% of € 900 is gone.
    verschil = round(nieuw["per_maand"]["vrijlating"] - voorbij["per_maand"]["vrijlating"], 2)
    assert verschil == 225.0
    assert round(nieuw["per_maand"]["bijstand"] - voorbij["per_maand"]["bijstand"], 2) == verschil


def test_zonder_werkende_partner_valt_het_antwoord_weg():
    assert "pvm" not in antwoorden.lees({**STEL, "pbm": "", "pvm": "4"}).canoniek()
    assert "pvm" not in antwoorden.lees({**ALLEENSTAANDE, "pvm": "4"}).canoniek()


def test_de_pdf_heeft_de_kinderopvang_in_de_tabel_per_bron(client):
    response = client.get(f"/resultaat/pdf/?{q(MET_OPVANG, pd=PEIL)}")
    assert response.status_code == 200
    tekst = plat(" ".join(pdf_teksten(response.content)))
    assert "Kinderopvangtoeslag € 0,00" in tekst and "€ 806,00" in tekst
    assert "Kosten kinderopvang € 0,00" in tekst and "−€ 840,00" in tekst
    assert "− kinderopvang € 34,00" in tekst


# A partner without a right to bijstand (Participatiewet art. 24; from 2027 also art. 24a).

def test_leeftijdsvraag_vraagt_of_de_partner_recht_heeft_en_ja_blijft_uit_de_link(client):
    basis = _tot("leeftijd", STEL)
    html = _html(client.get(f"/vragen/leeftijd/?{q(basis)}"))
    assert "Heeft je partner ook recht op bijstand?" in html and 'value="ja" checked' in html
    assert "Vul je leeftijd in" not in html  # the default answer does not make an empty page look answered
    _, vraag = _doel(client.get(f"/vragen/leeftijd/?{q(basis, verstuurd='1', lt='38', plt='36', prb='ja')}"))
    assert "prb" not in vraag
    _, vraag = _doel(client.get(f"/vragen/leeftijd/?{q(basis, verstuurd='1', lt='38', plt='36', prb='nee')}"))
    assert vraag["prb"] == "nee"
    assert "recht op bijstand" not in _html(client.get(f"/vragen/leeftijd/?{q(_tot('leeftijd', ALLEENSTAANDE))}"))


def test_partner_zonder_recht_op_de_uitkomst(client):
    """Normenbrief 1 januari 2026: half of the gehuwdennorm € 2.002,13 is € 1.001,07; the partner earns € 900."""
    stel = {**STEL, "prb": "nee", "kd": "0"}
    schoon = antwoorden.lees(stel).schoon()
    assert antwoorden.naar_situatie(schoon)["huishouden"]["partner_recht_op_bijstand"] is False
    html = _html(client.get(f"/resultaat/?{q(stel, pd=PEIL)}"))
    assert "Dan krijg jij de helft van de norm voor een stel: 50 % van € 2.002,13 is € 1.001,07 per maand." in html
    assert "prb" not in antwoorden.lees({**ALLEENSTAANDE, "prb": "nee"}).canoniek()
