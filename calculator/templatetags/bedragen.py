"""Template filters for amounts: {{ bedrag|euro }} and {{ bedrag|euro_rond }}."""

from __future__ import annotations

from django import template

from calculator import formatting

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
