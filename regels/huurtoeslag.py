"""Huurtoeslag (Wet op de huurtoeslag 2026): a share of the kale huur, lowered as the rekeninkomen rises."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .afronding import halfje_omhoog
from .kalender import MAANDEN_PER_JAAR
from .parameters import Waarden
from .taal import gettext as _
from .uitleg import Uitleg, bedrag, procent, uitleg

HT = "huurtoeslag.huurtoeslag."


@dataclass(frozen=True)
class Huishouden:
    """Who lives in the home, as the huurtoeslag counts them."""

    personen: int
    iedereen_jonger_dan_21: bool
    kinderen: bool


def huurtoeslag(kale_huur: float | None, huishouden: Huishouden, rekeninkomen: float,
                w: Waarden) -> tuple[float, Uitleg]:
    if kale_huur is None:
        return 0.0, uitleg("huurtoeslag",
                           lambda: _("Je hebt geen huur ingevuld. Daarom rekenen we geen huurtoeslag uit."),
                           w, HT + "kwaliteitskortingsgrens")
    g = w.groep(HT)
    eenpersoons = huishouden.personen == 1
    kkg = g["kwaliteitskortingsgrens"]
    klein = huishouden.personen <= g["aftoppingsgrens_klein_tot_en_met_personen"]
    aftopping = g["aftoppingsgrens_klein" if klein else "aftoppingsgrens_groot"]
    jongeren = huishouden.iedereen_jonger_dan_21 and not huishouden.kinderen
    maximum = g["maximale_huurgrens_jongeren" if jongeren else "maximale_huurgrens"]
    basishuur = (g["normhuur"]
                 - g["normhuur_verlaging_eenpersoons" if eenpersoons else "normhuur_verlaging_meerpersoons"]
                 - g["verlaging_basishuur"])
    rekenhuur = min(kale_huur, maximum)  # art. 21 lid 1 d: nothing above the maximale huurgrens
    steun = (max(0.0, min(rekenhuur, kkg) - basishuur)
             + g["subsidie_tot_aftoppingsgrens"] * max(0.0, min(rekenhuur, aftopping) - kkg)
             + g["subsidie_tot_maximale_huurgrens"] * max(0.0, rekenhuur - aftopping))
    ijkpunt = g["inkomensijkpunt_eenpersoons" if eenpersoons else "inkomensijkpunt_meerpersoons"]
    afbouwpercentage = g["afbouw_eenpersoons" if eenpersoons else "afbouw_meerpersoons"]
    afbouw = max(0.0, rekeninkomen - ijkpunt) * afbouwpercentage / MAANDEN_PER_JAAR
    per_maand = max(0.0, steun - afbouw)
    if halfje_omhoog(per_maand * MAANDEN_PER_JAAR) < w["awir.tegemoetkoming.minimum_per_jaar"]:
        return 0.0, uitleg("huurtoeslag", lambda: (
            _("Je huur is lager dan %(basishuur)s. Die betaal je altijd zelf, dus je krijgt geen huurtoeslag.")
            % {"basishuur": bedrag(basishuur)}
            if kale_huur <= basishuur else _("Met dit inkomen krijg je geen huurtoeslag meer.")),
            w, HT + "inkomensijkpunt_eenpersoons")
    per_maand = float(math.floor(per_maand))

    def tekst() -> str:
        zinnen = [_("Van je kale huur (%(huur)s) betaal je zelf altijd %(basishuur)s. Over de rest krijg je "
                    "huurtoeslag, tot een grens.") % {"huur": bedrag(kale_huur), "basishuur": bedrag(basishuur)}]
        if kale_huur > maximum:
            zinnen.append(_("Voor het deel boven %(maximum)s krijg je niets.") % {"maximum": bedrag(maximum)})
        if afbouw > 0:
            # Translators: %(procent)s is the yearly share of the income above %(ijkpunt)s that is taken off.
            zinnen.append(_("Je inkomen is %(boven)s per jaar hoger dan %(ijkpunt)s. Daardoor gaat er %(afbouw)s per "
                            "maand af (%(procent)s per jaar).") % {
                "boven": bedrag(rekeninkomen - ijkpunt, centen=False), "ijkpunt": bedrag(ijkpunt, centen=False),
                "afbouw": bedrag(afbouw), "procent": procent(afbouwpercentage)})
        zinnen.append(_("Je krijgt %(per_maand)s per maand.") % {"per_maand": bedrag(per_maand, centen=False)})
        return " ".join(zinnen)
    return per_maand, uitleg("huurtoeslag", tekst, w, HT + "inkomensijkpunt_eenpersoons"
                             if eenpersoons else HT + "inkomensijkpunt_meerpersoons")
