"""Template filter for form values: {{ veld.value|invoerwaarde }}."""

from __future__ import annotations

import datetime as dt

from django import template

register = template.Library()


@register.filter
def invoerwaarde(waarde) -> str:
    """The value of a text or date box: '' for nothing, ISO for a date (what <input type=date> wants)."""
    if waarde is None:
        return ""
    if isinstance(waarde, dt.date):
        return waarde.isoformat()
    return str(waarde)
