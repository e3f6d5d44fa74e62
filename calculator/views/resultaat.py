"""The result page: what you keep per month, now and with work.

Every amount comes from `regels.bereken` / `regels.sweep`; this view only
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
from django.views.decorators.http import require_safe
from django_htmx.http import HttpResponseClientRedirect

import regels
import regels.gemeenten
from regels.gemeenten.effecten import kwijt_vanaf, standaard_verrekening
from regels.kalender import laatste_dag
from calculator import antwoorden as a
from calculator import deellink, forms, grafiek, maandoverzicht
from calculator.getallen import getal_nl
from calculator.views.vragen import foutenlijst, render_vraag, stap_url

# In the months before a rule change (such as the Participatiewet in balans),
# the result page also shows this scenario under the new rules.
NIEUWE_WET_VOORUITKIJKEN = dt.timedelta(days=92)

# Hours to compare with when the person did not choose any (presentation).
STANDAARD_VERGELIJKING = {"s1": "8", "s2": "24", "s3": "32"}
GRAFIEK_UREN = list(range(0, 41))
KNOP = "Reken opnieuw"  # the button of the small form on the result page

# Rows of the "now versus with work" table: (key in per_maand, label, uitleg topics).
BRONNEN = [
    ("netto_loon", "Netto loon", ("loon",)),
    ("bijstand", "Bijstand", ("bijstandsnorm", "bijstand", "vrijlating", "uitstroom")),
    ("zorgtoeslag", "Zorgtoeslag", ("zorgtoeslag", "toetsingsinkomen")),
    ("huurtoeslag", "Huurtoeslag", ("huurtoeslag",)),
    ("kindgebonden_budget", "Kindgebonden budget", ("kindgebonden_budget",)),
    ("kinderbijslag", "Kinderbijslag", ("kinderbijslag",)),
    ("kinderopvangtoeslag", "Kinderopvang\u00adtoeslag", ("kinderopvangtoeslag",)),  # may break on a phone
    ("kinderopvang_kosten", "Kosten kinderopvang", ()),
]
ALTIJD_TONEN = {"netto_loon", "bijstand"}
TOESLAGEN = [("zorgtoeslag", "Zorgtoeslag"), ("huurtoeslag", "Huurtoeslag"),
             ("kindgebonden_budget", "Kindgebonden budget")]
TOESLAG_NAMEN = dict(TOESLAGEN)
ONDERWERP_NAMEN = {
    "bijstandsnorm": "je bijstandsnorm", "loon": "je loon", "vrijlating": "de inkomstenvrijlating",
    "bijstand": "je bijstand", "uitstroom": "wanneer je geen bijstand meer nodig hebt",
    "toetsingsinkomen": "je toetsingsinkomen", "zorgtoeslag": "de zorgtoeslag", "huurtoeslag": "de huurtoeslag",
    "kindgebonden_budget": "het kindgebonden budget", "kinderbijslag": "de kinderbijslag", "giften": "giften",
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
    first = next(iter(fout.fouten.values()), "De berekening lukt niet met deze antwoorden.")
    aanpassen.add_error(None, first)
    return None


def bereken_resultaat(request: HttpRequest) -> HttpResponse | dict:
    """Read the answers and compute everything the result page and the PDF show.

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
        context, fout = resultaat_context(antwoorden)
    if fout is not None:
        antwoord = _regels_fout(request, antwoorden, fout, context["aanpassen"])
        if antwoord is not None:
            return antwoord
        context["fouten"] = foutenlijst(context["werkform"], context["aanpassen"], context["verrekening"])
    return context


def resultaat_context(antwoorden: a.Antwoorden) -> tuple[dict, regels.OngeldigeInvoer | None]:
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
    eigen = _verrekening_van_gemeente(antwoorden)
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
        "verborgen": a.verborgen(canoniek, zonder=("wv", "u", "ul", "ml", "mt", "mlok", "s1", "s2", "s3", "pd")),
        "verborgen_verrekening": a.verborgen(canoniek, zonder=("gv", "gw")),
        "verrekening": verrekening,
        "controle_url": f"{reverse('controle')}?{a.query(canoniek, zonder=a.RESULTAAT_VELDEN + a.AANBOD_VELDEN)}",
        "uitkomst": None,
    }
    fout = None
    if not werkform.errors and not aanpassen.errors and not verrekening.errors:
        peildatum = aanpassen.cleaned_data["pd"]
        try:
            context.update(_bereken(antwoorden.schoon(), aanpassen, verrekening, peildatum))
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
    context = bereken_resultaat(request)
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


def _maand_voor_maand(situatie: dict, verrekening: forms.VerrekeningForm) -> dict:
    """The month view (regels.maanden) and the dated steps a person takes, for the page and the PDF."""
    gemeente = {**situatie.get("gemeente", {}), "verrekening": verrekening.cleaned_data["gv"]}
    if "gw" in verrekening.cleaned_data:
        gemeente["vier_weken"] = verrekening.cleaned_data["gw"]
    uitkomst = regels.maanden({**situatie, "gemeente": gemeente})
    rijen = maandoverzicht.rijen(uitkomst)
    peildatum = dt.date.fromisoformat(situatie["peildatum"])
    eerste_loon = next((r for r in rijen if r["loon"]), None)
    weken = int(regels.waarde(regels.DOORGEVEN_WEKEN, peildatum))
    terug = sum(t["terugbetalen_zonder_doorgeven"] for jaar in uitkomst["toeslagen_jaar"].values() for t in jaar.values())
    eerste_aftrek = next((r for r in rijen if r["verrekend_inkomen"]), None)
    vrijlating_stopt = next((r for vorige, r in zip(rijen, rijen[1:]) if vorige["vrijlating"] and not r["vrijlating"]
                             and r["verrekend_inkomen"]), None)
    return {
        "rijen": rijen,
        "grafiek": maandoverzicht.grafiek(rijen),
        "verrekening": gemeente["verrekening"],
        "uitkomst": uitkomst,
        "onder_norm": [r for r in rijen if r["onder_norm"]],
        "bufferbudget": any(r["bufferbudget"] for r in rijen),
        "kinderbijslag": any(r["kinderbijslag"] for r in rijen),
        "kinderopvang": any(r["kinderopvang_eigen_deel"] for r in rijen),
        "kolommen": 5 + any(r["kinderbijslag"] for r in rijen),
        "acties": {
            "eerste_loon": eerste_loon,
            "doorgeven_uiterlijk": (laatste_dag(eerste_loon["maand"]) + dt.timedelta(weeks=weken)) if eerste_loon else None,
            "doorgeven_weken": weken,
            "terug_zonder_doorgeven": _d(terug),
            "eerste_aftrek": eerste_aftrek,
            "apart_zetten": _d(eerste_aftrek["verrekend_inkomen"] - eerste_aftrek["vrijlating"]) if eerste_aftrek
            and gemeente["verrekening"] == "volgende_maand" else None,
            "vrijlating_stopt": vrijlating_stopt,
            "terugvordering": next((r for r in rijen if r["terugvordering"]), None),
            "vakantiegeld_binnen": int(regels.waarde(regels.VAKANTIETOESLAG_NA_EINDE, peildatum)),
        },
        "toeslagen_terug": [(jaar, [(TOESLAG_NAMEN[naam], t["terugbetalen_zonder_doorgeven"]) for naam, t in per.items()
                                    if t["terugbetalen_zonder_doorgeven"]])
                            for jaar, per in uitkomst["toeslagen_jaar"].items()],
        "terugvorderingsgrens": regels.waarde(regels.TERUGVORDERING_NIET_TOT, peildatum),
    }


def met_opvangkosten(per_maand: dict) -> dict:
    """The childcare bill as a row of its own (negative), so the rows add up to the total."""
    kosten = _d(per_maand["kinderopvangtoeslag"]) + _d(per_maand["kinderopvang_eigen_deel"])
    return {**per_maand, "kinderopvang_kosten": float(-kosten)}


def _bereken(schoon: dict, aanpassen: forms.AanpassenForm, verrekening: forms.VerrekeningForm,
             peildatum: dt.date) -> dict:
    situatie = a.naar_situatie(schoon, peildatum=peildatum)
    scenario = regels.bereken(situatie)
    nu = regels.bereken(a.naar_situatie(schoon, peildatum=peildatum, met_werk=False))
    sc, hu = met_opvangkosten(scenario["per_maand"]), met_opvangkosten(nu["per_maand"])
    fasen = [{"maanden": f["maanden"], "totaal": _rond(f["per_maand"]["totaal"]),
              "verschil": abs(_rond(f["per_maand"]["totaal"]) - _rond(hu["totaal"])),
              "richting": _richting(_rond(f["per_maand"]["totaal"]), _rond(hu["totaal"]))}
             for f in regels.verloop(situatie)]

    totaal_met, totaal_nu = _rond(sc["totaal"]), _rond(hu["totaal"])
    kop = {
        "uren": _uren_tekst(schoon["u"]) if a.per_uur(schoon) else None,
        "uurloon": situatie["werk"].get("bruto_uurloon"),
        "met": totaal_met,
        "nu": totaal_nu,
        "verschil": abs(totaal_met - totaal_nu),
        "richting": _richting(totaal_met, totaal_nu),
        "fasen": fasen if len(fasen) > 1 else None,
        # What the vrijlating question assumed ("weet ik niet" is 0 months, not medisch urenbeperkt): said under the result.
        "vrijlating_gehad": schoon["vm"],
        "medisch": schoon["med"] == "ja",
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

    scenarios, grafiek_data, gemeente_regelingen = [], None, []
    if a.per_uur(schoon):
        gekozen = float(schoon["u"])
        punten = regels.sweep(situatie, GRAFIEK_UREN, met_uitleg=False)  # the chart and the cards use amounts only
        per_uren = dict(zip(GRAFIEK_UREN, punten))
        for uren in _vergelijk_uren(schoon, aanpassen):
            uitkomst = scenario if uren == gekozen else per_uren.get(uren) or regels.bereken(
                a.naar_situatie(schoon, peildatum=peildatum, uren=uren))
            pm = met_opvangkosten(uitkomst["per_maand"])
            scenarios.append({
                "uren": _uren_tekst(uren), "gekozen": uren == gekozen, "per_maand": pm,
                "verschil": _rond(pm["totaal"]) - totaal_nu,
                "verschil_abs": abs(_rond(pm["totaal"]) - totaal_nu),
                "bronnen": [(label, pm[sleutel]) for sleutel, label, _ in BRONNEN
                            if sleutel in ALTIJD_TONEN or any(r["sleutel"] == sleutel for r in rijen)],
            })
        grafiek_data = grafiek.maak(GRAFIEK_UREN, punten, gekozen)
        gemeente_regelingen = kwijt_vanaf(GRAFIEK_UREN, punten)

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
    if wijziging and wijziging - peildatum <= NIEUWE_WET_VOORUITKIJKEN:
        straks = regels.bereken(a.naar_situatie(schoon, peildatum=wijziging))
        straks_totaal = _rond(straks["per_maand"]["totaal"])
        nieuwe_wet = {
            "datum": wijziging,
            "uitkomst": straks,
            "totaal": straks_totaal,
            "verschil": abs(straks_totaal - totaal_met),
            "richting": _richting(straks_totaal, totaal_met),
            "uitleg": _uitleg(straks, ("vrijlating",)),
            "waarschuwingen": [w for w in straks["waarschuwingen"] if w not in scenario["waarschuwingen"]],
        }

    giften_uitleg = _uitleg(scenario, ("giften",))
    waarschuwingen = list(dict.fromkeys(scenario["waarschuwingen"] + nu["waarschuwingen"]))
    gemeente = list(dict.fromkeys(ONDERWERP_NAMEN.get(u["onderwerp"], u["onderwerp"])
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
        "maanden": _maand_voor_maand(situatie, verrekening),
        "doorgeven_weken": int(regels.waarde(regels.DOORGEVEN_WEKEN, peildatum)),
    }


def _verrekening_van_gemeente(antwoorden: a.Antwoorden) -> dict[str, str]:
    """The gemeente's own verrekening (gv) and 4-weekly method (gw), as the default of the result page's choice."""
    code = a.site_gemeente() or antwoorden.schoon().get("gm")
    gemeente = regels.gemeenten.profiel(code) if code else None
    gv, gw = standaard_verrekening(gemeente, dt.date.today())
    return {k: v for k, v in (("gv", gv), ("gw", gw)) if v}


def _richting(met: Decimal, nu: Decimal) -> str:
    return "meer" if met > nu else "minder" if met < nu else "gelijk"
