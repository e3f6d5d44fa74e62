"""Verrekening: which income the gemeente counts for which month, and when it deducts it.

The Participatiewet fixes the bijstand per calendar month (art. 45 lid 1) and lets the gemeente set off income of
the previous six months (art. 58 lid 4). How a gemeente does it is its own policy; the Divosa "Werkwijzer
Verrekening parttime inkomsten" (February 2019) describes the practice:

- `volgende_maand` ("achteraf verrekenen"): in the first month you get the full bijstand and your first salary; the
  salary of month 1 is deducted from the bijstand of month 2, and so on. When you leave the bijstand, the last
  salary that was not deducted becomes a claim.
- `zelfde_maand` ("verrekenen op de maand"): the bijstand over a month waits for that month's payslip, so it
  arrives early the next month.
- `schatten`: the gemeente pays on an estimate of your income and corrects the difference the month after.

A salary paid per four weeks comes 13 times a year. Most gemeenten count period pay × 13 / 12 every month
(`dertien_twaalfde`: every month a little too little bijstand, the 13th payment stays free); others count each
payment in the month it arrives (`per_betaling`) or split it over the working days of each month (`werkdagen`).
A weekly salary is split over the working days (Divosa: "sommige weken uitgesplitst naar twee maanden").
"""

from __future__ import annotations

import datetime as dt

from .kalender import MAANDEN_PER_JAAR
from .loonbetaling import PERIODEN_PER_JAAR, Betaling, in_maand, werkdagen_in
from .taal import N_

# How the gemeente settles income, in words; translate where used: _(VERREKENING_TEKST[methode]).
VERREKENING_TEKST = {
    # Translators: how a gemeente settles income, shown after "Zo verrekent jouw gemeente:" or "… verrekent je loon".
    "volgende_maand": N_("achteraf: het loon van een maand gaat de maand erna van je bijstand af"),
    # Translators: how a gemeente settles income, shown after "Zo verrekent jouw gemeente:" or "… verrekent je loon".
    "zelfde_maand": N_("op de maand: de bijstand over een maand krijg je pas als je de loonstrook van die maand hebt "
                       "ingeleverd"),
    # Translators: how a gemeente settles income, shown after "Zo verrekent jouw gemeente:" or "… verrekent je loon".
    "schatten": N_("met een schatting: de gemeente schat je loon vooraf en verrekent het verschil de maand erna"),
}


def geteld_inkomen(loonbetaling: str, vier_weken: str, betalingen: list[Betaling], maand: dt.date,
                   vakantiegeld_netto: float) -> float:
    """The net income from work the gemeente counts for one month (before the vrijlating).

    `vakantiegeld_netto` is vakantiegeld paid with the salary itself (per period); once-a-year vakantiegeld is not
    counted here but through the vakantieaanspraak.
    """
    if loonbetaling == "maand":
        inkomen = sum(b.netto for b in in_maand(betalingen, maand))
    elif loonbetaling == "vier_weken" and vier_weken == "dertien_twaalfde":
        deze = in_maand(betalingen, maand)
        inkomen = deze[0].netto * PERIODEN_PER_JAAR[loonbetaling] / MAANDEN_PER_JAAR if deze else 0.0
    elif loonbetaling == "vier_weken" and vier_weken == "per_betaling":
        inkomen = sum(b.netto for b in in_maand(betalingen, maand))
    else:  # by working days: four-weekly "werkdagen", and every weekly salary
        inkomen = sum(b.netto * werkdagen_in(b, maand) for b in betalingen)
    return round(inkomen + vakantiegeld_netto, 2)
