"""Zorgtoeslag (Wet op de zorgtoeslag art. 2): standaardpremie minus normpremie, per month."""

from __future__ import annotations

import math

from .afronding import halfje_omhoog
from .kalender import MAANDEN_PER_JAAR
from .parameters import Waarden
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
        return 0.0, uitleg("zorgtoeslag", lambda: (
            f"Je toetsingsinkomen ({bedrag(toetsingsinkomen, centen=False)} per jaar) is te hoog voor zorgtoeslag."),
            w, ZT + "afbouwpercentage")
    per_maand = float(math.floor(per_jaar / MAANDEN_PER_JAAR))

    def tekst() -> str:
        if toetsingsinkomen <= drempel:
            return (f"Je inkomen is lager dan {bedrag(drempel, centen=False)} per jaar. Dan krijg je de hoogste "
                    f"zorgtoeslag: {bedrag(per_maand, centen=False)} per maand.")
        return (f"Je inkomen is {bedrag(toetsingsinkomen - drempel, centen=False)} hoger dan "
                f"{bedrag(drempel, centen=False)}. Van dat deel gaat {procent(g['afbouwpercentage'])} van je "
                f"zorgtoeslag af. Je krijgt {bedrag(per_maand, centen=False)} per maand.")
    return per_maand, uitleg("zorgtoeslag", tekst, w, ZT + "standaardpremie")
