"""The JSON commands that the command line and the API share: the same body in, the same JSON out.

`bereken` and `maanden` take a situation; `sweep` takes {"situatie": {...}, "uren": [...]}. Each raises
OngeldigeInvoer with a Dutch message per field, the field named by its dotted path in the body.
"""

from __future__ import annotations

from .api import bereken, maanden, sweep
from .gemeenten.effecten import kwijt_vanaf
from .invoer import OngeldigeInvoer, lees_situatie

MAX_UREN_PUNTEN = 121  # a sweep's hours per request: 0 to 60 in half hours


def sweep_json(body) -> dict:
    """One result per number of hours: {"punten": [{"uren_per_week": u, "uitkomst": bereken's result}, ...]}."""
    if not isinstance(body, dict):
        raise OngeldigeInvoer({"verzoek": 'Stuur een JSON-object met "situatie" en "uren".'})
    fouten = {veld: "Dit veld kennen we niet." for veld in sorted(set(body) - {"situatie", "uren"})}
    situatie, uren = body.get("situatie"), body.get("uren")
    if not isinstance(uren, list) or not 1 <= len(uren) <= MAX_UREN_PUNTEN:
        fouten["uren"] = (f"Geef de uren per week als lijst van 1 tot {MAX_UREN_PUNTEN} getallen, "
                          "bijvoorbeeld [0, 8, 16].")
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


OPDRACHTEN = {"bereken": bereken, "sweep": sweep_json, "maanden": maanden}
