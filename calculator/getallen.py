"""Reading a number as people type it in a Dutch form: "14,71", "1.100", "€ 650", "650,-", "1 000".

Babel reads the Dutch notation (`parse_decimal(..., locale="nl_NL", strict=True)`). What it cannot do is
done here, and nothing more: taking off a euro sign and a trailing ",-", joining thousands written with
spaces, and reading a plain decimal point ("14.71", as many phone keyboards type it) or a complete English
notation ("1,200.50") when the Dutch reading fails. Anything else is refused with a Dutch message; a number
is never guessed.
"""

from __future__ import annotations

import re
from decimal import Decimal

from babel.numbers import NumberFormatError, parse_decimal

# Taken off before reading: a euro sign or "EUR" at either end, and ",-" / ".-" / ",=" at the end.
_EURO = re.compile(r"^(?:€|eur(?:o)?\b)\s*|\s*(?:€|eur(?:o)?)$", re.IGNORECASE)
_STREEPJE = re.compile(r"[.,][-=\u2013\u2014]+$")
# Thousands separated by a (non-breaking, narrow or thin) space: "1 000", "12 500,50".
_SPATIE_DUIZENDTAL = re.compile(r"(?<=\d)[ \u00a0\u202f\u2009](?=\d{3}(?:\D|$))")
_TOEGESTAAN = re.compile(r"^-?[0-9][0-9.,]*$")
_MINTEKENS = str.maketrans({"\u2212": "-", "\u2013": "-"})


class GeenGetal(ValueError):
    """The text is not a number we can read for sure. `suggesties` are readings to offer ("1.471", "14,71")."""

    def __init__(self, suggesties: tuple[str, ...] = ()):
        self.suggesties = suggesties
        super().__init__(", ".join(suggesties))


def _voorbewerken(tekst: str) -> str:
    schoon = tekst.strip().translate(_MINTEKENS)
    schoon = _EURO.sub("", schoon).strip()
    schoon = _STREEPJE.sub("", schoon)
    schoon = _SPATIE_DUIZENDTAL.sub("", schoon)
    return schoon.replace("- ", "-").strip()


def lees_getal(tekst: str) -> Decimal:
    """The number in `tekst`, or GeenGetal. Dutch notation first; a lone decimal point is read as one."""
    schoon = _voorbewerken(tekst)
    if not _TOEGESTAAN.match(schoon):
        raise GeenGetal()
    try:
        return parse_decimal(schoon, locale="nl_NL", strict=True)
    except NumberFormatError as fout:
        suggesties = tuple(fout.suggestions or ())
    laatste = max(schoon.rfind("."), schoon.rfind(","))
    if laatste >= 0 and schoon[laatste] == ".":
        # "14.71", "12.5", "1,200.50": a decimal point as the last separator. Babel's strict English reading
        # refuses wrong grouping ("1,20.5"), so only an unambiguous notation gets through.
        try:
            return parse_decimal(schoon, locale="en_US", strict=True)
        except NumberFormatError:
            pass
    raise GeenGetal(suggesties)


def getal_tekst(waarde: Decimal) -> str:
    """Canonical form for the URL: '14.71', '650', '0'."""
    tekst = format(waarde.normalize(), "f")
    return "0" if tekst in {"-0", ""} else tekst


def getal_nl(waarde: Decimal | int | str) -> str:
    """A number as it is shown back in a text box: 14.71 -> '14,71', 1100 -> '1100'."""
    tekst = waarde if isinstance(waarde, str) else getal_tekst(Decimal(waarde))
    return tekst.replace(".", ",")


# "1,100", "8,000": one comma with three digits after it. Read the Dutch way it is 1,1; written the English way,
# 1100. The Dutch reading stands, but the question asks "Klopt dit?" (calculator.plausibel).
_DUBBELZINNIG = re.compile(r"-?[0-9]{1,3},[0-9]{3}")


def andere_lezing(tekst: str | None) -> Decimal | None:
    """The English reading of a text whose Dutch reading differs ("1,100" -> 1100), or None when there is none."""
    schoon = _voorbewerken(tekst or "")
    if not _DUBBELZINNIG.fullmatch(schoon):
        return None
    return parse_decimal(schoon, locale="en_US", strict=True)
