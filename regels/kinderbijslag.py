"""Kinderbijslag (Algemene Kinderbijslagwet art. 12): an amount per child per quarter, shown per month."""

from __future__ import annotations

from .kalender import MAANDEN_PER_KWARTAAL
from .parameters import Waarden
from .taal import gettext as _
from .uitleg import Uitleg, bedrag, uitleg

KIND = "participatiewet.art1_begrippen.kind_jonger_dan"
KB = "kinderbijslag.kinderbijslag."


def kinderbijslag_per_kwartaal(kinderen: tuple[int, ...], w: Waarden) -> float:
    """What the SVB pays for one quarter (art. 12 lid 3: the amount depends on the child's age)."""
    return round(sum(
        w[KB + "tot_18"] if k >= w[KB + "leeftijd_hoog"] else w[KB + "tot_12"] if k >= w[KB + "leeftijd_midden"]
        else w[KB + "tot_6"]
        for k in kinderen
    ), 2)


def kinderbijslag(kinderen: tuple[int, ...], w: Waarden) -> tuple[float, Uitleg]:
    if not kinderen:
        # Translators: %(leeftijd)s is an age in years (18).
        return 0.0, uitleg("kinderbijslag", lambda: _(
            "Je hebt geen kinderen jonger dan %(leeftijd)s, dus geen kinderbijslag.") % {"leeftijd": int(w[KIND])},
            w, KB + "tot_6")
    per_kwartaal = kinderbijslag_per_kwartaal(kinderen, w)
    per_maand = round(per_kwartaal / MAANDEN_PER_KWARTAAL, 2)
    return per_maand, uitleg("kinderbijslag", lambda: _(
        "De SVB betaalt kinderbijslag per kwartaal: %(per_kwartaal)s voor jouw kinderen. Dat is gemiddeld "
        "%(per_maand)s per maand. Kinderbijslag gaat niet van je bijstand af.") % {
            "per_kwartaal": bedrag(per_kwartaal), "per_maand": bedrag(per_maand)}, w, KB + "tot_6")
