"""Loon: from the work someone enters to gross and net wage per month.

The net wage follows the loonheffing as the employer withholds it when the loonheffingskorting is applied
(the person ticks "ja" on the loonbelastingverklaring): the box-1 rate on the yearly wage, minus the
algemene heffingskorting and the arbeidskorting, never below zero. Vakantiegeld (8 %) is part of the yearly
wage and is shown spread over twelve months, as the rules package does for every amount.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from .afronding import REKENMARGE
from .invoer import Werk
from .kalender import MAANDEN_PER_JAAR, WEKEN_PER_JAAR
from .parameters import Waarden

# The search for a gross wage from a net wage: net is at least a third of gross below any tax rate in the data.
ZOEK_FACTOR, ZOEK_MARGE, ZOEK_STAPPEN = 3, 100, 50


@dataclass(frozen=True)
class Loon:
    bruto_per_maand: float  # excluding vakantiegeld, as on the loonstrook
    bruto_per_jaar: float  # including vakantiegeld: the belastbaar loon for the toetsingsinkomen
    loonheffing_per_jaar: float
    netto_per_jaar: float
    netto_loonstrook: float  # net of an ordinary month without vakantiegeld (witte maandtabel), in cents

    @property
    def netto_gemiddeld_per_maand(self) -> float:
        """Net wage including vakantiegeld, spread over twelve months."""
        return self.netto_per_jaar / MAANDEN_PER_JAAR

    @property
    def vakantiegeld_netto_per_jaar(self) -> float:
        """The net vakantiegeld: what the year brings on top of twelve ordinary payslips."""
        return max(0.0, round(self.netto_per_jaar - MAANDEN_PER_JAAR * self.netto_loonstrook, 2))

    @property
    def bruto_gemiddeld_per_maand(self) -> float:
        return self.bruto_per_jaar / MAANDEN_PER_JAAR


GEEN_LOON = Loon(0.0, 0.0, 0.0, 0.0, 0.0)


def _belasting_box1(jaarloon: float, w: Waarden, aow: bool) -> float:
    """Tax and premies per bracket, each rounded down to whole euros, as the loonbelastingtabellen do."""
    p = "wet_inkomstenbelasting.tarief."
    schijf1 = min(jaarloon, w[p + "schijf1_tot"])
    schijf2 = min(max(0.0, jaarloon - w[p + "schijf1_tot"]), w[p + "schijf2_tot"] - w[p + "schijf1_tot"])
    schijf3 = max(0.0, jaarloon - w[p + "schijf2_tot"])
    tarief1 = w[p + "schijf1_tarief_aow"] if aow else w[p + "schijf1_tarief"]
    return float(
        math.floor(schijf1 * tarief1 + REKENMARGE)
        + math.floor(schijf2 * w[p + "schijf2_tarief"] + REKENMARGE)
        + math.floor(schijf3 * w[p + "schijf3_tarief"] + REKENMARGE)
    )


def algemene_heffingskorting(inkomen: float, w: Waarden) -> float:
    """Rounded up to whole euros, as in the loonbelastingtabellen."""
    p = "wet_inkomstenbelasting.algemene_heffingskorting."
    afbouw = max(0.0, inkomen - w[p + "afbouw_vanaf"]) * w[p + "afbouw_percentage"]
    return float(math.ceil(max(0.0, w[p + "maximum"] - afbouw) - REKENMARGE))


def arbeidskorting(arbeidsinkomen: float, w: Waarden) -> float:
    """Rounded up to whole euros, as in the loonbelastingtabellen."""
    p = "wet_inkomstenbelasting.arbeidskorting."
    if arbeidsinkomen <= w[p + "knik1"]:
        korting = arbeidsinkomen * w[p + "pct1"]
    elif arbeidsinkomen <= w[p + "knik2"]:
        korting = w[p + "bedrag1"] + (arbeidsinkomen - w[p + "knik1"]) * w[p + "pct2"]
    elif arbeidsinkomen <= w[p + "knik3"]:
        korting = w[p + "bedrag2"] + (arbeidsinkomen - w[p + "knik2"]) * w[p + "pct3"]
    else:
        korting = max(0.0, w[p + "maximum"] - (arbeidsinkomen - w[p + "knik3"]) * w[p + "afbouw"])
    return float(math.ceil(korting - REKENMARGE))


def loonheffing_per_jaar(jaarloon: float, w: Waarden, aow: bool, gehuwd: bool) -> float:
    """Loonheffing on a yearly wage with the loonheffingskorting applied by the employer."""
    belasting = _belasting_box1(jaarloon, w, aow)
    if aow:
        p = "participatiewet.normenbrief_loonheffing."
        korting = w[p + ("loonheffingskorting_aow_gehuwd" if gehuwd else "loonheffingskorting_aow_alleenstaande")]
    else:
        korting = algemene_heffingskorting(jaarloon, w) + arbeidskorting(jaarloon, w)
    return max(0.0, belasting - korting)


def benutte_loonheffingskorting(jaarloon: float, w: Waarden, aow: bool = False, gehuwd: bool = False) -> float:
    """The part of the loonheffingskorting (without the arbeidskorting) the employer used on this wage: at most the
    algemene heffingskorting, and no more than the tax left after the arbeidskorting (Handleiding loonheffingen over
    bijstandsuitkeringen, §3.3.1: with no tax withheld it is the gross wage times rate C, first bracket minus the
    arbeidskorting)."""
    if jaarloon <= 0:
        return 0.0
    belasting = _belasting_box1(jaarloon, w, aow)
    if aow:
        p = "participatiewet.normenbrief_loonheffing."
        return min(w[p + ("loonheffingskorting_aow_gehuwd" if gehuwd else "loonheffingskorting_aow_alleenstaande")],
                   belasting)
    return min(algemene_heffingskorting(jaarloon, w), max(0.0, belasting - arbeidskorting(jaarloon, w)))


def loon_uit_bruto(bruto_per_maand: float, w: Waarden, aow: bool = False, gehuwd: bool = False) -> Loon:
    vakantiegeld = w["wet_minimumloon.minimumvakantiebijslag.percentage"]
    jaarloon = bruto_per_maand * MAANDEN_PER_JAAR * (1 + vakantiegeld)
    heffing = loonheffing_per_jaar(jaarloon, w, aow, gehuwd)
    return Loon(bruto_per_maand, jaarloon, heffing, jaarloon - heffing,
                round(netto_maandloon(bruto_per_maand, w, aow, gehuwd), 2))


def loonheffing_maandtabel(bruto_per_maand: float, w: Waarden, aow: bool = False, gehuwd: bool = False) -> float:
    """Loonheffing of one ordinary month as in the witte maandtabel: the wage is rounded down to a table step."""
    stap = w["wet_inkomstenbelasting.loonbelastingtabel.tabelstap_maand"]
    tabelloon = math.floor(bruto_per_maand / stap + REKENMARGE) * stap
    return round(loonheffing_per_jaar(tabelloon * MAANDEN_PER_JAAR, w, aow, gehuwd) / MAANDEN_PER_JAAR, 2)


def netto_maandloon(bruto_per_maand: float, w: Waarden, aow: bool = False, gehuwd: bool = False) -> float:
    """Net wage of one ordinary month (without vakantiegeld), as on a loonstrook."""
    return bruto_per_maand - loonheffing_maandtabel(bruto_per_maand, w, aow, gehuwd)


def bruto_uit_netto(netto_per_maand: float, w: Waarden, aow: bool = False, gehuwd: bool = False) -> float:
    """The gross monthly wage that gives this net monthly wage (found by bisection; net rises with gross)."""
    laag, hoog = netto_per_maand, netto_per_maand * ZOEK_FACTOR + ZOEK_MARGE
    for _ in range(ZOEK_STAPPEN):
        midden = (laag + hoog) / 2
        if netto_maandloon(midden, w, aow, gehuwd) < netto_per_maand:
            laag = midden
        else:
            hoog = midden
    return round(hoog, 2)


def bruto_per_maand(werk: Werk | None, w: Waarden, aow: bool = False, gehuwd: bool = False) -> float:
    if werk is None:
        return 0.0
    if werk.bruto_uurloon is not None:
        return werk.uren_per_week * werk.bruto_uurloon * WEKEN_PER_JAAR / MAANDEN_PER_JAAR
    if werk.bruto_per_maand is not None:
        return werk.bruto_per_maand
    return bruto_uit_netto(werk.netto_per_maand, w, aow, gehuwd)


def bereken_loon(werk: Werk | None, w: Waarden, aow: bool = False, gehuwd: bool = False) -> Loon:
    if werk is None:
        return GEEN_LOON
    return loon_uit_bruto(bruto_per_maand(werk, w, aow, gehuwd), w, aow, gehuwd)


def minimumuurloon(leeftijd: int, w: Waarden) -> float:
    """Wettelijk minimumloon per uur for this age (jeugdloon below 21)."""
    p = "wet_minimumloon.minimumloon."
    volwassen = w[p + "uurloon_21_en_ouder"]
    if leeftijd >= w[p + "volwassen_vanaf"]:
        return volwassen
    return volwassen * w[p + f"jeugdloon_{leeftijd}"]  # the data has a percentage for each age below adult
