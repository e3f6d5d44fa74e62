"""The public contract: `bereken(situatie) -> dict` and `sweep(situatie, uren) -> list[dict]`."""

from __future__ import annotations

from collections.abc import Iterable

from .berekening import bereken_situatie, huishouddeel
from .invoer import OngeldigeInvoer, lees_situatie


def bereken(situatie: dict) -> dict:
    """Compute what the household has per month, with explanations. Raises OngeldigeInvoer on bad input."""
    return bereken_situatie(lees_situatie(situatie))


def sweep(situatie: dict, uren: Iterable[float]) -> list[dict]:
    """One result per number of hours per week, for a chart. The situation's work must be hours x hourly wage.

    The household part (norm, vrijlating rule, uitstroom, gifts) is computed once; the results share the
    explanation dicts that do not change with the hours, so copy a result before you change it.
    """
    s = lees_situatie(situatie)
    if s.werk is None or s.werk.bruto_uurloon is None:
        raise OngeldigeInvoer({"werk": "Vul een bruto uurloon in om uit te rekenen wat meer of minder uren opleveren."})
    lijst = list(uren)
    for u in lijst:
        if isinstance(u, bool) or not isinstance(u, (int, float)) or not 0 <= u <= 60:
            raise OngeldigeInvoer({"uren": "Het aantal uren per week moet tussen 0 en 60 liggen."})
    vast = huishouddeel(s)
    return [bereken_situatie(s.met_uren(u), vast) for u in lijst]
