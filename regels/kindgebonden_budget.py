"""Kindgebonden budget (Wet op het kindgebonden budget art. 2): an amount per child, lowered above a threshold."""

from __future__ import annotations

import math

from .afronding import halfje_omhoog
from .kalender import MAANDEN_PER_JAAR
from .parameters import Waarden
from .uitleg import Uitleg, bedrag, procent, uitleg

KIND = "participatiewet.art1_begrippen.kind_jonger_dan"
KGB = "kindgebonden_budget.kindgebonden_budget."


def kindgebonden_budget(kinderen: tuple[int, ...], met_partner: bool, toetsingsinkomen: float,
                        w: Waarden) -> tuple[float, Uitleg]:
    if not kinderen:
        return 0.0, uitleg("kindgebonden_budget",
                           lambda: f"Je hebt geen kinderen jonger dan {int(w[KIND])}, dus geen kindgebonden budget.",
                           w, KGB + "per_kind")
    g = w.groep(KGB)
    eerste, tweede = g["leeftijd_eerste_verhoging"], g["leeftijd_tweede_verhoging"]
    per_jaar = len(kinderen) * g["per_kind"]
    per_jaar += sum(g["verhoging_16_tot_18"] if k >= tweede else g["verhoging_12_tot_16"]
                    for k in kinderen if k >= eerste)
    if not met_partner:
        per_jaar += g["alleenstaande_ouderkop"]
    drempel = g["drempel_partners" if met_partner else "drempel_alleenstaande"]
    afbouw = max(0.0, toetsingsinkomen - drempel) * g["afbouwpercentage"]
    jaarbedrag = max(0.0, per_jaar - afbouw)
    if halfje_omhoog(jaarbedrag) < w["awir.tegemoetkoming.minimum_per_jaar"]:
        return 0.0, uitleg("kindgebonden_budget", "Met dit inkomen krijg je geen kindgebonden budget.",
                           w, KGB + "afbouwpercentage")
    per_maand = float(math.floor(jaarbedrag / MAANDEN_PER_JAAR))  # Dienst Toeslagen pays whole euros per month, rounded down

    def tekst() -> str:
        zinnen = (f"Voor {len(kinderen)} kind{'eren' if len(kinderen) > 1 else ''} krijg je "
                  f"{bedrag(per_jaar, centen=False)} per jaar"
                  + ("" if met_partner else ", met het extra bedrag voor alleenstaande ouders") + ".")
        if afbouw > 0:
            zinnen += (f" Je inkomen is hoger dan {bedrag(drempel, centen=False)}. Daarom gaat er "
                       f"{procent(g['afbouwpercentage'])} van het deel erboven af: "
                       f"{bedrag(afbouw, centen=False)} per jaar.")
        return zinnen + f" Dat is {bedrag(per_maand, centen=False)} per maand."
    return per_maand, uitleg("kindgebonden_budget", tekst, w, KGB + "per_kind")
