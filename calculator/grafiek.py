"""Server-rendered chart: total income per month against hours per week.

Pure presentation: it takes the points of `regels.sweep` and turns them into
coordinates for an SVG (no JavaScript, no inline styles; the template uses
CSS classes). It also marks the stretches where more work gives little or
nothing more (the "armoedeval").
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from django.utils.translation import gettext_lazy

from calculator.formatting import euro_rond

# Presentation choice, not a rule: a stretch counts as "little or nothing
# more" when the total rises by less than this share of the extra net wage.
# Not a quarter: with the usual vrijlating you keep exactly a quarter, and
# that stretch should not be marked (rounding would mark every other hour).
ARMOEDEVAL_DREMPEL = 0.2
# Translators: a share, in the sentence "van elke euro die je extra verdient, houd je minder dan een vijfde over"
# (one fifth, 20 %).
ARMOEDEVAL_DREMPEL_TEKST = gettext_lazy("een vijfde")  # the same share, in words for the page

BREEDTE, HOOGTE = 400, 260
LINKS, RECHTS, BOVEN, ONDER = 70, 14, 14, 46


@dataclass(frozen=True)
class Punt:
    uren: float
    netto_loon: float
    totaal: float
    weinig_meer: bool = False


def _stap(maximum: float) -> int:
    """A round step for the y axis with at most about 5 lines."""
    for stap in (100, 200, 250, 500, 1000, 2000, 2500, 5000, 10000):
        if maximum / stap <= 5:
            return stap
    return 20000


def armoedeval(punten: list[Punt]) -> list[Punt]:
    """Mark each point reached by a stretch where the total barely rises."""
    gemarkeerd = [punten[0]] if punten else []
    for vorige, punt in zip(punten, punten[1:]):
        extra_loon = punt.netto_loon - vorige.netto_loon
        extra_totaal = punt.totaal - vorige.totaal
        weinig = extra_loon > 0 and extra_totaal < ARMOEDEVAL_DREMPEL * extra_loon
        gemarkeerd.append(Punt(punt.uren, punt.netto_loon, punt.totaal, weinig))
    return gemarkeerd


def maak(uren: list[float], sweep: list[dict], gekozen_uren: float | None = None,
         regelingen: list[dict] | None = None, vast: dict[float, dict] | None = None) -> dict:
    """Everything the template needs to draw the chart and its table (`sweep` = regels.sweep(..., uren)).

    `vast` gives the points that come from the timeline instead of the sweep ({hours: per_maand}: 0 hours is "nu",
    the chosen hours the first year's months). The "weinig meer" zones are judged on the sweep alone, so a zone
    says what one extra hour does under the rules, never the difference between the two ways of counting.
    `regelingen` are the gemeente's minimaregelingen with the hours from which each is lost (`gemeente_regelingen`
    of the sweep): each gets a vertical line at those hours; one lost at no hours in the chart gets none."""
    vast = vast or {}
    zones_van_sweep = armoedeval([
        Punt(float(u), r["per_maand"]["netto_loon"], r["per_maand"]["totaal"]) for u, r in zip(uren, sweep)
    ])
    punten = [Punt(p.uren, vast[p.uren]["netto_loon"], vast[p.uren]["totaal"], p.weinig_meer) if p.uren in vast
              else p for p in zones_van_sweep]
    max_uren = max(p.uren for p in punten) or 1
    stap = _stap(max(p.totaal for p in punten))
    max_y = max(stap, math.ceil(max(p.totaal for p in punten) / stap) * stap)
    vlak_b = BREEDTE - LINKS - RECHTS
    vlak_h = HOOGTE - BOVEN - ONDER

    def x(uren: float) -> float:
        return round(LINKS + uren / max_uren * vlak_b, 1)

    def y(bedrag: float) -> float:
        return round(BOVEN + vlak_h - bedrag / max_y * vlak_h, 1)

    zones = []
    for vorige, punt in zip(punten, punten[1:]):
        if punt.weinig_meer:
            if zones and zones[-1]["tot"] == vorige.uren:
                zones[-1]["tot"] = punt.uren
            else:
                zones.append({"van": vorige.uren, "tot": punt.uren})
    for zone in zones:
        zone["x"] = x(zone["van"])
        zone["breedte"] = round(x(zone["tot"]) - x(zone["van"]), 1)
        zone["y"] = BOVEN
        zone["hoogte"] = vlak_h

    marker = None
    if gekozen_uren is not None:
        dichtst = min(punten, key=lambda p: abs(p.uren - gekozen_uren))
        if abs(dichtst.uren - gekozen_uren) <= 0.5:
            marker = {"x": x(dichtst.uren), "y": y(dichtst.totaal), "punt": dichtst}

    grenzen = [{"x": x(r["kwijt_vanaf_uren"]), "naam": r["naam"], "uren": r["kwijt_vanaf_uren"],
                "label_y": BOVEN + 12 + 14 * index}
               for index, r in enumerate(r for r in (regelingen or []) if r["kwijt_vanaf_uren"] is not None)]

    return {
        "breedte": BREEDTE,
        "hoogte": HOOGTE,
        "lijn": " ".join(f"{x(p.uren)},{y(p.totaal)}" for p in punten),
        "y_lijnen": [
            {"y": y(bedrag), "label": euro_rond(bedrag)} for bedrag in range(0, int(max_y) + 1, stap)
        ],
        "x_lijnen": [{"x": x(u), "label": str(u)} for u in range(0, int(max_uren) + 1, 8)],
        "links": LINKS,
        "rechts": BREEDTE - RECHTS,
        "onder": BOVEN + vlak_h,
        "as_label_x": LINKS + vlak_b / 2,
        "as_label_y": HOOGTE - 6,
        "zones": zones,
        "drempel_tekst": ARMOEDEVAL_DREMPEL_TEKST,
        "zone_uren": [(zone["van"], zone["tot"]) for zone in zones],
        "marker": marker,
        "punten": punten,
        "grenzen": grenzen,
    }
