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
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext, pgettext
from django.views.decorators.http import require_safe
from django_htmx.http import HttpResponseClientRedirect

import regels
from regels.kalender import maand_tekst, maand_uit_iso
from calculator import antwoorden as a
from calculator import forms
from calculator.formatting import euro, euro_rond, opsomming, uren_per_week
from calculator.getallen import getal_nl
from calculator.views.resultaat import ALTIJD_TONEN, BRONNEN, _rond, met_kosten, verrekening_van_gemeente
from calculator.views.vragen import VERSTUURD, foutenlijst, peildatum

# Translators: button: compare the offers.
KNOP = gettext_lazy("Vergelijk")  # the page's button, named in a "Klopt dit?" message

# Why an offer leaves more: the source that makes the largest part of the difference, in words.
REDEN = {
    # Translators: why one job offer leaves more money than the other.
    "netto_loon": gettext_lazy("Dat komt vooral doordat je meer netto loon krijgt."),
    "bijstand": gettext_lazy("Dat komt vooral doordat je meer bijstand houdt."),
    "zorgtoeslag": gettext_lazy("Dat komt vooral doordat je meer zorgtoeslag krijgt."),
    "huurtoeslag": gettext_lazy("Dat komt vooral doordat je meer huurtoeslag krijgt."),
    "kindgebonden_budget": gettext_lazy("Dat komt vooral doordat je meer kindgebonden budget krijgt."),
    "kinderbijslag": gettext_lazy("Dat komt vooral doordat je meer kinderbijslag krijgt."),
}


def _omschrijving(form: forms.AanbodForm) -> str:
    werk = form.werk()
    if werk["wv"] == "maand":
        if werk["mt"] == "netto":
            tekst = _("%(bedrag)s netto per maand") % {"bedrag": euro(werk["ml"])}
        else:
            tekst = _("%(bedrag)s bruto per maand") % {"bedrag": euro(werk["ml"])}
    else:
        # Translators: an offer: "uren" is e.g. "24 uur per week", "uurloon" e.g. "€ 14,40".
        tekst = _("%(uren)s, %(uurloon)s per uur") % {"uren": uren_per_week(getal_nl(werk["u"])),
                                                        "uurloon": euro(werk["ul"])}
    delen = [tekst]
    if werk.get("st"):
        # Translators: part of the description of an offer (after a comma): its first month, e.g. "vanaf maart 2027".
        delen.append(_("vanaf %(maand)s") % {"maand": maand_tekst(werk["st"], met_jaar=True)})
    if werk.get("bt"):
        ritme = str(dict(forms.WerkpatroonForm.base_fields["bt"].choices)[werk["bt"]]).lower()
        # Translators: part of the description of an offer (after a comma): how often the wage is paid, e.g.
        # "loon elke 4 weken".
        delen.append(_("loon %(ritme)s") % {"ritme": ritme})
    return ", ".join(delen)


def _uitstroom(uitkomst: dict, per_uur: bool, bijstand_straks: float) -> str:
    """From when this household needs no bijstand any more, in words (bereken's `uitstroom`); none at all when the
    timeline's last months have no bijstand."""
    if not bijstand_straks:
        return _("Met dit werk heb je geen bijstand meer nodig.")
    uit = uitkomst.get("uitstroom") or {}
    if per_uur and uit.get("uren_per_week") is not None:
        # Translators: from how many hours a week no bijstand is needed: "uren" is e.g. "32 uur per week".
        return _("Vanaf %(uren)s (%(bedrag)s bruto per maand).") % {
            "uren": uren_per_week(getal_nl(Decimal(str(uit["uren_per_week"])))),
            "bedrag": euro_rond(uit["bruto_per_maand"])}
    if uit.get("bruto_per_maand") is not None:
        return _("Vanaf %(bedrag)s bruto per maand.") % {"bedrag": euro_rond(uit["bruto_per_maand"])}
    return _("Dat kunnen we niet uitrekenen.")


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
    # Translators: a premie paid in a month, one item of a list: e.g. "€ 500 in juni 2027".
    betaald = [pgettext("premie", "%(bedrag)s in %(maand)s") % {
                   "bedrag": euro_rond(m["premie_gemeente"]),
                   "maand": maand_tekst(maand_uit_iso(m["maand"]), met_jaar=True)}
               for m in lijn["met_werk"]["maanden"] if m["premie_gemeente"] and tabel["van"] <= m["maand"] <= tabel["tot"]]
    if betaald:
        # Translators: "premies" is a list such as "€ 500 in juni 2027 en € 500 in december 2027".
        return _("Je krijgt %(premies)s.") % {"premies": opsomming(betaald)}
    # Translators: the name of a premie of the gemeente, one item of a list, e.g. "de uitstroompremie".
    onbekend = list(dict.fromkeys(pgettext("premie", "de %(naam)s") % {"naam": p["naam"]}
                                  for p in premies if p["voldaan"] is None))
    if onbekend:
        # Translators: "premies" is one premie ("de uitstroompremie") or a list of them.
        return ngettext("Vraag je gemeente of je %(premies)s krijgt. We tellen hem nog niet mee.",
                        "Vraag je gemeente of je %(premies)s krijgt. We tellen ze nog niet mee.",
                        len(onbekend)) % {"premies": opsomming(onbekend)}
    return _("Je krijgt geen premie.")


def _periode(tabellen: list[dict]) -> str:
    """The months the table's averages summarise, in words (each offer its own first year when they differ)."""
    eerste = tabellen[0]
    maanden = eerste["maanden"]
    if any(t["van"] != eerste["van"] for t in tabellen):
        return ngettext("Gemiddeld per maand in de eerste %(maanden)s maand van elk aanbod, vanaf zijn eerste maand.",
                        "Gemiddeld per maand in de eerste %(maanden)s maanden van elk aanbod, vanaf zijn eerste maand.",
                        maanden) % {"maanden": maanden}
    van, tot = (maand_tekst(maand_uit_iso(eerste[k]), met_jaar=True) for k in ("van", "tot"))
    return ngettext("Gemiddeld per maand in de eerste %(maanden)s maand van het werk: %(van)s tot en met %(tot)s.",
                    "Gemiddeld per maand in de eerste %(maanden)s maanden van het werk: %(van)s tot en met %(tot)s.",
                    maanden) % {"maanden": maanden, "van": van, "tot": tot}


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
    return opsomming(str(k["naam"]).lower() for k in kolommen)


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
    na_kosten = any(k["kosten"] is not None for k in kolommen)

    def per_maand(bedrag) -> str:
        if na_kosten:
            # Translators: an amount in a sentence, e.g. "€ 1.690 per maand na kosten van werken".
            return _("%(bedrag)s per maand na kosten van werken") % {"bedrag": euro_rond(bedrag)}
        # Translators: an amount in a sentence, e.g. "€ 1.690 per maand".
        return _("%(bedrag)s per maand") % {"bedrag": euro_rond(bedrag)}

    if len(besten) == len(kolommen):
        if met_vrijlating:
            # Translators: "bedrag" is e.g. "€ 1.690 per maand".
            return [_("Met elk aanbod houd je na de vrijlating ongeveer evenveel over: %(bedrag)s.")
                    % {"bedrag": per_maand(hoogste)}]
        # Translators: "bedrag" is e.g. "€ 1.690 per maand".
        return [_("Met elk aanbod houd je ongeveer evenveel over: %(bedrag)s.") % {"bedrag": per_maand(hoogste)}]
    tweede = max((k for k in kolommen if k not in besten), key=lambda k: straks[k["nummer"]]["totaal"])
    verschil = hoogste - straks[tweede["nummer"]]["totaal"]
    if len(besten) > 1:
        waarden = {"aanbiedingen": _namen(besten), "bedrag": per_maand(hoogste)}
        if met_vrijlating:
            # Translators: "aanbiedingen" is a list such as "aanbod 1 en aanbod 2"; "bedrag" e.g. "€ 1.690 per maand".
            zinnen = [_("Met %(aanbiedingen)s houd je na de vrijlating het meeste over: ongeveer %(bedrag)s.") % waarden]
        else:
            # Translators: "aanbiedingen" is a list such as "aanbod 1 en aanbod 2"; "bedrag" e.g. "€ 1.690 per maand".
            zinnen = [_("Met %(aanbiedingen)s houd je het meeste over: ongeveer %(bedrag)s.") % waarden]
    else:
        beste = besten[0]
        waarden = {"aanbod": str(beste["naam"]).lower(), "bedrag": per_maand(hoogste),
                   "verschil": euro_rond(verschil), "ander": str(tweede["naam"]).lower()}
        if met_vrijlating:
            # Translators: "aanbod" and "ander" are offers ("aanbod 1"); "bedrag" e.g. "€ 1.690 per maand".
            zinnen = [_("Met %(aanbod)s houd je na de vrijlating het meeste over: ongeveer %(bedrag)s. "
                        "Dat is %(verschil)s meer dan met %(ander)s.") % waarden]
        else:
            # Translators: "aanbod" and "ander" are offers ("aanbod 1"); "bedrag" e.g. "€ 1.690 per maand".
            zinnen = [_("Met %(aanbod)s houd je het meeste over: ongeveer %(bedrag)s. "
                        "Dat is %(verschil)s meer dan met %(ander)s.") % waarden]
        a_pm, b_pm = straks[beste["nummer"]]["per_maand"], straks[tweede["nummer"]]["per_maand"]
        verschillen = {sleutel: _rond(a_pm[sleutel]) - _rond(b_pm[sleutel]) for sleutel in REDEN}
        grootste = max(verschillen, key=verschillen.get)
        if verschillen[grootste] > 0:
            rest = sum(v for sleutel, v in verschillen.items() if sleutel != grootste)
            if grootste == "netto_loon" and rest < 0:
                zinnen.append(_("Dat komt vooral doordat je meer netto loon krijgt (%(meer)s meer), terwijl je "
                                "bijstand en toeslagen samen %(lager)s lager zijn.")
                              % {"meer": euro_rond(verschillen[grootste]), "lager": euro_rond(-rest)})
            else:
                zinnen.append(str(REDEN[grootste]))
        if beste["uren"] is not None and tweede["uren"] is not None and beste["uren"] != tweede["uren"]:
            meer = beste["uren"] - tweede["uren"]
            uren = uren_per_week(getal_nl(abs(meer)))
            if meer > 0:
                # Translators: "uren" is e.g. "8 uur per week".
                zinnen.append(_("Je werkt daarvoor %(uren)s meer.") % {"uren": uren})
            else:
                # Translators: "uren" is e.g. "8 uur per week".
                zinnen.append(_("Je werkt daarvoor %(uren)s minder.") % {"uren": uren})
    if met_vrijlating:
        eerst_hoogste = max(k["fasen"][0]["totaal"] for k in kolommen)
        eerst = [k for k in kolommen if k["fasen"][0]["totaal"] == eerst_hoogste]
        if any(k in besten for k in eerst):
            # Translators: "aanbiedingen" is one offer ("aanbod 1") or a list of them.
            zinnen.append(_("Ook in de eerste maanden, met vrijlating, houd je met %(aanbiedingen)s het meeste over.")
                          % {"aanbiedingen": _namen(eerst)})
        else:
            # Translators: "aanbiedingen" is one offer ("aanbod 1") or a list of them; "bedrag" e.g. "€ 1.690 per maand".
            zinnen.append(_("Maar in de eerste maanden, met vrijlating, houd je met %(aanbiedingen)s het meeste over: "
                            "%(bedrag)s.") % {"aanbiedingen": _namen(eerst), "bedrag": per_maand(eerst_hoogste)})
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
        "periode_tekst": _periode([k["tijdlijn"]["per_bron"] for k in kolommen]) if kolommen else None,
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
    if not forms.AanpassenForm({k: antwoorden.get(k, "") for k in ("pd", "bm")}).is_valid() or not \
            forms.VerrekeningForm({k: antwoorden.get(k, "") for k in ("gv", "gw")}, per_vier_weken=True).is_valid():
        # A date, months of bijstand or a verrekening we cannot compute with: the result page says why, beside the
        # field.
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
        "knop": KNOP,
    })
    template = "vergelijk/_uitkomst.html" if request.htmx else "vergelijk/pagina.html"
    return render(request, template, context)
