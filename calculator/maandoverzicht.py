"""Maand voor maand on the page and in the PDF: the rows of `regels.maanden`, and a bar chart of each month's total.

Pure presentation, like `grafiek.py`: every amount comes from `regels.maanden`; this module only groups them for a
table (toeslagen together, holiday money beside the salary) and turns the totals into bar coordinates.
"""

from __future__ import annotations

import math
from functools import lru_cache

from babel.dates import get_month_names
from django.utils import translation

from calculator.formatting import euro_rond
from regels.kalender import maand_tekst, maand_uit_iso, plus_maanden

TOESLAGEN = ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget")
BREEDTE, HOOGTE = 400, 240
LINKS, RECHTS, BOVEN, ONDER = 64, 8, 12, 40
STAPPEN = (250, 500, 1000, 2000, 2500, 5000)
MAX_LABELS = 12  # month names under the bars: all of them up to a year


@lru_cache(maxsize=None)
def _korte_namen(locale: str) -> dict[int, str]:
    return {nummer: naam.rstrip(".") for nummer, naam in get_month_names("abbreviated", locale=locale).items()}


def kort(maand: int) -> str:
    """The short name of a month under the bars and in the strip ("mrt"), in the page's language (Babel)."""
    return _korte_namen(translation.to_locale(translation.get_language() or "nl"))[maand]


def rijen(uitkomst: dict) -> list[dict]:
    """One row per month, with the money per source as a person reads a bank statement."""
    lijst = []
    for m in uitkomst["maanden"]:
        datum = maand_uit_iso(m["maand"])
        lijst.append({
            "maand": datum,
            "naam": maand_tekst(datum, met_jaar=True),
            "kort": kort(datum.month),
            # Toeslagen come around the 20th for the month after: December's are January's voorschot.
            "toeslagen_voor": maand_tekst(plus_maanden(datum, 1), met_jaar=True) if datum.month == 12 else None,
            "loon": m["loon_netto"],
            "partner_loon": m["partner_loon_netto"],
            "loon_huishouden": round(m["loon_netto"] + m["partner_loon_netto"], 2),
            "vakantiegeld": m["vakantiegeld_netto"],
            "bijstand": m["bijstand"],
            "vakantiegeld_bijstand": m["vakantietoeslag_bijstand"],
            "terugvordering": m["terugvordering"],
            "toeslagen": round(sum(m[t] for t in TOESLAGEN), 2),
            "kinderbijslag": m["kinderbijslag"],
            "kinderopvang_eigen_deel": round(m["kinderopvang_kosten"] - m["kinderopvangtoeslag"], 2),
            "totaal": m["totaal"],
            "premie": m["premie_gemeente"],
            "kosten": m["kosten_van_werken"],
            "na_kosten": m["totaal_na_kosten"],
            "boven_grens": m["boven_grens"],
            "onder_grens": m["onder_grens"],
            "onder_norm": m["onder_norm"],
            "bufferbudget": m["bufferbudget"],
            "verrekend_inkomen": m["verrekend_inkomen"],
            "verrekend_van": maand_uit_iso(m["verrekend_inkomen_van"]) if m["verrekend_inkomen_van"] else None,
            "vrijlating": m["vrijlating"],
            "betalingen": m["loonbetalingen"],
            "uitleg": m["uitleg"],
        })
    return lijst


GELIJK = ("loon_huishouden", "vakantiegeld", "bijstand", "vakantiegeld_bijstand", "terugvordering", "toeslagen",
          "kinderbijslag", "kinderopvang_eigen_deel", "totaal", "premie", "kosten", "onder_norm", "bufferbudget")


def samengevoegd(rijen_: list[dict]) -> list[dict]:
    """The table's rows, a month that equals the one before (same amounts, nothing happens) joined to it:
    "februari – april 2027" with the amounts of one month. The chart keeps every month."""
    lijst: list[dict] = []
    for r in rijen_:
        vorige = lijst[-1] if lijst else None
        if vorige and not r["uitleg"] and not r["toeslagen_voor"] and not vorige["toeslagen_voor"] \
                and all(r[k] == vorige[k] for k in GELIJK):
            vorige["tot"] = r["maand"]
            vorige["naam"] = f"{maand_tekst(vorige['maand'])} – {maand_tekst(r['maand'], met_jaar=True)}" \
                if vorige["maand"].year == r["maand"].year else \
                f"{maand_tekst(vorige['maand'], met_jaar=True)} – {maand_tekst(r['maand'], met_jaar=True)}"
            vorige["aantal"] += 1
            continue
        lijst.append({**r, "tot": None, "aantal": 1})
    return lijst


def grafiek(rijen_: list[dict]) -> dict:
    """Bars of the total per month; months below the norm get their own class (and the word in the table)."""
    # A month can be negative (childcare costs more than comes in); the axis still starts at 0 and has a height.
    hoogste = max((r["totaal"] for r in rijen_), default=0)
    hoogste = hoogste if hoogste > 0 else 1
    stap = next((s for s in STAPPEN if hoogste / s <= 5), STAPPEN[-1])
    max_y = math.ceil(hoogste / stap) * stap
    vlak_b, vlak_h = BREEDTE - LINKS - RECHTS, HOOGTE - BOVEN - ONDER
    vak = vlak_b / max(1, len(rijen_))
    staven = []
    for i, r in enumerate(rijen_):
        hoogte = round(max(0.0, r["totaal"]) / max_y * vlak_h, 1)
        staven.append({"x": round(LINKS + i * vak + vak * 0.15, 1), "breedte": round(vak * 0.7, 1),
                       "y": round(BOVEN + vlak_h - hoogte, 1), "hoogte": hoogte,
                       # More than a year of bars: every other month's name, so they fit on a phone.
                       "label": r["kort"] if len(rijen_) <= MAX_LABELS or i % 2 == 0 else "",
                       "label_x": round(LINKS + i * vak + vak / 2, 1), "onder_norm": bool(r["onder_norm"]),
                       "titel": f"{r['naam']}: {euro_rond(r['totaal'])}"})
    return {
        "breedte": BREEDTE, "hoogte": HOOGTE, "links": LINKS, "rechts": BREEDTE - RECHTS,
        "onder": BOVEN + vlak_h, "staven": staven,
        "y_lijnen": [{"y": round(BOVEN + vlak_h - b / max_y * vlak_h, 1), "label": euro_rond(b)}
                     for b in range(0, int(max_y) + 1, stap)],
        "onder_norm": any(s["onder_norm"] for s in staven),
    }
