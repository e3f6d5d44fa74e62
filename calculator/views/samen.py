"""Samen rekenen: every question on one page, for someone who knows the answers (a klantmanager at an intake,
an ervaringsdeskundige next to a person), with the result next to it; and a printable guide for the conversation.

The one-page form is no second copy of the questions: it renders the very forms of the question pages
(`calculator.antwoorden.STAPPEN`), grouped in fieldsets, with the same query parameters, the same validation and
the same Dutch messages; `Antwoorden` reads each step once. It is a GET form that works without JavaScript
("Reken uit"); with htmx every change updates only the result next to it (never the fields someone is typing in).

Fields that depend on a choice on the same page (a partner's age, the children, hours or a monthly wage, quiet and
busy months) are all on the page; the stylesheet shows them after that choice (`forms.Vraag.toon_als`), and the
server validates only what the answers need (`Antwoorden.stappen()`).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.forms import BoundField
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_safe

import regels
from calculator import antwoorden as a
from calculator import forms
from calculator.views.resultaat import resultaat_context
from calculator.views.vragen import VERSTUURD, foutenlijst, minimumloon_melding, peildatum

# The groups of the page: (legend, steps). The work pattern has defaults for everything, but the start month and the
# pay rhythm change the months and what to set aside: shown like the others, never folded away as optional.
GROEPEN = (
    # Translators: headings of the groups of questions on the one-page form.
    (gettext_lazy("Jij en je huishouden"), ("leefvorm", "leeftijd", "kinderen", "huisgenoten")),
    (gettext_lazy("Wonen"), ("huur",)),
    (gettext_lazy("Werk"), ("werk",)),
    (gettext_lazy("Hoe je loon komt"), ("werkpatroon",)),
    (gettext_lazy("Kosten van werken"), ("kosten",)),
    (gettext_lazy("Vrijlating, gemeente en giften"), ("vrijlating", "gemeente", "giften")),
)


def groepen_van_stappen() -> list[tuple[str, tuple[str, ...]]]:
    """GROEPEN for the steps there are; a step no group names gets a group of its own, after its predecessor's.

    So a new question on the question pages is never missing from the one-page form.
    """
    genoemd = {naam for _, namen in GROEPEN for naam in namen}
    lijst = [(legenda, tuple(n for n in namen if n in a.STAP)) for legenda, namen in GROEPEN]
    vorige = None
    for stap in a.STAPPEN:
        if stap.naam not in genoemd:
            plek = next((i + 1 for i, (_, namen) in enumerate(lijst) if vorige in namen), len(lijst))
            lijst.insert(plek, (stap.kort, (stap.naam,)))
        vorige = stap.naam
    return [(legenda, namen) for legenda, namen in lijst if namen]
# A field that is not in a step's form for these answers comes from the same form for other answers (shown
# only after the choice that needs it; its value as typed, never an error).
VARIANTEN = ({"lv": "partner"}, {"lv": "ouder"}, {"wv": "maand"}, {"wv": ""})
EIGEN_WEERGAVE = {"wv"}  # rendered by the template: radio buttons instead of the question page's link
# On one page there is no "Volgende": a "Klopt dit?" message names this page's button.
# Translators: button of the one-page form: compute the result.
KNOP = gettext_lazy("Reken uit")


@dataclass
class Veld:
    veld: BoundField
    toon_als: str
    zonder_fout: bool


def _variant(stap: a.Stap, antwoorden: a.Antwoorden, naam: str) -> BoundField | None:
    ruw = dict(antwoorden)
    waarden = {**stap.form.standaard, **{k: v for k, v in ruw.items() if k in stap.velden}}
    for anders in VARIANTEN:
        form = stap.form(initial=waarden, antwoorden={**ruw, **anders})
        if naam in form.fields:
            return form[naam]
    return None


def _velden(stap: a.Stap, antwoorden: a.Antwoorden, nodig: bool, fouten_tonen: bool) -> list[Veld]:
    """The fields of one step as the page shows them: from the step's own form where it has them."""
    form = antwoorden.formulier(stap) if nodig else None
    lijst = []
    for naam in stap.velden:
        if naam in EIGEN_WEERGAVE:
            continue
        if form is not None and naam in form.fields:
            veld, eigen = form[naam], True
        else:
            veld, eigen = _variant(stap, antwoorden, naam), False
        if veld is not None:
            lijst.append(Veld(veld, stap.form.toon_als.get(naam, ""), not (eigen and fouten_tonen)))
    return lijst


def samen_context(request: HttpRequest, antwoorden: a.Antwoorden) -> dict:
    verstuurd = bool(request.GET.get(VERSTUURD))
    nodig = {stap.naam for stap in antwoorden.stappen()}
    groepen = []
    for legenda, namen in groepen_van_stappen():
        stappen = [a.STAP[naam] for naam in namen]
        velden = [v for stap in stappen for v in _velden(stap, antwoorden, stap.naam in nodig, verstuurd)]
        if not velden:
            continue  # e.g. childcare before the children's ages are known
        groepen.append({"legenda": legenda, "velden": velden, "stappen": namen})

    # What still needs an answer or a fix, in the order of the page: the forms' own messages.
    for stap in antwoorden.stappen():
        forms.knop_in_controles(antwoorden.formulier(stap), KNOP)
    fouten = foutenlijst(*(antwoorden.formulier(stap) for stap in antwoorden.stappen()))
    open_stappen = [stap for stap in antwoorden.stappen() if not antwoorden.beantwoord(stap)]
    begonnen = any(v in antwoorden for stap in a.STAPPEN for v in stap.velden if not stap.form.standaard)

    canoniek = antwoorden.canoniek()
    context = {
        "groepen": groepen,
        "verstuurd": verstuurd,
        "fouten": fouten if verstuurd else [],
        "nog_te_doen": fouten if not verstuurd and begonnen else [],
        "begonnen": begonnen,
        "per_maand": not a.per_uur(antwoorden),
        "werk_vormen": forms.WERK_VORMEN,
        "verborgen": a.verborgen(canoniek, zonder=tuple(v for stap in a.STAPPEN for v in stap.velden)),
        "minimumloon": forms.minimumloon_hint(antwoorden.schoon().get("lt"), peildatum(antwoorden)),
        "minimumloon_melding": None,
        "samen": True,
        "uitkomst": None,
        "knop": KNOP,
        # Only "Klopt dit?" questions, no mistakes: the summary says so in its heading.
        "alleen_controle": forms.alleen_controle(*(antwoorden.formulier(stap) for stap in antwoorden.stappen())),
    }
    if not open_stappen:
        context["minimumloon_melding"] = minimumloon_melding(antwoorden)
        resultaat, weigering = resultaat_context(antwoorden, met_scenarios=False)  # this page shows no cards
        if weigering is not None:
            # The rules refused an answer: the message goes with the question that asks it.
            for veld, melding in weigering.fouten.items():
                gevonden = a.vraag_voor_regels_veld(veld)
                formveld = gevonden[1] if gevonden else None
                context["fouten" if verstuurd else "nog_te_doen"].append(
                    (f"id_{formveld}" if formveld else "", melding))
        else:
            # This page's hidden fields stay its own (the result's would repeat the questions on this page).
            context.update({k: v for k, v in resultaat.items() if k != "verborgen"})
            if resultaat["uitkomst"] is not None:
                context["maanden_url"] = f"{reverse('resultaat')}?{resultaat['deel_query']}#maand-voor-maand"
            else:
                # A wrong peildatum, other hours or way of settling in the link: those are not asked on this page,
                # so the message is shown and the next "Reken uit" goes on without the wrong value.
                fout = {veld for form in (resultaat["aanpassen"], resultaat["verrekening"]) for veld in form.errors}
                context["verborgen"] = [(naam, waarde) for naam, waarde in context["verborgen"] if naam not in fout]
            # The result's own fields (peildatum, other hours) are not on this page: their messages have no link.
            op_pagina = [(veld_id if veld_id.removeprefix("id_") in a.ALLE_VELDEN and veld_id.removeprefix("id_")
                          not in a.RESULTAAT_VELDEN else "", fout) for veld_id, fout in resultaat["fouten"]]
            context["fouten"] = op_pagina if verstuurd else []
            context["nog_te_doen"] = [] if verstuurd else op_pagina
    return context


@require_safe
def samen(request: HttpRequest) -> HttpResponse:
    antwoorden = a.lees(request.GET).zonder("terug")
    context = samen_context(request, antwoorden)
    if request.htmx:
        return render(request, "samen/_live.html", context)
    return render(request, "samen/pagina.html", context)


# Things the person brings to the conversation (B1).
MEENEMEN = (
    (gettext_lazy("Je loonstrook, of je arbeidscontract"),
     gettext_lazy("Daarop staan je uren en je bruto uurloon. Heb je nog geen werk? "
                  "Neem dan het aanbod mee, met de uren en het loon.")),
    (gettext_lazy("Je huurcontract"),
     gettext_lazy("Daarop staat je kale huur: de huur zonder servicekosten, water en energie.")),
    # Translators: "beschikking" is the official letter (decision) of Dienst Toeslagen about the toeslagen.
    (gettext_lazy("De beschikking van je toeslagen"),
     gettext_lazy("De brief van Dienst Toeslagen over je zorgtoeslag, huurtoeslag en "
                  "kindgebonden budget. Of kijk samen in Mijn toeslagen.")),
    (gettext_lazy("De brief over je bijstand"),
     gettext_lazy("Daarin staat of je al een inkomstenvrijlating hebt gehad, en hoe lang.")),
)


def _veelgestelde_vragen(peildatum_: dt.date) -> list[tuple[str, str]]:
    weken = int(regels.waarde(regels.DOORGEVEN_WEKEN, peildatum_))
    # Translators: questions people ask in a conversation about work next to bijstand ("ik" is the person), each
    # with its answer.
    return [
        (_("Ga ik erop vooruit als ik ga werken?"),
         _("Meestal wel. De rekenhulp laat zien hoeveel. In de eerste maanden mag je vaak een deel van je loon "
           "houden, naast je bijstand. Dat heet de inkomstenvrijlating.")),
        (_("Raak ik mijn bijstand kwijt?"),
         _("Niet meteen. Je bijstand wordt lager als je loon krijgt. Pas als je genoeg verdient, stopt je bijstand. "
           "De rekenhulp laat zien vanaf hoeveel uur dat is.")),
        (_("Wat gebeurt er met mijn toeslagen?"),
         ngettext("Die kunnen lager of hoger worden. Geef je nieuwe inkomen binnen %(weken)s week door aan Dienst "
                  "Toeslagen. Dan krijg je meteen het goede bedrag, en hoef je later niets terug te betalen.",
                  "Die kunnen lager of hoger worden. Geef je nieuwe inkomen binnen %(weken)s weken door aan Dienst "
                  "Toeslagen. Dan krijg je meteen het goede bedrag, en hoef je later niets terug te betalen.",
                  weken) % {"weken": weken}),
        (_("Moet ik iets terugbetalen?"),
         _("Niet als je alles op tijd doorgeeft. Lever elke maand je loonstrook in bij de gemeente. En geef je "
           "inkomen door aan Dienst Toeslagen. In de eerste maand met loon kan het krap zijn: de rekenhulp zegt "
           "hoeveel je dan apart zet.")),
        (_("Wordt er iets over mij bewaard?"),
         _("Nee. De rekenhulp bewaart niets. Je antwoorden staan alleen in de link. Wil je de berekening houden? "
           "Scan de QR-code met je telefoon, of neem het verslag op papier mee.")),
    ]


@require_safe
def leidraad(request: HttpRequest) -> HttpResponse:
    """The guide for the conversation: the questions in the order of the one-page form, what to bring, and
    the five things people ask most, in B1. Printable; the same questions as the forms (no list of its own)."""
    vandaag = dt.date.today()
    groepen = []
    for legenda, namen in groepen_van_stappen():
        vragen = []
        for naam in namen:
            stap = a.STAP[naam]
            voorbeeld = a.Antwoorden({"lv": "partner"})
            velden = [_variant(stap, voorbeeld, veld) for veld in stap.velden if veld not in EIGEN_WEERGAVE]
            vragen.append({
                "titel": stap.form.titel,
                "waarom": stap.form.waarom,
                "velden": [{"label": v.label, "hulp": v.help_text, "keuzes": [k[1] for k in getattr(v.field, "choices", [])
                                                                             if k[0]],
                            "wanneer": LEIDRAAD_WANNEER.get(stap.form.toon_als.get(v.name, ""), "")}
                           for v in velden if v is not None and not v.is_hidden],
                "standaard": bool(stap.form.standaard),
            })
        groepen.append({"legenda": legenda, "vragen": vragen})
    return render(request, "samen/leidraad.html", {
        "groepen": groepen,
        "meenemen": MEENEMEN,
        "veelgesteld": _veelgestelde_vragen(vandaag),
        "samen_url": reverse("samen"),
    })


# When a question on the form applies (the conditions of forms.Vraag.toon_als), in words.
LEIDRAAD_WANNEER = {
    # Translators: when a question on the form applies (in the printable guide, after the question).
    "partner": gettext_lazy("Alleen met een partner."),
    "kinderen": gettext_lazy("Alleen met kinderen: met je partner, of als alleenstaande ouder."),
    # Translators: when a question on the form applies: only when someone else lives in the house too.
    "kdj-ja": gettext_lazy("Alleen als er nog iemand woont."),
    "per-uur": gettext_lazy("Als je je uren en je uurloon weet."),
    "per-maand": gettext_lazy("Als je alleen je loon per maand weet."),
    "wisselend": gettext_lazy("Alleen als je uren elke maand anders zijn."),
}
