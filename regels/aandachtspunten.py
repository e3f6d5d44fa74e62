"""What a person (and a gemeente) acts on in a timeline, each by a stated rule over the months "met werk".

- `maanden_onder_norm`: the months of the first `TABEL_MAANDEN` months of work (the table's period) in which the
  household's salaries and bijstand fall below the monthly part of its norm (`onder_norm` > 0).
- `apart_zetten`: with the gemeente deducting a month later (`volgende_maand`), the first deduction of this work's
  income: the month whose income it is, the month it is deducted, and the amount to set aside from that month's
  pay (the deducted income minus its vrijlating).
- `terugvordering`: the first month with a claim when the bijstand stops for good, and the claim.
- `bufferbudget`: the first month in which a gemeente may pay a bufferbudget (art. 34b, from 2027), and that amount.
"""

from __future__ import annotations


def aandachtspunten(start: str, met_werk: dict, tabel_maanden: int) -> dict:
    """`start`: the first month of work (JJJJ-MM); `met_werk`: the timeline's months with work."""
    werk = [m for m in met_werk["maanden"] if m["maand"] >= start]
    aftrek = next((m for m in werk if m["verrekend_inkomen"] and m["verrekend_inkomen_van"]
                   and m["verrekend_inkomen_van"] >= start), None)
    return {
        "maanden_onder_norm": [m["maand"] for m in werk[:tabel_maanden] if m["onder_norm"]],
        "apart_zetten": {"maand": aftrek["verrekend_inkomen_van"], "afgetrokken_in": aftrek["maand"],
                         "bedrag": round(aftrek["verrekend_inkomen"] - aftrek["vrijlating"], 2)}
        if aftrek and met_werk["verrekening"] == "volgende_maand" else None,
        "terugvordering": _eerste(werk, "terugvordering"),
        "bufferbudget": _eerste(werk, "bufferbudget"),
    }


def _eerste(maanden: list[dict], veld: str) -> dict | None:
    m = next((m for m in maanden if m[veld]), None)
    return {"maand": m["maand"], "bedrag": m[veld]} if m else None
