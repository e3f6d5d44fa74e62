"""One timeline per situation: every summary a person reads is a view of these months.

The calendar runs from the month before the work starts until `WERKMAANDEN` months of work: long enough to show a
4-weekly double payment and the month in which a 12-month vrijlating has ended, also when the gemeente deducts the
salary a month later. Each month takes the rules in force on its own first day (`maanden.regels_op`); the peildatum
only says what is known today and never gives a later month today's rules.

"Met werk" and "nu" are the same household on the same calendar, "nu" without the new job (and without its
childcare), so a partner's vrijlating ends in "nu" too. Zero hours is no new work: then both are the same months.

The summaries, each with its rule:

- `fasen`: runs of work months in which the same vrijlating rule applies to the income deducted that month (a month
  without a deduction, such as the first one when the gemeente deducts a month later, joins the months after). A phase
  says how many months, the ordinary month (`gewoon`: the median over its months of the total without the payments
  that come once a year or per quarter), and those payments per month (`bijzonder`: vakantiegeld of the employer and
  of the bijstand, kinderbijslag). `verschil` is the average per month of met werk minus nu over the same months.
- `per_bron`: per source the sum over the first `TABEL_MAANDEN` months of work divided by their number, rounded to
  the cent; `totaal` the same for each month's total (so it may differ from the sum of the rows by rounding only).
  `kosten_van_werken` and `totaal_na_kosten` the same for the costs of working and each month's money after them.
- Costs of working are not money that lands: each phase also has `gewoon_na_kosten` (the median of the ordinary
  months minus their costs) and `verschil_na_kosten` (met werk after costs minus nu, per month).
- `vrijlating_stopt`: the first month of work whose income gets no vrijlating any more, by calendar.
- `aandachtspunten`: months under the norm, what to set aside, the exit claim and the bufferbudget (`aandachtspunten`).
"""

from __future__ import annotations

import datetime as dt
import statistics
from dataclasses import replace

from . import REGELS_VERSIE
from .aandachtspunten import aandachtspunten
from .berekening import _werkende
from .invoer import Situatie
from .kalender import MAANDEN_PER_JAAR, eerste_van, maand_iso, maand_uit_iso, plus_maanden
from .maanden import bereken_maanden, regels_op
from .vrijlating import vrijlating_regel

WERKMAANDEN = MAANDEN_PER_JAAR + 2  # 12 months of vrijlating, deducted a month later, and the first month without
TABEL_MAANDEN = MAANDEN_PER_JAAR  # the per-source table: the first year of work
BIJZONDER = ("vakantiegeld_netto", "vakantietoeslag_bijstand", "kinderbijslag", "premie_gemeente")
# Per source in the table: the month fields that make it up (minus: what is taken back).
BRONNEN = {
    "bruto_loon": (("loon_bruto",), ()),
    "netto_loon": (("loon_netto", "vakantiegeld_netto"), ()),
    "partner_loon": (("partner_loon_netto",), ()),
    "bijstand": (("bijstand", "vakantietoeslag_bijstand"), ("terugvordering",)),
    "zorgtoeslag": (("zorgtoeslag",), ()),
    "huurtoeslag": (("huurtoeslag",), ()),
    "kindgebonden_budget": (("kindgebonden_budget",), ()),
    "kinderbijslag": (("kinderbijslag",), ()),
    "kinderopvangtoeslag": (("kinderopvangtoeslag",), ()),
    "kinderopvang_kosten": ((), ("kinderopvang_kosten",)),
    "premie_gemeente": (("premie_gemeente",), ()),
    "vrijlating": (("vrijlating",), ()),
}


def heeft_werk(s: Situatie) -> bool:
    """New work that brings something in: zero hours or a wage of zero is no new work ("nu")."""
    w = s.werk
    if w is None:
        return False
    if w.uren_per_week is not None:
        return w.uren_per_week > 0 and (w.bruto_uurloon or 0) > 0 or any(
            (r.uren_per_week or 0) > 0 or (r.bruto or 0) > 0 for r in w.rooster)
    return bool(w.bruto_per_maand or w.netto_per_maand)


def startmaand(s: Situatie) -> dt.date:
    """The first month of the new work (its first day may be later in it); without a start, the peildatum's month."""
    return eerste_van(s.werk.start if s.werk and s.werk.start else s.peildatum)


def kalender(s: Situatie) -> tuple[Situatie, Situatie]:
    """The situation "met werk" and "nu" on the timeline's calendar (from the month before the start)."""
    start = startmaand(s)
    vast = replace(s, peildatum=plus_maanden(start, -1), maanden=1 + WERKMAANDEN)
    nu = replace(vast, werk=None, kinderopvang=())
    met = replace(vast, werk=replace(s.werk, start=s.werk.start or start)) if heeft_werk(s) else nu
    return met, nu


def bereken_tijdlijn(s: Situatie, met_uitleg: bool = True, nu: dict | None = None) -> dict:
    """`nu`: the months "nu" of this household and calendar, when already computed (another number of hours)."""
    met_s, nu_s = kalender(s)
    # "Nu" is compared with, never explained month by month: its sentences are only written when it is all there is.
    if nu is None or (met_uitleg and met_s is nu_s):
        nu = bereken_maanden(nu_s, met_uitleg and met_s is nu_s)
    met = bereken_maanden(met_s, met_uitleg) if met_s is not nu_s else nu
    start = startmaand(s)
    werkmaanden = [m for m in met["maanden"] if maand_uit_iso(m["maand"]) >= start]
    nu_werkmaanden = [m for m in nu["maanden"] if maand_uit_iso(m["maand"]) >= start]
    regels = [_vrijlating_regel(s, met_s, met["maanden"], i) for i in range(1, len(met["maanden"]))]
    tabel = slice(0, TABEL_MAANDEN)
    return {
        "peildatum": s.peildatum.isoformat(),
        "regels_versie": REGELS_VERSIE,
        "start": maand_iso(start),
        "met_werk": met,
        "nu": nu,
        "fasen": _fasen(werkmaanden, nu_werkmaanden, regels),
        "per_bron": {
            "van": werkmaanden[0]["maand"], "tot": werkmaanden[TABEL_MAANDEN - 1]["maand"], "maanden": TABEL_MAANDEN,
            "met_werk": per_bron(werkmaanden[tabel]), "nu": per_bron(nu_werkmaanden[tabel]),
        },
        "vrijlating_stopt": _vrijlating_stopt(s, met_s, werkmaanden) if met_s is not nu_s else None,
        "aandachtspunten": aandachtspunten(maand_iso(start), met, TABEL_MAANDEN),
        "waarschuwingen": list(dict.fromkeys(met["waarschuwingen"] + nu["waarschuwingen"])),
    }


def per_bron(maanden: list[dict]) -> dict:
    """The average per month of each source over these months (sum / number of months, to the cent)."""
    n = len(maanden)
    uitkomst = {naam: round(sum(sum(m[p] for p in plus) - sum(m[k] for k in min_) for m in maanden) / n, 2)
                for naam, (plus, min_) in BRONNEN.items()}
    for naam in ("totaal", "kosten_van_werken", "totaal_na_kosten"):
        uitkomst[naam] = round(sum(m[naam] for m in maanden) / n, 2)
    return uitkomst


def _bijzonder(m: dict) -> float:
    return round(sum(m[k] for k in BIJZONDER), 2)


def _gewoon(m: dict) -> float:
    return round(m["totaal"] - _bijzonder(m), 2)


def _vrijlating_regel(s: Situatie, met_s: Situatie, maanden: list[dict], index: int):
    """The vrijlating rule for the income the gemeente deducts in month `index` (the month before it, except when
    the gemeente estimates the month itself)."""
    m = maanden[index]
    inkomen = m if s.verrekening == "schatten" else maanden[index - 1]
    w = regels_op(maand_uit_iso((inkomen if s.verrekening == "zelfde_maand" else m)["maand"]))
    persoon = replace(_werkende(met_s, s.leeftijd, s.medisch_urenbeperkt),
                      maanden_gehad=inkomen["vrijlating_maanden_gehad"])
    return vrijlating_regel(persoon, w)


def _fasen(maanden: list[dict], nu: list[dict], regels: list) -> list[dict]:
    """Runs of months with the same vrijlating rule; the last one runs to the end of the timeline."""
    sleutels = [(r.pad, r.percentage) for r in regels[-len(maanden):]]
    for index in range(len(maanden) - 2, -1, -1):  # a month without a deduction belongs to the months after it
        if not maanden[index]["verrekend_inkomen"]:
            sleutels[index] = sleutels[index + 1]
    fasen: list[dict] = []
    begin = 0
    for index in range(1, len(maanden) + 1):
        if index < len(maanden) and sleutels[index] == sleutels[begin]:
            continue
        deel, deel_nu = maanden[begin:index], nu[begin:index]
        regel = regels[-len(maanden):][index - 1]
        fasen.append({
            "van": deel[0]["maand"], "tot": deel[-1]["maand"], "maanden": len(deel),
            "tot_einde": index == len(maanden),
            "vrijlating_percentage": regel.percentage,
            "gewoon": round(statistics.median(_gewoon(m) for m in deel), 2),
            "nu_gewoon": round(statistics.median(_gewoon(m) for m in deel_nu), 2),
            "verschil": round(sum(m["totaal"] - n["totaal"] for m, n in zip(deel, deel_nu)) / len(deel), 2),
            "gewoon_na_kosten": round(statistics.median(_gewoon(m) - m["kosten_van_werken"] for m in deel), 2),
            "verschil_na_kosten": round(sum(m["totaal_na_kosten"] - n["totaal"] for m, n in zip(deel, deel_nu))
                                        / len(deel), 2),
            "per_bron": per_bron(deel),
            "bijzonder": [{"maand": m["maand"], "vakantiegeld": round(m["vakantiegeld_netto"]
                                                                      + m["vakantietoeslag_bijstand"], 2),
                           "kinderbijslag": m["kinderbijslag"], "premie": m["premie_gemeente"]}
                          for m in deel if _bijzonder(m)],
        })
        begin = index
    return fasen


def _vrijlating_stopt(s: Situatie, met_s: Situatie, maanden: list[dict]) -> str | None:
    """The first month of work whose salary gets no vrijlating any more, after months that had it (by calendar:
    a busy month without bijstand does not end it)."""
    had = False
    for m in maanden:
        persoon = replace(_werkende(met_s, s.leeftijd, s.medisch_urenbeperkt),
                          maanden_gehad=m["vrijlating_maanden_gehad"])
        regel = vrijlating_regel(persoon, regels_op(maand_uit_iso(m["maand"])))
        if regel.percentage > 0:
            had = True
        elif had:
            return m["maand"]
    return None
