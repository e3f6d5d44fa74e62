"""The question pages and the check-answers page.

Every page is a GET form. Hidden inputs carry the other answers; the
answers live only in the URL (see `calculator.antwoorden`). A valid answer
redirects to the next question with all answers in the query string; an
invalid one shows the same page with the GOV.UK error pattern.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping

import regels
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from calculator import antwoorden as a
from calculator import forms

VERSTUURD = "verstuurd"  # hidden marker: the form on this page was submitted
# Hidden marker on the work question after "Klopt dit?" about the minimum wage: the hourly wage the person
# confirmed. It is not an answer (never in a link): the check is made only while answering, not on old links.
UURLOON_BEVESTIGD = "ulok"


def peildatum(antwoorden: Mapping[str, str]) -> dt.date:
    """The peildatum of the answers (`pd`), within the dates regels can compute; today when there is none."""
    try:
        datum = forms.DatumVeld(required=False).clean(antwoorden.get("pd", "")) or dt.date.today()
    except ValidationError:
        datum = dt.date.today()
    eerste, laatste = regels.peildatum_bereik()
    return min(max(datum, eerste), laatste)


def stap_url(stap: a.Stap | None, antwoorden: Mapping[str, str], **extra: str) -> str:
    """URL of a question (or the check page when `stap` is None), with the answers."""
    pad = reverse("vraag", args=[stap.naam]) if stap else reverse("controle")
    tekst = a.query(antwoorden, **extra)
    return f"{pad}?{tekst}" if tekst else pad


def naar_open_stap(stap: a.Stap, antwoorden: Mapping[str, str]) -> HttpResponseRedirect:
    return HttpResponseRedirect(stap_url(stap, antwoorden))


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


def render_vraag(request: HttpRequest, stap: a.Stap, antwoorden: a.Antwoorden, form: forms.Vraag,
                 status: int = 200, bevestig: dict | None = None) -> HttpResponse:
    andere = antwoorden.canoniek()
    vorige = a.vorige_stap(antwoorden, stap)
    if antwoorden.get("terug") == "1":
        terug_url = stap_url(None, {k: v for k, v in andere.items() if k != "terug"})
    elif vorige:
        terug_url = stap_url(vorige, andere)
    else:
        terug_url = reverse("home")
    lijst = antwoorden.stappen()
    context = {
        "stap": stap,
        "form": form,
        "fouten": foutenlijst(form),
        "alleen_controle": form.is_bound and form.alleen_controle,
        "verborgen": a.verborgen(andere, zonder=stap.velden),
        "terug_url": terug_url,
        "vraag_nummer": lijst.index(stap) + 1 if stap in lijst else None,
        # Until the leefvorm is known, the number of questions is not (the children question may drop out).
        "aantal_vragen": len(lijst) if antwoorden.beantwoord(a.STAP["leefvorm"]) else None,
        "verstuurd": VERSTUURD,
        "bevestig": bevestig,
    }
    if stap.naam == "werk":
        context.update(_werk_context(antwoorden, andere, form))
    return render(request, "vragen/vraag.html", context, status=status)


def _werk_context(antwoorden: a.Antwoorden, andere: Mapping[str, str], form: forms.Vraag) -> dict:
    per_maand = getattr(form, "per_maand", False)
    wissel = a.query(andere, zonder=("u", "ul", "ml", "mt"), wv="" if per_maand else "maand")
    return {
        "minimumloon": forms.minimumloon_hint(antwoorden.schoon().get("lt"), peildatum(antwoorden)),
        "per_maand": per_maand,
        "werk_vormen": forms.WERK_VORMEN,
        "wissel_url": f"{reverse('vraag', args=['werk'])}?{wissel}",
    }


def minimumloon_melding(antwoorden: a.Antwoorden) -> str | None:
    """The minimum wage sentence when the work's hourly wage is below it for the person's age (else None)."""
    schoon = antwoorden.schoon()
    if not a.per_uur(schoon) or schoon.get("ul") is None or schoon.get("lt") is None:
        return None
    return forms.onder_minimumloon(schoon["lt"], schoon["ul"], peildatum(antwoorden))


def _minimumloon_controle(request: HttpRequest, stap: a.Stap, antwoorden: a.Antwoorden) -> HttpResponse | None:
    """"Klopt dit?" on the work question when the hourly wage is below the minimum wage; a second Volgende goes on."""
    if stap.naam != "werk":
        return None
    melding = minimumloon_melding(antwoorden)
    uurloon = a.als_tekst(antwoorden.schoon().get("ul"))
    if melding is None or request.GET.get(UURLOON_BEVESTIGD) == uurloon:
        return None
    form = stap.formulier(antwoorden)
    form.is_valid()
    form.add_error("ul", forms.controle_fout(" ".join((melding, _("Klopt het bedrag?")))))
    return render_vraag(request, stap, antwoorden, form, bevestig={"naam": UURLOON_BEVESTIGD, "waarde": uurloon})


def _na_antwoord(antwoorden: a.Antwoorden, stap: a.Stap) -> HttpResponseRedirect:
    """After a valid answer: the next question, or the check page when everything is answered."""
    nieuw = a.Antwoorden(antwoorden.canoniek())
    if nieuw.get("terug") == "1":
        volgende = nieuw.eerste_open_stap()
    else:
        volgende = a.volgende_stap(nieuw, stap) or nieuw.eerste_open_stap()
    if volgende is None:
        return HttpResponseRedirect(stap_url(None, nieuw.zonder("terug")))
    return HttpResponseRedirect(stap_url(volgende, nieuw))


@require_safe
def vraag(request: HttpRequest, naam: str) -> HttpResponse:
    stap = a.STAP.get(naam)
    if stap is None:
        raise Http404
    antwoorden = a.lees(request.GET)
    if not stap.nodig(antwoorden):
        # E.g. the children question for someone living alone: go on.
        return HttpResponseRedirect(stap_url(antwoorden.eerste_open_stap(), antwoorden))
    open_stap = antwoorden.eerste_open_stap(tot=stap)
    if open_stap is not None:
        return naar_open_stap(open_stap, antwoorden)

    if request.GET.get(VERSTUURD):
        form = antwoorden.formulier(stap)
        if not form.errors:
            return _minimumloon_controle(request, stap, antwoorden) or _na_antwoord(antwoorden, stap)
    elif stap.is_aanwezig(antwoorden):
        # Coming back (or a changed URL): show the answer, in Dutch notation; errors when it is not valid.
        form = antwoorden.formulier(stap)
    else:
        form = stap.form(antwoorden=dict(antwoorden))
    return render_vraag(request, stap, antwoorden, form)


@require_safe
def controle(request: HttpRequest) -> HttpResponse:
    antwoorden = a.lees(request.GET).zonder("terug")
    open_stap = antwoorden.eerste_open_stap()
    if open_stap is not None:
        return naar_open_stap(open_stap, antwoorden)
    canoniek = antwoorden.canoniek()
    rijen = [
        {"label": label, "waarde": waarde, "stap": stap, "wijzig_url": stap_url(stap, canoniek, terug="1")}
        for stap, label, waarde in a.samenvatting(antwoorden)
    ]
    laatste = antwoorden.stappen()[-1]
    return render(request, "vragen/controle.html", {
        "rijen": rijen,
        "resultaat_url": f"{reverse('resultaat')}?{a.query(canoniek)}",
        "terug_url": stap_url(laatste, canoniek),
    })
