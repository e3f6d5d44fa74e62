"""Calendar facts and month arithmetic: no law here, only how months, weeks and quarters fit together."""

from __future__ import annotations

import datetime as dt

from babel.dates import format_date, format_skeleton

from .taal import taal_locale

MAANDEN_PER_JAAR = 12
WEKEN_PER_JAAR = 52  # a monthly wage is hours x hourly wage x 52 / 12
MAANDEN_PER_KWARTAAL = 3
DAGEN_PER_WEEK = 7
WERKDAGEN_PER_WEEK = 5

# The Dutch month names as the input writes them (vakantiegeld "mei" or "juni"); sentences use `maand_tekst`.
MAANDNAMEN = ("januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober",
              "november", "december")


def eerste_van(datum: dt.date) -> dt.date:
    return datum.replace(day=1)


def plus_maanden(maand: dt.date, aantal: int) -> dt.date:
    """The first day of the month `aantal` months after (or before) `maand`."""
    index = maand.year * MAANDEN_PER_JAAR + maand.month - 1 + aantal
    return dt.date(index // MAANDEN_PER_JAAR, index % MAANDEN_PER_JAAR + 1, 1)


def maanden_tussen(van: dt.date, tot: dt.date) -> int:
    """Whole months from the month of `van` to the month of `tot`."""
    return (tot.year - van.year) * MAANDEN_PER_JAAR + tot.month - van.month


def laatste_dag(maand: dt.date) -> dt.date:
    return plus_maanden(maand, 1) - dt.timedelta(days=1)


def werkdagen(van: dt.date, tot: dt.date) -> int:
    """Monday to Friday from `van` to `tot`, both included."""
    return sum(1 for n in range((tot - van).days + 1) if (van + dt.timedelta(days=n)).weekday() < WERKDAGEN_PER_WEEK)


def maand_tekst(maand: dt.date, met_jaar: bool = False) -> str:
    """maart, or maart 2027, in the current language: March 2027, marzec 2027."""
    if met_jaar:
        return format_skeleton("yMMMM", maand, locale=taal_locale())
    return format_date(maand, "LLLL", locale=taal_locale())


def maand_iso(maand: dt.date) -> str:
    """2026-03."""
    return f"{maand.year:04d}-{maand.month:02d}"


def maand_uit_iso(iso: str) -> dt.date:
    """The first day of the month written as 2026-03 (the inverse of `maand_iso`)."""
    jaar, maand = iso.split("-")
    return dt.date(int(jaar), int(maand), 1)
