"""The JSON commands that the command line and the API share: the same body in, the same JSON out.

`bereken`, `maanden` and `tijdlijn` take a situation; `sweep` takes {"situatie": {...}, "uren": [...]}. Each raises
OngeldigeInvoer with a message per field (in the language of `regels.taal`), the field named by its dotted
path in the body.
"""

from __future__ import annotations

from .api import bereken, maanden, sweep, tijdlijn
from .gemeenten.effecten import kwijt_vanaf
from .invoer import OngeldigeInvoer, lees_situatie
from .taal import gettext as _, ngettext

MAX_UREN_PUNTEN = 121  # a sweep's hours per request: 0 to 60 in half hours


def sweep_json(body) -> dict:
    """One result per number of hours: {"punten": [{"uren_per_week": u, "uitkomst": bereken's result}, ...]}."""
    if not isinstance(body, dict):
        # Translators: "situatie" and "uren" are the names of fields in the request; keep them as they are.
        raise OngeldigeInvoer({"verzoek": _('Stuur een JSON-object met "situatie" en "uren".')})
    fouten = {veld: _("Dit veld kennen we niet.") for veld in sorted(set(body) - {"situatie", "uren"})}
    situatie, uren = body.get("situatie"), body.get("uren")
    if not isinstance(uren, list) or not 1 <= len(uren) <= MAX_UREN_PUNTEN:
        # Translators: %(n)s is the largest number of numbers in the list (121); "[0, 8, 16]" is JSON, keep it.
        fouten["uren"] = ngettext("Geef de uren per week als lijst van 1 tot %(n)s getal, bijvoorbeeld [0, 8, 16].",
                                  "Geef de uren per week als lijst van 1 tot %(n)s getallen, bijvoorbeeld [0, 8, 16].",
                                  MAX_UREN_PUNTEN) % {"n": MAX_UREN_PUNTEN}
    if fouten:  # every message at once: the situation's too
        raise OngeldigeInvoer(fouten | _situatie_fouten(situatie))
    try:
        punten = sweep(situatie, uren)
    except OngeldigeInvoer as fout:
        raise OngeldigeInvoer(_in_body(fout.fouten)) from None
    regelingen = kwijt_vanaf(uren, punten)
    return {**({"gemeente_regelingen": regelingen} if regelingen else {}),
            "punten": [{"uren_per_week": u, "uitkomst": p} for u, p in zip(uren, punten)]}


def _situatie_fouten(situatie) -> dict[str, str]:
    try:
        lees_situatie(situatie)
    except OngeldigeInvoer as fout:
        return _in_body(fout.fouten)
    return {}


def _in_body(fouten: dict[str, str]) -> dict[str, str]:
    """Sweep's messages with each field as a path in the request body ("uren" stays, the rest is in "situatie")."""
    return {veld if veld in ("uren", "situatie") else f"situatie.{veld}": melding for veld, melding in fouten.items()}


OPDRACHTEN = {"bereken": bereken, "sweep": sweep_json, "maanden": maanden, "tijdlijn": tijdlijn}
