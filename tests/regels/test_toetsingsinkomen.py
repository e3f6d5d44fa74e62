"""The toetsingsinkomen while working: the jaaropgaaf's gross bijstand (Belastingdienst, Rekenregels en handleiding
loonheffingen over bijstandsuitkeringen, edition 2019, §3.2.1-3.3; percentages of the Normenbrief 1 januari 2026,
bijlage VI)."""

import datetime as dt

import pytest

from regels.loon import benutte_loonheffingskorting
from regels.parameters import waarden_op
from regels.toetsingsinkomen import bruto_bijstand_per_jaar, toetsingsinkomen

W = waarden_op(dt.date(2026, 3, 1))


def test_zonder_werk_gelijk_aan_normenbrief_bijlage_vii():
    """Official: Normenbrief 1 januari 2026, bijlage VII, alleenstaande: € 21.327 (a whole year of full bijstand)."""
    assert round(toetsingsinkomen([(0.0, 0.0, False)], 12 * 1401.50, False, W)[0]) == 21327


def test_werkgever_past_loonheffingskorting_toe_maar_houdt_niets_in():
    """Worked example (handleiding §3.2.2 and §3.3.1 with the 2026 rows A, C and E): wage € 800 a month, no
    vakantiegeld, net bijstand 16.818 − 9.600 = 7.218. P = 9.600 × 27,426 % = 2.632,90; Q = 3.115 − 2.632,90 =
    482,10; loonheffing (7.218 − 482,10) × 55,64 % − 482,10 = 3.265,85; bruto bijstand 10.483,85; toetsingsinkomen
    20.083,85."""
    p = benutte_loonheffingskorting(9600.0, W)
    assert p == pytest.approx(9600 * 0.27426, abs=1)  # the tax tables round each bracket to whole euros
    totaal, loon, bijstand = toetsingsinkomen([(9600.0, p, False)], 7218.0, False, W)
    assert bijstand == pytest.approx(10483.85, abs=2)
    assert totaal == pytest.approx(20083.85, abs=2)


def test_hele_loonheffingskorting_al_gebruikt_geeft_factor_1_5564():
    """Handleiding §3.2.2 with Q = 0: bruto = netto × (1 + E) = netto × 1,5564."""
    assert bruto_bijstand_per_jaar(5000.0, 5000.0, W) == pytest.approx(5000 * 1.5564)


def test_loonheffing_nooit_negatief():
    assert bruto_bijstand_per_jaar(1000.0, 0.0, W) == 1000.0
