"""Template filter for form values: {{ veld.value|invoerwaarde }}."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def invoerwaarde(waarde) -> str:
    """The value of a text box ('' for nothing); the fields themselves put numbers and dates in Dutch notation."""
    return "" if waarde is None else str(waarde)
