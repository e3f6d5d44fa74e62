""""Klopt dit?": an answer that is possible but seldom meant is asked back, never refused and never computed silently.

Numbers are read the Dutch way first (`calculator.getallen`), so "1,100" typed for a monthly wage is € 1,10. That
can be true, but it is almost always English notation or a typing mistake. So the question shows the answer again,
says why it looks odd, offers the other reading ("Bedoel je € 1.100?"), and goes on only when the person sends the
same answer again (`forms.klopt_dit`; the confirmed answer travels in the link as `<field>ok`, like `hrok` for a
rent above the huurgrens). Until then no result is computed from it.

The bound below is ours, not law: it is a judgement about typing mistakes (no wage, partner's wage or rent of a
household on bijstand is under € 50 a month in practice), so it lives here, named, and not in `regels` with the
sourced amounts.
"""

from __future__ import annotations

from decimal import Decimal

from calculator.formatting import euro
from calculator.getallen import andere_lezing, getal_nl

MAANDBEDRAG_LAAG = Decimal(50)  # a monthly wage (bruto or netto), a partner's wage, a rent: under this we ask


def _bedrag(waarde: Decimal) -> str:
    return euro(waarde, centen=waarde != waarde.to_integral_value())


def bedrag_per_maand(tekst: str | None, waarde: Decimal, wat: str, maximum: Decimal) -> str | None:
    """Why a monthly amount looks odd, and what else may have been meant; None when it looks fine.

    `wat` starts the sentence ("Je loon"); `maximum` is the highest answer the question accepts (a reading above
    it is not offered).
    """
    ander = andere_lezing(tekst)
    laag = waarde < MAANDBEDRAG_LAAG
    if not laag and ander is None:
        return None
    zinnen = [f"{wat} is {_bedrag(waarde)} per maand."]
    if laag:
        zinnen.append("Dat is heel weinig.")
    if ander is not None:
        zinnen.append("Een komma staat bij ons voor de centen.")
        if MAANDBEDRAG_LAAG <= ander <= maximum:
            zinnen.append(f"Bedoel je {_bedrag(ander)}? Vul dat dan in.")
    zinnen.append(f"Klopt {_bedrag(waarde)}?")
    return " ".join(zinnen)


def uren_per_maand(tekst: str | None, waarde: Decimal, maximum: int) -> str | None:
    """Hours a month written as "8,000": 8 hours the Dutch way, more hours than a month has the English way."""
    ander = andere_lezing(tekst)
    if ander is None:
        return None
    zinnen = [f"We lezen {tekst.strip()} als {getal_nl(waarde)} uur per maand."]
    if ander > maximum:
        zinnen.append(f"{getal_nl(ander)} uur is meer dan een maand heeft.")
    else:
        zinnen.append(f"Bedoel je {getal_nl(ander)} uur?")
    zinnen.append(f"Vul het aantal uren dan in zonder punt of komma. Klopt {getal_nl(waarde)} uur?")
    return " ".join(zinnen)
