"""/vergelijk/ with a gemeente and costs of working (issue 21): per offer what is left after the costs, and the
gemeente's premie in its own row, each read from that offer's timeline (regels.tijdlijn), never computed in the view.

Values: costs of working 80 (reiskosten) + 20 (overige) − 50 (vergoeding) = € 50 per month of work. The premie
profile is the test profile of tests/test_tijdlijn_gemeente.py (€ 500 after 3 and € 750 after 6 months of work, for
people with at least 24 months of bijstand; a test source, no gemeente published one with its timing).
"""

from __future__ import annotations

import pytest

import regels
from calculator.formatting import euro, euro_rond
from tests.test_tijdlijn_gemeente import TILBURG, _profiel
from tests.test_vergelijk import pagina, rij

TWEE = {"a1u": "16", "a2u": "24"}


def _lijn(uren: int, **gemeente) -> dict:
    """The timeline of one offer, as the answers in TILBURG describe the household (hourly wage € 16, from April)."""
    return regels.tijdlijn({
        "peildatum": "2026-03-01", "huishouden": {"leefvorm": "alleenstaand", "leeftijd": 35, "kale_huur": 650},
        "werk": {"uren_per_week": uren, "bruto_uurloon": 16, "start": "2026-04"},
        "vrijlating": {"maanden_gehad": 0, "medisch_urenbeperkt": False}, "giften_dit_jaar": 0,
        "gemeente": {"code": "GM0855", "verrekening": "volgende_maand", **gemeente},
        "kosten_werk": {"reiskosten_per_maand": 80, "vergoeding_per_maand": 50, "overige_per_maand": 20}})


@pytest.fixture
def premie_profiel(tmp_path, monkeypatch):
    _profiel(tmp_path, monkeypatch)


def test_kosten_van_werken_en_wat_er_na_overblijft_per_aanbod(client):
    html = pagina(client, TILBURG, **TWEE)
    lijnen = [_lijn(16)["per_bron"], _lijn(24)["per_bron"]]
    assert [p["met_werk"]["kosten_van_werken"] for p in lijnen] == [50.0, 50.0]
    assert rij(html, "Totaal per maand") == [euro(p["met_werk"]["totaal"]) for p in lijnen]
    assert rij(html, "Kosten van werken<span class=\"subregel\">reiskosten en andere kosten, min je vergoeding</span>") \
        == [euro(-50.0)] * 2
    na = rij(html, "Na kosten van werken")
    assert na == [euro(p["met_werk"]["totaal_na_kosten"]) for p in lijnen]
    # The first year's average after costs is the total minus € 50 (to the cent: every month of work costs € 50).
    assert [p["met_werk"]["totaal_na_kosten"] for p in lijnen] == [round(p["met_werk"]["totaal"] - 50, 2) for p in lijnen]
    # The phases and the sentence: after the costs too (16 hours: vrijlating April-October, then without).
    fasen = [_lijn(16)["fasen"], _lijn(24)["fasen"]]
    eerste = rij(html, 'De eerste maanden, met vrijlating<span class="subregel">na kosten van werken</span>')
    assert [c.split(" ")[0] for c in eerste] == [euro_rond(f[0]["per_bron"]["totaal_na_kosten"]) for f in fasen]
    assert rij(html, 'Daarna<span class="subregel">na kosten van werken</span>') == [
        euro_rond(f[-1]["per_bron"]["totaal_na_kosten"]) for f in fasen]
    straks = [round(f[-1]["per_bron"]["totaal_na_kosten"]) for f in fasen]
    assert straks[1] > straks[0]
    assert (f"Met aanbod 2 houd je na de vrijlating het meeste over: ongeveer {euro_rond(straks[1])} per maand na "
            f"kosten van werken. Dat is {euro_rond(straks[1] - straks[0])} meer dan met aanbod 1.") in html
    assert rij(html, "Verschil met nu, na kosten van werken") == [
        "+" + euro_rond(round(p["met_werk"]["totaal_na_kosten"]) - round(p["nu"]["totaal"])) for p in lijnen]


def test_zonder_kosten_geen_rij_kosten_van_werken(client):
    html = pagina(client, {k: v for k, v in TILBURG.items() if k not in ("kr", "kv", "ko")}, **TWEE)
    assert "Kosten van werken" not in html and "Na kosten van werken" not in html


def test_premie_van_de_gemeente_per_aanbod(client, premie_profiel):
    # How long on bijstand unknown: the row is there, counts nothing, and says to ask the gemeente.
    html = pagina(client, TILBURG, **TWEE)
    assert rij(html, "Premie van je gemeente") == [
        "€\xa00,00 Vraag je gemeente of je de uitstroompremie en de tweede uitstroompremie krijgt. "
        "We tellen ze nog niet mee."] * 2
    # 30 months of bijstand: € 500 in July and € 750 in October 2026, (500 + 750) / 12 = € 104,17 a month in the table.
    html = pagina(client, {**TILBURG, "bm": "30"}, **TWEE)
    premie = [_lijn(uren, maanden_bijstand=30)["per_bron"]["met_werk"]["premie_gemeente"] for uren in (16, 24)]
    assert premie == [104.17, 104.17]
    assert rij(html, "Premie van je gemeente") == [
        "€\xa0104,17 Je krijgt €\xa0500 in juli 2026 en €\xa0750 in oktober 2026."] * 2
    assert rij(html, "Totaal per maand") == [
        euro(_lijn(uren, maanden_bijstand=30)["per_bron"]["met_werk"]["totaal"]) for uren in (16, 24)]
    # Too short on bijstand: no premie.
    assert rij(pagina(client, {**TILBURG, "bm": "12"}, **TWEE), "Premie van je gemeente") == [
        "€\xa00,00 Je krijgt geen premie."] * 2


def test_een_fout_aantal_maanden_bijstand_gaat_naar_de_uitkomst_met_de_melding(client):
    from tests.journey_data import q

    response = client.get(f"/vergelijk/?{q({**TILBURG, 'bm': '-3'}, **TWEE)}")
    assert response.status_code == 302 and response["Location"].startswith("/resultaat/?")


def test_zonder_premie_in_het_profiel_geen_premieregel(client):
    assert "Premie van je gemeente" not in pagina(client, TILBURG, **TWEE)
