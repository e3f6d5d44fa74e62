"""The question pages and the check-answers page.

Every page is a GET form. Hidden inputs carry the other answers; the
answers live only in the URL (see `calculator.antwoorden`). A valid answer
redirects to the next question with all answers in the query string; an
invalid one shows the same page with the GOV.UK error pattern.
"""

from __future__ import annotations

import datetime as dt

import regels
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

from calculator import antwoorden as a
from calculator import forms

VERSTUURD = "verstuurd"
LEEG_WEGLATEN = {"wv", "hr", "pbm"}  # an empty answer here means "not given": leave it out of the URL  # hidden marker: the form on this page was submitted


def stap_url(stap: a.Stap | None, antwoorden: dict[str, str], **extra: str) -> str:
    """URL of a question (or the check page when `stap` is None), with the answers."""
    pad = reverse("vraag", args=[stap.naam]) if stap else reverse("controle")
    tekst = a.query(antwoorden, **extra)
    return f"{pad}?{tekst}" if tekst else pad


def naar_open_stap(stap: a.Stap, antwoorden: dict[str, str]) -> HttpResponseRedirect:
    return HttpResponseRedirect(stap_url(stap, antwoorden))


def _weergave(form: forms.Vraag) -> forms.Vraag:
    """A valid bound form shown again as an unbound one, numbers in Dutch notation ('14,71')."""
    initial = {}
    for naam, veld in form.fields.items():
        waarde = form.cleaned_data.get(naam)
        if isinstance(veld, forms.GetalVeld) and waarde:
            waarde = forms.getal_nl(waarde)
        initial[naam] = waarde
    return type(form)(initial=initial, antwoorden=form.antwoorden)


def foutenlijst(*formulieren) -> list[tuple[str, str]]:
    """(field id, message) for the error summary; a radio group links to its first option."""
    fouten = []
    for form in formulieren:
        if not form.is_bound:
            continue
        for veld in form:
            for fout in veld.errors:
                veld_id = veld.auto_id + ("_0" if veld.field.widget.input_type == "radio" else "")
                fouten.append((veld_id, fout))
        fouten.extend(("", fout) for fout in form.non_field_errors())
    return fouten


def render_vraag(request: HttpRequest, stap: a.Stap, antwoorden: dict[str, str], form: forms.Vraag,
                 status: int = 200) -> HttpResponse:
    terug = antwoorden.get("terug") == "1"
    vorige = a.vorige_stap(antwoorden, stap)
    if terug:
        terug_url = stap_url(None, antwoorden)
    elif vorige:
        terug_url = stap_url(vorige, antwoorden)
    else:
        terug_url = reverse("home")
    lijst = a.stappen_voor(antwoorden)
    context = {
        "stap": stap,
        "form": form,
        "fouten": foutenlijst(form),
        "verborgen": a.verborgen(antwoorden, zonder=stap.velden),
        "terug_url": terug_url,
        "vraag_nummer": lijst.index(stap) + 1 if stap in lijst else None,
        "aantal_vragen": len(lijst),
        "verstuurd": VERSTUURD,
    }
    if stap.naam == "werk":
        context.update(_werk_context(antwoorden, form))
    return render(request, "vragen/vraag.html", context, status=status)


def _werk_context(antwoorden: dict[str, str], form: forms.Vraag) -> dict:
    minimumloon = regels.waarde(regels.MINIMUMUURLOON_21, dt.date.today())
    per_maand = getattr(form, "per_maand", False)
    wissel = a.query(antwoorden, zonder=("u", "ul", "ml", "mt"), wv="" if per_maand else "maand")
    return {
        "minimumloon": minimumloon,
        "per_maand": per_maand,
        "wissel_url": f"{reverse('vraag', args=['werk'])}?{wissel}",
    }


@require_safe
def vraag(request: HttpRequest, naam: str) -> HttpResponse:
    stap = a.STAP.get(naam)
    if stap is None:
        raise Http404
    antwoorden = a.lees(request.GET)
    if not stap.nodig(antwoorden):
        # E.g. the children question for someone living alone: go on.
        volgende = a.eerste_open_stap(antwoorden)
        return HttpResponseRedirect(stap_url(volgende, antwoorden))
    open_stap = a.eerste_open_stap(antwoorden, tot=stap)
    if open_stap is not None:
        return naar_open_stap(open_stap, antwoorden)

    if request.GET.get(VERSTUURD):
        form = stap.formulier(antwoorden)
        if form.is_valid():
            nieuw = {k: v for k, v in antwoorden.items() if k not in stap.velden}
            for veld, waarde in form.cleaned_data.items():
                tekst = a.als_tekst(waarde)
                if tekst is not None and not (tekst == "" and veld in LEEG_WEGLATEN):
                    nieuw[veld] = tekst
            nieuw = a.opschonen(nieuw)
            if nieuw.get("terug") == "1":
                volgende = a.eerste_open_stap(nieuw)
            else:
                volgende = a.volgende_stap(nieuw, stap)
                if volgende is None:
                    volgende = a.eerste_open_stap(nieuw)
            if volgende is None:
                return HttpResponseRedirect(stap_url(None, {k: v for k, v in nieuw.items() if k != "terug"}))
            return HttpResponseRedirect(stap_url(volgende, nieuw))
        return render_vraag(request, stap, antwoorden, form)

    if stap.is_aanwezig(antwoorden):
        # Coming back (or a changed URL): show the answer; errors when it is not valid.
        form = stap.formulier(antwoorden)
        if form.is_valid():
            form = _weergave(form)
    else:
        form = stap.form(antwoorden=antwoorden)
    return render_vraag(request, stap, antwoorden, form)


@require_safe
def controle(request: HttpRequest) -> HttpResponse:
    antwoorden = a.lees(request.GET)
    antwoorden.pop("terug", None)
    open_stap = a.eerste_open_stap(antwoorden)
    if open_stap is not None:
        return naar_open_stap(open_stap, antwoorden)
    rijen = [
        {"label": label, "waarde": waarde, "stap": stap, "wijzig_url": stap_url(stap, antwoorden, terug="1")}
        for stap, label, waarde in a.samenvatting(antwoorden)
    ]
    laatste = a.stappen_voor(antwoorden)[-1]
    return render(request, "vragen/controle.html", {
        "rijen": rijen,
        "resultaat_url": f"{reverse('resultaat')}?{a.query(antwoorden)}",
        "terug_url": stap_url(laatste, antwoorden),
    })
