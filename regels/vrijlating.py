"""Inkomstenvrijlating: the part of your net wage that is not deducted from your bijstand.

Until 31-12-2026: Participatiewet art. 31 lid 2 onderdeel n (general, 6 months), r (alleenstaande ouder, 30
months after n) and y (medisch urenbeperkt), and lid 5 (not under 27). From 1-1-2027: art. 34a (Wet
Participatiewet in balans). Which regime applies follows from the data: art. 34a's parameters start on the
date the article enters into force.

First the rule that applies to a person is chosen (`vrijlating_regel`), then it is applied to a net wage. The
choice does not depend on the wage, so a sweep over hours chooses once.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from .bijstand import pensioengerechtigd
from .parameters import Waarden
from .taal import gettext as _, ngettext
from .uitleg import Uitleg, bedrag, procent, uitleg

ART31 = "participatiewet.art31_vrijlating_arbeid."
ART34A = "participatiewet.art34a_vrijlating."


@dataclass(frozen=True)
class Werkende:
    """What the vrijlating rules need to know about one person who works."""

    leeftijd: int
    maanden_gehad: int
    medisch_urenbeperkt: bool
    alleenstaande_ouder_jongste_kind: int | None  # age of the youngest child, for an alleenstaande ouder


@dataclass(frozen=True)
class Toelichting:
    """The sentence after "you may keep x %", written when read, in the language of that moment. A module function
    and its arguments, so that equal rules stay equal (a batch shares searches between them, `geheugen`)."""

    schrijf: Callable[..., str]
    getallen: tuple = ()

    def __call__(self) -> str:
        return self.schrijf(*self.getallen)


@dataclass(frozen=True)
class VrijlatingRegel:
    percentage: float
    maximum: float | None  # None: no maximum
    maanden_over: int | None  # None: no time limit
    toelichting: Toelichting
    pad: str  # the parameter whose source the explanation cites
    gemeente_beslist: bool
    aaneengesloten: bool = False  # its months run on in the calendar once it has begun (art. 31 lid 2 r, art. 34a lid 1 a)

    def bedrag(self, netto: float) -> float:
        deel = max(0.0, netto) * self.percentage
        return round(min(deel, self.maximum) if self.maximum is not None else deel, 2)

    def uitleg(self, netto: float, w: Waarden, partner: bool = False) -> Uitleg:
        """The sentences speak to the user about their own wage, or (`partner`) about their partner's."""

        def tekst() -> str:
            if netto <= 0:
                return _("Je hebt geen inkomsten uit werk, dus er is geen vrijlating.")
            if self.percentage == 0:
                return self.toelichting()
            getallen = {"netto": bedrag(netto), "percentage": procent(self.percentage),
                        "maximum": bedrag(self.maximum or 0.0)}
            if partner and self.maximum is not None:
                zin = _("Van het netto loon van je partner (%(netto)s) mogen jullie %(percentage)s houden, maar niet "
                        "meer dan %(maximum)s per maand.")
            elif partner:
                zin = _("Van het netto loon van je partner (%(netto)s) mogen jullie %(percentage)s houden.")
            elif self.maximum is not None:
                zin = _("Van je netto loon (%(netto)s) mag je %(percentage)s houden, maar niet meer dan %(maximum)s "
                        "per maand.")
            else:
                zin = _("Van je netto loon (%(netto)s) mag je %(percentage)s houden.")
            return zin % getallen + " " + self.toelichting()
        return uitleg("vrijlating", tekst, w, self.pad, gemeente_beslist=self.gemeente_beslist)


def _geen() -> str:
    return ""


GEEN_VRIJLATING = VrijlatingRegel(0.0, None, None, Toelichting(_geen), ART31 + "algemeen_percentage", False)


def geen_vrijlating_zonder_bijstand(regel: VrijlatingRegel, w: Waarden, gehuwd: bool = False) -> Uitleg:
    """No bijstand, so no vrijlating: it exists only "voor zover hij algemene bijstand ontvangt" (art. 31 lid 2 n)."""
    pad = regel.pad if regel.percentage else (
        ART34A + "percentage" if w.geldt(ART34A + "percentage") else ART31 + "algemeen_percentage")

    def tekst() -> str:
        if gehuwd:
            zin = _("Jullie netto loon is hoger dan de bijstandsnorm. Dan krijgen jullie geen bijstand, en dus ook "
                    "geen vrijlating.")
        else:
            zin = _("Je netto loon is hoger dan de bijstandsnorm. Dan krijg je geen bijstand, en dus ook geen "
                    "vrijlating.")
        return zin + " " + _("De vrijlating is alleen een deel van je loon dat niet van je bijstand af gaat.")
    return uitleg("vrijlating", tekst, w, pad)


def _nog(maanden: int) -> str:
    return ngettext("Dit kan nog %(n)s maand. Je gemeente beslist of je deze vrijlating krijgt.",
                    "Dit kan nog %(n)s maanden. Je gemeente beslist of je deze vrijlating krijgt.",
                    maanden) % {"n": maanden}


def _aow() -> str:
    return _("Met de AOW-leeftijd geldt dit zonder tijdslimiet.")


def _medisch_zolang_bijstand() -> str:
    return _("Je bent medisch urenbeperkt, dus dit geldt zolang je bijstand krijgt.")


def _medisch_zonder_limiet() -> str:
    return _("Je bent medisch urenbeperkt, dus dit geldt zonder tijdslimiet.")


def _alleenstaande_ouder(kind_jonger_dan: int, maanden: int) -> str:
    # Translators: %(leeftijd)s is an age of the child (12).
    return _("Dit is de vrijlating voor alleenstaande ouders met een kind jonger dan %(leeftijd)s.") % {
        "leeftijd": kind_jonger_dan} + " " + _nog(maanden)


def _te_jong(leeftijd: int, percentage: float) -> str:
    # Translators: %(leeftijd)s is the age from which the vrijlating applies (27); %(percentage)s is "25 %".
    return _("Je bent jonger dan %(leeftijd)s. Dan geldt de vrijlating van %(percentage)s niet. Alles wat je netto "
             "verdient, gaat van je bijstand af.") % {"leeftijd": leeftijd, "percentage": procent(percentage)}


def _al_gehad(maanden: int) -> str:
    return ngettext("Je hebt de vrijlating van %(n)s maand al gehad. Alles wat je netto verdient, gaat nu van je "
                    "bijstand af.",
                    "Je hebt de vrijlating van %(n)s maanden al gehad. Alles wat je netto verdient, gaat nu van je "
                    "bijstand af.", maanden) % {"n": maanden}


def _al_gehad_34a(maanden: int) -> str:
    return ngettext("Je hebt de vrijlating van %(n)s maand al gehad. Je gemeente kan die verlengen als je niet meer "
                    "uren kunt werken, of opnieuw geven als je een nieuwe baan krijgt.",
                    "Je hebt de vrijlating van %(n)s maanden al gehad. Je gemeente kan die verlengen als je niet meer "
                    "uren kunt werken, of opnieuw geven als je een nieuwe baan krijgt.", maanden) % {"n": maanden}


def vrijlating_regel(p: Werkende, w: Waarden) -> VrijlatingRegel:
    if w.geldt(ART34A + "percentage"):
        return _regel_art34a(p, w)
    return _regel_art31(p, w)


def _regel_art31(p: Werkende, w: Waarden) -> VrijlatingRegel:
    algemeen = (w[ART31 + "algemeen_percentage"], w[ART31 + "algemeen_maximum"])
    if pensioengerechtigd(p.leeftijd, w):
        return VrijlatingRegel(*algemeen, None, Toelichting(_aow), ART31 + "algemeen_maximum", False)
    jong = p.leeftijd < w[ART31 + "minimumleeftijd"]
    maanden_n = int(w[ART31 + "algemeen_maanden"])
    if not jong and p.maanden_gehad < maanden_n:
        over = maanden_n - p.maanden_gehad
        return VrijlatingRegel(*algemeen, over, Toelichting(_nog, (over,)), ART31 + "algemeen_maximum", True)
    if p.medisch_urenbeperkt:
        return VrijlatingRegel(w[ART31 + "medisch_urenbeperkt_percentage"], w[ART31 + "medisch_urenbeperkt_maximum"],
                               None, Toelichting(_medisch_zolang_bijstand), ART31 + "medisch_urenbeperkt_maximum",
                               False)
    kind = p.alleenstaande_ouder_jongste_kind
    kind_grens = int(w[ART31 + "alleenstaande_ouder_kind_jonger_dan"])
    maanden_r = maanden_n + int(w[ART31 + "alleenstaande_ouder_maanden"])
    if not jong and kind is not None and kind < kind_grens and p.maanden_gehad < maanden_r:
        over = maanden_r - p.maanden_gehad
        return VrijlatingRegel(
            w[ART31 + "alleenstaande_ouder_percentage"], w[ART31 + "alleenstaande_ouder_maximum"], over,
            Toelichting(_alleenstaande_ouder, (kind_grens, over)),
            ART31 + "alleenstaande_ouder_maximum", True, aaneengesloten=True)
    if jong:
        return VrijlatingRegel(
            0.0, None, None, Toelichting(_te_jong, (int(w[ART31 + "minimumleeftijd"]), algemeen[0])),
            ART31 + "minimumleeftijd", False)
    return VrijlatingRegel(0.0, None, 0, Toelichting(_al_gehad, (maanden_n,)), ART31 + "algemeen_maanden", False)


def _regel_art34a(p: Werkende, w: Waarden) -> VrijlatingRegel:
    if pensioengerechtigd(p.leeftijd, w):
        return VrijlatingRegel(w[ART34A + "pensioengerechtigd_percentage"], w[ART34A + "pensioengerechtigd_maximum"],
                               None, Toelichting(_aow), ART34A + "pensioengerechtigd_maximum", False)
    if p.medisch_urenbeperkt:
        return VrijlatingRegel(w[ART34A + "medisch_urenbeperkt_percentage"], None, None,
                               Toelichting(_medisch_zonder_limiet), ART34A + "medisch_urenbeperkt_percentage", False)
    maanden = int(w[ART34A + "maanden"])
    if p.maanden_gehad < maanden:
        over = maanden - p.maanden_gehad
        return VrijlatingRegel(w[ART34A + "percentage"], None, over, Toelichting(_nog, (over,)), ART34A + "percentage",
                               True, aaneengesloten=True)
    return VrijlatingRegel(0.0, None, 0, Toelichting(_al_gehad_34a, (maanden,)), ART34A + "maanden", True)
