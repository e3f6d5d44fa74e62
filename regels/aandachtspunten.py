"""What a person (and a gemeente) acts on in a timeline, each by a stated rule over the months "met werk".

- `maanden_onder_norm`: the months of the first `TABEL_MAANDEN` months of work (the table's period) in which the
  household's salaries and bijstand fall below the monthly part of its norm (`onder_norm` > 0).
- `apart_zetten`: with the gemeente deducting a month later (`volgende_maand`), the first deduction of this work's
  income: the month whose income it is, the month it is deducted, and the amount to set aside from that month's
  pay: the deducted income minus its vrijlating, at most the bijstand paid in the month of that income (what came in
  on top of the salary; none when no bijstand was paid then, as when the work ends the bijstand at once).
- `terugvordering`: the first month with a claim when the bijstand stops for good, and the claim.
- `bufferbudget`: the first month in which a gemeente may pay a bufferbudget (art. 34b, from 2027), and that amount.
- `kinderopvangtoeslag_aanvragen`: the first month of childcare with this work, and the day before which the
  application must be in to get the toeslag from that month on (Wet kinderopvang art. 1.3 lid 2 b: the toeslag goes
  back to the first day of the calendar month three calendar months before the application).
"""

from __future__ import annotations

import datetime as dt

from .kalender import maand_iso, plus_maanden
from .maanden import regels_op
from .parameters import PARAMETERS

KINDEROPVANGTOESLAG_TERUG = "kinderopvangtoeslag.aanvraag.terug_kalendermaanden"


def aandachtspunten(start: str, met_werk: dict, tabel_maanden: int) -> dict:
    """`start`: the first month of work (JJJJ-MM); `met_werk`: the timeline's months with work."""
    werk = [m for m in met_werk["maanden"] if m["maand"] >= start]
    aftrek = next((m for m in werk if m["verrekend_inkomen"] and m["verrekend_inkomen_van"]
                   and m["verrekend_inkomen_van"] >= start), None)
    apart = None
    if aftrek and met_werk["verrekening"] == "volgende_maand":
        betaald = next(m["bijstand"] for m in met_werk["maanden"] if m["maand"] == aftrek["verrekend_inkomen_van"])
        bedrag = round(min(aftrek["verrekend_inkomen"] - aftrek["vrijlating"], betaald), 2)
        if bedrag > 0:
            apart = {"maand": aftrek["verrekend_inkomen_van"], "afgetrokken_in": aftrek["maand"], "bedrag": bedrag}
    return {
        "maanden_onder_norm": [m["maand"] for m in werk[:tabel_maanden] if m["onder_norm"]],
        "apart_zetten": apart,
        "terugvordering": _eerste(werk, "terugvordering"),
        "bufferbudget": _eerste(werk, "bufferbudget"),
        "kinderopvangtoeslag_aanvragen": _kinderopvangtoeslag_aanvragen(werk),
    }


def _kinderopvangtoeslag_aanvragen(maanden: list[dict]) -> dict | None:
    opvang = next((m["maand"] for m in maanden if m["kinderopvang_kosten"]), None)
    if opvang is None:
        return None
    eerste = dt.date.fromisoformat(f"{opvang}-01")
    terug = int(regels_op(eerste)[KINDEROPVANGTOESLAG_TERUG])
    parameter = PARAMETERS[KINDEROPVANGTOESLAG_TERUG]
    # Applied on the last day of the month `terug` months later, the toeslag still goes back to the first month.
    return {"opvang_vanaf": maand_iso(eerste), "aanvragen_voor": plus_maanden(eerste, terug + 1).isoformat(),
            "bron": parameter.verwijzing, "url": parameter.waarde_op(eerste).bron.url_voor(parameter.artikel)}


def _eerste(maanden: list[dict], veld: str) -> dict | None:
    m = next((m for m in maanden if m[veld]), None)
    return {"maand": m["maand"], "bedrag": m[veld]} if m else None
