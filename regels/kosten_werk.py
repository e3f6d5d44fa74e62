"""Kosten van werken: what working costs you each month (travel, work clothes, other costs), minus what your
employer reimburses, and what you keep after those costs.

How an employer's travel reimbursement is treated:
- Tax: the Wet op de loonbelasting 1964 lets an employer reimburse travel free of tax (a "gerichte vrijstelling"
  in the werkkostenregeling, art. 31a; a fixed amount per kilometre, or the real cost of public transport). Such a
  reimbursement is an eindheffingsbestanddeel (art. 31 lid 1 onderdeel f), not part of the taxed wage.
- Bijstand: the Participatiewet does not count "vergoedingen en verstrekkingen als bedoeld in artikel 31, eerste lid,
  onderdeel f en onderdeel g, van de Wet op de loonbelasting 1964" as middelen (art. 31 lid 2 onderdeel g), so a
  tax-free reimbursement does not lower the bijstand. Only income (art. 32) is deducted.
So we assume the reimbursement is tax-free: it is not in the wage and it pays (part of) the costs. A taxed
reimbursement is part of the gross wage: the person enters it there.
"""

from __future__ import annotations

from dataclasses import dataclass

from .parameters import Waarden
from .taal import gettext as _
from .uitleg import Uitleg, bedrag

PW_ART31 = "participatiewet.art31_giften.grens_per_jaar"  # a parameter of the same law, for its source and link
WET_LB = "Wet op de loonbelasting 1964 artikel 31, eerste lid, onderdeel f, en artikel 31a (vrije vergoedingen)"
WET_LB_URL = "https://wetten.overheid.nl/BWBR0002471/"  # + the peildatum: the text in force on that day


@dataclass(frozen=True)
class KostenWerk:
    """The costs of working as entered, in euro per month."""

    reiskosten_per_maand: float = 0.0
    vergoeding_per_maand: float = 0.0  # from the employer, tax-free
    overige_per_maand: float = 0.0  # work clothes, tools, extra childcare hours not covered elsewhere

    @property
    def per_maand(self) -> float:
        """The net costs of a month of work: costs minus the reimbursement (below zero when it pays more)."""
        return round(self.reiskosten_per_maand + self.overige_per_maand - self.vergoeding_per_maand, 2)


def kosten_van_werken(k: KostenWerk | None, werkt: bool, totaal: float, w: Waarden,
                      met_uitleg: bool) -> tuple[dict | None, list[Uitleg]]:
    """The result's `kosten_werk` part: the net costs (costs minus reimbursement) and the total after them.

    Without work there are no costs of working. A reimbursement higher than the travel costs is money you keep, so
    the net costs can be below zero.
    """
    if k is None:
        return None, []
    kosten = k.per_maand if werkt else 0.0
    uitkomst = {
        "reiskosten_per_maand": k.reiskosten_per_maand if werkt else 0.0,
        "vergoeding_per_maand": k.vergoeding_per_maand if werkt else 0.0,
        "overige_per_maand": k.overige_per_maand if werkt else 0.0,
        "kosten_van_werken": kosten,
        "totaal_na_kosten": round(totaal - kosten, 2),
    }
    if not met_uitleg:
        return uitkomst, []
    bron, url = w.bron(PW_ART31, ("Participatiewet artikel 31, tweede lid, onderdeel g", "31"))

    def tekst() -> str:
        if not werkt:
            return _("Zonder werk heb je geen kosten van werken.")
        zinnen = [_("Werken kost je %(kosten)s per maand (reiskosten %(reiskosten)s, andere kosten %(overige)s).") % {
            "kosten": bedrag(k.reiskosten_per_maand + k.overige_per_maand),
            "reiskosten": bedrag(k.reiskosten_per_maand), "overige": bedrag(k.overige_per_maand)}]
        if k.vergoeding_per_maand:
            zinnen.append(_("Je werkgever betaalt %(vergoeding)s reiskosten terug. Die vergoeding telt niet als "
                            "inkomen voor de bijstand, als je werkgever haar belastingvrij geeft. We gaan daar van uit. "
                            "Staat ze als loon op je loonstrook? Tel haar dan bij je loon.")
                          % {"vergoeding": bedrag(k.vergoeding_per_maand)})
        zinnen.append(_("Die kosten gaan niet van je bijstand af, maar je houdt wel minder over."))
        return " ".join(zinnen)

    return uitkomst, [Uitleg("kosten_werk", tekst, bron, url),
                      *([Uitleg("kosten_werk", lambda: _("Een werkgever mag reiskosten belastingvrij vergoeden. Zo'n "
                                                         "vergoeding hoort niet bij je belaste loon."), WET_LB,
                                WET_LB_URL + w.peildatum.isoformat())]
                        if werkt and k.vergoeding_per_maand else [])]
