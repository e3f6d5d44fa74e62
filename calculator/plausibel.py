""""Klopt dit?": an answer that is possible but seldom meant is asked back, never refused and never computed silently.

Numbers are read the Dutch way first (`calculator.getallen`), so "1,100" typed for a monthly wage is € 1,10. That
can be true, but it is almost always English notation or a typing mistake. So the question shows the answer again,
says why it looks odd, offers the other reading ("Bedoel je € 1.100?"), and goes on only when the person sends the
same answer again (`forms.klopt_dit`; the confirmed answer travels in the link as `<field>ok`, like `hrok` for a
rent above the huurgrens). Until then no result is computed from it.

Odd is: a monthly amount under the bound below, or any amount written so that English reads it otherwise (one
comma and three digits: "1,100", "8,000"; so also gifts and hours of childcare, where a small number can be true).

The bound is ours, not law: it is a judgement about typing mistakes (no wage, partner's wage or rent of a household
on bijstand is under € 50 a month in practice), so it lives here, named, and not in `regels` with the sourced
amounts.
"""

from __future__ import annotations

from decimal import Decimal

from django.utils.translation import gettext as _, gettext_lazy, ngettext

from calculator.formatting import euro
from calculator.getallen import andere_lezing, getal_nl

MAANDBEDRAG_LAAG = Decimal(50)  # a monthly wage (bruto or netto), a partner's wage, a rent: under this we ask
GEEN_GRENS = Decimal(0)  # gifts can be small: only an amount written the English way ("1,500") is asked

# The first sentence of the question, per answer: %(bedrag)s is the amount as we read it ("€ 1,10").
JE_LOON = gettext_lazy("Je loon is %(bedrag)s per maand.")
HET_LOON = gettext_lazy("Het loon is %(bedrag)s per maand.")
LOON_PARTNER = gettext_lazy("Het loon van je partner is %(bedrag)s per maand.")
HUUR = gettext_lazy("Je kale huur is %(bedrag)s per maand.")
GIFTEN = gettext_lazy("Het bedrag aan giften is %(bedrag)s dit jaar.")
REISKOSTEN = gettext_lazy("Je reiskosten zijn %(bedrag)s per maand.")
# Translators: the travel allowance of the employer.
VERGOEDING = gettext_lazy("De vergoeding is %(bedrag)s per maand.")
ANDERE_KOSTEN = gettext_lazy("De andere kosten zijn %(bedrag)s per maand.")


def _bedrag(waarde: Decimal) -> str:
    return euro(waarde, centen=waarde != waarde.to_integral_value())


def bedrag(tekst: str | None, waarde: Decimal, zin: str, maximum: Decimal, *,
           laag: Decimal = MAANDBEDRAG_LAAG) -> str | None:
    """Why an amount looks odd, and what else may have been meant; None when it looks fine.

    Odd is: under `laag` (a monthly amount), or written so that it reads otherwise in English ("1,100").
    `zin` is the first sentence, with the amount as %(bedrag)s (`JE_LOON`, ...); `maximum` is the highest answer the question accepts (a reading above
    it is not offered).
    """
    ander = andere_lezing(tekst)
    te_laag = waarde < laag
    if not te_laag and ander is None:
        return None
    zinnen = [str(zin) % {"bedrag": _bedrag(waarde)}]
    if te_laag:
        zinnen.append(_("Dat is heel weinig."))
    if ander is not None:
        zinnen.append(_("Een komma staat bij ons voor de centen."))
        if MAANDBEDRAG_LAAG <= ander <= maximum:
            zinnen.append(_("Bedoel je %(bedrag)s? Vul dat dan in.") % {"bedrag": _bedrag(ander)})
    # Translators: %(bedrag)s is the amount as we read it, e.g. "€ 1,10": is it right?
    zinnen.append(_("Klopt %(bedrag)s?") % {"bedrag": _bedrag(waarde)})
    return " ".join(zinnen)


def uren_per_maand(tekst: str | None, waarde: Decimal, maximum: int) -> str | None:
    """Hours a month written as "8,000": 8 hours the Dutch way, more hours than a month has the English way."""
    ander = andere_lezing(tekst)
    if ander is None:
        return None
    # Translators: %(tekst)s is what the person typed (the hours may have a decimal comma, so no plural forms), e.g. "8,000"; %(uren)s the number of hours we read, e.g. "8".
    zinnen = [_("We lezen %(tekst)s als %(uren)s uur per maand.") % {"tekst": tekst.strip(), "uren": getal_nl(waarde)}]
    if ander > maximum:
        zinnen.append(ngettext("%(uren)s uur is meer dan een maand heeft.", "%(uren)s uur is meer dan een maand heeft.",
                               int(ander)) % {"uren": getal_nl(ander)})
    else:
        zinnen.append(ngettext("Bedoel je %(uren)s uur?", "Bedoel je %(uren)s uur?", int(ander)) % {"uren": getal_nl(ander)})
    zinnen.append(_("Vul het aantal uren dan in zonder punt of komma. Klopt %(uren)s uur?") % {"uren": getal_nl(waarde)})
    return " ".join(zinnen)
