"""Gehuwden of whom the partner has no right to bijstand: Participatiewet art. 24 (in force) and art. 24a (1-1-2027).

Art. 24 (wetten.overheid.nl, BWBR0015703, valid 1-1-2026): "de norm gelijk aan 50% van de norm die voor hem zou
gelden als hij gehuwd zou zijn met een rechthebbende echtgenoot van zijn leeftijd", from 21 without kostendelers,
or below 21. Art. 24a (Stb. 2025, 312, in force 1-1-2027): the norm goes up by 1/12 of the amount of art. 2 lid 6
Wet op het kindgebonden budget (the alleenstaande-ouderkop) for a parent.
"""

from __future__ import annotations

import datetime as dt

import pytest

import regels


def _norm(peildatum: str, leeftijd: int = 35, kinderen=(), kostendelers: int = 0, recht: bool = False) -> dict:
    uitkomst = regels.bereken({"peildatum": peildatum, "huishouden": {
        "leefvorm": "gehuwd", "leeftijd": leeftijd, "partner_leeftijd": 30, "kostendelers": kostendelers,
        "kinderen": list(kinderen), "partner_recht_op_bijstand": recht}})
    return uitkomst


def test_de_helft_van_de_gehuwdennorm_2026():
    """Normenbrief 1 januari 2026: gehuwden 21 tot AOW € 2.002,13; half is € 1.001,07 (also the IOAW amount in
    bijlage II of the same Normenbrief for 'de werkloze werknemer en de echtgenoot')."""
    uitkomst = _norm("2026-03-01")
    assert uitkomst["per_maand"]["bijstand"] == 1001.07
    tekst = next(u for u in uitkomst["uitleg"] if u["onderwerp"] == "bijstandsnorm")
    assert "Je partner heeft geen recht op bijstand." in tekst["tekst"] and "artikel 24" in tekst["bron"]


def test_met_een_partner_met_recht_verandert_er_niets():
    assert _norm("2026-03-01", recht=True)["per_maand"]["bijstand"] == 2002.13


def test_onder_de_21_de_helft_van_de_norm_voor_twee_jongeren():
    """Normenbrief 1 januari 2026, art. 20: gehuwden beiden jonger dan 21 zonder kinderen € 691,98; half € 345,99."""
    assert _norm("2026-03-01", leeftijd=19)["per_maand"]["bijstand"] == 345.99


def test_met_kostendelers_geldt_artikel_24_niet_maar_de_kostendelersnorm():
    """Art. 22a lid 1 for one person, the partner and one kostendeler in the home: (40% + 3 x 30%) / 3 x B."""
    w = regels.parameters_op(dt.date(2026, 3, 1))
    b = next(p["waarde"] for p in w if p["parameter"] == "participatiewet.art21_normen.gehuwden")
    uitkomst = _norm("2026-03-01", kostendelers=1)
    assert uitkomst["per_maand"]["bijstand"] == round((40 + 3 * 30) / 3 / 100 * b, 2)
    assert any(u["gemeente_beslist"] for u in uitkomst["uitleg"] if u["onderwerp"] == "bijstandsnorm")


def test_artikel_24a_geldt_vanaf_2027_voor_een_ouder():
    kop_2027 = regels.waarde("kindgebonden_budget.kindgebonden_budget.alleenstaande_ouderkop", dt.date(2027, 1, 1))
    zonder, met = _norm("2027-01-01"), _norm("2027-01-01", kinderen=[4])
    assert round(met["per_maand"]["bijstand"] - zonder["per_maand"]["bijstand"], 2) == round(kop_2027 / 12, 2)
    assert any("een twaalfde van de alleenstaande-ouderkop" in u["tekst"] for u in met["uitleg"])
    # not yet in 2026: a child changes nothing in the norm
    assert _norm("2026-12-31", kinderen=[4])["per_maand"]["bijstand"] == _norm("2026-12-31")["per_maand"]["bijstand"]


@pytest.mark.parametrize(("huishouden", "melding"), [
    ({"leefvorm": "gehuwd", "partner_recht_op_bijstand": "nee"}, "Kies ja (true) of nee (false)."),
    ({"leefvorm": "alleenstaand", "partner_recht_op_bijstand": False},
     "Dit hoort alleen bij de leefvorm gehuwd of samenwonend."),
])
def test_foute_invoer(huishouden, melding):
    with pytest.raises(regels.OngeldigeInvoer) as fout:
        regels.bereken({"peildatum": "2026-03-01", "huishouden": huishouden})
    assert fout.value.fouten["huishouden.partner_recht_op_bijstand"] == melding
