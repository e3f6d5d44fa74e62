"""Vakantietoeslag in the bijstand (Participatiewet art. 19 lid 3, art. 45 lid 1) and the vakantieaanspraak over
income from work (art. 31 lid 4 with the Regeling Participatiewet, IOAW en IOAZ, paragraaf 6, art. 10-14).

5 % of the bijstand is vakantietoeslag: the gemeente keeps it apart every month and pays it in June. Whoever earns a
wage also builds up vakantiegeld with the employer. That vakantiegeld belongs to the months in which it is earned
(art. 32 lid 2), so the gemeente takes a monthly "vakantieaanspraak" over the net wage into account: it keeps apart
less vakantietoeslag. Together, the employer's vakantiegeld and the gemeente's vakantietoeslag are then about what a
person on full bijstand gets.

The Regeling defines the income as the "in aanmerking te nemen inkomen" (art. 8 onder a, art. 32 lid 1): the part of
the net wage that is deducted, so after the inkomstenvrijlating. That is how it is applied here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import lru_cache

from .parameters import PEILDATA_IN_GEHEUGEN, Waarden
from .taal import gettext as _
from .uitleg import Uitleg, bedrag, uitleg

VT = "participatiewet.art19_vakantietoeslag.percentage"
RG = "regeling_participatiewet.art11_vakantieaanspraak."


def vakantieaanspraak(inkomen: float, w: Waarden, aow: bool = False) -> float:
    """The monthly claim to vakantiegeld over a net monthly income from present work (Regeling art. 11, 14 lid 2)."""
    if inkomen <= 0:
        return 0.0
    if aow:
        return round(w[RG + "aow_percentage"] * inkomen, 2)
    for tot, percentage, aftrek in _schijven(w):
        if inkomen < tot:  # the band of this income (the last band has no upper limit)
            break
    return round(max(0.0, percentage * inkomen - aftrek), 2)


@lru_cache(maxsize=PEILDATA_IN_GEHEUGEN)
def _schijven(w: Waarden) -> tuple[tuple[float, float, float], ...]:
    """The bands of art. 11 on the peildatum as (upper limit, percentage, aftrek); the last band has no limit."""
    schijven, nummer = [], 1
    while True:
        tot = w[RG + f"schijf{nummer}_tot"] if w.geldt(RG + f"schijf{nummer}_tot") else math.inf
        schijven.append((tot, w[RG + f"schijf{nummer}_percentage"], w[RG + f"schijf{nummer}_aftrek"]))
        if tot == math.inf:
            return tuple(schijven)
        nummer += 1


@dataclass(frozen=True)
class BijstandOverMaand:
    """The bijstand over one month: what is paid in that month and what is kept apart for June."""

    recht: float  # norm minus the income that counts, after the vrijlating (art. 19 lid 2)
    maanddeel: float  # paid for the month itself
    vakantietoeslag: float  # kept apart and paid in June, after the vakantieaanspraak

    @property
    def totaal(self) -> float:
        return round(self.maanddeel + self.vakantietoeslag, 2)


def recht_over_maand(norm: float, inkomen: float, vrijlating: float) -> float:
    """Art. 19 lid 2: the norm minus the income that counts after the vrijlating, never below zero, in cents."""
    return round(max(0.0, norm - (inkomen - vrijlating)), 2)


def bijstand_over_maand(norm: float, inkomen: float, vrijlating: float, aanspraak: float,
                        w: Waarden) -> BijstandOverMaand:
    """Art. 19 lid 2 and 3: the norm minus income after vrijlating; 5 % of the norm is vakantietoeslag for June.

    The vakantietoeslag is what is left of the bijstand up to 5 % of the norm, minus the vakantieaanspraak over
    the income; never below zero. All amounts in cents, so the parts add up exactly.
    """
    recht = recht_over_maand(norm, inkomen, vrijlating)
    gereserveerd = min(recht, round(w[VT] * norm, 2))
    return BijstandOverMaand(recht, round(recht - gereserveerd, 2), round(max(0.0, gereserveerd - aanspraak), 2))


def vakantieaanspraak_uitleg(aanspraak: float, w: Waarden) -> Uitleg:
    return uitleg("bijstand", lambda: _(
        "Je werkgever bouwt ook vakantiegeld voor je op, en betaalt dat één keer per jaar. Daarom houdt de gemeente "
        "elke maand %(aanspraak)s minder vakantiegeld van je bijstand apart. Zo krijg je samen ongeveer evenveel "
        "vakantiegeld als iemand met alleen bijstand.") % {"aanspraak": bedrag(aanspraak)},
        w, RG + "schijf1_percentage")
