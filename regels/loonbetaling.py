"""Loonbetaling: when salary and vakantiegeld land on the account, month by month.

An employer pays per month, per four weeks (13 times a year) or per week. Per four weeks and per week, the periods
start on the first day of work and the pay comes on the last day of each period, or every period from the first pay
day the person gives; which month gets two payments depends on it (Divosa Werkwijzer §2.5). A job that ends mid-period
pays the last days worked with the last month of work. A monthly salary for a job that starts after the 1st pays the
first month by its working days (Monday to Friday) from the first day of work. Wage tax per
period follows the yearly tax spread over the periods of a year; a monthly salary follows the witte maandtabel,
exactly as `loon.netto_maandloon` (so an ordinary month equals the average result's payslip).

Vakantiegeld (8 % of the gross wage, Wet minimumloon en minimumvakantiebijslag) is built up with every payment and
paid once a year in May or June, and when the job ends; or with every payment (many uitzend- and oproepcontracts).
Its net is the gross minus the extra yearly tax it causes (as the tabel voor bijzondere beloningen does).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from .invoer import Werk
from .kalender import DAGEN_PER_WEEK, MAANDEN_PER_JAAR, WEKEN_PER_JAAR, laatste_dag, plus_maanden, werkdagen
from .loon import bruto_per_maand, bruto_uit_uren, loonheffing_per_jaar, netto_maandloon
from .parameters import Waarden

WEKEN_PER_PERIODE = {"vier_weken": 4, "week": 1}
VAKANTIEGELD_MAAND = {"mei": 5, "juni": 6}
PERIODEN_PER_JAAR = {"maand": MAANDEN_PER_JAAR, **{k: WEKEN_PER_JAAR // v for k, v in WEKEN_PER_PERIODE.items()}}


@dataclass(frozen=True)
class Betaling:
    """One salary payment."""

    datum: dt.date  # the pay day
    begin: dt.date  # first day of the period it pays
    einde: dt.date  # last day of the period it pays
    bruto: float
    netto: float
    vakantiegeld_bruto: float  # built up with this payment (paid now when vakantiegeld is paid per period)


def _bruto_maand(werk: Werk, maand: dt.date, w: Waarden, aow: bool, gehuwd: bool) -> float:
    """The gross monthly wage for this month: the rooster's hours or amount, else the usual."""
    for afwijking in werk.rooster:
        if afwijking.maand == maand:
            if afwijking.bruto is not None:
                return afwijking.bruto
            return bruto_uit_uren(afwijking.uren_per_week, werk.bruto_uurloon or 0.0)
    return bruto_per_maand(werk, w, aow, gehuwd)


def _netto_periode(bruto: float, perioden: int, w: Waarden, aow: bool, gehuwd: bool) -> float:
    if perioden == MAANDEN_PER_JAAR:
        return round(netto_maandloon(bruto, w, aow, gehuwd), 2)
    return round(bruto - loonheffing_per_jaar(bruto * perioden, w, aow, gehuwd) / perioden, 2)


def _betaling(datum: dt.date, begin: dt.date, einde: dt.date, bruto: float, perioden: int, w: Waarden, aow: bool,
              gehuwd: bool) -> Betaling:
    bruto = round(bruto, 2)
    return Betaling(datum, begin, einde, bruto, _netto_periode(bruto, perioden, w, aow, gehuwd),
                    round(bruto * w["wet_minimumloon.minimumvakantiebijslag.percentage"], 2))


def _deel(van: dt.date, tot: dt.date, begin: dt.date, einde: dt.date) -> float:
    """The share of a period (begin..einde) worked from `van` to `tot`, by working days."""
    return werkdagen(van, tot) / max(1, werkdagen(begin, einde))


def betalingen(werk: Werk, start: dt.date, tot: dt.date, regels_op, aow: bool, gehuwd: bool) -> list[Betaling]:
    """Every salary payment from the first day of work (`start`) up to and including the month `tot`.

    `regels_op(maand)` gives the Waarden in force in a month (tax tables change on 1 January).
    """
    eind = laatste_dag(werk.eind) if werk.eind else None
    laatste = min(laatste_dag(tot), eind or laatste_dag(tot))
    lijst: list[Betaling] = []
    if werk.loonbetaling == "maand":
        maand = start.replace(day=1)
        while maand <= laatste:
            w = regels_op(maand)
            bruto = _bruto_maand(werk, maand, w, aow, gehuwd)
            if maand < start:  # the first month, from the first day of work
                bruto *= _deel(start, laatste_dag(maand), maand, laatste_dag(maand))
            lijst.append(_betaling(laatste_dag(maand), max(maand, start), laatste_dag(maand), bruto, MAANDEN_PER_JAAR,
                                   w, aow, gehuwd))
            maand = plus_maanden(maand, 1)
        return lijst
    dagen = WEKEN_PER_PERIODE[werk.loonbetaling] * DAGEN_PER_WEEK
    perioden = PERIODEN_PER_JAAR[werk.loonbetaling]
    begin, nummer = start, 0
    while begin <= laatste:
        einde = begin + dt.timedelta(days=dagen - 1)
        betaaldag = werk.eerste_betaling + dt.timedelta(days=dagen * nummer) if werk.eerste_betaling else einde
        maand = einde.replace(day=1)
        w = regels_op(maand)
        bruto = _bruto_maand(werk, maand, w, aow, gehuwd) * MAANDEN_PER_JAAR / perioden
        if eind is not None and einde > eind:  # the job ends in this period: the days worked, with the last month
            lijst.append(_betaling(eind, begin, eind, bruto * _deel(begin, eind, begin, einde), perioden,
                                   w, aow, gehuwd))
            break
        if einde > laatste:
            break
        lijst.append(_betaling(betaaldag, begin, einde, bruto, perioden, w, aow, gehuwd))
        begin, nummer = einde + dt.timedelta(days=1), nummer + 1
    return lijst


def in_maand(lijst: list[Betaling], maand: dt.date) -> list[Betaling]:
    return [b for b in lijst if b.datum.year == maand.year and b.datum.month == maand.month]


def vakantiegeld_netto(bruto_vakantiegeld: float, bruto_per_maand_nu: float, w: Waarden, aow: bool,
                       gehuwd: bool) -> float:
    """Net of a once-a-year vakantiegeld: the extra yearly tax it causes on top of this year's wage."""
    jaarloon = bruto_per_maand_nu * MAANDEN_PER_JAAR
    extra = loonheffing_per_jaar(jaarloon + bruto_vakantiegeld, w, aow, gehuwd) - loonheffing_per_jaar(jaarloon, w, aow, gehuwd)
    return round(bruto_vakantiegeld - extra, 2)


def vakantiegeld_uitbetaald(werk: Werk, lijst: list[Betaling], maand: dt.date) -> float:
    """The gross vakantiegeld paid in this month: built up since the last payout, in May or June or at the end."""
    if werk.vakantiegeld == "per_maand":
        return round(sum(b.vakantiegeld_bruto for b in in_maand(lijst, maand)), 2)
    uitbetaalmaand = VAKANTIEGELD_MAAND[werk.vakantiegeld]
    if werk.eind is not None and maand > werk.eind:
        return 0.0
    if maand.month == uitbetaalmaand:
        vorige = plus_maanden(maand, -MAANDEN_PER_JAAR)
    elif maand == werk.eind:  # the last month of work: everything since the last payout
        vorige = dt.date(maand.year if maand.month > uitbetaalmaand else maand.year - 1, uitbetaalmaand, 1)
    else:
        return 0.0
    return round(sum(b.vakantiegeld_bruto for b in lijst if laatste_dag(vorige) < b.datum <= laatste_dag(maand)), 2)


def werkdagen_in(betaling: Betaling, maand: dt.date) -> float:
    """The share of a period's pay that belongs to this month, by its working days (Monday to Friday)."""
    van, tot = max(betaling.begin, maand), min(betaling.einde, laatste_dag(maand))
    if van > tot:
        return 0.0
    return _deel(van, tot, betaling.begin, betaling.einde)
