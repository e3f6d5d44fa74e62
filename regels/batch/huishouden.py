"""One household of the caseload: its sweep over the hours, what each step of hours adds, and the armoedeval.

Every amount comes from `regels.sweep` as it is; this module only compares the points of one household.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import regels

# An armoedeval: a step of hours in which the household keeps less than this many cents of each extra gross euro
# (a marginal rate above 80 %). It is a choice for the analysis, not a rule of law.
ARMOEDEVAL_CENT = 20
REGELINGEN_SCHEIDING = " | "


@dataclass(frozen=True)
class Huishouden:
    uren: tuple[float, ...]
    per_maand: tuple[dict, ...]  # regels' per_maand for each number of hours
    cent_per_extra_euro: tuple[float | None, ...]  # for the step up to these hours; None for the first
    uitstroom_uren: float | None  # regels' uitstroom: from these hours per week no bijstand is needed
    uitstroom_bruto_per_maand: float | None
    armoedeval: tuple[float, float] | None  # the longest run of steps under ARMOEDEVAL_CENT, as (from, to) hours
    huishoudtype: str
    gemeente: str | None = None  # the CBS code, when the row names a gemeente
    regelingen_kwijt: tuple[str, ...] = ()  # per number of hours: the gemeente's regelingen lost there, joined


def bereken_huishouden(situatie: dict, uren: Sequence[float]) -> Huishouden:
    """Raises regels.OngeldigeInvoer when the situation cannot be computed."""
    punten = regels.sweep(situatie, uren, met_uitleg=False)
    per_maand = tuple(p["per_maand"] for p in punten)
    cent = (None, *(_cent(vorige, deze) for vorige, deze in zip(per_maand, per_maand[1:])))
    uitstroom = punten[0]["uitstroom"]
    gemeente = punten[0].get("gemeente")
    return Huishouden(
        uren=tuple(uren), per_maand=per_maand, cent_per_extra_euro=cent,
        uitstroom_uren=uitstroom["uren_per_week"], uitstroom_bruto_per_maand=uitstroom["bruto_per_maand"],
        armoedeval=_armoedeval(tuple(uren), cent), huishoudtype=huishoudtype(situatie),
        gemeente=gemeente["code"] if gemeente else None,
        regelingen_kwijt=tuple(REGELINGEN_SCHEIDING.join(r["naam"] for r in (p.get("gemeente") or {}).get(
            "regelingen", []) if not r["blijft"]) for p in punten),
    )


def huishoudtype(situatie: dict) -> str:
    huis = situatie.get("huishouden", {})
    leefvorm = huis.get("leefvorm") or "alleenstaand"
    if leefvorm == "gehuwd":
        return "paar met kinderen" if huis.get("kinderen") else "paar zonder kinderen"
    return leefvorm.replace("_", " ")


def _cent(vorige: dict, deze: dict) -> float | None:
    """Of each extra euro gross wage, the cents the household keeps (the rest is the marginal rate)."""
    bruto = deze["bruto_loon"] - vorige["bruto_loon"]
    if bruto <= 0:
        return None
    return round(100 * (deze["totaal"] - vorige["totaal"]) / bruto, 1)


def _armoedeval(uren: tuple[float, ...], cent: tuple[float | None, ...]) -> tuple[float, float] | None:
    beste, begin = None, None
    for i, c in enumerate(cent):
        if c is not None and c < ARMOEDEVAL_CENT:
            begin = i - 1 if begin is None else begin
            if beste is None or i - begin > beste[1] - beste[0]:
                beste = (begin, i)
        else:
            begin = None
    return (uren[beste[0]], uren[beste[1]]) if beste else None
