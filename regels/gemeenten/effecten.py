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

from ..kalender import plus_maanden
from ..parameters import PROCENT
from ..uitleg import Uitleg, bedrag, datum
from ..verrekening import VERREKENING_TEKST
from . import Gemeente, Profiel, Waarde, profiel, weergavenaam


def jaar_tekst(w: Waarde, peildatum: dt.date) -> str:
    """' (sinds 2021)' for an older value: the year the gemeente's own publication gives."""
    return f" (volgens de gemeente sinds {datum(w.vanaf)}; dit kan nu anders zijn)" if w.vanaf.year < peildatum.year \
        else f" (sinds {datum(w.vanaf)})"


def _bron(w: Waarde) -> str:
    return f"{w.bron.titel}, gecontroleerd op {datum(w.bron.gecontroleerd)}"


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
    return GemeenteGiften(grens, gemeente_uitleg("giften", lambda: (
        f"{p.naam} laat {bedrag(grens, centen=False)} per kalenderjaar aan giften vrij{jaar_tekst(w, peildatum)}. "
        "Is dat meer dan de wet? Dan geldt het bedrag van je gemeente."), w))


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
    tekst = (f"{p.naam} geeft een individuele inkomenstoeslag van {bedrag(toeslag, centen=False)} per jaar als je "
             f"{jaren} jaar of langer een laag inkomen hebt{jaar_tekst(w, peildatum)}. "
             + (w.toelichting or "")).strip()
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
        voorwaarden = [f"na {na} maanden werk"]
        voldaan = True
        minimum = int(w.extra.get("min_maanden_bijstand", 0))
        if minimum:
            voorwaarden.append(f"als je voor je werk minstens {minimum} maanden bijstand had")
            voldaan = None if maanden_bijstand is None else maanden_bijstand >= minimum
        tekst = (f"{p.naam} betaalt een {w.naam} van {bedrag(float(w.waarde), centen=False)} "
                 f"{' en '.join(voorwaarden)}: in {datum(maand).split(' ', 1)[1]}{jaar_tekst(w, peildatum)}. "
                 + {True: "", False: f"Je had korter dan {minimum} maanden bijstand, dus je krijgt deze premie niet. ",
                    None: "Weet je niet of dit voor jou geldt? Vraag je gemeente. We tellen de premie nog niet mee. "}[
                     voldaan]
                 + "De premie telt niet als inkomen voor de bijstand (Participatiewet artikel 31, tweede lid, "
                 "onderdeel j).")
        lijst.append({"sleutel": w.sleutel, "naam": w.naam, "bedrag": float(w.waarde), "maand": maand.isoformat()[:7],
                      "min_maanden_bijstand": minimum or None, "voldaan": voldaan,
                      "tekst": tekst, "bron": _bron(w), "url": w.bron.url})
    return lijst


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
    w: Waarde = r["_waarde"]
    grens = f"{str(r['grens_procent']).removesuffix('.0')} % van je bijstandsnorm ({bedrag(r['grens'])} per maand)"
    """The average month's verdict; the months in which the limit is passed are said beside it (the month view)."""
    if r["blijft"]:
        return (f"Gemiddeld per maand blijf je met dit werk onder de grens van de {r['naam']} ({naam_gemeente}): je "
                f"netto inkomen ({bedrag(r['inkomen'])} per maand, loon en bijstand samen) is niet hoger dan "
                f"{grens}{jaar_tekst(w, peildatum)}.")
    return (f"Gemiddeld per maand kom je met dit werk boven de grens van de {r['naam']} ({naam_gemeente}): je netto "
            f"inkomen ({bedrag(r['inkomen'])} per maand, loon en bijstand samen) is hoger dan "
            f"{grens}{jaar_tekst(w, peildatum)}. Dan kun je de regeling kwijtraken.")


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
        uitleg_lijst.append(gemeente_uitleg("verrekening", lambda: (
            f"{naam} verrekent je loon {VERREKENING_TEKST[w.waarde]}{jaar_tekst(w, peildatum)}. "
            + (f"{w.toelichting} " if w.toelichting else "")
            + ("Zo rekenen we de maanden uit. " if not verrekening_gekozen else
               "Je hebt zelf een andere manier gekozen; daarmee rekenen we.")).strip(), w))
    iit = individuele_inkomenstoeslag(p, peildatum, leefvorm, kinderen)
    premie_lijst = premies(p, peildatum, start, leeftijd, maanden_bijstand)
    vast = {
        "code": gemeente.code, "naam": naam, "profiel": p is not None, "verrekening": verrekening,
        "individuele_inkomenstoeslag": iit, "premies": premie_lijst,
        "stappen": [{"tekst": s.tekst, "bron": s.bron.titel, "url": s.bron.url} for s in (p.stappen if p else ())],
        "onbekend": [{"onderwerp": o, "tekst": t} for o, t in (p.onbekend if p else ())],
    }
    if p is None or not p.waarden:
        uitleg_lijst.append(Uitleg("gemeente", (
            f"Van {naam} kennen we nog geen eigen regels met een officiële bron. We rekenen met de landelijke regels. "
            "Vraag je gemeente naar haar eigen regels, zoals premies en regelingen voor een laag inkomen."),
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
