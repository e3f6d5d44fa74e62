"""The answers of one person, as they travel in the URL.

This is the one place that knows:

1. the question pages (steps) and their order (`STAPPEN`),
2. the query parameters, how to read them from a request and write them
   back into a URL (`lees`, `query`), and
3. how answers become the situation dict of `regels.bereken` (`naar_situatie`).

Nothing is stored: answers live only in the query string. Unknown
parameters are dropped; a wrong value sends the person back to the step
that asks for it (`eerste_open_stap`), with the other answers kept.

Query parameters
----------------
=====  ==================================================================
lv     leefvorm: alleen | partner | ouder
lt     your age;  plt: your partner's age (only lv=partner)
kk     children's ages, e.g. "4,9" (not for lv=alleen; may be empty for lv=partner)
kd     other adults in the home who are kostendelers (the age comes from regels)
hr     kale huur per month;  hrn=1: "ik weet het niet / ik huur niet"
wv     how work is entered: "" (hours x wage) or "maand"
u, ul  hours per week and gross hourly wage (wv="")
ml, mt monthly wage and whether it is bruto or netto (wv=maand)
pbm    partner's gross monthly wage (only lv=partner, optional)
vm     months of inkomstenvrijlating already had;  med: ja | nee
gf     gifts received this calendar year
terug  1 while changing an answer from the check page
s1-s3  extra hours to compare on the result page;  pd: peildatum (YYYY-MM-DD)
=====  ==================================================================
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from urllib.parse import urlencode

from calculator import forms

LEEFVORM_REGELS = {"alleen": "alleenstaand", "partner": "gehuwd", "ouder": "alleenstaande_ouder"}


@dataclass(frozen=True)
class Stap:
    naam: str  # also the URL slug: /vragen/<naam>/
    kort: str  # label in the check-answers list
    form: type[forms.Vraag]
    velden: tuple[str, ...]
    nodig: Callable[[Mapping[str, str]], bool] = field(default=lambda a: True)
    kern: tuple[str, ...] = ()  # fields whose presence means "answered" (default: all fields)

    def is_aanwezig(self, antwoorden: Mapping[str, str]) -> bool:
        """Whether the URL holds an answer to this step (valid or not)."""
        return any(veld in antwoorden for veld in (self.kern or self.velden))

    def formulier(self, antwoorden: Mapping[str, str], data: Mapping[str, str] | None = None) -> forms.Vraag:
        """The step's form, bound to `data` (or to the answers when data is None)."""
        bron = antwoorden if data is None else data
        return self.form({k: v for k, v in bron.items() if k in self.velden},
                         antwoorden=dict(antwoorden))

    def beantwoord(self, antwoorden: Mapping[str, str]) -> bool:
        """Whether the answers hold this step's question and it is valid."""
        if not self.is_aanwezig(antwoorden):
            return False
        return self.formulier(antwoorden).is_valid()


STAPPEN: tuple[Stap, ...] = (
    Stap("leefvorm", "Hoe je woont", forms.LeefvormForm, ("lv",)),
    Stap("leeftijd", "Leeftijd", forms.LeeftijdForm, ("lt", "plt"), kern=("lt",)),
    Stap("kinderen", "Kinderen", forms.KinderenForm, ("kk",), nodig=lambda a: a.get("lv") != "alleen"),
    Stap("huisgenoten", "Andere volwassenen in huis", forms.HuisgenotenForm, ("kd",)),
    Stap("huur", "Kale huur", forms.HuurForm, ("hr", "hrn")),
    Stap("werk", "Werk", forms.WerkForm, ("wv", "u", "ul", "ml", "mt", "pbm"), kern=("u", "ul", "ml", "mt")),
    Stap("vrijlating", "Vrijlating", forms.VrijlatingForm, ("vm", "med")),
    Stap("giften", "Giften dit jaar", forms.GiftenForm, ("gf",)),
)
STAP = {stap.naam: stap for stap in STAPPEN}

RESULTAAT_VELDEN = ("s1", "s2", "s3", "pd")
NAVIGATIE_VELDEN = ("terug",)
ALLE_VELDEN: tuple[str, ...] = tuple(v for stap in STAPPEN for v in stap.velden) + RESULTAAT_VELDEN + NAVIGATIE_VELDEN
MAX_LENGTE = 100  # a longer value is not an answer; it is dropped


def lees(querydict: Mapping[str, str]) -> dict[str, str]:
    """Known parameters from a QueryDict (last value wins), stripped; unknown ones are dropped."""
    antwoorden = {}
    for naam in ALLE_VELDEN:
        if naam in querydict:
            waarde = querydict.get(naam)
            if isinstance(waarde, str) and len(waarde) <= MAX_LENGTE:
                antwoorden[naam] = waarde.strip()
    return antwoorden


def query(antwoorden: Mapping[str, str], zonder: tuple[str, ...] = (), **extra: str) -> str:
    """The query string (without '?'), parameters in a fixed order; `extra` overrides."""
    samen = {**antwoorden, **extra}
    paren = [(naam, samen[naam]) for naam in ALLE_VELDEN if naam in samen and naam not in zonder
             and samen[naam] is not None]
    return urlencode(paren)


def verborgen(antwoorden: Mapping[str, str], zonder: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(name, value) pairs for hidden inputs: every answer except the fields in `zonder`."""
    return [(naam, antwoorden[naam]) for naam in ALLE_VELDEN if naam in antwoorden and naam not in zonder]


def stappen_voor(antwoorden: Mapping[str, str]) -> list[Stap]:
    """The steps this person gets (e.g. no children question for someone living alone)."""
    return [stap for stap in STAPPEN if stap.nodig(antwoorden)]


def eerste_open_stap(antwoorden: Mapping[str, str], tot: Stap | None = None) -> Stap | None:
    """The first step (before `tot`, or of all) that is missing or invalid; None when all are fine."""
    for stap in stappen_voor(antwoorden):
        if stap is tot:
            return None
        if not stap.beantwoord(antwoorden):
            return stap
    return None


def volgende_stap(antwoorden: Mapping[str, str], huidige: Stap) -> Stap | None:
    lijst = stappen_voor(antwoorden)
    index = next((i for i, s in enumerate(lijst) if s is huidige), -1)
    return lijst[index + 1] if 0 <= index + 1 < len(lijst) else None


def vorige_stap(antwoorden: Mapping[str, str], huidige: Stap) -> Stap | None:
    lijst = stappen_voor(antwoorden)
    index = next((i for i, s in enumerate(lijst) if s is huidige), 0)
    return lijst[index - 1] if index > 0 else None


def opschonen(antwoorden: Mapping[str, str]) -> dict[str, str]:
    """Drop answers that no longer apply (e.g. a partner's age after choosing 'alleen')."""
    schoon = dict(antwoorden)
    lv = schoon.get("lv")
    if lv in LEEFVORM_REGELS and lv != "partner":
        schoon.pop("plt", None)
        schoon.pop("pbm", None)
    if lv == "alleen":
        schoon.pop("kk", None)
    if per_uur(schoon):
        schoon.pop("ml", None)
        schoon.pop("mt", None)
    else:
        schoon.pop("u", None)
        schoon.pop("ul", None)
    if geen_huur(schoon):
        schoon.pop("hr", None)
    return schoon


def per_uur(antwoorden: Mapping[str, str]) -> bool:
    """Whether work is entered as hours x hourly wage (then there are scenarios and a chart)."""
    return antwoorden.get("wv") != "maand"


def geen_huur(antwoorden: Mapping[str, str]) -> bool:
    """'Ik weet het niet / ik huur niet' was ticked."""
    return antwoorden.get("hrn", "").lower() in {"1", "on", "true"}


def als_tekst(waarde) -> str | None:
    """A cleaned form value as it goes into the URL (None: leave the parameter out)."""
    if waarde is None or waarde is False:
        return None
    if waarde is True:
        return "1"
    if isinstance(waarde, dt.date):
        return waarde.isoformat()
    return str(waarde)


def _getal(tekst: str | None) -> float | None:
    if tekst is None or tekst == "":
        return None
    return float(tekst)


def naar_situatie(antwoorden: Mapping[str, str], *, peildatum: dt.date | None = None,
                  uren: float | None = None, met_werk: bool = True) -> dict:
    """The situation dict for `regels.bereken`.

    Call only with answers for which `eerste_open_stap` is None (then every
    value is in its canonical form). `uren` replaces the hours per week;
    `met_werk=False` gives the same situation without the person's own work
    ("nu"); a partner's work stays.
    """
    lv = antwoorden["lv"]
    huishouden: dict = {"leefvorm": LEEFVORM_REGELS[lv], "leeftijd": int(antwoorden["lt"])}
    if lv == "partner":
        huishouden["partner_leeftijd"] = int(antwoorden["plt"])
    if lv != "alleen" and antwoorden.get("kk"):
        huishouden["kinderen"] = [int(k) for k in antwoorden["kk"].split(",")]
    huishouden["kostendelers"] = int(antwoorden["kd"])
    if not geen_huur(antwoorden) and antwoorden.get("hr"):
        huishouden["kale_huur"] = float(antwoorden["hr"])

    situatie: dict = {"huishouden": huishouden}
    if peildatum is not None:
        situatie["peildatum"] = peildatum.isoformat()
    if met_werk:
        if per_uur(antwoorden):
            situatie["werk"] = {
                "uren_per_week": float(antwoorden["u"]) if uren is None else float(uren),
                "bruto_uurloon": float(antwoorden["ul"]),
            }
        elif antwoorden.get("mt") == "netto":
            situatie["werk"] = {"netto_per_maand": float(antwoorden["ml"])}
        else:
            situatie["werk"] = {"bruto_per_maand": float(antwoorden["ml"])}
    if lv == "partner" and _getal(antwoorden.get("pbm")):
        situatie["partner_werk"] = {"bruto_per_maand": float(antwoorden["pbm"])}
    situatie["vrijlating"] = {
        "maanden_gehad": int(antwoorden["vm"]),
        "medisch_urenbeperkt": antwoorden.get("med") == "ja",
    }
    situatie["giften_dit_jaar"] = float(antwoorden.get("gf") or 0)
    return situatie


# Where a field of the rules package is asked: (step, form field).
REGELS_VELD_NAAR_VRAAG = {
    "huishouden.leefvorm": ("leefvorm", "lv"),
    "huishouden.leeftijd": ("leeftijd", "lt"),
    "huishouden.partner_leeftijd": ("leeftijd", "plt"),
    "huishouden.kinderen": ("kinderen", "kk"),
    "huishouden.kostendelers": ("huisgenoten", "kd"),
    "huishouden.kale_huur": ("huur", "hr"),
    "werk": ("werk", None),
    "werk.uren_per_week": ("werk", "u"),
    "werk.bruto_uurloon": ("werk", "ul"),
    "werk.bruto_per_maand": ("werk", "ml"),
    "werk.netto_per_maand": ("werk", "ml"),
    "partner_werk": ("werk", "pbm"),
    "partner_werk.bruto_per_maand": ("werk", "pbm"),
    "vrijlating.maanden_gehad": ("vrijlating", "vm"),
    "vrijlating.medisch_urenbeperkt": ("vrijlating", "med"),
    "giften_dit_jaar": ("giften", "gf"),
}


def vraag_voor_regels_veld(veld: str) -> tuple[Stap, str | None] | None:
    """The question page (and form field) for a field named in `regels.OngeldigeInvoer.fouten`."""
    if veld in REGELS_VELD_NAAR_VRAAG:
        naam, formveld = REGELS_VELD_NAAR_VRAAG[veld]
        return STAP[naam], formveld
    return None


def samenvatting(antwoorden: Mapping[str, str]) -> list[tuple[Stap, str, str]]:
    """Rows for the check-answers page: (step, label, answer as text)."""
    rijen: list[tuple[Stap, str, str]] = []
    lv = antwoorden.get("lv")
    euro = _euro_tekst
    for stap in stappen_voor(antwoorden):
        if stap.naam == "leefvorm":
            rijen.append((stap, "Hoe je woont", dict(forms.LEEFVORMEN).get(lv, "")))
        elif stap.naam == "leeftijd":
            rijen.append((stap, "Je leeftijd", f"{antwoorden.get('lt', '')} jaar"))
            if lv == "partner":
                rijen.append((stap, "Leeftijd van je partner", f"{antwoorden.get('plt', '')} jaar"))
        elif stap.naam == "kinderen":
            kk = antwoorden.get("kk", "")
            tekst = ", ".join(kk.split(",")) + " jaar" if kk else "Geen kinderen jonger dan 18"
            rijen.append((stap, "Leeftijden van de kinderen", tekst))
        elif stap.naam == "huisgenoten":
            rijen.append((stap, f"Andere volwassenen van {forms.KOSTENDELER_LEEFTIJD} of ouder", antwoorden.get("kd", "")))
        elif stap.naam == "huur":
            tekst = "Weet ik niet, of ik huur niet" if geen_huur(antwoorden) or not antwoorden.get("hr") \
                else f"{euro(antwoorden['hr'])} per maand"
            rijen.append((stap, "Kale huur", tekst))
        elif stap.naam == "werk":
            if per_uur(antwoorden):
                tekst = f"{forms.getal_nl(antwoorden.get('u', ''))} uur per week, {euro(antwoorden.get('ul'))} bruto per uur"
            else:
                soort = "netto" if antwoorden.get("mt") == "netto" else "bruto"
                tekst = f"{euro(antwoorden.get('ml'))} {soort} per maand"
            rijen.append((stap, "Je werk", tekst))
            if lv == "partner":
                pbm = antwoorden.get("pbm")
                rijen.append((stap, "Loon van je partner",
                              f"{euro(pbm)} bruto per maand" if pbm else "Mijn partner werkt niet"))
        elif stap.naam == "vrijlating":
            rijen.append((stap, "Maanden vrijlating gehad", antwoorden.get("vm", "")))
            rijen.append((stap, "Medisch urenbeperkt", "Ja" if antwoorden.get("med") == "ja" else "Nee"))
        elif stap.naam == "giften":
            rijen.append((stap, "Giften dit jaar", euro(antwoorden.get("gf") or "0")))
    return rijen


def _euro_tekst(waarde: str | None) -> str:
    from calculator.formatting import euro

    try:
        return euro(waarde or "0")
    except Exception:  # not a number: the step is open anyway
        return waarde or ""
