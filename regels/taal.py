"""The language in which `regels` writes its sentences: Dutch, or a translation from its own gettext catalogue.

`regels` is used without Django (the command line, the batch, another program), so it keeps its own catalogue,
`regels/locale/<taal>/LC_MESSAGES/regels.po`, read with the standard library's `gettext`. The language is a
context variable: `in_taal("ar")` around a request or a call. The sentences of an explanation are written when
someone reads them (`Uitleg.tekst`), so they come out in the language that is active at that moment.

The Dutch text is the source text (the msgid); a language without a catalogue, or a sentence without a
translation, falls back to Dutch.
"""

from __future__ import annotations

import contextlib
import gettext as _gettext
from collections.abc import Iterator
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path

from babel import Locale, UnknownLocaleError

DOMEIN = "regels"
BRONTAAL = "nl"
MAP = Path(__file__).with_name("locale")

_TAAL: ContextVar[str] = ContextVar("regels_taal", default=BRONTAAL)


@lru_cache(maxsize=None)
def _catalogus(taal: str) -> _gettext.NullTranslations:
    return _gettext.translation(DOMEIN, localedir=MAP, languages=[taal], fallback=True)


def talen() -> list[str]:
    """The languages with a compiled catalogue, Dutch first."""
    return [BRONTAAL] + sorted(p.parent.parent.name for p in MAP.glob(f"*/LC_MESSAGES/{DOMEIN}.mo")
                               if p.parent.parent.name != BRONTAAL)


def huidige_taal() -> str:
    return _TAAL.get()


@contextlib.contextmanager
def in_taal(taal: str) -> Iterator[None]:
    """Within this block (in this thread or task), sentences from `regels` are written in `taal`."""
    token = _TAAL.set(taal or BRONTAAL)
    try:
        yield
    finally:
        _TAAL.reset(token)


def gettext(bericht: str) -> str:
    return _catalogus(_TAAL.get()).gettext(bericht)


def ngettext(enkelvoud: str, meervoud: str, aantal: int) -> str:
    return _catalogus(_TAAL.get()).ngettext(enkelvoud, meervoud, aantal)


def pgettext(context: str, bericht: str) -> str:
    return _catalogus(_TAAL.get()).pgettext(context, bericht)


# Unicode's directional isolates (UAX #9): LEFT-TO-RIGHT ISOLATE … POP DIRECTIONAL ISOLATE.
LRI = "\u2066"
PDI = "\u2069"


@lru_cache(maxsize=None)  # one per language, as the catalogues
def _locale(taal: str) -> Locale:
    """Babel's locale of a language; Dutch for a code Babel does not know (the sentences fall back to Dutch too)."""
    try:
        return Locale.parse(taal, sep="-")
    except (ValueError, UnknownLocaleError):
        return Locale.parse(BRONTAAL)


def taal_locale() -> Locale:
    """Babel's locale of the language regels writes in now: for dates, month names and lists in sentences."""
    return _locale(_TAAL.get())


def van_rechts_naar_links(taal: str) -> bool:
    """Is `taal` written right to left (Arabic)? Babel's CLDR data knows; an unknown language is left to right."""
    return _locale(taal).character_order == "right-to-left"


def links_naar_rechts(tekst: str) -> str:
    """An amount, a percentage or a number kept left to right inside a right-to-left sentence.

    In Arabic, "€ 1.234,56" would otherwise be reordered by the bidi algorithm into "1.234,56 €", and a minus sign
    or a "%" could land on the wrong side. The isolates keep the text whole and left to right, and keep it from
    disturbing the words around it. In a left-to-right language the text comes back unchanged (byte for byte).
    """
    return f"{LRI}{tekst}{PDI}" if van_rechts_naar_links(_TAAL.get()) else tekst


def N_(tekst: str) -> str:
    """Marks a text for the catalogue where it is defined (a module constant); `_()` translates it where it is used."""
    return tekst


_ = gettext
