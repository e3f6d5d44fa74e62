"""Loonheffing per month against rows of the Belastingdienst witte maandtabel 2026 (loonheffingskorting toegepast).

Source: Belastingdienst loonbelastingtabel 2026, wit, maand, standaard (Excel from "Hulpmiddel
loonbelastingtabellen"), as converted in stevermeister/dutch-tax-income-calculator-npm __tests__/test-tax-2026.csv
(commit 5f60e11, 2025-12-19). Columns: tabelloon per maand, loonheffing met loonheffingskorting per maand.
"""

import datetime as dt

import pytest

from regels.loon import bruto_uit_netto, loonheffing_maandtabel, netto_maandloon
from regels.parameters import waarden_op

WITTE_MAANDTABEL_2026 = [
    (450.00, 0.00), (801.00, 0.00), (999.00, 13.83), (1201.50, 23.50), (1498.50, 37.58), (1800.00, 51.92),
    (2101.50, 66.17), (2295.00, 116.33), (2502.00, 187.83), (2799.00, 307.25), (3001.50, 388.58),
    (3240.00, 484.50), (3244.50, 486.33), (3501.00, 594.08), (4000.50, 820.92), (4500.00, 1073.00),
    (5004.00, 1327.42), (6502.50, 2083.58), (6534.00, 2099.58), (6538.50, 2101.92), (8001.00, 2921.17),
]


@pytest.mark.parametrize("tabelloon, loonheffing", WITTE_MAANDTABEL_2026)
def test_witte_maandtabel_2026(tabelloon, loonheffing):
    assert loonheffing_maandtabel(tabelloon, waarden_op(dt.date(2026, 3, 1))) == pytest.approx(loonheffing, abs=0.005)


def test_een_loon_tussen_twee_tabelregels_valt_in_de_lagere_regel():
    w = waarden_op(dt.date(2026, 3, 1))
    assert loonheffing_maandtabel(1200.00, w) == pytest.approx(23.33, abs=0.005)  # row 1.197,00


@pytest.mark.parametrize("netto", [500.0, 1150.0, 1800.0, 2600.0])
def test_bruto_uit_netto_geeft_het_netto_loon_terug(netto):
    w = waarden_op(dt.date(2026, 3, 1))
    assert netto_maandloon(bruto_uit_netto(netto, w), w) == pytest.approx(netto, abs=4.5)


@pytest.mark.parametrize("aow", [False, True])
@pytest.mark.parametrize("gehuwd", [False, True])
@pytest.mark.parametrize("netto", [500.0, 1150.0, 1800.0, 2600.0])
def test_bruto_uit_netto_is_het_laagste_brutoloon_in_centen(netto, aow, gehuwd):
    """The table goes in steps, so several gross wages give about the same net: we take the lowest one, in cents,
    that gives at least this net on the payslip, for the person's own table (AOW age, married or not)."""
    w = waarden_op(dt.date(2026, 3, 1))
    bruto = bruto_uit_netto(netto, w, aow, gehuwd)
    assert bruto == round(bruto, 2)
    assert netto_maandloon(bruto, w, aow, gehuwd) >= netto - 0.005
    assert netto_maandloon(round(bruto - 0.01, 2), w, aow, gehuwd) < netto


def test_na_de_aow_leeftijd_is_het_brutoloon_voor_hetzelfde_netto_lager():
    """No AOW premium after the AOW age (Belastingdienst, tabel voor AOW-gerechtigden 2026)."""
    w = waarden_op(dt.date(2026, 3, 1))
    assert bruto_uit_netto(1800.0, w, aow=True) < bruto_uit_netto(1800.0, w, aow=False)
    # a married AOW person has no alleenstaande-ouderenkorting: more gross for the same net
    assert bruto_uit_netto(1800.0, w, aow=True, gehuwd=True) > bruto_uit_netto(1800.0, w, aow=True)
