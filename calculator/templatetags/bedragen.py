"""Template filters for amounts: {{ bedrag|euro }}, {{ bedrag|euro_rond }}, and values of the rules' data."""

from __future__ import annotations

import datetime as dt

from django import template
from django.utils.formats import date_format

from calculator import formatting
from regels.taal import links_naar_rechts

register = template.Library()


@register.filter
def euro(bedrag) -> str:
    """€ 1.234,56"""
    if bedrag is None or bedrag == "":
        return ""
    return formatting.euro(bedrag)


@register.filter
def euro_rond(bedrag) -> str:
    """€ 1.690 (whole euros)"""
    if bedrag is None or bedrag == "":
        return ""
    return formatting.euro(bedrag, centen=False)


EENHEID_TEKST = {
    "EUR/maand": "per maand",
    "EUR/jaar": "per jaar",
    "EUR/kwartaal": "per kwartaal",
    "EUR/uur": "per uur",
}


@register.filter
def parameterwaarde(parameter: dict) -> str:
    """A value from regels.parameters_op with its unit, in Dutch: "€ 1.401,50 per maand", "25 %", "27 jaar"."""
    waarde, eenheid = parameter["waarde"], parameter["eenheid"]
    if eenheid in EENHEID_TEKST:
        return f"{formatting.euro(waarde)} {EENHEID_TEKST[eenheid]}"
    getal = formatting.getal(waarde)
    if eenheid == "procent":
        # The "%" inside the isolate too, so it stays right of the number on an Arabic page.
        return links_naar_rechts(f"{getal}\u00a0%")
    if eenheid == "noemer":
        return f"1/{getal} deel"
    return f"{getal} {eenheid}"


@register.filter
def datum_iso(tekst: str) -> str:
    """2026-07-01 → 1 juli 2026 (Django's own Dutch date format)."""
    return date_format(dt.date.fromisoformat(tekst), "j F Y")
