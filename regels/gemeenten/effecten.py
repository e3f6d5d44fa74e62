"""What a gemeente's own rules change for one household: each effect is marked "dit beslist je gemeente".

- the giftengrens (the law's amount is the minimum a gemeente leaves free, Participatiewet art. 31 lid 2 m);
- the default verrekening and 4-weekly method (its own policy, art. 45 and 58 lid 4);
- the individuele inkomenstoeslag (art. 36) for this household;
- premies (art. 31 lid 2 j) in the month they are paid;
- per minimaregeling whether the household's income with this work stays under its limit (a % of the norm).

A value older than the peildatum's year says its year: it is never shown as a fact of today.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass


from ..kalender import maand_tekst, plus_maanden
from ..parameters import PROCENT
from ..taal import gettext as _, ngettext
from ..uitleg import Uitleg, bedrag, datum
from ..verrekening import VERREKENING_TEKST
from . import Gemeente, Profiel, Waarde, profiel, weergavenaam


PREMIE_ARTIKEL = "Participatiewet artikel 31, tweede lid, onderdeel j"


def jaar_tekst(w: Waarde, peildatum: dt.date) -> str:
    """'(sinds 1 januari 2026)'; for a value from an earlier year, that it may have changed since. A whole remark in
    brackets, which a sentence takes as %(sinds)s."""
    if w.vanaf.year < peildatum.year:
        # Translators: a remark in brackets at the end of a sentence about a gemeente's rule.
        return _("(volgens de gemeente sinds %(datum)s; dit kan nu anders zijn)") % {"datum": datum(w.vanaf)}
    # Translators: a remark in brackets at the end of a sentence about a gemeente's rule.
    return _("(sinds %(datum)s)") % {"datum": datum(w.vanaf)}


def _bron(w: Waarde) -> str:
    # Translators: %(titel)s is the title of the gemeente's page or regulation; it stays in Dutch.
    return _("%(titel)s, gecontroleerd op %(datum)s") % {"titel": w.bron.titel, "datum": datum(w.bron.gecontroleerd)}


def gemeente_uitleg(onderwerp: str, tekst, w: Waarde) -> Uitleg:
    return Uitleg(onderwerp, tekst, _bron(w), w.bron.url, gemeente_beslist=True)


@dataclass(frozen=True)
class GemeenteGiften:
    """The gemeente's own giftengrens for this household, for `regels.giften`."""

    grens: float
    uitleg: Uitleg


def giftengrens(p: Profiel | None, gehuwd: bool, peildatum: dt.date) -> GemeenteGiften | None:
    w = p.een("giftengrens", peildatum) if p else None
    if w is None:
        return None
    grens = float(w.waarde["gehuwd" if gehuwd else "alleenstaand"])
    # Translators: %(gemeente)s is the gemeente's name; %(sinds)s a remark in brackets, "(sinds 1 januari 2026)".
    return GemeenteGiften(grens, gemeente_uitleg("giften", lambda: _(
        "%(gemeente)s laat %(grens)s per kalenderjaar aan giften vrij %(sinds)s. Is dat meer dan de wet? Dan geldt het "
        "bedrag van je gemeente.") % {"gemeente": p.naam, "grens": bedrag(grens, centen=False),
                                      "sinds": jaar_tekst(w, peildatum)}, w))


def standaard_verrekening(p: Profiel | None, peildatum: dt.date) -> tuple[str | None, str | None]:
    """The gemeente's own verrekening and 4-weekly method on the peildatum (None: not known, the default applies)."""
    if p is None:
        return None, None
    verrekening, vier_weken = p.een("verrekening", peildatum), p.een("vier_weken", peildatum)
    return (verrekening.waarde if verrekening else None), (vier_weken.waarde if vier_weken else None)


def _iit_sleutel(leefvorm: str, kinderen: tuple[int, ...], tiener_vanaf: int) -> str:
    tiener = any(k >= tiener_vanaf for k in kinderen)
    if leefvorm == "gehuwd":
        return "gehuwd_met_tiener" if tiener else "gehuwd"
    if leefvorm == "alleenstaande_ouder":
        return "alleenstaande_ouder_met_tiener" if tiener else "alleenstaande_ouder"
    return "alleenstaand"


def individuele_inkomenstoeslag(p: Profiel | None, peildatum: dt.date, leefvorm: str,
                                kinderen: tuple[int, ...]) -> dict | None:
    w = p.een("individuele_inkomenstoeslag", peildatum) if p else None
    if w is None:
        return None
    jaren = int(w.extra["jaren_laag_inkomen"])
    toeslag = float(w.waarde[_iit_sleutel(leefvorm, kinderen, int(w.extra["tiener_vanaf"]))])
    # Translators: %(gemeente)s is the gemeente's name; %(sinds)s a remark in brackets, "(sinds 1 januari 2026)".
    zin = ngettext("%(gemeente)s geeft een individuele inkomenstoeslag van %(bedrag)s per jaar als je %(jaren)s jaar "
                   "of langer een laag inkomen hebt %(sinds)s.",
                   "%(gemeente)s geeft een individuele inkomenstoeslag van %(bedrag)s per jaar als je %(jaren)s jaar "
                   "of langer een laag inkomen hebt %(sinds)s.", jaren) % {
        "gemeente": p.naam, "bedrag": bedrag(toeslag, centen=False), "jaren": jaren, "sinds": jaar_tekst(w, peildatum)}
    tekst = " ".join([zin, *([_(w.toelichting)] if w.toelichting else [])])
    return {"bedrag_per_jaar": toeslag, "jaren_laag_inkomen": jaren, "vanaf": w.vanaf.isoformat(),
            "tekst": tekst, "bron": _bron(w), "url": w.bron.url}


def premies(p: Profiel | None, peildatum: dt.date, start: dt.date, leeftijd: int,
            maanden_bijstand: int | None = None) -> list[dict]:
    """Each premie with the month it is paid: the month after `na_maanden_werk` months of work from `start`.

    `voldaan` says whether the person meets its conditions: None when a condition needs an answer we do not have
    (how long someone has had bijstand), so the person asks the gemeente; the month view pays only a premie that is
    `voldaan`."""
    lijst = []
    for w in (p.van_soort("premie") if p else ()):
        if w.vanaf > peildatum or leeftijd < int(w.extra.get("min_leeftijd", 0)):
            continue
        na = int(w.extra["na_maanden_werk"])
        maand = plus_maanden(start.replace(day=1), na)
        voldaan = True
        minimum = int(w.extra.get("min_maanden_bijstand", 0))
        if minimum:
            voldaan = None if maanden_bijstand is None else maanden_bijstand >= minimum
        lijst.append({"sleutel": w.sleutel, "naam": w.naam, "bedrag": float(w.waarde), "maand": maand.isoformat()[:7],
                      "min_maanden_bijstand": minimum or None, "voldaan": voldaan,
                      "tekst": _premie_tekst(p, w, na, minimum, voldaan, maand, peildatum), "bron": _bron(w),
                      "url": w.bron.url})
    return lijst


def _premie_tekst(p: Profiel, w: Waarde, na: int, minimum: int, voldaan: bool | None, maand: dt.date,
                  peildatum: dt.date) -> str:
    waarden = {"gemeente": p.naam, "premie": w.naam, "bedrag": bedrag(float(w.waarde), centen=False),
               "maand": maand_tekst(maand, met_jaar=True), "sinds": jaar_tekst(w, peildatum),
               "na": na,
               # Translators: how long someone had bijstand, inside the sentences about a premie below.
               "minimum": ngettext("%(n)s maand", "%(n)s maanden", minimum) % {"n": minimum}}
    if minimum:
        # Translators: %(gemeente)s is the gemeente's name, %(premie)s the name of its premie (in Dutch),
        # %(minimum)s a number of months ("6 maanden"), %(maand)s a month and year, %(sinds)s a remark in brackets.
        zinnen = [ngettext("%(gemeente)s betaalt een %(premie)s van %(bedrag)s na %(na)s maand werk en als je voor je "
                           "werk minstens %(minimum)s bijstand had: in %(maand)s %(sinds)s.",
                           "%(gemeente)s betaalt een %(premie)s van %(bedrag)s na %(na)s maanden werk en als je voor "
                           "je werk minstens %(minimum)s bijstand had: in %(maand)s %(sinds)s.", na) % waarden]
    else:
        # Translators: %(gemeente)s is the gemeente's name, %(premie)s the name of its premie (in Dutch),
        # %(maand)s a month and year, %(sinds)s a remark in brackets.
        zinnen = [ngettext("%(gemeente)s betaalt een %(premie)s van %(bedrag)s na %(na)s maand werk: in %(maand)s "
                           "%(sinds)s.",
                           "%(gemeente)s betaalt een %(premie)s van %(bedrag)s na %(na)s maanden werk: in %(maand)s "
                           "%(sinds)s.", na) % waarden]
    if voldaan is False:
        # Translators: %(minimum)s is a number of months ("6 maanden").
        zinnen.append(_("Je had korter dan %(minimum)s bijstand, dus je krijgt deze premie niet.") % waarden)
    elif voldaan is None:
        zinnen.append(_("Weet je niet of dit voor jou geldt? Vraag je gemeente. We tellen de premie nog niet mee."))
    # Translators: %(artikel)s is the article of the law, in Dutch ("Participatiewet artikel 31, tweede lid, ...").
    zinnen.append(_("De premie telt niet als inkomen voor de bijstand (%(artikel)s).") % {"artikel": PREMIE_ARTIKEL})
    return " ".join(zinnen)


def regelingen(p: Profiel | None, peildatum: dt.date, norm: float, inkomen: float) -> list[dict]:
    """Per minimaregeling: its limit in euro per month and whether `inkomen` stays at or under it."""
    lijst = []
    for w in (p.van_soort("minimaregeling") if p else ()):
        if w.vanaf > peildatum:
            continue
        grens = round(norm * float(w.waarde) / PROCENT, 2)
        lijst.append({"sleutel": w.sleutel, "naam": w.naam, "grens_procent": float(w.waarde), "grens": grens,
                      "inkomen": round(inkomen, 2), "blijft": inkomen <= grens, "vanaf": w.vanaf.isoformat(),
                      "bron": _bron(w), "url": w.bron.url, "_waarde": w})
    return lijst


def regeling_tekst(r: dict, naam_gemeente: str, peildatum: dt.date) -> str:
    """The average month's verdict; the months in which the limit is passed are said beside it (the month view)."""
    waarden = {"regeling": r["naam"], "gemeente": naam_gemeente, "inkomen": bedrag(r["inkomen"]),
               "procent": f"{str(r['grens_procent']).removesuffix('.0')} %", "grens": bedrag(r["grens"]),
               "sinds": jaar_tekst(r["_waarde"], peildatum)}
    if r["blijft"]:
        # Translators: %(regeling)s is the name of the gemeente's regeling (in Dutch), %(gemeente)s the gemeente's
        # name, %(procent)s a percentage ("150 %"), %(sinds)s a remark in brackets.
        return _("Gemiddeld per maand blijf je met dit werk onder de grens van de %(regeling)s (%(gemeente)s): je "
                 "netto inkomen (%(inkomen)s per maand, loon en bijstand samen) is niet hoger dan %(procent)s van je "
                 "bijstandsnorm (%(grens)s per maand) %(sinds)s.") % waarden
    # Translators: %(regeling)s is the name of the gemeente's regeling (in Dutch), %(gemeente)s the gemeente's name,
    # %(procent)s a percentage ("150 %"), %(sinds)s a remark in brackets.
    return _("Gemiddeld per maand kom je met dit werk boven de grens van de %(regeling)s (%(gemeente)s): je netto "
             "inkomen (%(inkomen)s per maand, loon en bijstand samen) is hoger dan %(procent)s van je bijstandsnorm "
             "(%(grens)s per maand) %(sinds)s. Dan kun je de regeling kwijtraken.") % waarden


def kwijt_vanaf(uren: list[float], punten: list[dict]) -> list[dict]:
    """For a sweep: per minimaregeling the first number of hours at which the household loses it (None: never)."""
    eerste: dict[str, dict] = {}
    for u, punt in zip(uren, punten):
        for r in (punt.get("gemeente") or {}).get("regelingen", []):
            rij = eerste.setdefault(r["sleutel"], {"sleutel": r["sleutel"], "naam": r["naam"], "kwijt_vanaf_uren": None})
            if not r["blijft"] and rij["kwijt_vanaf_uren"] is None:
                rij["kwijt_vanaf_uren"] = u
    return list(eerste.values())


@dataclass(frozen=True)
class GemeenteDeel:
    """What does not change with the hours: computed once per household (also in a sweep)."""

    gemeente: Gemeente
    profiel: Profiel | None
    vast: dict  # the parts of the result that are the same at every number of hours
    uitleg: tuple[Uitleg, ...]


def gemeente_deel(gemeente: Gemeente, peildatum: dt.date, leefvorm: str, kinderen: tuple[int, ...],
                  leeftijd: int, start: dt.date, verrekening_gekozen: bool,
                  maanden_bijstand: int | None = None) -> GemeenteDeel:
    p = profiel(gemeente.code)
    naam = weergavenaam(gemeente)
    uitleg_lijst: list[Uitleg] = []
    verrekening = None
    w = p.een("verrekening", peildatum) if p else None
    if w is not None:
        verrekening = {"methode": w.waarde, "vanaf": w.vanaf.isoformat(), "bron": _bron(w), "url": w.bron.url,
                       "gebruikt": not verrekening_gekozen}
        uitleg_lijst.append(gemeente_uitleg("verrekening", lambda: " ".join((
            # Translators: %(gemeente)s is the gemeente's name; %(methode)s says how it deducts the wage, e.g.
            # "achteraf: het loon van een maand gaat de maand erna van je bijstand af"; %(sinds)s a remark in brackets.
            _("%(gemeente)s verrekent je loon %(methode)s %(sinds)s.") % {
                "gemeente": naam, "methode": _(VERREKENING_TEKST[w.waarde]), "sinds": jaar_tekst(w, peildatum)},
            *([_(w.toelichting)] if w.toelichting else []),
            _("Zo rekenen we de maanden uit.") if not verrekening_gekozen else
            _("Je hebt zelf een andere manier gekozen; daarmee rekenen we."))), w))
    iit = individuele_inkomenstoeslag(p, peildatum, leefvorm, kinderen)
    premie_lijst = premies(p, peildatum, start, leeftijd, maanden_bijstand)
    vast = {
        "code": gemeente.code, "naam": naam, "profiel": p is not None, "verrekening": verrekening,
        "individuele_inkomenstoeslag": iit, "premies": premie_lijst,
        # The profile's texts are Dutch (the msgids, see `vertalen`): translated here, where they are shown.
        "stappen": [{"tekst": _(s.tekst), "bron": s.bron.titel, "url": s.bron.url} for s in (p.stappen if p else ())],
        "onbekend": [{"onderwerp": o, "tekst": _(t)} for o, t in (p.onbekend if p else ())],
    }
    if p is None or not p.waarden:
        # Translators: %(gemeente)s is the gemeente's name.
        uitleg_lijst.append(Uitleg("gemeente", lambda: _(
            "Van %(gemeente)s kennen we nog geen eigen regels met een officiële bron. We rekenen met de landelijke "
            "regels. Vraag je gemeente naar haar eigen regels, zoals premies en regelingen voor een laag inkomen.")
            % {"gemeente": naam},
            gemeente.bron.titel, gemeente.bron.url, gemeente_beslist=True))
    return GemeenteDeel(gemeente, p, vast, tuple(uitleg_lijst))


def gemeente_bij_inkomen(deel: GemeenteDeel, peildatum: dt.date, norm: float, inkomen: float,
                         met_uitleg: bool) -> tuple[dict, list[Uitleg]]:
    """The result's `gemeente` part for one number of hours, and its explanations."""
    gevonden = regelingen(deel.profiel, peildatum, norm, inkomen)
    uitleg_lijst = list(deel.uitleg) if met_uitleg else []
    if met_uitleg:
        naam = deel.vast["naam"]
        uitleg_lijst += [gemeente_uitleg("gemeente", (lambda r=r: regeling_tekst(r, naam, peildatum)), r["_waarde"])
                         for r in gevonden]
        uitleg_lijst += [Uitleg("gemeente", x["tekst"], x["bron"], x["url"], gemeente_beslist=True)
                         for x in ([deel.vast["individuele_inkomenstoeslag"]] if deel.vast[
                             "individuele_inkomenstoeslag"] else []) + deel.vast["premies"]]
    openbaar = [{k: v for k, v in r.items() if k != "_waarde"} for r in gevonden]
    return {**deel.vast, "regelingen": openbaar}, uitleg_lijst
