"""The answers of one person, as they travel in the URL.

This is the one place that knows:

1. the question pages (steps) and their order (`STAPPEN`),
2. the query parameters, how to read them from a request (`lees`, giving
   `Antwoorden`: each step read once by its form) and write them back into
   a URL (`Antwoorden.canoniek`, `query`), and
3. how the cleaned answers become the situation dict of `regels.bereken`
   (`naar_situatie`). Raw text from the URL is never computed with.

Nothing is stored: answers live only in the query string. Unknown
parameters are dropped; a wrong value sends the person back to the step
that asks for it (`Antwoorden.eerste_open_stap`), with the other answers kept.

Query parameters
----------------
=====  ==================================================================
lv     leefvorm: alleen | partner | ouder
lt     your age;  plt: your partner's age, prb: ja | nee the partner has a right to bijstand (only lv=partner)
kk     children's ages, e.g. "4,9" (not for lv=alleen; may be empty for lv=partner)
kd     other adults in the home who are kostendelers (the age comes from regels)
kdj    ja | nee: asked before kd; never in a new link (kd=0 is nee, more is ja)
hr     kale huur per month;  hrn=1: "ik weet het niet / ik huur niet"
hrok   a rent the person confirmed after "Klopt dit?" (above the maximale huurgrens, or implausibly low);
       likewise mlok, pbmok, ou1ok…, gfok, a1mlok…: a monthly wage, a partner's wage, childcare hours, gifts,
       an offer's wage that looked odd (calculator.plausibel)
wv     how work is entered: "" (hours x wage) or "maand"
u, ul  hours per week and gross hourly wage (wv="")
ml, mt monthly wage and whether it is bruto or netto (wv=maand)
pbm    partner's gross monthly wage (only lv=partner, optional)
vm     months of inkomstenvrijlating already had;  med: ja | nee  (defaults 0 and nee: left out of a link)
pvm    the partner's months of vrijlating (partner works; optional)
gf     gifts received this calendar year;  gfm: the month they came in (YYYY-MM; empty: the peildatum's month)
gm     the gemeente (CBS code, e.g. GM0518; typed as its name); empty: skipped. Not asked when the site is run for
       one gemeente (setting GEMEENTE, env DJANGO_GEMEENTE): then that gemeente always applies
kr, kv, ko  costs of working per month: travel, the employer's travel reimbursement, other costs (default 0)
st     first month of work (YYYY-MM) or first day of work (YYYY-MM-DD); empty: the peildatum's month
bt     salary paid per maand | vier_weken | week;  vg: vakantiegeld mei | juni | per_maand
wp     ja | nee: about the same hours every month;  ulo, uhi: hours in a quiet and a busy month
o1…    childcare of child 1, 2, …: geen | dagopvang | bso | gastouder;  ou1…, op1…: hours per month, price per hour
terug  1 while changing an answer from the check page
s1-s3  extra hours to compare on the result page;  pd: peildatum (YYYY-MM-DD)
bm     months of bijstand before the work (only asked beside a gemeente premie that needs it; empty: unknown)
gv     how the gemeente settles income: volgende_maand | zelfde_maand | schatten
gw     how it counts a 4-weekly salary: dertien_twaalfde | per_betaling | werkdagen
a1u    job offers on the comparison page (/vergelijk/), a1 to a4: a<n>u hours per week and a<n>ul gross
a1ul   hourly wage (empty: the hourly wage of the answers), or a<n>ml a wage per month and a<n>mt bruto |
a1ml   netto. Without any, offer 1 is the work of the answers. E.g. a1u=24&a1ul=14.99&a2u=16&a2ul=17.5
a1mt   &a3ml=2100&a3mt=bruto
=====  ==================================================================
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from urllib.parse import urlencode

from django.conf import settings
from django.utils.translation import gettext as _, gettext_lazy, ngettext

from calculator import forms
from calculator.formatting import euro
from calculator.getallen import getal_nl, getal_tekst
import regels.gemeenten
from regels.kalender import maand_iso, maand_tekst, plus_maanden
from regels.uitleg import datum as datum_tekst

def site_gemeente() -> str:
    """The CBS code of the gemeente this site is run for (setting GEMEENTE), or "" for a site for everyone."""
    gemeente = regels.gemeenten.zoek(getattr(settings, "GEMEENTE", ""))
    return gemeente.code if gemeente else ""


LEEFVORM_REGELS = {"alleen": "alleenstaand", "partner": "gehuwd", "ouder": "alleenstaande_ouder"}


@dataclass(frozen=True)
class Stap:
    naam: str  # also the URL slug: /vragen/<naam>/
    kort: str  # the step's name, e.g. as a group's legend on the one-page form (lazy: translated when shown)
    form: type[forms.Vraag]
    velden: tuple[str, ...]
    nodig: Callable[[Mapping[str, str]], bool] = field(default=lambda a: True)
    kern: tuple[str, ...] = ()  # fields whose presence means "answered" (default: all fields)

    def is_aanwezig(self, antwoorden: Mapping[str, str]) -> bool:
        """Whether the URL holds an answer to this step (valid or not).

        A step without `kern` whose every answer has a default always has one; a step with `kern` has one when a
        `kern` field is there (its other fields may have defaults).
        """
        if self.kern:
            return any(veld in antwoorden for veld in self.kern)
        return bool(self.form.standaard) or any(veld in antwoorden for veld in self.velden)

    def formulier(self, antwoorden: Mapping[str, str], data: Mapping[str, str] | None = None) -> forms.Vraag:
        """The step's form, bound to `data` (or to the answers when data is None), defaults filled in."""
        bron = antwoorden if data is None else data
        return self.form({**self.form.standaard, **{k: v for k, v in bron.items() if k in self.velden}},
                         antwoorden=dict(antwoorden))


STAPPEN: tuple[Stap, ...] = (
    Stap("leefvorm", gettext_lazy("Hoe je woont"), forms.LeefvormForm, ("lv",)),
    Stap("leeftijd", gettext_lazy("Leeftijd"), forms.LeeftijdForm, ("lt", "plt", "prb"), kern=("lt",)),
    Stap("kinderen", gettext_lazy("Kinderen"), forms.KinderenForm, ("kk",), nodig=lambda a: a.get("lv") != "alleen"),
    Stap("huisgenoten", gettext_lazy("Andere volwassenen in huis"), forms.HuisgenotenForm, ("kdj", "kd")),
    Stap("huur", gettext_lazy("Kale huur"), forms.HuurForm, ("hr", "hrn", "hrok"), kern=("hr", "hrn")),
    Stap("werk", gettext_lazy("Werk"), forms.WerkForm, ("wv", "u", "ul", "ml", "mt", "pbm", "pu", "pul", "mlok", "pbmok"),
         kern=("u", "ul", "ml", "mt")),
    Stap("werkpatroon", gettext_lazy("Loon per maand of per 4 weken"), forms.WerkpatroonForm, ("st", "bt", "vg", "wp", "ulo", "uhi")),
    Stap("kinderopvang", gettext_lazy("Kinderopvang"), forms.KinderopvangForm,
         tuple(f"{veld}{i}{ok}" for i in range(1, forms.MAX_KINDEREN + 1)
               for veld, ok in (("o", ""), ("ou", ""), ("op", ""), ("ou", forms.BEVESTIGD))),
         nodig=lambda a: a.get("lv") != "alleen" and bool(a.get("kk", "").strip())),
    Stap("kosten", gettext_lazy("Kosten van werken"), forms.KostenWerkForm, ("kr", "kv", "ko", "krok", "kvok", "kook")),
    Stap("vrijlating", gettext_lazy("Vrijlating"), forms.VrijlatingForm, ("vm", "med", "pvm")),
    Stap("gemeente", gettext_lazy("Je gemeente"), forms.GemeenteForm, ("gm",), nodig=lambda a: not site_gemeente()),
    Stap("giften", gettext_lazy("Giften dit jaar"), forms.GiftenForm, ("gf", "gfm", "gfok"), kern=("gf",)),
)
STAP = {stap.naam: stap for stap in STAPPEN}

RESULTAAT_VELDEN = ("s1", "s2", "s3", "pd", "gv", "gw", "bm")
AANBOD_VELDEN = tuple(f"a{n}{veld}" for n in range(1, forms.AANBIEDINGEN + 1)
                      for veld in ("u", "ul", "ml", "mt", "st", "bt", "mlok"))
NAVIGATIE_VELDEN = ("terug",)
ALLE_VELDEN: tuple[str, ...] = (tuple(v for stap in STAPPEN for v in stap.velden) + RESULTAAT_VELDEN + AANBOD_VELDEN
                                + NAVIGATIE_VELDEN)
MAX_LENGTE = 100  # a longer value is not an answer; it is dropped


class Antwoorden(Mapping[str, str]):
    """The answers of one request: the values as they came in the URL, and each step read once by its form.

    As a mapping it holds the raw text (for hidden fields and for showing a wrong answer back). Everything
    that is computed or written into a new link comes from the forms' cleaned values: `schoon()` for
    `naar_situatie`, `canoniek()` for links. So "1.100" is 1100 everywhere, and "14,71" never reaches float().
    """

    def __init__(self, ruw: Mapping[str, str]):
        self._ruw = dict(ruw)
        self._formulieren: dict[str, forms.Vraag] = {}

    def __getitem__(self, naam: str) -> str:
        return self._ruw[naam]

    def __iter__(self):
        return iter(self._ruw)

    def __len__(self) -> int:
        return len(self._ruw)

    def zonder(self, *namen: str) -> Antwoorden:
        return Antwoorden({k: v for k, v in self._ruw.items() if k not in namen})

    def formulier(self, stap: Stap) -> forms.Vraag:
        """The step's form bound to these answers, validated once per request."""
        if stap.naam not in self._formulieren:
            form = stap.formulier(self._ruw)
            form.is_valid()
            self._formulieren[stap.naam] = form
        return self._formulieren[stap.naam]

    def beantwoord(self, stap: Stap) -> bool:
        """Whether the answers hold this step's question and its form accepts them."""
        return stap.is_aanwezig(self._ruw) and not self.formulier(stap).errors

    def stappen(self) -> list[Stap]:
        """The steps this person gets (e.g. no children question for someone living alone)."""
        return [stap for stap in STAPPEN if stap.nodig(self._ruw)]

    def eerste_open_stap(self, tot: Stap | None = None) -> Stap | None:
        """The first step (before `tot`, or of all) that is missing or invalid; None when all are fine."""
        for stap in self.stappen():
            if stap is tot:
                return None
            if not self.beantwoord(stap):
                return stap
        return None

    def schoon(self) -> dict:
        """The cleaned value of every answered step: numbers as int/Decimal, children as a tuple of ages."""
        waarden: dict = {}
        for stap in self.stappen():
            if self.beantwoord(stap):
                waarden.update(self.formulier(stap).cleaned_data)
        return waarden

    def canoniek(self) -> dict[str, str]:
        """The answers as they go into a new link: every answered step in its canonical text, others as typed."""
        tekst = dict(self._ruw)
        for stap in self.stappen():
            if not self.beantwoord(stap):
                continue
            for veld in stap.velden:
                tekst.pop(veld, None)
            for veld, waarde in self.formulier(stap).cleaned_data.items():
                waarde_tekst = als_tekst(waarde)
                if waarde_tekst is not None and not (waarde_tekst == "" and veld in LEEG_WEGLATEN) \
                        and stap.form.standaard.get(veld) != waarde_tekst:
                    tekst[veld] = waarde_tekst
        return opschonen(tekst)


LEEG_WEGLATEN = {"wv"}  # an empty answer here means "not given": it stays out of the link


def lees(querydict: Mapping[str, str]) -> Antwoorden:
    """Known parameters from a QueryDict (last value wins), stripped; unknown ones are dropped."""
    antwoorden = {}
    for naam in ALLE_VELDEN:
        if naam in querydict:
            waarde = querydict.get(naam)
            if isinstance(waarde, str) and len(waarde) <= MAX_LENGTE:
                antwoorden[naam] = waarde.strip()
    return Antwoorden(antwoorden)


def query(antwoorden: Mapping[str, str], zonder: tuple[str, ...] = (), **extra: str) -> str:
    """The query string (without '?'), parameters in a fixed order; `extra` overrides."""
    samen = {**antwoorden, **extra}
    paren = [(naam, samen[naam]) for naam in ALLE_VELDEN if naam in samen and naam not in zonder
             and samen[naam] is not None]
    return urlencode(paren)


def verborgen(antwoorden: Mapping[str, str], zonder: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(name, value) pairs for hidden inputs: every answer except the fields in `zonder`."""
    return [(naam, antwoorden[naam]) for naam in ALLE_VELDEN if naam in antwoorden and naam not in zonder]


def volgende_stap(antwoorden: Antwoorden, huidige: Stap) -> Stap | None:
    lijst = antwoorden.stappen()
    index = next((i for i, s in enumerate(lijst) if s is huidige), -1)
    return lijst[index + 1] if 0 <= index + 1 < len(lijst) else None


def vorige_stap(antwoorden: Antwoorden, huidige: Stap) -> Stap | None:
    lijst = antwoorden.stappen()
    index = next((i for i, s in enumerate(lijst) if s is huidige), 0)
    return lijst[index - 1] if index > 0 else None


def opschonen(antwoorden: Mapping[str, str]) -> dict[str, str]:
    """Drop answers that no longer apply (e.g. a partner's age after choosing 'alleen')."""
    schoon = dict(antwoorden)
    lv = schoon.get("lv")
    if lv in LEEFVORM_REGELS and lv != "partner":
        for veld in ("plt", "pbm", "pu", "pul", "prb", "pbmok"):
            schoon.pop(veld, None)
    if not forms.partner_werkt(schoon):
        schoon.pop("pvm", None)
    if lv == "alleen":
        for veld in ("kk", *STAP["kinderopvang"].velden):
            schoon.pop(veld, None)
    if per_uur(schoon):
        schoon.pop("ml", None)
        schoon.pop("mt", None)
        schoon.pop("mlok", None)
    else:
        schoon.pop("u", None)
        schoon.pop("ul", None)
    if geen_huur(schoon):
        schoon.pop("hr", None)
        schoon.pop("hrok", None)
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
    if isinstance(waarde, Decimal):
        return getal_tekst(waarde)
    if isinstance(waarde, tuple):
        return ",".join(str(deel) for deel in waarde)
    return str(waarde)


def naar_situatie(schoon: Mapping, *, peildatum: dt.date | None = None,
                  uren: float | None = None, met_werk: bool = True) -> dict:
    """The situation dict for `regels.bereken`, from the cleaned answers (`Antwoorden.schoon()`).

    `uren` replaces the hours per week; `met_werk=False` gives the same situation without the person's
    own work ("nu"); a partner's work stays.
    """
    lv = schoon["lv"]
    huishouden: dict = {"leefvorm": LEEFVORM_REGELS[lv], "leeftijd": schoon["lt"]}
    if lv == "partner":
        huishouden["partner_leeftijd"] = schoon["plt"]
        if schoon.get("prb") == "nee":
            huishouden["partner_recht_op_bijstand"] = False
    if lv != "alleen" and schoon.get("kk"):
        huishouden["kinderen"] = list(schoon["kk"])
    huishouden["kostendelers"] = schoon["kd"]
    if not schoon.get("hrn") and schoon.get("hr") is not None:
        huishouden["kale_huur"] = float(schoon["hr"])

    situatie: dict = {"huishouden": huishouden}
    if peildatum is not None:
        situatie["peildatum"] = peildatum.isoformat()
    if met_werk:
        if schoon.get("wv") != "maand":
            situatie["werk"] = {
                "uren_per_week": float(schoon["u"] if uren is None else uren),
                "bruto_uurloon": float(schoon["ul"]),
            }
        elif schoon.get("mt") == "netto":
            situatie["werk"] = {"netto_per_maand": float(schoon["ml"])}
        else:
            situatie["werk"] = {"bruto_per_maand": float(schoon["ml"])}
        situatie["werk"].update(_werkpatroon(schoon, peildatum))
        opvang = _kinderopvang(schoon)
        if opvang:
            situatie["kinderopvang"] = opvang
    if lv == "partner" and schoon.get("pu") and schoon.get("pul"):
        situatie["partner_werk"] = {"uren_per_week": float(schoon["pu"]), "bruto_uurloon": float(schoon["pul"])}
    elif lv == "partner" and schoon.get("pbm"):
        situatie["partner_werk"] = {"bruto_per_maand": float(schoon["pbm"])}
    situatie["vrijlating"] = {
        "maanden_gehad": schoon["vm"],
        "medisch_urenbeperkt": schoon.get("med") == "ja",
    }
    if "partner_werk" in situatie and schoon.get("pvm") is not None:
        situatie["vrijlating"]["partner_maanden_gehad"] = schoon["pvm"]
    situatie["giften_dit_jaar"] = float(schoon.get("gf") or 0)
    if schoon.get("gfm") and situatie["giften_dit_jaar"]:
        # The month of the gifts: the month view counts what is above the limit as income of that month.
        situatie["giften"] = [{"maand": schoon["gfm"].isoformat(), "bedrag": situatie["giften_dit_jaar"]}]
        if schoon["gfm"].year != (peildatum or dt.date.today()).year:
            del situatie["giften_dit_jaar"]  # gifts of another year are not this year's
    gemeente = site_gemeente() or schoon.get("gm")
    if gemeente:
        situatie["gemeente"] = {"code": gemeente}
    kosten = {sleutel: float(schoon[veld]) for veld, sleutel in KOSTEN_VELDEN.items() if schoon.get(veld)}
    if met_werk and kosten:
        situatie["kosten_werk"] = kosten
    return situatie


KOSTEN_VELDEN = {"kr": "reiskosten_per_maand", "kv": "vergoeding_per_maand", "ko": "overige_per_maand"}


def met_aanbod(schoon: Mapping, werk: Mapping) -> dict:
    """The cleaned answers with other work (`forms.AanbodForm.werk()`): the same household, the same way of
    being paid, but the same hours every month (the quiet and busy months belong to the work in the answers)."""
    return {**schoon, "u": None, "ul": None, "ml": None, "mt": None, **werk, "wp": "ja"}


def _werkpatroon(schoon: Mapping, peildatum: dt.date | None) -> dict:
    """The month-by-month part of the work: start, payment, vakantiegeld, and quiet and busy months in turn."""
    patroon = {}
    if schoon.get("bt") not in (None, "maand"):  # "maand" and "mei" are the rules' own defaults too
        patroon["loonbetaling"] = schoon["bt"]
    if schoon.get("vg") not in (None, "mei"):
        patroon["vakantiegeld"] = schoon["vg"]
    if schoon.get("st"):
        patroon["start"] = schoon["st"].isoformat()
    if schoon.get("wp") == "nee" and schoon.get("ulo") is not None and schoon.get("uhi") is not None:
        eerste = schoon.get("st") or (peildatum or dt.date.today()).replace(day=1)
        patroon["rooster"] = [{"maand": maand_iso(plus_maanden(eerste, i)),
                               "uren_per_week": float(schoon["uhi"] if i % 2 else schoon["ulo"])}
                              for i in range(ROOSTER_MAANDEN)]
    return patroon


def _kinderopvang(schoon: Mapping) -> list[dict]:
    """Childcare per child that has it; only with work (without work there is no toeslag and no need for it here)."""
    return [{"kind": i - 1, "soort": schoon[f"o{i}"], "uren_per_maand": float(schoon[f"ou{i}"]),
             "uurprijs": float(schoon[f"op{i}"])}
            for i in range(1, len(schoon.get("kk") or ()) + 1) if schoon.get(f"o{i}", "geen") != "geen"]


ROOSTER_MAANDEN = 24  # quiet and busy months in turn, as long as the month view reaches


# Where a field of the rules package is asked: (step, form field).
REGELS_VELD_NAAR_VRAAG = {
    "huishouden.leefvorm": ("leefvorm", "lv"),
    "huishouden.leeftijd": ("leeftijd", "lt"),
    "huishouden.partner_leeftijd": ("leeftijd", "plt"),
    "huishouden.partner_recht_op_bijstand": ("leeftijd", "prb"),
    "huishouden.kinderen": ("kinderen", "kk"),
    "huishouden.kostendelers": ("huisgenoten", "kd"),
    "huishouden.kale_huur": ("huur", "hr"),
    "werk": ("werk", None),
    "werk.uren_per_week": ("werk", "u"),
    "werk.bruto_uurloon": ("werk", "ul"),
    "werk.bruto_per_maand": ("werk", "ml"),
    "werk.netto_per_maand": ("werk", "ml"),
    "werk.start": ("werkpatroon", "st"),
    "werk.rooster": ("werkpatroon", "ulo"),
    "partner_werk": ("werk", "pbm"),
    "partner_werk.bruto_per_maand": ("werk", "pbm"),
    "partner_werk.uren_per_week": ("werk", "pu"),
    "partner_werk.bruto_uurloon": ("werk", "pul"),
    "kinderopvang": ("kinderopvang", None),
    "vrijlating.maanden_gehad": ("vrijlating", "vm"),
    "vrijlating.medisch_urenbeperkt": ("vrijlating", "med"),
    "vrijlating.partner_maanden_gehad": ("vrijlating", "pvm"),
    "giften_dit_jaar": ("giften", "gf"),
    "gemeente.code": ("gemeente", "gm"),
    **{f"kosten_werk.{sleutel}": ("kosten", veld) for veld, sleutel in KOSTEN_VELDEN.items()},
}


def vraag_voor_regels_veld(veld: str) -> tuple[Stap, str | None] | None:
    """The question page (and form field) for a field named in `regels.OngeldigeInvoer.fouten`."""
    if veld in REGELS_VELD_NAAR_VRAAG:
        naam, formveld = REGELS_VELD_NAAR_VRAAG[veld]
        return STAP[naam], formveld
    if veld.startswith("kinderopvang."):
        return STAP["kinderopvang"], None
    return None


def samenvatting(antwoorden: Antwoorden, alles: bool = True) -> list[tuple[Stap, str, str]]:
    """Rows for the check-answers page: (step, label, answer as text), from the cleaned answers.

    `alles=False` (paper) leaves out the questions that were skipped: no costs of working, no gemeente.
    """
    rijen: list[tuple[Stap, str, str]] = []
    w = antwoorden.schoon()
    lv = w["lv"]
    ja, nee = str(forms.JA), str(forms.NEE)
    for stap in antwoorden.stappen():
        if stap.naam == "leefvorm":
            rijen.append((stap, _("Hoe je woont"), str(dict(forms.LEEFVORMEN)[lv])))
        elif stap.naam == "leeftijd":
            rijen.append((stap, _("Je leeftijd"), _jaar(w["lt"])))
            if lv == "partner":
                rijen.append((stap, _("Leeftijd van je partner"), _jaar(w["plt"])))
                rijen.append((stap, _("Je partner heeft recht op bijstand"), nee if w.get("prb") == "nee" else ja))
        elif stap.naam == "kinderen":
            if w["kk"]:
                # Translators: the ages of the children, e.g. "4, 9 jaar" (4, 9 years); the plural follows the last age.
                tekst = ngettext("%(leeftijden)s jaar", "%(leeftijden)s jaar", w["kk"][-1]) % {
                    "leeftijden": ", ".join(str(k) for k in w["kk"])}
            else:
                # Translators: %(n)s is an age in years.
                tekst = _("Geen kinderen jonger dan %(n)s") % {"n": forms.KIND_JONGER_DAN}
            rijen.append((stap, _("Leeftijden van de kinderen"), tekst))
        elif stap.naam == "huisgenoten":
            # Translators: %(n)s is an age in years.
            rijen.append((stap, _("Andere volwassenen van %(n)s of ouder") % {"n": forms.KOSTENDELER_LEEFTIJD},
                          str(w["kd"]) if w["kd"] else nee))
        elif stap.naam == "huur":
            tekst = (_("Weet ik niet, of ik huur niet") if w.get("hr") is None
                     else _("%(bedrag)s per maand") % {"bedrag": euro(w["hr"])})
            rijen.append((stap, _("Kale huur"), tekst))
        elif stap.naam == "werk":
            if w.get("wv") != "maand":
                tekst = _uren_uurloon(w["u"], w["ul"])
            elif w["mt"] == "netto":
                tekst = _("%(bedrag)s netto per maand") % {"bedrag": euro(w["ml"])}
            else:
                tekst = _("%(bedrag)s bruto per maand") % {"bedrag": euro(w["ml"])}
            rijen.append((stap, _("Je werk"), tekst))
            if lv == "partner":
                pbm = w.get("pbm")
                rijen.append((stap, _("Loon van je partner"),
                              _uren_uurloon(w["pu"], w["pul"]) if w.get("pu")
                              else _("%(bedrag)s bruto per maand") % {"bedrag": euro(pbm)} if pbm
                              else _("Mijn partner werkt niet")))
        elif stap.naam == "werkpatroon":
            rijen.append((stap, _("Begin van je werk"), (maand_tekst(w["st"], met_jaar=True)
                                                         if isinstance(w["st"], forms.Maand) else datum_tekst(w["st"]))
                          if w.get("st") else _("Deze maand")))
            rijen.append((stap, _("Je krijgt loon"), str(dict(forms.WerkpatroonForm.base_fields["bt"].choices)[w["bt"]])))
            rijen.append((stap, _("Vakantiegeld"), str(dict(forms.WerkpatroonForm.base_fields["vg"].choices)[w["vg"]])))
            if w.get("wp") == "nee" and w.get("ulo") is not None:
                # Translators: hours per week that change: a quiet month, then a busy month, in turn.
                rijen.append((stap, _("Uren per maand"), _("Wisselend: om en om %(rustig)s en %(druk)s uur per week")
                              % {"rustig": getal_nl(w["ulo"]), "druk": getal_nl(w["uhi"])}))
        elif stap.naam == "kinderopvang":
            soorten = dict(forms.OPVANG_SOORTEN)
            opvang = [(leeftijd, i) for i, leeftijd in enumerate(w.get("kk") or (), start=1)
                      if w.get(f"o{i}", "geen") != "geen"]
            for leeftijd, i in opvang:
                # Translators: %(leeftijd)s is the child's age in years.
                rijen.append((stap, _("Kinderopvang, kind van %(leeftijd)s") % {"leeftijd": leeftijd},
                              # Translators: the kind of childcare, its hours per month and its price per hour.
                              _("%(soort)s, %(uren)s uur per maand, %(prijs)s per uur")
                              % {"soort": soorten[w[f"o{i}"]], "uren": getal_nl(w[f"ou{i}"]),
                                 "prijs": euro(w[f"op{i}"])}))
            if not opvang:
                rijen.append((stap, _("Kinderopvang"), _("Geen")))
        elif stap.naam == "vrijlating":
            rijen.append((stap, _("Maanden vrijlating gehad"), str(w["vm"])))
            rijen.append((stap, _("Medisch urenbeperkt"), ja if w["med"] == "ja" else nee))
            if "pvm" in antwoorden.formulier(stap).fields:
                rijen.append((stap, _("Maanden vrijlating van je partner"),
                              _("Weet ik niet (zelfde als ik)") if w.get("pvm") is None else str(w["pvm"])))
        elif stap.naam == "giften":
            # Translators: the gifts of this year, and the month in which most came, e.g. "€ 300, vooral in maart 2026".
            tekst = (_("%(bedrag)s, vooral in %(maand)s") % {"bedrag": euro(w["gf"]),
                                                              "maand": maand_tekst(w["gfm"], met_jaar=True)}
                     if w.get("gfm") else euro(w["gf"]))
            rijen.append((stap, _("Giften dit jaar"), tekst))
        elif stap.naam == "kosten" and (alles or any(w.get(veld) for veld in KOSTEN_VELDEN)):
            # Translators: the costs of working: travel, the employer's travel allowance, other costs.
            rijen.append((stap, _("Kosten van werken per maand"),
                          _("reizen %(reizen)s, vergoeding %(vergoeding)s, andere kosten %(andere)s")
                          % {"reizen": euro(w["kr"]), "vergoeding": euro(w["kv"]), "andere": euro(w["ko"])}))
        elif stap.naam == "gemeente" and (alles or w.get("gm")):
            gemeente = regels.gemeenten.zoek(w["gm"]) if w.get("gm") else None
            rijen.append((stap, _("Je gemeente"), regels.gemeenten.weergavenaam(gemeente) if gemeente
                          else _("Niet ingevuld (landelijke regels)")))
    return rijen


def _jaar(leeftijd: int) -> str:
    return ngettext("%(n)s jaar", "%(n)s jaar", leeftijd) % {"n": leeftijd}


def _uren_uurloon(uren: Decimal, uurloon: Decimal) -> str:
    # Translators: hours per week (may have a decimal comma) and a gross hourly wage, e.g. "16 uur per week, € 14,71
    # bruto per uur".
    return _("%(uren)s uur per week, %(uurloon)s bruto per uur") % {"uren": getal_nl(uren), "uurloon": euro(uurloon)}
