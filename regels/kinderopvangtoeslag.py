"""Kinderopvangtoeslag (Wet kinderopvang art. 1.5-1.7; Besluit kinderopvangtoeslag): part of the childcare bill.

A parent who works gets toeslag for at most 230 hours per child per month (art. 8a; since 2023 no longer tied to the
hours worked) and at most the maximum hourly price per kind of opvang (art. 4). The percentage comes from the table
of bijlage I; up to the income limit in the data it is the same for the first and every next child, so which child
counts as "eerste kind" (art. 3 lid 2: the one with the most hours) does not change the amount there. With a partner,
both must work (art. 1.6 lid 3). The toeslag is no income for the bijstand (Participatiewet art. 31 lid 2 d).
Dienst Toeslagen rounds the toeslag of a month down to whole euros (*Berekening kinderopvangtoeslag 2026*, stap 7:
€ 1.821,60 becomes € 1.821), as it does for the other toeslagen.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .afronding import halfje_omhoog
from .invoer import Opvang
from .kalender import MAANDEN_PER_JAAR
from .parameters import Waarden
from .taal import N_, gettext as _, ngettext
from .uitleg import Uitleg, bedrag, procent, uitleg

KOT = "kinderopvangtoeslag.kinderopvangtoeslag."
MAX_UURPRIJS = {"dagopvang": "max_uurprijs_dagopvang", "bso": "max_uurprijs_bso", "gastouder": "max_uurprijs_gastouder"}
BOVEN_MAXIMUM = {"dagopvang": N_("Voor dagopvang krijg je toeslag tot %(maximum)s per uur. Wat de opvang meer vraagt, "
                                 "betaal je zelf."),
                 "bso": N_("Voor buitenschoolse opvang krijg je toeslag tot %(maximum)s per uur. Wat de opvang meer "
                           "vraagt, betaal je zelf."),
                 "gastouder": N_("Voor gastouderopvang krijg je toeslag tot %(maximum)s per uur. Wat de opvang meer "
                                 "vraagt, betaal je zelf.")}


@dataclass(frozen=True)
class Kinderopvang:
    toeslag: float  # per month
    kosten: float  # the bill per month

    @property
    def eigen_deel(self) -> float:
        return round(self.kosten - self.toeslag, 2)


GEEN_OPVANG = Kinderopvang(0.0, 0.0)


def kinderopvangtoeslag(opvang: tuple[Opvang, ...], werkt: bool, toetsingsinkomen: float,
                        w: Waarden) -> tuple[Kinderopvang, Uitleg | None]:
    if not opvang:
        return GEEN_OPVANG, None
    kosten = round(sum(o.uren_per_maand * o.uurprijs for o in opvang), 2)
    if not werkt:
        return Kinderopvang(0.0, kosten), uitleg("kinderopvangtoeslag", lambda: _(
            "Kinderopvangtoeslag krijg je als je werkt, en als je een partner hebt, als die ook werkt. Volg je een "
            "traject van de gemeente naar werk? Dan kan je gemeente helpen met de kosten."),
            w, KOT + "max_uren_per_maand", artikel=("Wet kinderopvang artikel 1.6 en 1.13", "1.6"), gemeente_beslist=True)
    grens = w[KOT + "grens_toetsingsinkomen"]
    if toetsingsinkomen > grens:
        return Kinderopvang(0.0, kosten), uitleg("kinderopvangtoeslag", lambda: _(
            "Je toetsingsinkomen is hoger dan %(grens)s. Dan rekent deze rekenhulp de kinderopvangtoeslag niet uit. "
            "Kijk op toeslagen.nl voor een proefberekening.") % {"grens": bedrag(grens, centen=False)},
            w, KOT + "grens_toetsingsinkomen")
    percentage, max_uren = w[KOT + "percentage_tot_grens"], w[KOT + "max_uren_per_maand"]
    toeslag = sum(percentage * min(o.uren_per_maand, max_uren) * min(o.uurprijs, w[KOT + MAX_UURPRIJS[o.soort]])
                  for o in opvang)
    if halfje_omhoog(toeslag * MAANDEN_PER_JAAR) < w["awir.tegemoetkoming.minimum_per_jaar"]:
        toeslag = 0.0
    uitkomst = Kinderopvang(float(math.floor(round(toeslag, 2))), kosten)

    def tekst() -> str:
        zinnen = [_("De kinderopvang kost %(kosten)s per maand.") % {"kosten": bedrag(kosten)}]
        for o in opvang:
            maximum = w[KOT + MAX_UURPRIJS[o.soort]]
            if o.uurprijs > maximum:
                zinnen.append(_(BOVEN_MAXIMUM[o.soort]) % {"maximum": bedrag(maximum)})
            if o.uren_per_maand > max_uren:
                zinnen.append(ngettext("Je krijgt toeslag voor hoogstens %(uren)s uur per kind per maand.",
                                       "Je krijgt toeslag voor hoogstens %(uren)s uur per kind per maand.",
                                       int(max_uren)) % {"uren": int(max_uren)})
        # Translators: %(procent)s is the share of the childcare costs (up to the maximum hours and price) paid as
        # toeslag.
        zinnen.append(_("De toeslag is %(procent)s daarvan: %(toeslag)s per maand. Zelf betaal je %(eigen_deel)s. Je "
                        "gemeente kan je helpen met dat deel.") % {
            "procent": procent(percentage), "toeslag": bedrag(uitkomst.toeslag),
            "eigen_deel": bedrag(uitkomst.eigen_deel)})
        return " ".join(zinnen)
    return uitkomst, uitleg("kinderopvangtoeslag", tekst, w, KOT + "percentage_tot_grens")
