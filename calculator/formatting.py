"""Money formatting: the one place where amounts become text.

All amounts are shown in Dutch notation via Babel, e.g. ``€ 1.234,56``.
Babel puts a non-breaking space (U+00A0) after the euro sign; we keep it,
so "€" and the number never end up on different lines. On a right-to-left
page (Arabic) an amount or number is wrapped in Unicode isolates, so it stays
"€ 1.234,56" inside the Arabic sentence (`regels.taal.links_naar_rechts`; the
page's language is also regels' language, `RegelsTaalMiddleware`).
"""

from __future__ import annotations

from decimal import ROUND_CEILING, ROUND_HALF_UP, Decimal

from babel.lists import format_list
from django.utils import translation
from django.utils.translation import ngettext

from calculator.getallen import lees_getal
from regels.taal import links_naar_rechts

MINTEKEN = "\u2212"  # − (U+2212 MINUS SIGN)
EURO = "€\xa0"

# Babel's nl_NL currency pattern ("¤ #,##0.00": a point between thousands, a comma before the cents), written
# with Python's own formatting: Babel took about 100 µs per amount, a fifth of the result page's time (some 230
# amounts). tests/test_formatting.py checks that every amount is written exactly as Babel writes it.
_NEDERLANDS = str.maketrans(",.", ".,")


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
    waarde = waarde.quantize(Decimal("0.01") if centen else Decimal("1"), rounding=ROUND_HALF_UP)
    tekst = EURO + f"{abs(waarde):,.{2 if centen else 0}f}".translate(_NEDERLANDS)
    return links_naar_rechts(MINTEKEN + tekst if waarde < 0 else tekst)


def euro_rond(bedrag: Decimal | float | int | str) -> str:
    """Whole euros: ``euro(bedrag, centen=False)``."""
    return euro(bedrag, centen=False)


def getal(waarde: float) -> str:
    """A plain number the Dutch way, without needless decimals: 27, 35,75, 12,5."""
    tekst = f"{waarde:,.3f}".rstrip("0").rstrip(".")
    return links_naar_rechts(tekst.translate(str.maketrans(",.", ".,")))


def opsomming(delen) -> str:
    """Words joined as a list in the page's language (Babel): "a, b en c" in Dutch, "a, b and c" in English."""
    lijst = [str(deel) for deel in delen]
    if not lijst:
        return ""
    return format_list(lijst, locale=translation.to_locale(translation.get_language() or "nl"))


def aantal(waarde) -> int:
    """A whole number to choose a plural form (ngettext) for a number that may have decimals ("12,5", 1.5):
    the number itself when it is whole, else the next whole number ("12,5 uur" reads as more than 12)."""
    if isinstance(waarde, str):
        waarde = lees_getal(waarde) if waarde.strip() else 0
    getal = Decimal(str(waarde))
    return int(getal.to_integral_value(rounding=ROUND_CEILING))


def uren_per_week(uren) -> str:
    """"24 uur per week" in the page's language, with the plural the number needs. `uren` as shown ("12,5") or a
    number."""
    tekst = uren if isinstance(uren, str) else getal(float(uren))
    # Translators: a number of working hours, e.g. "24 uur per week"; %(uren)s may have decimals ("12,5").
    return ngettext("%(uren)s uur per week", "%(uren)s uur per week", aantal(uren)) % {"uren": tekst}
