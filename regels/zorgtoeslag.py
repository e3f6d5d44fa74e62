"""Zorgtoeslag (Wet op de zorgtoeslag art. 2): standaardpremie minus normpremie, per month."""

from __future__ import annotations

import math

from .afronding import halfje_omhoog
from .kalender import MAANDEN_PER_JAAR
from .parameters import Waarden
from .taal import gettext as _
from .uitleg import Uitleg, bedrag, procent, uitleg

ZT = "zorgtoeslag.zorgtoeslag."
TWEE_VERZEKERDEN = 2


def zorgtoeslag(toetsingsinkomen: float, met_partner: bool, w: Waarden) -> tuple[float, Uitleg]:
    g = w.groep(ZT)
    drempel = g["drempelinkomen"]
    percentage = g["percentage_drempel_partners" if met_partner else "percentage_drempel_alleenstaande"]
    normpremie = round(percentage * drempel + g["afbouwpercentage"] * max(0.0, toetsingsinkomen - drempel), 2)
    standaard = g["standaardpremie"] * (TWEE_VERZEKERDEN if met_partner else 1)  # art. 2 lid 1: per verzekerde
    per_jaar = halfje_omhoog(max(0.0, standaard - normpremie))
    if per_jaar < w["awir.tegemoetkoming.minimum_per_jaar"]:
        return 0.0, uitleg("zorgtoeslag", lambda: _(
            "Je toetsingsinkomen (%(inkomen)s per jaar) is te hoog voor zorgtoeslag.")
            % {"inkomen": bedrag(toetsingsinkomen, centen=False)},
            w, ZT + "afbouwpercentage")
    per_maand = float(math.floor(per_jaar / MAANDEN_PER_JAAR))

    def tekst() -> str:
        if toetsingsinkomen <= drempel:
            return _("Je inkomen is lager dan %(drempel)s per jaar. Dan krijg je de hoogste zorgtoeslag: "
                     "%(per_maand)s per maand.") % {"drempel": bedrag(drempel, centen=False),
                                                    "per_maand": bedrag(per_maand, centen=False)}
        # Translators: %(procent)s is the share of the income above the threshold that is taken off, e.g. "13,7 %".
        return _("Je inkomen is %(boven)s hoger dan %(drempel)s. Van dat deel gaat %(procent)s van je zorgtoeslag af. "
                 "Je krijgt %(per_maand)s per maand.") % {
            "boven": bedrag(toetsingsinkomen - drempel, centen=False), "drempel": bedrag(drempel, centen=False),
            "procent": procent(g["afbouwpercentage"]), "per_maand": bedrag(per_maand, centen=False)}
    return per_maand, uitleg("zorgtoeslag", tekst, w, ZT + "standaardpremie")
