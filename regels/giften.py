"""Giften (Participatiewet art. 31 lid 2 onderdeel m): gifts up to a yearly limit do not count as income.

Money, groceries and bills someone pays for you all count towards the limit (art. 18 lid 8: contributions
that save costs); contributions from a voedselbank never count. Above the limit the gifts are middelen (art. 31
lid 1), so the bijstand goes down by the excess, once; the Normenbrief calls the limit the minimum to leave free
("Minimaal vrij te laten"), so a gemeente may leave more free.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from .parameters import Waarden
from .taal import gettext as _
from .uitleg import Uitleg, bedrag, uitleg

if TYPE_CHECKING:
    from .gemeenten.effecten import GemeenteGiften

GRENS = "participatiewet.art31_giften.grens_per_jaar"


@dataclass(frozen=True)
class Giften:
    grens: float
    ontvangen: float
    ruimte_over: float
    boven_grens: float
    uitleg: tuple[Uitleg, ...]

    def als_dict(self) -> dict:
        return {
            "grens": round(self.grens, 2),
            "ontvangen": round(self.ontvangen, 2),
            "ruimte_over": round(self.ruimte_over, 2),
            "boven_grens": round(self.boven_grens, 2),
        }


def giften(ontvangen: float, w: Waarden, gemeente: GemeenteGiften | None = None) -> Giften:
    """`gemeente`: the gemeente's own grens; it counts where it is higher than the law's minimum."""
    grens = max(w[GRENS], gemeente.grens) if gemeente else w[GRENS]
    ruimte = max(0.0, grens - ontvangen)
    boven = max(0.0, ontvangen - grens)
    teksten = [
        uitleg("giften", lambda: _(
            "Je mag dit kalenderjaar samen %(grens)s aan giften krijgen zonder dat het van je bijstand afgaat. "
            "Boodschappen, geld en rekeningen die iemand voor je betaalt, tellen allemaal mee.") % {
                "grens": bedrag(grens, centen=False)}, w, GRENS),
        *([gemeente.uitleg] if gemeente else []),
        uitleg("giften", lambda: _("Hulp van de voedselbank telt niet mee."), w, GRENS,
               artikel=("Participatiewet artikel 18, achtste lid", "18")),
    ]
    if boven:
        teksten.append(uitleg("giften", lambda: _(
            "Je hebt dit jaar %(boven)s meer gekregen dan de grens. Dat deel telt als inkomen: de gemeente haalt het "
            "één keer van je bijstand af. Meld het bij je gemeente. De grens is wat je gemeente minstens moet "
            "vrijlaten. Je gemeente mag meer vrijlaten.") % {"boven": bedrag(boven)},
            w, GRENS, gemeente_beslist=True))
    else:
        teksten.append(uitleg("giften", lambda: _(
            "Je hebt dit jaar %(ontvangen)s gekregen. Je kunt nog %(ruimte)s krijgen tot de grens. Houd bij wat je "
            "krijgt, dan weet je waar je staat.") % {"ontvangen": bedrag(ontvangen), "ruimte": bedrag(ruimte)},
            w, GRENS))
        teksten.append(uitleg("giften", lambda: _(
            "Krijg je meer dan de grens? Vertel het dan aan je gemeente. Het deel boven de grens telt als inkomen en "
            "gaat van je bijstand af. Je gemeente mag meer vrijlaten."), w, GRENS, gemeente_beslist=True))
    return Giften(grens, ontvangen, ruimte, boven, tuple(teksten))
