"""Kindgebonden budget (Wet op het kindgebonden budget art. 2): an amount per child, lowered above a threshold."""

from __future__ import annotations

import math

from .afronding import halfje_omhoog
from .kalender import MAANDEN_PER_JAAR
from .parameters import Waarden
from .taal import gettext as _, ngettext
from .uitleg import Uitleg, bedrag, procent, uitleg

KIND = "participatiewet.art1_begrippen.kind_jonger_dan"
KGB = "kindgebonden_budget.kindgebonden_budget."


def kindgebonden_budget(kinderen: tuple[int, ...], met_partner: bool, toetsingsinkomen: float,
                        w: Waarden) -> tuple[float, Uitleg]:
    if not kinderen:
        return 0.0, uitleg("kindgebonden_budget",
                           # Translators: %(leeftijd)s is an age in years (18).
                           lambda: _("Je hebt geen kinderen jonger dan %(leeftijd)s, dus geen kindgebonden budget.")
                           % {"leeftijd": int(w[KIND])},
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
        return 0.0, uitleg("kindgebonden_budget", lambda: _("Met dit inkomen krijg je geen kindgebonden budget."),
                           w, KGB + "afbouwpercentage")
    per_maand = float(math.floor(jaarbedrag / MAANDEN_PER_JAAR))  # Dienst Toeslagen pays whole euros per month, rounded down

    def tekst() -> str:
        n, jaar = len(kinderen), {"n": len(kinderen), "bedrag": bedrag(per_jaar, centen=False)}
        zinnen = [(ngettext("Voor %(n)s kind krijg je %(bedrag)s per jaar.",
                            "Voor %(n)s kinderen krijg je %(bedrag)s per jaar.", n) if met_partner else
                   ngettext("Voor %(n)s kind krijg je %(bedrag)s per jaar, met het extra bedrag voor alleenstaande "
                            "ouders.",
                            "Voor %(n)s kinderen krijg je %(bedrag)s per jaar, met het extra bedrag voor alleenstaande "
                            "ouders.", n)) % jaar]
        if afbouw > 0:
            zinnen.append(_("Je inkomen is hoger dan %(drempel)s. Daarom gaat er %(procent)s van het deel erboven af: "
                            "%(afbouw)s per jaar.") % {
                "drempel": bedrag(drempel, centen=False), "procent": procent(g["afbouwpercentage"]),
                "afbouw": bedrag(afbouw, centen=False)})
        zinnen.append(_("Dat is %(per_maand)s per maand.") % {"per_maand": bedrag(per_maand, centen=False)})
        return " ".join(zinnen)
    return per_maand, uitleg("kindgebonden_budget", tekst, w, KGB + "per_kind")
