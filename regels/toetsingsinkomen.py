"""Toetsingsinkomen (AWIR art. 8): the yearly income the toeslagen look at.

For a household on bijstand with part-time work it is the gross wage including vakantiegeld plus the gross
bijstand including vakantietoeslag, as on the jaaropgaven. The gemeente grosses the net bijstand up at the end of
the year as the Belastingdienst's "Rekenregels en handleiding loonheffingen over bijstandsuitkeringen" (edition
2019, the newest found; §3.2.1-3.2.2, §3.3) says, with the 2026 percentages of the Normenbrief, bijlage VI:

    loonheffing = (netto bijstand - Q) x E - Q, never below 0
    Q = loonheffingskorting (row A) - what the employer already used of it (P), never below 0

During the year the gemeente withholds the bijstandspercentagetarief provisionally; the jaaropgaaf has the
definitive amount above, and that is what counts for the toeslagen.
"""

from __future__ import annotations

from .parameters import Waarden

NB = "participatiewet.normenbrief_loonheffing."


def bruto_bijstand_per_jaar(netto_per_jaar: float, elders_benut: float, w: Waarden,
                            aow: bool = False, gehuwd: bool = False) -> float:
    """Gross bijstand (the jaaropgaaf) for one person's share of the net bijstand; `elders_benut` is P."""
    if netto_per_jaar <= 0:
        return 0.0
    if aow:
        korting = w[NB + ("loonheffingskorting_aow_gehuwd" if gehuwd else "loonheffingskorting_aow_alleenstaande")]
        percentage = w[NB + "percentage_e_aow"]
    else:
        korting, percentage = w[NB + "loonheffingskorting"], w[NB + "percentage_e"]
    q = max(0.0, korting - elders_benut)
    return netto_per_jaar + max(0.0, (netto_per_jaar - q) * percentage - q)


def toetsingsinkomen(lonen: list[tuple[float, float, bool]], netto_bijstand_per_jaar: float, gehuwd: bool,
                     w: Waarden) -> tuple[float, float, float]:
    """(total, gross wage, gross bijstand) for a year. `lonen` has per person: the gross wage, the
    loonheffingskorting the employer used (P), and whether the person has the AOW age. The household's net bijstand
    is split equally over the persons (Participatiewet art. 45 lid 4)."""
    bruto_bijstand = sum(
        bruto_bijstand_per_jaar(netto_bijstand_per_jaar / len(lonen), benut, w, aow, gehuwd)
        for _, benut, aow in lonen)
    bruto_loon = sum(loon for loon, _, _ in lonen)
    return round(bruto_loon + bruto_bijstand, 2), bruto_loon, bruto_bijstand
