from decimal import ROUND_HALF_UP, Decimal

import pytest
from babel.numbers import format_currency
from hypothesis import given, settings
from hypothesis import strategies as st
from django.template import Context, Template

from calculator.formatting import MINTEKEN, euro, euro_rond

NBSP = "\xa0"


@pytest.mark.parametrize(
    ("bedrag", "verwacht"),
    [
        (1234.56, f"€{NBSP}1.234,56"),
        (Decimal("1234.56"), f"€{NBSP}1.234,56"),
        ("1234.56", f"€{NBSP}1.234,56"),
        (0, f"€{NBSP}0,00"),
        (12, f"€{NBSP}12,00"),
        (0.1 + 0.2, f"€{NBSP}0,30"),
        (1234567.891, f"€{NBSP}1.234.567,89"),
        (-12, f"{MINTEKEN}€{NBSP}12,00"),
        (Decimal("-1234.5"), f"{MINTEKEN}€{NBSP}1.234,50"),
    ],
)
def test_euro_met_centen(bedrag, verwacht):
    assert euro(bedrag) == verwacht


@pytest.mark.parametrize(
    ("bedrag", "verwacht"),
    [
        (1690.4, f"€{NBSP}1.690"),
        (1690.5, f"€{NBSP}1.691"),
        (0, f"€{NBSP}0"),
        (0.4, f"€{NBSP}0"),
        (-12.2, f"{MINTEKEN}€{NBSP}12"),
        (1234567, f"€{NBSP}1.234.567"),
    ],
)
def test_euro_zonder_centen(bedrag, verwacht):
    assert euro(bedrag, centen=False) == verwacht
    assert euro_rond(bedrag) == verwacht


def test_min_is_echt_minteken_en_nul_is_niet_negatief():
    assert MINTEKEN == "\u2212"
    assert euro(-0.001) == f"€{NBSP}0,00"
    assert euro(-0.4, centen=False) == f"€{NBSP}0"


def test_template_filters():
    template = Template("{% load bedragen %}{{ a|euro }}|{{ b|euro_rond }}|{{ c|euro }}")
    uit = template.render(Context({"a": Decimal("1234.56"), "b": 1690.4, "c": None}))
    assert uit == f"€{NBSP}1.234,56|€{NBSP}1.690|"


@settings(max_examples=500, deadline=None)
@given(st.decimals(min_value=-10**9, max_value=10**9, places=3, allow_nan=False, allow_infinity=False),
       st.booleans())
def test_euro_schrijft_elk_bedrag_zoals_babel(bedrag, centen):
    """calculator.formatting writes amounts without Babel (speed); Babel's nl_NL currency format is the reference."""
    afgerond = bedrag.quantize(Decimal("0.01") if centen else Decimal("1"), rounding=ROUND_HALF_UP)
    babel = format_currency(abs(afgerond), "EUR", format="¤\xa0#,##0.00" if centen else "¤\xa0#,##0",
                            locale="nl_NL", currency_digits=False)
    assert euro(bedrag, centen=centen) == (MINTEKEN + babel if afgerond < 0 else babel)
