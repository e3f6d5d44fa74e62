"""Regels: de rekenregels van "Wat houd ik over?" (bijstand, vrijlating, giften, loon en toeslagen).

Pure Python zonder Django, bruikbaar door elk ander programma:

    import regels
    uitkomst = regels.bereken({"huishouden": {"leefvorm": "alleenstaand", "leeftijd": 35},
                               "werk": {"uren_per_week": 16, "bruto_uurloon": 14.71}})
    punten = regels.sweep(situatie, range(0, 41))

Ongeldige invoer geeft `regels.OngeldigeInvoer` met een Nederlandse melding per veld (`fouten`).
"""

REGELS_VERSIE = "2026.12.2"

from .invoer import OngeldigeInvoer  # noqa: E402
from .geheugen import onthouden  # noqa: E402
from .api import (  # noqa: E402
    BUFFERBUDGET_PER_JAAR,
    DOORGEVEN_WEKEN,
    KIND_JONGER_DAN,
    KOSTENDELER_LEEFTIJD,
    MAXIMALE_HUURGRENS,
    MINIMUMLEEFTIJD,
    MINIMUMUURLOON_21,
    TERUGVORDERING_NIET_TOT,
    VAKANTIETOESLAG_NA_EINDE,
    VRIJLATING_MAANDEN_34A,
    bereken,
    geldt_vanaf,
    maanden,
    tijdlijn,
    tijdlijnen,
    verloop,
    parameters_op,
    peildatum_bereik,
    sweep,
    volgende_wetswijziging,
    waarde,
)

__all__ = ["REGELS_VERSIE", "OngeldigeInvoer", "onthouden", "bereken", "maanden", "tijdlijn", "tijdlijnen", "verloop", "sweep", "volgende_wetswijziging", "waarde", "geldt_vanaf", "parameters_op",
           "peildatum_bereik", "MINIMUMUURLOON_21", "KOSTENDELER_LEEFTIJD",
           "MINIMUMLEEFTIJD", "KIND_JONGER_DAN", "MAXIMALE_HUURGRENS",
           "DOORGEVEN_WEKEN", "TERUGVORDERING_NIET_TOT", "VAKANTIETOESLAG_NA_EINDE", "BUFFERBUDGET_PER_JAAR",
           "VRIJLATING_MAANDEN_34A"]
