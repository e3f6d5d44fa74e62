"""The result page: what you keep per month, now and with work.

Every amount comes from `regels.tijdlijn` (the tables, the cards for other hours) and `regels.bereken` /
`regels.sweep` (the explanations, the chart's other points); this view only
chooses what to show next to what (now versus with work, other hours, the
new rules from 2027) and takes differences between amounts to show them.

With htmx (`request.htmx`) only the part inside #uitkomst is returned: the
same template file, included by the full page.
"""

from __future__ import annotations

import datetime as dt
from decimal import ROUND_HALF_UP, Decimal

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, pgettext
from django.views.decorators.http import require_safe
from django_htmx.http import HttpResponseClientRedirect

import regels
import regels.gemeenten
from regels.gemeenten.effecten import kwijt_vanaf, standaard_verrekening
from regels.kalender import laatste_dag, maand_uit_iso
from calculator import antwoorden as a
from calculator import deellink, forms, grafiek, maandoverzicht
from calculator.formatting import euro_rond
from calculator.getallen import getal_nl
from calculator.views.vragen import foutenlijst, render_vraag, stap_url

# In the months before a rule change (such as the Participatiewet in balans),
# the result page also shows this scenario under the new rules.
NIEUWE_WET_VOORUITKIJKEN = dt.timedelta(days=92)

# Hours to compare with when the person did not choose any (presentation).
STANDAARD_VERGELIJKING = {"s1": "8", "s2": "24", "s3": "32"}
GRAFIEK_UREN = list(range(0, 41))
STROOK_MAANDEN = 12  # the month strip on /samen/ and in the short report: the first year of work
# Translators: button: compute the result again with the changed answers.
KNOP = gettext_lazy("Reken opnieuw")  # the button of the small form on the result page

# Rows of the "now versus with work" table: (key in per_maand, label, uitleg topics).
BRONNEN = [
    ("netto_loon", gettext_lazy("Netto loon"), ("loon",)),
    ("partner_loon", gettext_lazy("Netto loon van je partner"), ("partner_loon",)),
    ("bijstand", gettext_lazy("Bijstand"), ("bijstandsnorm", "bijstand", "vrijlating", "uitstroom")),
    ("zorgtoeslag", gettext_lazy("Zorgtoeslag"), ("zorgtoeslag", "toetsingsinkomen")),
    ("huurtoeslag", gettext_lazy("Huurtoeslag"), ("huurtoeslag",)),
    ("kindgebonden_budget", gettext_lazy("Kindgebonden budget"), ("kindgebonden_budget",)),
    ("kinderbijslag", gettext_lazy("Kinderbijslag"), ("kinderbijslag",)),
    # Translators: "Kinderopvangtoeslag" with a soft hyphen (U+00AD) where the word may break on a phone; keep or move it.
    ("kinderopvangtoeslag", gettext_lazy("Kinderopvang\u00adtoeslag"), ("kinderopvangtoeslag",)),
    ("kinderopvang_kosten", gettext_lazy("Kosten kinderopvang"), ()),
    ("premie_gemeente", gettext_lazy("Premie van je gemeente"), ()),
]
ALTIJD_TONEN = {"netto_loon", "bijstand"}
TOESLAGEN = [("zorgtoeslag", gettext_lazy("Zorgtoeslag")), ("huurtoeslag", gettext_lazy("Huurtoeslag")),
             ("kindgebonden_budget", gettext_lazy("Kindgebonden budget"))]
TOESLAG_NAMEN = dict(TOESLAGEN)
# What the gemeente decides on, in the sentence "Je gemeente beslist over ..." (a list of these).
ONDERWERP_NAMEN = {
    "bijstandsnorm": gettext_lazy("je bijstandsnorm"), "loon": gettext_lazy("je loon"),
    "vrijlating": gettext_lazy("de inkomstenvrijlating"), "bijstand": gettext_lazy("je bijstand"),
    # Translators: one of the things the gemeente decides on ("Je gemeente beslist over ...").
    "uitstroom": gettext_lazy("wanneer je geen bijstand meer nodig hebt"),
    "toetsingsinkomen": gettext_lazy("je toetsingsinkomen"), "zorgtoeslag": gettext_lazy("de zorgtoeslag"),
    "huurtoeslag": gettext_lazy("de huurtoeslag"), "kindgebonden_budget": gettext_lazy("het kindgebonden budget"),
    "kinderbijslag": gettext_lazy("de kinderbijslag"), "giften": gettext_lazy("giften"),
}


def _d(bedrag) -> Decimal:
    return Decimal(str(bedrag))


def _rond(bedrag) -> Decimal:
    """Whole euros, as `euro_rond` shows them (half up)."""
    return _d(bedrag).quantize(Decimal("1"), rounding=ROUND_HALF_UP)


def _uitleg(uitkomst: dict, onderwerpen: tuple[str, ...]) -> list[dict]:
    return [u for o in onderwerpen for u in uitkomst["uitleg"] if u["onderwerp"] == o]


def _uren_tekst(uren: float) -> str:
    return getal_nl(_d(uren))


def _vergelijk_uren(schoon: dict, aanpassen: forms.AanpassenForm) -> list[float]:
    """The person's hours plus up to three others, without doubles, smallest first."""
    uren = {float(schoon["u"])}
    for veld in ("s1", "s2", "s3"):
        waarde = aanpassen.cleaned_data.get(veld)
        if waarde is not None:
            uren.add(float(waarde))
    return sorted(uren)


def _regels_fout(request: HttpRequest, antwoorden: a.Antwoorden, fout: regels.OngeldigeInvoer,
                 aanpassen: forms.AanpassenForm) -> HttpResponse | None:
    """Show a refusal of the rules package at the question it belongs to.

    Returns None when the problem is the peildatum: then the error goes
    into the form on the result page (`aanpassen`).
    """
    for veld, melding in fout.fouten.items():
        if veld == "peildatum":
            aanpassen.add_error("pd", melding)
            return None
        gevonden = a.vraag_voor_regels_veld(veld)
        if gevonden:
            stap, formveld = gevonden
            form = antwoorden.formulier(stap)
            form.add_error(formveld if formveld in form.fields else None, melding)
            return render_vraag(request, stap, antwoorden, form)
    first = next(iter(fout.fouten.values()), _("De berekening lukt niet met deze antwoorden."))
    aanpassen.add_error(None, first)
    return None


def bereken_resultaat(request: HttpRequest, met_scenarios: bool = True) -> HttpResponse | dict:
    """Read the answers and compute everything the result page and the PDF show.

    `met_scenarios`: also the other numbers of hours, each a timeline of its own (only the pages that show them).

    Returns a response instead when the person must first answer a question
    (redirect) or fix an answer the rules package refused (the question page).
    The context has `uitkomst` None when the form on the result page has errors.
    """
    antwoorden = a.lees(request.GET).zonder("terug")
    werkstap = a.STAP["werk"]
    open_stap = antwoorden.eerste_open_stap()
    van_resultaat = bool(request.GET.get("aanpassen"))
    if open_stap is not None and not (open_stap is werkstap and van_resultaat
                                      and antwoorden.eerste_open_stap(tot=werkstap) is None):
        url = stap_url(open_stap, antwoorden)
        return HttpResponseClientRedirect(url) if request.htmx else HttpResponseRedirect(url)

    with regels.onthouden():  # one request computes the same household several times; forgotten at the end
        context, fout = resultaat_context(antwoorden, met_scenarios)
    if fout is not None:
        antwoord = _regels_fout(request, antwoorden, fout, context["aanpassen"])
        if antwoord is not None:
            return antwoord
        context["fouten"] = foutenlijst(context["werkform"], context["aanpassen"], context["verrekening"])
    return context


def resultaat_context(antwoorden: a.Antwoorden,
                      met_scenarios: bool = True) -> tuple[dict, regels.OngeldigeInvoer | None]:
    """Everything the result shows, for answers that are complete (apart from the work on the result page).

    Also returns the refusal of the rules package, if any (then `uitkomst` is None): the caller shows it where
    the answer is asked. Used by the result page, the PDFs and the one-page form.
    """
    werkform = antwoorden.formulier(a.STAP["werk"])
    # A wage typed in the small form that looks odd: "Klopt dit?" there, confirmed with its button.
    forms.knop_in_controles(werkform, KNOP)
    standaard = STANDAARD_VERGELIJKING if a.per_uur(antwoorden) else {}
    aanpassen = forms.AanpassenForm({k: antwoorden.get(k, standaard.get(k, "")) for k in a.RESULTAAT_VELDEN})
    aanpassen.is_valid()
    eigen = verrekening_van_gemeente(antwoorden)
    verrekening = forms.VerrekeningForm({k: antwoorden.get(k) or eigen.get(k) or v
                                         for k, v in forms.VerrekeningForm.standaard.items()},
                                        per_vier_weken=antwoorden.formulier(a.STAP["werkpatroon"]).cleaned_data.get(
                                            "bt") == "vier_weken")
    verrekening.is_valid()
    canoniek = antwoorden.canoniek()

    context = {
        "antwoorden": antwoorden,
        "werkform": werkform,
        "aanpassen": aanpassen,
        "per_uur": a.per_uur(antwoorden),
        # A wrong months-of-bijstand answer is shown in this form, so it can be fixed there (not carried hidden).
        "verborgen": a.verborgen(canoniek, zonder=("wv", "u", "ul", "ml", "mt", "mlok", "s1", "s2", "s3", "pd")
                                 + (("bm",) if aanpassen.errors.get("bm") else ())),
        "verborgen_verrekening": a.verborgen(canoniek, zonder=("gv", "gw")),
        "verborgen_bm": a.verborgen(canoniek, zonder=("bm",)),
        "verrekening": verrekening,
        "controle_url": f"{reverse('controle')}?{a.query(canoniek, zonder=a.RESULTAAT_VELDEN + a.AANBOD_VELDEN)}",
        "uitkomst": None,
    }
    fout = None
    if not werkform.errors and not aanpassen.errors and not verrekening.errors:
        peildatum = aanpassen.cleaned_data["pd"]
        try:
            context.update(_bereken(antwoorden.schoon(), aanpassen, verrekening, peildatum, met_scenarios))
        except regels.OngeldigeInvoer as weigering:
            fout = weigering
        else:
            # The answers in canonical form with this peildatum: the link opens exactly this result again.
            keuzes = {k: a.als_tekst(aanpassen.cleaned_data.get(k)) for k in ("s1", "s2", "s3") if k in antwoorden}
            context["deel_query"] = a.query(canoniek, pd=peildatum.isoformat(), **keuzes)
    context["fouten"] = foutenlijst(werkform, aanpassen, verrekening)
    context["alleen_controle"] = forms.alleen_controle(werkform, aanpassen, verrekening)
    return context, fout


@require_safe
def resultaat(request: HttpRequest) -> HttpResponse:
    context = bereken_resultaat(request)
    if isinstance(context, HttpResponse):
        return context
    template = "resultaat/_uitkomst.html" if request.htmx else "resultaat/pagina.html"
    return render(request, template, context)


@require_safe
def meenemen(request: HttpRequest) -> HttpResponse:
    """Meenemen op je telefoon: the result's link as a large QR code, and as text to copy. Nothing is stored."""
    context = bereken_resultaat(request, met_scenarios=False)
    if isinstance(context, HttpResponse):
        return context
    if context["uitkomst"] is None:
        return HttpResponseRedirect(f"{reverse('resultaat')}?{request.GET.urlencode()}")
    link = deellink.resultaat_link(request, context["deel_query"])
    return render(request, "resultaat/meenemen.html", {
        "link": link,
        "qr": deellink.qr_svg_scherm(link),
        "kop": context["kop"],
        "terug_url": f"{reverse('resultaat')}?{context['deel_query']}",
    })


def gemeente_keuze(verrekening: forms.VerrekeningForm) -> dict:
    """How the gemeente settles income, as the rules package reads it."""
    gemeente = {"verrekening": verrekening.cleaned_data["gv"]}
    if "gw" in verrekening.cleaned_data:
        gemeente["vier_weken"] = verrekening.cleaned_data["gw"]
    return gemeente


def _maand_voor_maand(lijn: dict, peildatum: dt.date) -> dict:
    """The month view of the timeline ("met werk") and the dated steps a person takes, for the page and the PDF."""
    uitkomst = lijn["met_werk"]
    rijen = maandoverzicht.rijen(uitkomst)
    eerste_loon = next((r for r in rijen if r["loon"]), None)
    weken = int(regels.waarde(regels.DOORGEVEN_WEKEN, peildatum))
    terug = sum(t["terugbetalen_zonder_doorgeven"] for jaar in uitkomst["toeslagen_jaar"].values() for t in jaar.values())
    apart = lijn["aandachtspunten"]["apart_zetten"]  # the first deduction of this work's income, if set aside
    eerste_aftrek = next((r for r in rijen if apart and r["maand"] == maand_uit_iso(apart["afgetrokken_in"])),
                         None)
    stopt = lijn["vrijlating_stopt"]
    # The months in which the income passes a minimaregeling's limit, or comes back under it: tell the gemeente.
    grenzen = [{"maand": r["naam"], "naam": naam, "boven": boven} for r in rijen
               for boven, namen in ((True, r["boven_grens"]), (False, r["onder_grens"])) for naam in namen]
    return {
        "rijen": maandoverzicht.samengevoegd(rijen),
        "strook": [r for r in rijen if r["maand"] >= maand_uit_iso(lijn["start"])][:STROOK_MAANDEN],
        "grafiek": maandoverzicht.grafiek(rijen),
        "verrekening": uitkomst["verrekening"],
        "uitkomst": uitkomst,
        "onder_norm": [r for r in rijen if r["onder_norm"]],
        "bufferbudget": any(r["bufferbudget"] for r in rijen),
        "kinderbijslag": any(r["kinderbijslag"] for r in rijen),
        "kinderopvang": any(r["kinderopvang_eigen_deel"] for r in rijen),
        "kolommen": 5 + any(r["kinderbijslag"] for r in rijen),
        "kosten": any(r["kosten"] for r in rijen),
        "acties": {
            "eerste_loon": eerste_loon,
            "doorgeven_uiterlijk": (laatste_dag(eerste_loon["maand"]) + dt.timedelta(weeks=weken)) if eerste_loon else None,
            "doorgeven_weken": weken,
            "terug_zonder_doorgeven": _d(terug),
            "eerste_aftrek": eerste_aftrek,
            "apart_zetten": _d(apart["bedrag"]) if apart else None,
            "vrijlating_stopt": maand_uit_iso(stopt) if stopt else None,
            # The month in which that salary is deducted (the bijstand gets lower then).
            "vrijlating_stopt_merkbaar": next((r for r in rijen if stopt and r["verrekend_van"] == maand_uit_iso(stopt)),
                                              None),
            "terugvordering": next((r for r in rijen if r["terugvordering"]), None),
            "grenzen": grenzen,
            "grens_namen": {x["naam"] for x in grenzen if x["boven"]},
            "vakantiegeld_binnen": int(regels.waarde(regels.VAKANTIETOESLAG_NA_EINDE, peildatum)),
            "kinderopvangtoeslag": _kinderopvangtoeslag_aanvragen(lijn["aandachtspunten"]["kinderopvangtoeslag_aanvragen"]),
        },
        # Per year what to pay back without passing on the new income: "€ 120 zorgtoeslag", for a list in a sentence.
        "toeslagen_terug": [(jaar, [_terug_tekst(t["terugbetalen_zonder_doorgeven"], TOESLAG_NAMEN[naam])
                                    for naam, t in per.items() if t["terugbetalen_zonder_doorgeven"]])
                            for jaar, per in uitkomst["toeslagen_jaar"].items()],
        "terugvorderingsgrens": regels.waarde(regels.TERUGVORDERING_NIET_TOT, peildatum),
    }


def _terug_tekst(bedrag, toeslag) -> str:
    # Translators: an amount and a toeslag, one item of a list of what to pay back, e.g. "€ 120 zorgtoeslag".
    return pgettext("terugbetalen", "%(bedrag)s %(toeslag)s") % {"bedrag": euro_rond(bedrag),
                                                                 "toeslag": str(toeslag).lower()}


def _kinderopvangtoeslag_aanvragen(aanvragen: dict | None) -> dict | None:
    """The first month of childcare and the day before which to apply (dates for the template)."""
    if aanvragen is None:
        return None
    return {**aanvragen, "opvang_vanaf": maand_uit_iso(aanvragen["opvang_vanaf"]),
            "aanvragen_voor": dt.date.fromisoformat(aanvragen["aanvragen_voor"])}


def met_kosten(lijn: dict) -> bool:
    """Whether the person gave costs of working that change what they keep (the headline then says "na kosten")."""
    return any(m["kosten_van_werken"] for m in lijn["met_werk"]["maanden"])


def kop_fasen(lijn: dict) -> list[dict]:
    """The headline's phases: each run of months with the same vrijlating rule, in words for the template; with costs
    of working, what is left after them."""
    fasen = []
    na_kosten = met_kosten(lijn)
    for f in lijn["fasen"]:
        gewoon = f["gewoon_na_kosten"] if na_kosten else f["gewoon"]
        verschil = _rond(f["verschil_na_kosten"] if na_kosten else f["verschil"])
        vakantiegeld = [(maand_uit_iso(b["maand"]), _rond(b["vakantiegeld"])) for b in f["bijzonder"]
                        if b["vakantiegeld"]]
        kinderbijslag = [b["kinderbijslag"] for b in f["bijzonder"] if b["kinderbijslag"]]
        fasen.append({
            "van": maand_uit_iso(f["van"]), "tot": maand_uit_iso(f["tot"]), "maanden": f["maanden"],
            "tot_einde": f["tot_einde"], "gewoon": _rond(gewoon), "nu": _rond(f["nu_gewoon"]),
            "verschil": abs(verschil), "richting": _richting(verschil, Decimal(0)),
            "vakantiegeld": vakantiegeld,
            "kinderbijslag": _rond(kinderbijslag[0]) if kinderbijslag else None,
            "vrijlating": f["vrijlating_percentage"] > 0,
        })
    return fasen


def met_partner(per_maand: dict, nu: dict) -> dict:
    """An average month of `bereken` with the partner's wage as a source of its own, as in the timeline's table:
    `bereken` counts both wages in `netto_loon` and `bruto_loon`; "nu" (without the person's work) is the partner's."""
    return {**per_maand, "partner_loon": nu["netto_loon"],
            "netto_loon": round(per_maand["netto_loon"] - nu["netto_loon"], 2),
            "bruto_loon": round(per_maand["bruto_loon"] - nu["bruto_loon"], 2)}


def _bereken(schoon: dict, aanpassen: forms.AanpassenForm, verrekening: forms.VerrekeningForm,
             peildatum: dt.date, met_scenarios: bool) -> dict:
    situatie = a.naar_situatie(schoon, peildatum=peildatum)
    if situatie.get("gemeente") and aanpassen.cleaned_data.get("bm") is not None:
        situatie["gemeente"]["maanden_bijstand"] = aanpassen.cleaned_data["bm"]
    situatie_lijn = {**situatie, "gemeente": {**situatie.get("gemeente", {}), **gemeente_keuze(verrekening)}}
    lijn = regels.tijdlijn(situatie_lijn)
    start = maand_uit_iso(lijn["start"])
    # The explanations, the uitstroom and the chart's other hours: the rules of the first month of work, never
    # today's rules for a later month.
    regels_datum = min(max(peildatum, start), regels.peildatum_bereik()[1])
    situatie_start = {**situatie, "peildatum": regels_datum.isoformat()}
    scenario = regels.bereken(situatie_start)
    nu = regels.bereken(a.naar_situatie(schoon, peildatum=regels_datum, met_werk=False))
    met_pb, nu_pb = lijn["per_bron"]["met_werk"], lijn["per_bron"]["nu"]
    sc, hu = met_pb, nu_pb
    fasen = kop_fasen(lijn)

    totaal_met, totaal_nu = _rond(met_pb["totaal"]), _rond(nu_pb["totaal"])
    kop = {
        "uren": _uren_tekst(schoon["u"]) if a.per_uur(schoon) else None,
        "uurloon": situatie["werk"].get("bruto_uurloon"),
        "start": start,
        "met": totaal_met,
        "nu": totaal_nu,
        "verschil": abs(totaal_met - totaal_nu),
        "richting": _richting(totaal_met, totaal_nu),
        "fasen": fasen,
        # What the vrijlating question assumed ("weet ik niet" is 0 months, not medisch urenbeperkt): said under the result.
        "vrijlating_gehad": schoon["vm"],
        "medisch": schoon["med"] == "ja",
        "giften_leeg": not schoon.get("gf"),  # empty or 0: said under the headline
        "na_kosten": met_kosten(lijn),
        "kosten": _d(met_pb["kosten_van_werken"]),
    }

    rijen, niet_van_toepassing = [], []
    for sleutel, label, onderwerpen in BRONNEN:
        if sleutel not in ALTIJD_TONEN and not sc[sleutel] and not hu[sleutel]:
            if _uitleg(scenario, onderwerpen):
                niet_van_toepassing.append({"label": label, "uitleg": _uitleg(scenario, onderwerpen)})
            continue
        rijen.append({
            "sleutel": sleutel, "label": label, "nu": hu[sleutel], "met": sc[sleutel],
            "uitleg": _uitleg(scenario, onderwerpen),
        })
    periode = {"van": maand_uit_iso(lijn["per_bron"]["van"]), "tot": maand_uit_iso(lijn["per_bron"]["tot"]),
               "maanden": lijn["per_bron"]["maanden"], "vrijlating": _d(met_pb["vrijlating"]),
               "bijstand": _d(met_pb["bijstand"]), "totaal_met": met_pb["totaal"], "totaal_nu": nu_pb["totaal"],
               "kosten": met_pb["kosten_van_werken"] if met_kosten(lijn) else None,
               "kosten_af": -_d(met_pb["kosten_van_werken"]),
               "totaal_met_na_kosten": met_pb["totaal_na_kosten"]}

    scenarios, grafiek_data, gemeente_regelingen = [], None, []
    if a.per_uur(schoon):
        gekozen = float(schoon["u"])
        punten = regels.sweep(situatie_start, GRAFIEK_UREN, met_uitleg=False)  # the chart uses amounts only
        # Each other number of hours is a timeline of its own (same household, same calendar): its card and its
        # column on paper are the same first 12 months of work as the table "Nu en met werk".
        vergelijk_uren = _vergelijk_uren(schoon, aanpassen) if met_scenarios else []
        andere = [u for u in vergelijk_uren if u != gekozen]
        per_uren = {u: andere_lijn["per_bron"]["met_werk"]
                    for u, andere_lijn in zip(andere, regels.tijdlijnen(situatie_lijn, andere, nu=lijn["nu"]))}
        for uren in vergelijk_uren:
            pm = sc if uren == gekozen else per_uren[uren]
            scenarios.append({
                "uren": _uren_tekst(uren), "gekozen": uren == gekozen, "per_maand": pm,
                "verschil": _rond(pm["totaal"]) - totaal_nu,
                "verschil_abs": abs(_rond(pm["totaal"]) - totaal_nu),
                "bronnen": [(label, pm.get(sleutel, 0.0)) for sleutel, label, _ in BRONNEN
                            if sleutel in ALTIJD_TONEN or any(r["sleutel"] == sleutel for r in rijen)],
            })
        # The chart agrees with the timeline: 0 hours is "nu", the chosen hours "met werk" (the first year's average
        # of the months); the other hours are the average month under the rules of the first month of work.
        vast = {0.0: nu_pb, gekozen: met_pb}
        gemeente_regelingen = kwijt_vanaf(GRAFIEK_UREN, punten)
        grafiek_data = grafiek.maak(GRAFIEK_UREN, [{"per_maand": met_partner(p["per_maand"], nu["per_maand"])}
                                                   for p in punten], gekozen, gemeente_regelingen, vast)

    toeslagen = []
    for sleutel, label in TOESLAGEN:
        if not sc[sleutel] and not hu[sleutel]:
            continue
        per_maand = _d(sc[sleutel]) - _d(hu[sleutel])
        toeslagen.append({"label": label, "nu": hu[sleutel], "met": sc[sleutel],
                          "per_maand": per_maand, "per_jaar": per_maand * 12})
    toeslagen_per_jaar = sum((t["per_jaar"] for t in toeslagen), Decimal(0))

    nieuwe_wet = None
    wijziging = regels.volgende_wetswijziging(peildatum)
    fase = next((f for f in fasen if wijziging and f["van"] <= wijziging <= f["tot"]
                 and f is not fasen[0]), None) if wijziging and wijziging > start else None
    if fase and wijziging - peildatum <= NIEUWE_WET_VOORUITKIJKEN:
        # What the timeline shows from the change on, next to the months before it; the explanation of the new rule
        # comes from a calculation on that date.
        straks = regels.bereken(a.naar_situatie(schoon, peildatum=wijziging))
        ervoor = fasen[fasen.index(fase) - 1]
        nieuwe_wet = {
            "datum": wijziging,
            "totaal": fase["gewoon"],
            "verschil": abs(fase["gewoon"] - ervoor["gewoon"]),
            "richting": _richting(fase["gewoon"], ervoor["gewoon"]),
            "uitleg": _uitleg(straks, ("vrijlating",)),
            "waarschuwingen": [w for w in straks["waarschuwingen"] if w not in scenario["waarschuwingen"]],
        }

    giften_uitleg = _uitleg(scenario, ("giften",))
    waarschuwingen = list(dict.fromkeys(scenario["waarschuwingen"] + nu["waarschuwingen"]))
    gemeente = list(dict.fromkeys(str(ONDERWERP_NAMEN.get(u["onderwerp"], u["onderwerp"]))
                                  for u in scenario["uitleg"] if u["gemeente_beslist"]))

    return {
        "uitkomst": scenario,
        "nu": nu,
        "peildatum": peildatum,
        "is_vandaag": peildatum == dt.date.today(),
        "kop": kop,
        "rijen": rijen,
        "niet_van_toepassing": niet_van_toepassing,
        "scenarios": scenarios,
        "grafiek": grafiek_data,
        "gemeente_regelingen": gemeente_regelingen,
        # A premie of the gemeente that depends on how long someone has had bijstand: asked beside it.
        "premie_vraag": any(p["min_maanden_bijstand"] for p in (scenario.get("gemeente") or {}).get("premies", [])),
        "giften": scenario["giften"],
        "giften_uitleg": giften_uitleg,
        "giften_bronnen": list(dict.fromkeys((u["bron"], u["url"]) for u in giften_uitleg)),
        "toeslagen": toeslagen,
        "toeslagen_per_jaar": toeslagen_per_jaar,
        "toeslagen_verandert": any(t["per_maand"] for t in toeslagen),
        "toeslagen_terug": -toeslagen_per_jaar if toeslagen_per_jaar < 0 else Decimal(0),
        "toetsingsinkomen": {"nu": nu["per_jaar"]["toetsingsinkomen"],
                             "met": scenario["per_jaar"]["toetsingsinkomen"],
                             "uitleg": _uitleg(scenario, ("toetsingsinkomen",))},
        "nieuwe_wet": nieuwe_wet,
        "waarschuwingen": waarschuwingen,
        "gemeente_beslist": gemeente,
        "maanden": _maand_voor_maand(lijn, peildatum),
        "tijdlijn": lijn,
        "periode": periode,
        "regels_datum": regels_datum,
        "doorgeven_weken": int(regels.waarde(regels.DOORGEVEN_WEKEN, peildatum)),
    }


def verrekening_van_gemeente(antwoorden: a.Antwoorden) -> dict[str, str]:
    """The gemeente's own verrekening (gv) and 4-weekly method (gw), as the default of the result page's choice."""
    code = a.site_gemeente() or antwoorden.schoon().get("gm")
    gemeente = regels.gemeenten.profiel(code) if code else None
    gv, gw = standaard_verrekening(gemeente, dt.date.today())
    return {k: v for k, v in (("gv", gv), ("gw", gw)) if v}


def _richting(met: Decimal, nu: Decimal) -> str:
    return "meer" if met > nu else "minder" if met < nu else "gelijk"
