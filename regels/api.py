"""The public contract: `bereken(situatie) -> dict` and `sweep(situatie, uren) -> list[dict]`."""

from __future__ import annotations

from collections.abc import Iterable

from .berekening import bereken_situatie
from .invoer import OngeldigeInvoer, lees_situatie


def bereken(situatie: dict) -> dict:
    """Compute what the household has per month, with explanations. Raises OngeldigeInvoer on bad input."""
    return bereken_situatie(lees_situatie(situatie))


def sweep(situatie: dict, uren: Iterable[float]) -> list[dict]:
    """One result per number of hours per week, for a chart. The situation's work must be hours x hourly wage."""
    s = lees_situatie(situatie)
    if s.werk is None or s.werk.bruto_uurloon is None:
        raise OngeldigeInvoer({"werk": "Vul een bruto uurloon in om uit te rekenen wat meer of minder uren opleveren."})
    lijst = list(uren)
    for u in lijst:
        if isinstance(u, bool) or not isinstance(u, (int, float)) or not 0 <= u <= 60:
            raise OngeldigeInvoer({"uren": "Het aantal uren per week moet tussen 0 en 60 liggen."})
    eerste = bereken_situatie(s.met_uren(lijst[0])) if lijst else None
    if eerste is None:
        return []
    uitstroom = eerste["uitstroom"]
    from .berekening import Uitstroom  # local: keeps the public module small

    gevonden = Uitstroom(uitstroom["bruto_per_maand"], uitstroom["uren_per_week"])
    return [eerste] + [bereken_situatie(s.met_uren(u), gevonden) for u in lijst[1:]]
