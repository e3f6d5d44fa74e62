"""The printable explanation: the result page's content as a PDF; and a short one-page report for the dossier.

The same `bereken_resultaat` as the page computes the amounts; these views
only arrange them for paper (one table with every scenario, the
explanations written out) and add the stamp that lets a klantmanager
open the same result again. Both PDFs have the same limits (`limieten.pdf_beperkt`).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy, ngettext
from django.views.decorators.http import require_safe

from calculator import antwoorden as a
from calculator import deellink, limieten, pdf
from calculator.formatting import aantal
from calculator.views.resultaat import bereken_resultaat
from calculator.views.vergelijk import vergelijking

# Rows of the table "per maand, per bron" on paper: (key in per_maand, label, always shown).
OVERZICHT = [
    ("bruto_loon", gettext_lazy("Bruto loon"), True),
    ("netto_loon", gettext_lazy("Netto loon"), True),
    ("partner_loon", gettext_lazy("Netto loon van je partner"), False),
    ("bijstand", gettext_lazy("Bijstand"), True),
    ("vrijlating", gettext_lazy("Van je loon mag je houden (vrijlating)"), False),
    ("zorgtoeslag", gettext_lazy("Zorgtoeslag"), False),
    ("huurtoeslag", gettext_lazy("Huurtoeslag"), False),
    ("kindgebonden_budget", gettext_lazy("Kindgebonden budget"), False),
    ("kinderbijslag", gettext_lazy("Kinderbijslag"), False),
    ("kinderopvangtoeslag", gettext_lazy("Kinderopvangtoeslag"), False),
    ("kinderopvang_kosten", gettext_lazy("Kosten kinderopvang"), False),
    ("totaal", gettext_lazy("Totaal per maand"), True),
]


def _overzicht(context: dict) -> dict:
    """Columns "now" and each scenario (or "with work"), rows per source. Every column is a timeline's first year
    of work (the average of its months): "nu", the chosen hours and each other number of hours (its own timeline)."""
    per_bron = context["tijdlijn"]["per_bron"]
    # Translators: a column header ("Nu") and the line under it: now, without the person's work.
    kolommen = [{"kop": _("Nu"), "sub": _("zonder jouw werk"), "per_maand": per_bron["nu"]}]
    if context["scenarios"]:
        # Translators: a column header: a number of hours ("24 uur"), with "per week" (or "jouw keuze") under it.
        kolommen += [{"kop": uren_kop(s["uren"]), "sub": _("jouw keuze") if s["gekozen"] else _("per week"),
                      "gekozen": s["gekozen"], "per_maand": per_bron["met_werk"] if s["gekozen"] else s["per_maand"]}
                     for s in context["scenarios"]]
    else:
        kolommen.append({"kop": _("Met werk"), "sub": _("jouw keuze"), "gekozen": True,
                         "per_maand": per_bron["met_werk"]})
    rijen = [
        {"sleutel": sleutel, "label": label, "bedragen": [k["per_maand"][sleutel] for k in kolommen]}
        for sleutel, label, altijd in OVERZICHT
        if altijd or any(k["per_maand"][sleutel] for k in kolommen)
    ]
    return {"kolommen": kolommen, "rijen": rijen}


def uren_kop(uren: str) -> str:
    """A column header for a number of hours ("24 uur"; the line under it says "per week")."""
    # Translators: a column header, a number of working hours ("24 uur"); "per week" is on the line under it.
    return ngettext("%(uren)s uur", "%(uren)s uur", aantal(uren)) % {"uren": uren}


def _twee_per_rij(paren: list[tuple[str, str]]) -> list[list[tuple[str, str]]]:
    """(label, answer) pairs in two columns: the first half left, the second half right."""
    helft = (len(paren) + 1) // 2
    links, rechts = paren[:helft], paren[helft:]
    return [[links[i], *rechts[i:i + 1]] for i in range(helft)]


def _waarom(context: dict) -> list[dict]:
    """The rules package's explanations per source, as on the page.

    The toetsingsinkomen is left out here: the toeslagen part explains it, next to its amounts.
    """
    groepen = []
    for rij in context["rijen"]:
        uitleg = [u for u in rij["uitleg"] if u["onderwerp"] != "toetsingsinkomen"]
        if uitleg:
            groepen.append({"kop": rij["label"], "uitleg": uitleg})
    groepen += [{"kop": _("Waarom krijg je geen %(bron)s?") % {"bron": str(rij["label"]).lower()},
                 "uitleg": rij["uitleg"]}
                for rij in context["niet_van_toepassing"]]
    return groepen


@require_safe
@limieten.pdf_beperkt
def resultaat_pdf(request: HttpRequest) -> HttpResponse:
    context = bereken_resultaat(request)
    if isinstance(context, HttpResponse) or context["uitkomst"] is None:
        # Missing or wrong answers: the result page shows what to fix, in Dutch.
        return HttpResponseRedirect(f"{reverse('resultaat')}?{request.GET.urlencode()}")

    context.update({"overzicht": _overzicht(context), "waarom": _waarom(context)})
    link = deellink.resultaat_link(request, context["deel_query"])
    return _pdf(request, "resultaat/pdf.html", context, link, f"wat-houd-ik-over-{context['peildatum'].isoformat()}")


@require_safe
@limieten.pdf_beperkt
def verslag_pdf(request: HttpRequest) -> HttpResponse:
    """Een kort verslag: one A4 page for the dossier. The headline, the answers, the offers compared (when the
    link has them, as on /vergelijk/) or now and with work, and the stamp with date, rules version and QR code."""
    context = bereken_resultaat(request, met_scenarios=False)  # one column: now and with work
    if isinstance(context, HttpResponse) or context["uitkomst"] is None:
        return HttpResponseRedirect(f"{reverse('resultaat')}?{request.GET.urlencode()}")

    antwoorden = context["antwoorden"]
    vergeleken = vergelijking(antwoorden) if any(v in antwoorden for v in a.AANBOD_VELDEN) else None
    if vergeleken and vergeleken["kolommen"]:
        link = deellink.resultaat_link(request, vergeleken["vergelijk_query"], pagina="vergelijk")
        context.update({k: vergeleken[k] for k in ("kolommen", "rijen", "met_fasen", "conclusie", "periode_tekst")})
    else:
        link = deellink.resultaat_link(request, context["deel_query"])
        context["kolommen"] = None
        context["overzicht"] = _overzicht(context)
    context["kort"] = True  # the month strip says what to set aside: the headline's paragraph about it stays out
    return _pdf(request, "resultaat/verslag.html", context, link,
                f"wat-houd-ik-over-verslag-{context['peildatum'].isoformat()}")


def _pdf(request: HttpRequest, template: str, context: dict, link: str, naam: str) -> HttpResponse:
    """Render a PDF with the parts every paper version has (answers, stamp, link and QR code); never stored."""
    context.update({
        "afdruk": True,
        "berekend": timezone.localtime(),
        "deellink": link,
        "qr": deellink.qr_svg(link),
        "samenvatting": _twee_per_rij([(label, waarde)
                                       for _, label, waarde in a.samenvatting(context["antwoorden"], alles=False)]),
    })
    response = HttpResponse(pdf.maak_pdf(render_to_string(template, context, request=request)),
                            content_type="application/pdf")
    response["Content-Disposition"] = f'attachment; filename="{naam}.pdf"'
    response["Cache-Control"] = "no-store"
    return response
