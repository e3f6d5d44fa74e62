"""Money formatting: the one place where amounts become text.

All amounts are shown in Dutch notation via Babel, e.g. ``€ 1.234,56``.
Babel puts a non-breaking space (U+00A0) after the euro sign; we keep it,
so "€" and the number never end up on different lines.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel import Locale
from babel.numbers import parse_pattern

MINTEKEN = "\u2212"  # − (U+2212 MINUS SIGN)

# Parsed once: Babel's format_currency() parses the locale and the pattern on
# every call, which made formatting the largest cost of the result page
# (about 150 amounts per page). The output is the same.
_LOCALE = Locale.parse("nl_NL")
_PATROON_CENTEN = parse_pattern("¤\xa0#,##0.00")
_PATROON_HEEL = parse_pattern("¤\xa0#,##0")


def euro(bedrag: Decimal | float | int | str, centen: bool = True) -> str:
    """Format an amount in euros, Dutch style.

    >>> euro(1234.56)
    '€\\xa01.234,56'
    >>> euro(1690.4, centen=False)
    '€\\xa01.690'

    Negative amounts are written as ``−€ 12,00``: a real minus sign
    (U+2212) *before* the euro sign. People read it as "min twaalf euro",
    and screen readers announce U+2212 as "min"/"minus" (a hyphen "-" is
    often read as a dash or skipped). Babel's own nl_NL pattern gives
    ``€ -12,00``, with the sign hidden in the middle; we do not use that.

    ``centen=False`` rounds to whole euros (half up: 0,50 goes up).
    Amounts are converted via ``str()`` to Decimal, so 1234.56 stays exact.
    """
    waarde = bedrag if isinstance(bedrag, Decimal) else Decimal(str(bedrag))
    if centen:
        waarde = waarde.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
        patroon = _PATROON_CENTEN
    else:
        waarde = waarde.quantize(Decimal("1"), rounding=ROUND_HALF_UP)
        patroon = _PATROON_HEEL
    negatief = waarde < 0
    tekst = patroon.apply(abs(waarde), _LOCALE, currency="EUR", currency_digits=False)
    return MINTEKEN + tekst if negatief else tekst


def euro_rond(bedrag: Decimal | float | int | str) -> str:
    """Whole euros: ``euro(bedrag, centen=False)``."""
    return euro(bedrag, centen=False)


def getal(waarde: float) -> str:
    """A plain number the Dutch way, without needless decimals: 27, 35,75, 12,5."""
    tekst = f"{waarde:,.3f}".rstrip("0").rstrip(".")
    return tekst.translate(str.maketrans(",.", ".,"))
