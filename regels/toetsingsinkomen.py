"""Toetsingsinkomen (AWIR art. 8): the yearly income the toeslagen look at.

For a household on bijstand with part-time work it is the gross wage including vakantiegeld plus the gross
bijstand including vakantietoeslag. The gemeente turns net bijstand into gross bijstand as the Normenbrief's
rekenregels say: with the loonheffingskorting when nobody else applies it, and with the
bijstandspercentagetarief when the employer already applies the loonheffingskorting.
"""

from __future__ import annotations

from .parameters import Waarden

NB = "participatiewet.normenbrief_loonheffing."


def bruto_bijstand_per_jaar(netto_per_jaar: float, korting_bij_werkgever: bool, w: Waarden,
                            aow: bool = False, gehuwd: bool = False) -> float:
    """Gross bijstand for one person's share of the net bijstand (Normenbrief bijlage VI and VII)."""
    if netto_per_jaar <= 0:
        return 0.0
    if korting_bij_werkgever:
        return netto_per_jaar / (1 - w[NB + ("bijstandspercentagetarief_aow" if aow else "bijstandspercentagetarief")])
    if aow:
        tarief = w[NB + "tarief_eerste_schijf_aow"]
        korting = w[NB + ("loonheffingskorting_aow_gehuwd" if gehuwd else "loonheffingskorting_aow_alleenstaande")]
    else:
        tarief = w[NB + "tarief_eerste_schijf"]
        korting = w[NB + "loonheffingskorting"]
    if netto_per_jaar * tarief <= korting * (1 - tarief):
        return netto_per_jaar  # the loonheffingskorting covers all tax on this bijstand
    return (netto_per_jaar - korting) / (1 - tarief)


def toetsingsinkomen(bruto_lonen: list[tuple[float, bool]], netto_bijstand_per_jaar: float, gehuwd: bool,
                     w: Waarden) -> tuple[float, float, float]:
    """(total, gross wage, gross bijstand) for a year: each person's gross wage (with whether they have the AOW
    age), and the household's net bijstand, split equally over the persons (Participatiewet art. 45 lid 4)."""
    bruto_bijstand = sum(
        bruto_bijstand_per_jaar(netto_bijstand_per_jaar / len(bruto_lonen), loon > 0, w, aow, gehuwd)
        for loon, aow in bruto_lonen)
    bruto_loon = sum(loon for loon, _ in bruto_lonen)
    return round(bruto_loon + bruto_bijstand, 2), bruto_loon, bruto_bijstand
