"""Simple information pages: home, privacy, over, and the error pages."""

from __future__ import annotations

import datetime as dt

from django.http import HttpRequest, HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_safe

import regels
from calculator import forms
from calculator.woordenlijst import WOORDEN


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/home.html")


@require_safe
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/privacy.html")


@require_safe
def over(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/over.html")


@require_safe
def vertalingen(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/vertalingen.html")


@require_safe
def woorden(request: HttpRequest) -> HttpResponse:
    """The glossary: the Dutch words of the letters, each with a short explanation in the page's language."""
    return render(request, "pages/woorden.html", {"woorden": WOORDEN})


@require_safe
def niet_uitgerekend(request: HttpRequest) -> HttpResponse:
    vanaf = max(dt.date.today(), regels.geldt_vanaf(regels.BUFFERBUDGET_PER_JAAR))
    return render(request, "pages/niet_uitgerekend.html", {
        "bufferbudget": regels.waarde(regels.BUFFERBUDGET_PER_JAAR, vanaf),
        "bufferbudget_vanaf": regels.geldt_vanaf(regels.BUFFERBUDGET_PER_JAAR),
        "maanden_34a": int(regels.waarde(regels.VRIJLATING_MAANDEN_34A, vanaf)),
    })


# Headings for the groups of amounts on the "bedragen" page (folders of regels/data).
GROEPEN = {
    # Translators: a heading; the name of the Dutch law in brackets stays Dutch.
    "participatiewet": gettext_lazy("Bijstand en vrijlating (Participatiewet)"),
    # Translators: a heading; the names of the Dutch laws in brackets stay Dutch.
    "regeling_participatiewet": gettext_lazy("Vakantiegeld bij werk en bijstand (Regeling Participatiewet, IOAW en "
                                             "IOAZ)"),
    "wet_minimumloon": gettext_lazy("Minimumloon en vakantiegeld"),
    "wet_inkomstenbelasting": gettext_lazy("Loonbelasting"),
    "zorgtoeslag": gettext_lazy("Zorgtoeslag"),
    "huurtoeslag": gettext_lazy("Huurtoeslag"),
    "kindgebonden_budget": gettext_lazy("Kindgebonden budget"),
    "kinderbijslag": gettext_lazy("Kinderbijslag"),
    "kinderopvangtoeslag": gettext_lazy("Kinderopvangtoeslag"),
    "awir": gettext_lazy("Regels voor alle toeslagen"),
    # Translators: the age at which the Dutch state pension (AOW) starts.
    "aow": gettext_lazy("AOW-leeftijd"),
}


@require_safe
def bedragen(request: HttpRequest) -> HttpResponse:
    """Every amount the rekenhulp uses on a date, with its source: so anyone can check our numbers."""
    eerste, laatste = regels.peildatum_bereik()
    form = forms.PeildatumForm(request.GET)
    peildatum = (form.is_valid() and form.cleaned_data["pd"]) or dt.date.today()
    peildatum = min(max(peildatum, eerste), laatste)
    form = forms.PeildatumForm(initial={"pd": peildatum}) if not form.errors else form
    groepen: dict[str, list[dict]] = {}
    for parameter in regels.parameters_op(peildatum):
        groepen.setdefault(parameter["parameter"].split(".")[0], []).append(parameter)
    context = {
        "peildatum": peildatum,
        "form": form,
        "groepen": [(titel, groepen[naam]) for naam, titel in GROEPEN.items() if naam in groepen],
    }
    return render(request, "pages/bedragen.html", context)


def niet_gevonden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404 page in Dutch, with the normal layout."""
    return HttpResponseNotFound(loader.render_to_string("404.html", request=request))


def serverfout(request: HttpRequest) -> HttpResponse:
    """500 page: plain template without context processors, so it cannot fail again."""
    return HttpResponseServerError(loader.get_template("500.html").render())
