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
