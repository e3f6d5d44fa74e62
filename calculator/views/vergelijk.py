"""Vergelijk aanbiedingen: up to four jobs side by side for the same household.

Each offer is hours per week x gross hourly wage, or a wage per month (`forms.AanbodForm`, parameters a1u, a1ul,
a1ml, a1mt ... a4mt). For each one `regels.bereken` gives the money per source and the total, `regels.verloop`
the total in the first months (with vrijlating) and after, and bereken's `uitstroom` the hours (or the wage) from
which bijstand stops. This view only puts them side by side and says in one sentence which offer leaves the most
and why; every amount comes from regels.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe
from django_htmx.http import HttpResponseClientRedirect

import regels
from regels.kalender import maand_tekst, maand_uit_iso
from calculator import antwoorden as a
from calculator import forms
from calculator.formatting import euro, euro_rond
from calculator.getallen import getal_nl
from calculator.views.resultaat import ALTIJD_TONEN, BRONNEN, _rond, met_kosten, verrekening_van_gemeente
from calculator.views.vragen import VERSTUURD, foutenlijst, peildatum

KNOP = "Vergelijk"  # the page's button, named in a "Klopt dit?" message

# Why an offer leaves more: the source that makes the largest part of the difference, in words.
REDEN = {
    "netto_loon": "je meer netto loon krijgt",
    "bijstand": "je meer bijstand houdt",
    "zorgtoeslag": "je meer zorgtoeslag krijgt",
    "huurtoeslag": "je meer huurtoeslag krijgt",
    "kindgebonden_budget": "je meer kindgebonden budget krijgt",
    "kinderbijslag": "je meer kinderbijslag krijgt",
}


def _omschrijving(form: forms.AanbodForm) -> str:
    werk = form.werk()
    if werk["wv"] == "maand":
        tekst = f"{euro(werk['ml'])} {werk['mt']} per maand"
    else:
        tekst = f"{getal_nl(werk['u'])} uur per week, {euro(werk['ul'])} per uur"
    if werk.get("st"):
        tekst += f", vanaf {maand_tekst(werk['st'], met_jaar=True)}"
    if werk.get("bt"):
        tekst += ", loon " + dict(forms.WerkpatroonForm.base_fields["bt"].choices)[werk["bt"]].lower()
    return tekst


def _uitstroom(uitkomst: dict, per_uur: bool, bijstand_straks: float) -> str:
    """From when this household needs no bijstand any more, in words (bereken's `uitstroom`); none at all when the
    timeline's last months have no bijstand."""
    if not bijstand_straks:
        return "Met dit werk heb je geen bijstand meer nodig."
    uit = uitkomst.get("uitstroom") or {}
    if per_uur and uit.get("uren_per_week") is not None:
        return (f"Vanaf {getal_nl(Decimal(str(uit['uren_per_week'])))} uur per week "
                f"({euro_rond(uit['bruto_per_maand'])} bruto per maand).")
    if uit.get("bruto_per_maand") is not None:
        return f"Vanaf {euro_rond(uit['bruto_per_maand'])} bruto per maand."
    return "Dat kunnen we niet uitrekenen."


def _kolom(form: forms.AanbodForm, schoon: dict, peildatum_: dt.date, canoniek: dict, gemeente: dict,
           maanden_bijstand: int | None) -> dict:
    """One offer on its own timeline (its own start month and pay rhythm, or those of the answers): the table is the
    average of its first year of work, the phases its runs of months with the same vrijlating."""
    werk = form.werk()
    situatie = a.naar_situatie(a.met_aanbod(schoon, werk), peildatum=peildatum_)
    if situatie.get("gemeente") and maanden_bijstand is not None:  # for a premie that asks it, as on the result page
        situatie["gemeente"]["maanden_bijstand"] = maanden_bijstand
    lijn = regels.tijdlijn({**situatie, "gemeente": {**situatie.get("gemeente", {}), **gemeente}}, met_uitleg=False)
    start = maand_uit_iso(lijn["start"])
    uitkomst = regels.bereken({**situatie, "peildatum": min(max(peildatum_, start),
                                                            regels.peildatum_bereik()[1]).isoformat()})
    nu = lijn["per_bron"]["nu"]
    totaal_nu = _rond(nu["totaal"])
    met = lijn["per_bron"]["met_werk"]
    # This offer as the work of the answers: the whole result page for it.
    als_werk = {k: a.als_tekst(v) for k, v in werk.items()}
    query = a.query(a.opschonen({**canoniek, **als_werk}), pd=peildatum_.isoformat())
    return {
        "naam": form.naam,
        "nummer": form.nummer,
        "omschrijving": _omschrijving(form),
        "zelfde_uurloon": form.zelfde_uurloon,
        "per_uur": werk["wv"] != "maand",
        "uren": werk.get("u"),
        "uitkomst": uitkomst,
        "tijdlijn": lijn,
        "nu": nu,
        "per_maand": met,
        "totaal": _rond(met["totaal"]),
        "verschil": _rond(met["totaal"]) - totaal_nu,
        # Costs of working (the timeline's first-year averages): what is left after them, compared with now.
        "kosten": met["kosten_van_werken"] if met_kosten(lijn) else None,
        "kosten_af": -met["kosten_van_werken"],
        "na_kosten": met["totaal_na_kosten"],
        "verschil_na_kosten": _rond(met["totaal_na_kosten"]) - totaal_nu,
        "premie": _premie_tekst(lijn, (uitkomst.get("gemeente") or {}).get("premies", [])),
        # Each phase: the average of its months; the last one runs on after the timeline ("daarna").
        # With costs of working, what is left after them (as the result page's headline).
        "fasen": [{"maanden": None if f["tot_einde"] else f["maanden"], "per_maand": f["per_bron"],
                   "totaal": _rond(f["per_bron"]["totaal_na_kosten" if met_kosten(lijn) else "totaal"])}
                  for f in lijn["fasen"]],
        "uitstroom": _uitstroom(uitkomst, werk["wv"] != "maand", lijn["fasen"][-1]["per_bron"]["bijstand"]),
        "resultaat_url": f"{reverse('resultaat')}?{query}",
        "waarschuwingen": [w for w in uitkomst["waarschuwingen"] if w not in lijn["nu"]["waarschuwingen"]],
    }


def _premie_tekst(lijn: dict, premies: list[dict]) -> str | None:
    """The gemeente's premies in this offer's first year of work: when the timeline pays them, or "vraag je gemeente"
    when a condition is not known (None: the gemeente has no premie)."""
    if not premies:
        return None
    tabel = lijn["per_bron"]
    betaald = [f"{euro_rond(m['premie_gemeente'])} in {maand_tekst(maand_uit_iso(m['maand']), met_jaar=True)}"
               for m in lijn["met_werk"]["maanden"] if m["premie_gemeente"] and tabel["van"] <= m["maand"] <= tabel["tot"]]
    if betaald:
        return "Je krijgt " + " en ".join(betaald) + "."
    onbekend = list(dict.fromkeys(f"de {p['naam']}" for p in premies if p["voldaan"] is None))
    if onbekend:
        namen = onbekend[0] if len(onbekend) == 1 else ", ".join(onbekend[:-1]) + " en " + onbekend[-1]
        return f"Vraag je gemeente of je {namen} krijgt. We tellen {'hem' if len(onbekend) == 1 else 'ze'} nog niet mee."
    return "Je krijgt geen premie."


def periode_tekst(tabellen: list[dict]) -> str:
    """The months the table's averages summarise, in words (each offer its own first year when they differ)."""
    eerste = tabellen[0]
    if any(t["van"] != eerste["van"] for t in tabellen):
        return f"Gemiddeld per maand in de eerste {eerste['maanden']} maanden van elk aanbod, vanaf zijn eerste maand."
    van, tot = (maand_tekst(maand_uit_iso(eerste[k]), met_jaar=True) for k in ("van", "tot"))
    return f"Gemiddeld per maand in de eerste {eerste['maanden']} maanden van het werk: {van} tot en met {tot}."


def _gemeente_rijen(kolommen: list[dict]) -> list[dict]:
    """Per regeling of the gemeente (with a sourced income limit): whether each offer keeps it."""
    per_kolom = [{r["sleutel"]: r for r in (k["uitkomst"].get("gemeente") or {}).get("regelingen", [])}
                 for k in kolommen]
    gemeente = (kolommen[0]["uitkomst"].get("gemeente") or {}) if kolommen else {}
    return [{"label": f"{r['naam']} ({gemeente['naam']})",
             "cellen": [{"naam": k["naam"], "blijft": regelingen[sleutel]["blijft"]}
                        for k, regelingen in zip(kolommen, per_kolom)]}
            for sleutel, r in per_kolom[0].items()] if kolommen else []


def _namen(kolommen: list[dict]) -> str:
    namen = [k["naam"].lower() for k in kolommen]
    return namen[0] if len(namen) == 1 else ", ".join(namen[:-1]) + " en " + namen[-1]


def conclusie(kolommen: list[dict]) -> list[str]:
    """Plain sentences: which offer leaves the most (after the vrijlating, when there is one, and after the costs of
    working, when given), and why.

    Compared in whole euros, as they are shown. Every amount comes from the columns (regels).
    """
    if len(kolommen) < 2:
        return []
    met_vrijlating = any(len(k["fasen"]) > 1 for k in kolommen)
    straks = {k["nummer"]: k["fasen"][-1] for k in kolommen}
    hoogste = max(straks[k["nummer"]]["totaal"] for k in kolommen)
    besten = [k for k in kolommen if straks[k["nummer"]]["totaal"] == hoogste]
    na = " na de vrijlating" if met_vrijlating else ""
    eenheid = "per maand na kosten van werken" if any(k["kosten"] is not None for k in kolommen) else "per maand"
    if len(besten) == len(kolommen):
        return [f"Met elk aanbod houd je{na} ongeveer evenveel over: {euro_rond(hoogste)} {eenheid}."]
    tweede = max((k for k in kolommen if k not in besten), key=lambda k: straks[k["nummer"]]["totaal"])
    verschil = hoogste - straks[tweede["nummer"]]["totaal"]
    if len(besten) > 1:
        zinnen = [f"Met {_namen(besten)} houd je{na} het meeste over: ongeveer {euro_rond(hoogste)} {eenheid}."]
    else:
        beste = besten[0]
        zinnen = [f"Met {beste['naam'].lower()} houd je{na} het meeste over: ongeveer {euro_rond(hoogste)} {eenheid}. "
                  f"Dat is {euro_rond(verschil)} meer dan met {tweede['naam'].lower()}."]
        a_pm, b_pm = straks[beste["nummer"]]["per_maand"], straks[tweede["nummer"]]["per_maand"]
        verschillen = {sleutel: _rond(a_pm[sleutel]) - _rond(b_pm[sleutel]) for sleutel in REDEN}
        grootste = max(verschillen, key=verschillen.get)
        if verschillen[grootste] > 0:
            zin = f"Dat komt vooral doordat {REDEN[grootste]}"
            rest = sum(v for sleutel, v in verschillen.items() if sleutel != grootste)
            if grootste == "netto_loon" and rest < 0:
                zin += (f" ({euro_rond(verschillen[grootste])} meer), terwijl je bijstand en toeslagen samen "
                        f"{euro_rond(-rest)} lager zijn")
            zinnen.append(zin + ".")
        if beste["uren"] is not None and tweede["uren"] is not None and beste["uren"] != tweede["uren"]:
            meer = beste["uren"] - tweede["uren"]
            zinnen.append(f"Je werkt daarvoor {getal_nl(abs(meer))} uur per week {'meer' if meer > 0 else 'minder'}.")
    if met_vrijlating:
        eerst_hoogste = max(k["fasen"][0]["totaal"] for k in kolommen)
        eerst = [k for k in kolommen if k["fasen"][0]["totaal"] == eerst_hoogste]
        if any(k in besten for k in eerst):
            zinnen.append(f"Ook in de eerste maanden, met vrijlating, houd je met {_namen(eerst)} het meeste over.")
        else:
            zinnen.append(f"Maar in de eerste maanden, met vrijlating, houd je met {_namen(eerst)} het meeste over: "
                          f"{euro_rond(eerst_hoogste)} {eenheid}.")
    return zinnen


def vergelijking(antwoorden: a.Antwoorden) -> dict:
    """The offers (forms) and, for those filled in and valid, a column each. The answers must be complete."""
    schoon = antwoorden.schoon()
    datum = peildatum(antwoorden)
    canoniek = antwoorden.canoniek()
    data = dict(antwoorden)
    if not any(veld in antwoorden for veld in a.AANBOD_VELDEN):
        # Offer 1 is the work in the answers.
        if a.per_uur(schoon):
            data.update(a1u=a.als_tekst(schoon["u"]), a1ul=a.als_tekst(schoon["ul"]))
        else:
            data.update(a1ml=a.als_tekst(schoon["ml"]), a1mt=schoon["mt"])
    eigen_uurloon = schoon.get("ul") if a.per_uur(schoon) else None
    aanbiedingen = [forms.AanbodForm(data, nummer=n, eigen_uurloon=eigen_uurloon)
                    for n in range(1, forms.AANBIEDINGEN + 1)]
    eigen = verrekening_van_gemeente(antwoorden)  # as on the result page: the answer, else the gemeente's own
    gemeente = {"verrekening": antwoorden.get("gv") or eigen.get("gv") or "volgende_maand"}
    if antwoorden.get("gw") or eigen.get("gw"):
        gemeente["vier_weken"] = antwoorden.get("gw") or eigen["gw"]
    aanpassen = forms.AanpassenForm({"bm": antwoorden.get("bm", "")})
    maanden_bijstand = aanpassen.cleaned_data["bm"] if aanpassen.is_valid() else None
    kolommen = [_kolom(f, schoon, datum, canoniek, gemeente, maanden_bijstand)
                for f in aanbiedingen if f.is_valid() and not f.leeg]
    nu = kolommen[0]["nu"] if kolommen else regels.tijdlijn(
        a.naar_situatie(schoon, peildatum=datum, met_werk=False), met_uitleg=False)["per_bron"]["nu"]
    bronnen = [(sleutel, label) for sleutel, label, _ in BRONNEN
               if sleutel in ALTIJD_TONEN or nu[sleutel] or any(k["per_maand"][sleutel] for k in kolommen)
               or sleutel == "premie_gemeente" and any(k["premie"] for k in kolommen)]
    rijen = [{"sleutel": sleutel, "label": label,
              "cellen": [{"naam": k["naam"], "bedrag": k["per_maand"][sleutel],
                          "vrijlating": k["per_maand"]["vrijlating"] if sleutel == "bijstand" else None,
                          "toelichting": k["premie"] if sleutel == "premie_gemeente" else None}
                         for k in kolommen]}
             for sleutel, label in bronnen]
    # The offers as they go into a link: cleaned, in Dutch-free canonical notation.
    aanbod_query = {}
    for f in aanbiedingen:
        if f.is_valid() and not f.leeg:
            for veld in ("u", "ul", "ml", "mt", "st", "bt", "mlok"):
                if veld == "ul" and f.zelfde_uurloon:
                    continue
                tekst = a.als_tekst(f.cleaned_data.get(veld))
                if tekst:
                    aanbod_query[f.add_prefix(veld)] = tekst
        else:
            aanbod_query.update({f.add_prefix(v): data[f.add_prefix(v)] for v in ("u", "ul", "ml", "mt", "st", "bt", "mlok")
                                 if data.get(f.add_prefix(v))})
    zonder_aanbod = {k: v for k, v in canoniek.items() if k not in a.AANBOD_VELDEN}
    return {
        "aanbiedingen": aanbiedingen,
        "kolommen": kolommen,
        "rijen": rijen,
        "met_kosten": any(k["kosten"] is not None for k in kolommen),
        "gemeente_rijen": _gemeente_rijen(kolommen),
        "nu": nu,
        "totaal_nu": _rond(nu["totaal"]),
        "periode_tekst": periode_tekst([k["tijdlijn"]["per_bron"] for k in kolommen]) if kolommen else None,
        "met_fasen": any(len(k["fasen"]) > 1 for k in kolommen),
        "conclusie": conclusie(kolommen),
        "peildatum": datum,
        "vergelijk_query": a.query({**zonder_aanbod, **aanbod_query}, pd=datum.isoformat()),
        "verborgen": a.verborgen(zonder_aanbod),
    }


@require_safe
def vergelijk(request: HttpRequest) -> HttpResponse:
    antwoorden = a.lees(request.GET).zonder("terug")
    if antwoorden.eerste_open_stap() is not None:
        # First the answers: on the one-page form, with what is missing marked.
        url = f"{reverse('samen')}?{a.query(antwoorden)}&{VERSTUURD}=1"
        return HttpResponseClientRedirect(url) if request.htmx else HttpResponseRedirect(url)
    if not forms.AanpassenForm({k: antwoorden.get(k, "") for k in ("pd", "bm")}).is_valid():
        # A date (or months of bijstand) we cannot compute with: the result page says why, beside the field.
        url = f"{reverse('resultaat')}?{a.query(antwoorden)}"
        return HttpResponseClientRedirect(url) if request.htmx else HttpResponseRedirect(url)
    context = vergelijking(antwoorden)
    for form in context["aanbiedingen"]:
        forms.knop_in_controles(form, KNOP)
    context.update({
        "verstuurd": bool(request.GET.get(VERSTUURD)),
        "fouten": [(veld_id, f"{f.naam}: {fout}") for f in context["aanbiedingen"]
                   for veld_id, fout in foutenlijst(f)],
        "samen_url": f"{reverse('samen')}?{a.query(antwoorden.canoniek())}",
        "alleen_controle": forms.alleen_controle(*context["aanbiedingen"]),
    })
    template = "vergelijk/_uitkomst.html" if request.htmx else "vergelijk/pagina.html"
    return render(request, template, context)
