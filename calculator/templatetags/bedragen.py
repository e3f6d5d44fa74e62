"""Template filters for amounts: {{ bedrag|euro }}, {{ bedrag|euro_rond }}, and values of the rules' data; and the
words around numbers in the page's language: {{ uren|uren_per_week }}, {{ lijst|opsomming }}, {{ n|aantal }}."""

from __future__ import annotations

import datetime as dt

from django import template
from django.utils.formats import date_format
from django.utils.translation import gettext, gettext_lazy, ngettext_lazy, pgettext_lazy

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
    # Translators: after an amount of money, e.g. "€ 1.401,50 per maand".
    "EUR/maand": gettext_lazy("per maand"),
    # Translators: after an amount of money, e.g. "€ 1.401,50 per jaar".
    "EUR/jaar": gettext_lazy("per jaar"),
    # Translators: after an amount of money, e.g. "€ 290,00 per kwartaal".
    "EUR/kwartaal": gettext_lazy("per kwartaal"),
    # Translators: after an amount of money, e.g. "€ 14,40 per uur".
    "EUR/uur": gettext_lazy("per uur"),
}
# Units of the rules' values that are counted: "%(getal)s" is the number ("27 jaar", "6 maanden").
EENHEID_AANTAL = {
    "jaar": ngettext_lazy("%(getal)s jaar", "%(getal)s jaar", "aantal"),
    "maanden": ngettext_lazy("%(getal)s maand", "%(getal)s maanden", "aantal"),
    "weken": ngettext_lazy("%(getal)s week", "%(getal)s weken", "aantal"),
    # Translators: a delay, e.g. "2 maanden later" (a payment comes so many months after the month it is for).
    "maanden later": ngettext_lazy("%(getal)s maand later", "%(getal)s maanden later", "aantal"),
}
EENHEID_ZIN = {
    # Translators: a number of things (no unit), e.g. "3".
    "aantal": pgettext_lazy("eenheid", "%(getal)s aantal"),
    # Translators: a share of the bijstandsnorm, e.g. "20 procent van de bijstandsnorm".
    "procent van de bijstandsnorm": gettext_lazy("%(getal)s procent van de bijstandsnorm"),
    # Translators: the number of a month in the year (1 is January), e.g. "5 maand van het jaar".
    "maand van het jaar": gettext_lazy("%(getal)s maand van het jaar"),
}


@register.filter
def parameterwaarde(parameter: dict) -> str:
    """A value from regels.parameters_op with its unit, in words: "€ 1.401,50 per maand", "25 %", "27 jaar"."""
    waarde, eenheid = parameter["waarde"], parameter["eenheid"]
    if eenheid in EENHEID_TEKST:
        return f"{formatting.euro(waarde)} {EENHEID_TEKST[eenheid]}"
    getal = formatting.getal(waarde)
    if eenheid == "procent":
        # The "%" inside the isolate too, so it stays right of the number on an Arabic page.
        return links_naar_rechts(f"{getal}\u00a0%")
    if eenheid == "noemer":
        # Translators: a fraction, e.g. "1/3 deel" (a third part).
        return gettext("1/%(getal)s deel") % {"getal": getal}
    if eenheid in EENHEID_AANTAL:
        return EENHEID_AANTAL[eenheid] % {"getal": getal, "aantal": formatting.aantal(waarde)}
    if eenheid in EENHEID_ZIN:
        return str(EENHEID_ZIN[eenheid]) % {"getal": getal}
    return f"{getal} {eenheid}"


@register.filter
def datum_iso(tekst: str) -> str:
    """2026-07-01 → 1 juli 2026 (Django's own date format, in the page's language)."""
    return date_format(dt.date.fromisoformat(tekst), "j E Y")


@register.filter
def aantal(waarde) -> int:
    """A number ("12,5", "24", 1.5) as a whole number, to choose a plural form: {% blocktranslate count n=x|aantal %}."""
    return formatting.aantal(waarde)


@register.filter
def uren_per_week(uren) -> str:
    """"24 uur per week" in the page's language (`uren` as shown, "12,5", or a number)."""
    return formatting.uren_per_week(uren)


@register.filter
def opsomming(delen) -> str:
    """Words as a list in the page's language: "a, b en c"."""
    return formatting.opsomming(delen)
