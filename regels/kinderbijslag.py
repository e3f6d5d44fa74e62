"""Kinderbijslag (Algemene Kinderbijslagwet art. 12): an amount per child per quarter, shown per month."""

from __future__ import annotations

from .kalender import MAANDEN_PER_KWARTAAL
from .parameters import Waarden
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
        return 0.0, uitleg("kinderbijslag", f"Je hebt geen kinderen jonger dan {int(w[KIND])}, dus geen kinderbijslag.", w, KB + "tot_6")
    per_kwartaal = kinderbijslag_per_kwartaal(kinderen, w)
    per_maand = round(per_kwartaal / MAANDEN_PER_KWARTAAL, 2)
    tekst = (f"De SVB betaalt kinderbijslag per kwartaal: {bedrag(per_kwartaal)} voor jouw kinderen. "
             f"Dat is gemiddeld {bedrag(per_maand)} per maand. Kinderbijslag gaat niet van je bijstand af.")
    return per_maand, uitleg("kinderbijslag", tekst, w, KB + "tot_6")
