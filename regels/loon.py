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
from .geheugen import onthoud
from .invoer import Werk
from .kalender import MAANDEN_PER_JAAR, WEKEN_PER_JAAR
from .parameters import Waarden

# The search for a gross wage from a net wage: net is at least a third of gross below any tax rate in the data.
ZOEK_FACTOR, ZOEK_MARGE, ZOEK_STAPPEN = 3, 100, 50
TABELSTAP = "wet_inkomstenbelasting.loonbelastingtabel.tabelstap_maand"


@dataclass(frozen=True)
class Loon:
    bruto_per_maand: float  # excluding vakantiegeld, as on the loonstrook
    bruto_per_jaar: float  # including vakantiegeld: the belastbaar loon for the toetsingsinkomen
    loonheffing_per_jaar: float
    netto_per_jaar: float
    netto_loonstrook: float  # net of an ordinary month without vakantiegeld (witte maandtabel), in cents
    benutte_loonheffingskorting: float  # P for the toetsingsinkomen: see `benutte_loonheffingskorting`

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


GEEN_LOON = Loon(0.0, 0.0, 0.0, 0.0, 0.0, 0.0)


def _belasting_box1(jaarloon: float, w: Waarden, aow: bool) -> float:
    """Tax and premies per bracket, each rounded down to whole euros, as the loonbelastingtabellen do."""
    g = w.groep("wet_inkomstenbelasting.tarief.")
    schijf1 = min(jaarloon, g["schijf1_tot"])
    schijf2 = min(max(0.0, jaarloon - g["schijf1_tot"]), g["schijf2_tot"] - g["schijf1_tot"])
    schijf3 = max(0.0, jaarloon - g["schijf2_tot"])
    tarief1 = g["schijf1_tarief_aow"] if aow else g["schijf1_tarief"]
    return float(
        math.floor(schijf1 * tarief1 + REKENMARGE)
        + math.floor(schijf2 * g["schijf2_tarief"] + REKENMARGE)
        + math.floor(schijf3 * g["schijf3_tarief"] + REKENMARGE)
    )


def algemene_heffingskorting(inkomen: float, w: Waarden) -> float:
    """Rounded up to whole euros, as in the loonbelastingtabellen."""
    g = w.groep("wet_inkomstenbelasting.algemene_heffingskorting.")
    afbouw = max(0.0, inkomen - g["afbouw_vanaf"]) * g["afbouw_percentage"]
    return float(math.ceil(max(0.0, g["maximum"] - afbouw) - REKENMARGE))


def arbeidskorting(arbeidsinkomen: float, w: Waarden) -> float:
    """Rounded up to whole euros, as in the loonbelastingtabellen."""
    g = w.groep("wet_inkomstenbelasting.arbeidskorting.")
    if arbeidsinkomen <= g["knik1"]:
        korting = arbeidsinkomen * g["pct1"]
    elif arbeidsinkomen <= g["knik2"]:
        korting = g["bedrag1"] + (arbeidsinkomen - g["knik1"]) * g["pct2"]
    elif arbeidsinkomen <= g["knik3"]:
        korting = g["bedrag2"] + (arbeidsinkomen - g["knik2"]) * g["pct3"]
    else:
        korting = max(0.0, g["maximum"] - (arbeidsinkomen - g["knik3"]) * g["afbouw"])
    return float(math.ceil(korting - REKENMARGE))


def _heffing_en_benutte_korting(jaarloon: float, w: Waarden, aow: bool, gehuwd: bool) -> tuple[float, float]:
    """The loonheffing on a yearly wage, and the part of the loonheffingskorting the employer used on it (see
    `benutte_loonheffingskorting`): one tax calculation for both, as a wage needs both."""
    belasting = _belasting_box1(jaarloon, w, aow)
    if aow:
        p = "participatiewet.normenbrief_loonheffing."
        korting = w[p + ("loonheffingskorting_aow_gehuwd" if gehuwd else "loonheffingskorting_aow_alleenstaande")]
        heffing, benut = max(0.0, belasting - korting), min(korting, belasting)
    else:
        algemeen, arbeid = algemene_heffingskorting(jaarloon, w), arbeidskorting(jaarloon, w)
        heffing, benut = max(0.0, belasting - (algemeen + arbeid)), min(algemeen, max(0.0, belasting - arbeid))
    return heffing, benut if jaarloon > 0 else 0.0


def loonheffing_per_jaar(jaarloon: float, w: Waarden, aow: bool, gehuwd: bool) -> float:
    """Loonheffing on a yearly wage with the loonheffingskorting applied by the employer."""
    return _heffing_en_benutte_korting(jaarloon, w, aow, gehuwd)[0]


def benutte_loonheffingskorting(jaarloon: float, w: Waarden, aow: bool = False, gehuwd: bool = False) -> float:
    """The part of the loonheffingskorting (without the arbeidskorting) the employer used on this wage: at most the
    algemene heffingskorting, and no more than the tax left after the arbeidskorting (Handleiding loonheffingen over
    bijstandsuitkeringen, §3.3.1: with no tax withheld it is the gross wage times rate C, first bracket minus the
    arbeidskorting)."""
    return _heffing_en_benutte_korting(jaarloon, w, aow, gehuwd)[1]


def loon_uit_bruto(bruto_per_maand: float, w: Waarden, aow: bool = False, gehuwd: bool = False) -> Loon:
    vakantiegeld = w["wet_minimumloon.minimumvakantiebijslag.percentage"]
    jaarloon = bruto_per_maand * MAANDEN_PER_JAAR * (1 + vakantiegeld)
    heffing, benut = _heffing_en_benutte_korting(jaarloon, w, aow, gehuwd)
    return Loon(bruto_per_maand, jaarloon, heffing, jaarloon - heffing,
                round(netto_maandloon(bruto_per_maand, w, aow, gehuwd), 2), benut)


def loonheffing_maandtabel(bruto_per_maand: float, w: Waarden, aow: bool = False, gehuwd: bool = False) -> float:
    """Loonheffing of one ordinary month as in the witte maandtabel: the wage is rounded down to a table step."""
    stap = w[TABELSTAP]
    return _tabelregel(math.floor(bruto_per_maand / stap + REKENMARGE), w, aow, gehuwd)


@onthoud
def _tabelregel(regel: int, w: Waarden, aow: bool, gehuwd: bool) -> float:
    """The loonheffing of one row of the witte maandtabel: the same for every wage in the row, so a batch run (see
    `geheugen`) computes each row once."""
    tabelloon = regel * w[TABELSTAP]
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


def bruto_uit_uren(uren_per_week: float, bruto_uurloon: float) -> float:
    """The gross monthly wage of hours per week at an hourly wage."""
    return uren_per_week * bruto_uurloon * WEKEN_PER_JAAR / MAANDEN_PER_JAAR


def bruto_per_maand(werk: Werk | None, w: Waarden, aow: bool = False, gehuwd: bool = False) -> float:
    if werk is None:
        return 0.0
    if werk.bruto_uurloon is not None:
        return bruto_uit_uren(werk.uren_per_week, werk.bruto_uurloon)
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
