"""Inkomstenvrijlating: the part of your net wage that is not deducted from your bijstand.

Until 31-12-2026: Participatiewet art. 31 lid 2 onderdeel n (general, 6 months), r (alleenstaande ouder, 30
months after n) and y (medisch urenbeperkt), and lid 5 (not under 27). From 1-1-2027: art. 34a (Wet
Participatiewet in balans). Which regime applies follows from the data: art. 34a's parameters start on the
date the article enters into force.

First the rule that applies to a person is chosen (`vrijlating_regel`), then it is applied to a net wage. The
choice does not depend on the wage, so a sweep over hours chooses once.
"""

from __future__ import annotations

from dataclasses import dataclass

from .bijstand import pensioengerechtigd
from .parameters import Waarden
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
class VrijlatingRegel:
    percentage: float
    maximum: float | None  # None: no maximum
    maanden_over: int | None  # None: no time limit
    toelichting: str  # the sentence after "you may keep x %"
    pad: str  # the parameter whose source the explanation cites
    gemeente_beslist: bool
    aaneengesloten: bool = False  # its months run on in the calendar once it has begun (art. 31 lid 2 r, art. 34a lid 1 a)

    def bedrag(self, netto: float) -> float:
        deel = max(0.0, netto) * self.percentage
        return round(min(deel, self.maximum) if self.maximum is not None else deel, 2)

    def uitleg(self, netto: float, w: Waarden, wie: str = "je") -> Uitleg:
        """`wie` is "je" or "je partner": the sentences speak to the user about themselves or their partner."""

        def tekst() -> str:
            if netto <= 0:
                return "Je hebt geen inkomsten uit werk, dus er is geen vrijlating."
            if self.percentage == 0:
                return self.toelichting
            if wie == "je":
                zin = f"Van je netto loon ({bedrag(netto)}) mag je {procent(self.percentage)} houden"
            else:
                zin = f"Van het netto loon van {wie} ({bedrag(netto)}) mogen jullie {procent(self.percentage)} houden"
            zin += f", maar niet meer dan {bedrag(self.maximum)} per maand." if self.maximum is not None else "."
            return zin + " " + self.toelichting
        return uitleg("vrijlating", tekst, w, self.pad, gemeente_beslist=self.gemeente_beslist)


GEEN_VRIJLATING = VrijlatingRegel(0.0, None, None, "", ART31 + "algemeen_percentage", False)


def geen_vrijlating_zonder_bijstand(regel: VrijlatingRegel, w: Waarden, gehuwd: bool = False) -> Uitleg:
    """No bijstand, so no vrijlating: it exists only "voor zover hij algemene bijstand ontvangt" (art. 31 lid 2 n)."""
    pad = regel.pad if regel.percentage else (
        ART34A + "percentage" if w.geldt(ART34A + "percentage") else ART31 + "algemeen_percentage")
    tekst = (("Jullie" if gehuwd else "Je") + " netto loon is hoger dan de bijstandsnorm. Dan "
             + ("krijgen jullie" if gehuwd else "krijg je") + " geen bijstand, en dus ook geen vrijlating. "
             "De vrijlating is alleen een deel van je loon dat niet van je bijstand af gaat.")
    return uitleg("vrijlating", tekst, w, pad)


def _nog(maanden: int) -> str:
    return f"Dit kan nog {maanden} maand{'en' if maanden > 1 else ''}. Je gemeente beslist of je deze vrijlating krijgt."


def vrijlating_regel(p: Werkende, w: Waarden) -> VrijlatingRegel:
    if w.geldt(ART34A + "percentage"):
        return _regel_art34a(p, w)
    return _regel_art31(p, w)


def _regel_art31(p: Werkende, w: Waarden) -> VrijlatingRegel:
    algemeen = (w[ART31 + "algemeen_percentage"], w[ART31 + "algemeen_maximum"])
    if pensioengerechtigd(p.leeftijd, w):
        return VrijlatingRegel(*algemeen, None, "Met de AOW-leeftijd geldt dit zonder tijdslimiet.",
                               ART31 + "algemeen_maximum", False)
    jong = p.leeftijd < w[ART31 + "minimumleeftijd"]
    maanden_n = int(w[ART31 + "algemeen_maanden"])
    if not jong and p.maanden_gehad < maanden_n:
        over = maanden_n - p.maanden_gehad
        return VrijlatingRegel(*algemeen, over, _nog(over), ART31 + "algemeen_maximum", True)
    if p.medisch_urenbeperkt:
        return VrijlatingRegel(w[ART31 + "medisch_urenbeperkt_percentage"], w[ART31 + "medisch_urenbeperkt_maximum"],
                               None, "Je bent medisch urenbeperkt, dus dit geldt zolang je bijstand krijgt.",
                               ART31 + "medisch_urenbeperkt_maximum", False)
    kind = p.alleenstaande_ouder_jongste_kind
    kind_grens = int(w[ART31 + "alleenstaande_ouder_kind_jonger_dan"])
    maanden_r = maanden_n + int(w[ART31 + "alleenstaande_ouder_maanden"])
    if not jong and kind is not None and kind < kind_grens and p.maanden_gehad < maanden_r:
        over = maanden_r - p.maanden_gehad
        return VrijlatingRegel(
            w[ART31 + "alleenstaande_ouder_percentage"], w[ART31 + "alleenstaande_ouder_maximum"], over,
            f"Dit is de vrijlating voor alleenstaande ouders met een kind jonger dan {kind_grens}. " + _nog(over),
            ART31 + "alleenstaande_ouder_maximum", True, aaneengesloten=True)
    if jong:
        return VrijlatingRegel(
            0.0, None, None,
            f"Je bent jonger dan {int(w[ART31 + 'minimumleeftijd'])}. Dan geldt de vrijlating van "
            f"{procent(algemeen[0])} niet. Alles wat je netto verdient, gaat van je bijstand af.",
            ART31 + "minimumleeftijd", False)
    return VrijlatingRegel(
        0.0, None, 0,
        f"Je hebt de vrijlating van {maanden_n} maanden al gehad. Alles wat je netto verdient, gaat nu van je bijstand af.",
        ART31 + "algemeen_maanden", False)


def _regel_art34a(p: Werkende, w: Waarden) -> VrijlatingRegel:
    if pensioengerechtigd(p.leeftijd, w):
        return VrijlatingRegel(w[ART34A + "pensioengerechtigd_percentage"], w[ART34A + "pensioengerechtigd_maximum"],
                               None, "Met de AOW-leeftijd geldt dit zonder tijdslimiet.",
                               ART34A + "pensioengerechtigd_maximum", False)
    if p.medisch_urenbeperkt:
        return VrijlatingRegel(w[ART34A + "medisch_urenbeperkt_percentage"], None, None,
                               "Je bent medisch urenbeperkt, dus dit geldt zonder tijdslimiet.",
                               ART34A + "medisch_urenbeperkt_percentage", False)
    maanden = int(w[ART34A + "maanden"])
    if p.maanden_gehad < maanden:
        over = maanden - p.maanden_gehad
        return VrijlatingRegel(w[ART34A + "percentage"], None, over, _nog(over), ART34A + "percentage", True,
                               aaneengesloten=True)
    return VrijlatingRegel(
        0.0, None, 0,
        f"Je hebt de vrijlating van {maanden} maanden al gehad. Je gemeente kan die verlengen als je niet meer uren "
        "kunt werken, of opnieuw geven als je een nieuwe baan krijgt.",
        ART34A + "maanden", True)
