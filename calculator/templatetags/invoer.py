"""Template filter for form values: {{ veld.value|invoerwaarde }}."""

from __future__ import annotations

from django import template

register = template.Library()


@register.filter
def invoerwaarde(waarde) -> str:
    """The value of a text box ('' for nothing); the fields themselves put numbers and dates in Dutch notation."""
    return "" if waarde is None else str(waarde)


@register.filter
def get(woordenboek, sleutel) -> str:
    """A value from a dict by a variable key ('' when absent): {{ form.toon_als|get:veld.name }}."""
    return woordenboek.get(sleutel, "") if woordenboek else ""
