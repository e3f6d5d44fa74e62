"""Explanations that travel with every computed amount: a B1 sentence, the legal source and who decides."""

from __future__ import annotations

from collections.abc import Callable

from babel.dates import format_date

from .parameters import PROCENT, Waarden
from .taal import huidige_taal, links_naar_rechts, taal_locale


class Uitleg:
    """One explanation. The sentence may be given as a function: it is then written only when someone reads it,
    so a batch that asks for amounts only does not pay for sentences nobody reads, and in the language of that
    moment (`regels.taal`). It is written once per language: the same explanation can be read in Arabic for a
    page and in Dutch for the short report that goes with it."""

    __slots__ = ("onderwerp", "_tekst", "_geschreven", "bron", "url", "gemeente_beslist")

    def __init__(self, onderwerp: str, tekst: str | Callable[[], str], bron: str, url: str,
                 gemeente_beslist: bool = False):
        self.onderwerp, self._tekst, self.bron, self.url, self.gemeente_beslist = (
            onderwerp, tekst, bron, url, gemeente_beslist)
        self._geschreven: dict[str, str] | None = None  # per language, once read

    @property
    def tekst(self) -> str:
        if not callable(self._tekst):
            return self._tekst
        taal = huidige_taal()
        if self._geschreven is None:
            self._geschreven = {}
        if taal not in self._geschreven:
            self._geschreven[taal] = self._tekst()
        return self._geschreven[taal]

    def als_dict(self) -> dict:
        return {
            "onderwerp": self.onderwerp,
            "tekst": self.tekst,
            "bron": self.bron,
            "url": self.url,
            "gemeente_beslist": self.gemeente_beslist,
        }


def uitleg(onderwerp: str, tekst: str | Callable[[], str], w: Waarden, pad: str, gemeente_beslist: bool = False,
           artikel: tuple[str, str] | None = None) -> Uitleg:
    """An explanation whose source is the parameter at `pad`, as in force on the peildatum.

    `artikel` = (citation, article number) points at another article of the same source document, for a rule
    that has no amount of its own (such as "bijstand is the norm minus income").
    """
    bron, url = w.bron(pad, artikel)
    return Uitleg(onderwerp, tekst, bron, url, gemeente_beslist)


_NEDERLANDS = str.maketrans(",.", ".,")


def bedrag(euro: float, centen: bool = True) -> str:
    """Dutch euro notation for explanation texts: € 1.234,56 (with a non-breaking space)."""
    tekst = f"{euro:,.2f}" if centen else f"{round(euro):,}"
    return links_naar_rechts("€\u00a0" + tekst.translate(_NEDERLANDS))


def procent(fractie: float) -> str:
    """25 %, 12,5 %, 35,75 % (a fraction in, Dutch notation out)."""
    return links_naar_rechts(f"{fractie * PROCENT:.3f}".rstrip("0").rstrip(".").replace(".", ",") + "\u00a0%")


def datum(d) -> str:
    """1 januari 2027, in the current language: 1 January 2027, 1 marca 2027 (amounts keep the Dutch notation)."""
    return format_date(d, "d MMMM y", locale=taal_locale())
