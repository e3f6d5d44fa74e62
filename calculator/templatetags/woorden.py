"""{% woordenlijst as woorden %}: the glossary (calculator.woordenlijst) for the result page and the PDF."""

from __future__ import annotations

from django import template

from calculator.woordenlijst import WOORDEN, Woord

register = template.Library()


@register.simple_tag
def woordenlijst() -> tuple[Woord, ...]:
    return WOORDEN
