"""The public contract: `bereken(situatie) -> dict` and `sweep(situatie, uren) -> list[dict]`.

Sentences (explanations, warnings, messages) come in the language of `regels.taal`: `in_taal("ar")` around a call,
or "taal" in the body of a JSON command (`in_gevraagde_taal`).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Collection, Iterable, Iterator
from dataclasses import replace

from .berekening import bereken_bij_uren, bereken_situatie, huishouddeel
from .maanden import bereken_maanden
from .tijdlijn import bereken_tijdlijn
from .invoer import MAX_UREN_PER_WEEK, OngeldigeInvoer, lees_situatie, lees_taal, peildatum_bereik
from .parameters import PARAMETERS, waarden_op
from .taal import BRONTAAL, gettext as _, in_taal, talen as talen_met_catalogus


def bereken(situatie: dict, met_uitleg: bool = True) -> dict:
    """Compute what the household has per month, with explanations. Raises OngeldigeInvoer on bad input.

    `met_uitleg=False` leaves the explanations out (their sentences are then never written): for a batch.
    """
    return bereken_situatie(lees_situatie(situatie), met_uitleg=met_uitleg)


MAX_FASEN = 4  # n, r (alleenstaande ouder), then none: three at most in the data; one spare


def verloop(situatie: dict) -> list[dict]:
    """How the average changes as the vrijlating runs out: one phase per vrijlating, then the rest.

    Each phase: {"maanden": how many months it lasts (None: from then on), "per_maand": bereken's per_maand}.
    For example 6 months with the general vrijlating, then 30 with the alleenstaande-ouder vrijlating, then none.
    """
    s = lees_situatie(situatie)
    fasen = []
    for _ in range(MAX_FASEN):
        uitkomst = bereken_situatie(s)
        over = uitkomst["vrijlating_maanden_over"]
        fasen.append({"maanden": over or None, "per_maand": uitkomst["per_maand"]})
        if not over:
            break
        s = replace(s, vrijlating_maanden_gehad=s.vrijlating_maanden_gehad + over)
    return fasen


def maanden(situatie: dict, met_uitleg: bool = True) -> dict:
    """Month by month what lands on the bank account (same input as `bereken`, plus the month fields).

    Raises OngeldigeInvoer on bad input. `met_uitleg=False` skips building the explanation sentences (a batch).
    """
    return bereken_maanden(lees_situatie(situatie), met_uitleg)


def tijdlijn(situatie: dict, met_uitleg: bool = True) -> dict:
    """The one timeline every summary is read from: "met werk" and "nu" month by month, from the month before the
    work starts, each month under its own rules, with the phases, the per-source table and when the vrijlating
    stops (see `regels.tijdlijn`). Raises OngeldigeInvoer on bad input."""
    return bereken_tijdlijn(lees_situatie(situatie), met_uitleg)


def tijdlijnen(situatie: dict, uren: Iterable[float], met_uitleg: bool = False, nu: dict | None = None) -> list[dict]:
    """One timeline per number of hours per week: the same household on the same calendar, only the hours differ
    (each exactly `tijdlijn` with those hours; "nu" is computed once). The situation's work must be hours x hourly
    wage. `nu`: the "nu" of `tijdlijn(situatie)` when the caller has it (the same months, not computed again).
    Raises OngeldigeInvoer on bad input."""
    s = _met_uurloon(lees_situatie(situatie))
    lijnen = []
    for u in uren:
        _controleer_uren(u)
        lijn = bereken_tijdlijn(replace(s, werk=replace(s.werk, uren_per_week=u)), met_uitleg, nu)
        nu = lijn["nu"]
        lijnen.append(lijn)
    return lijnen


def sweep(situatie: dict, uren: Iterable[float], met_uitleg: bool = True) -> list[dict]:
    """One result per number of hours per week, for a chart. The situation's work must be hours x hourly wage.

    The household part (norm, vrijlating rule, uitstroom, gifts) is computed once; the results share the
    explanation dicts that do not change with the hours, so copy a result before you change it.
    """
    s = _met_uurloon(lees_situatie(situatie))
    lijst = list(uren)
    for u in lijst:
        _controleer_uren(u)
    vast = huishouddeel(s)
    return [bereken_bij_uren(s, vast, u, met_uitleg) for u in lijst]


def _met_uurloon(s):
    """The situation, when its work is hours x hourly wage (other hours need the hourly wage)."""
    if s.werk is None or s.werk.bruto_uurloon is None:
        raise OngeldigeInvoer({"werk": _("Vul een bruto uurloon in om uit te rekenen wat meer of minder uren "
                                         "opleveren.")})
    return s


def _controleer_uren(u) -> None:
    if isinstance(u, bool) or not isinstance(u, (int, float)) or not 0 <= u <= MAX_UREN_PER_WEEK:
        # Translators: %(maximum)s is the largest number of hours per week (60).
        raise OngeldigeInvoer({"uren": _("Het aantal uren per week moet tussen 0 en %(maximum)s liggen.")
                               % {"maximum": MAX_UREN_PER_WEEK}})


@contextlib.contextmanager
def in_gevraagde_taal(body, talen: Collection[str] | None = None) -> Iterator[object]:
    """The language a JSON command's body asks for: {"taal": "en", ...} (Dutch when it has none).

    Yields the body without "taal"; within the block regels writes in that language. Keep both the command and the
    writing of its JSON inside the block: sentences are written when they are read. `talen` are the languages
    accepted (standard: those with a catalogue, `regels.taal.talen()`). An unknown language raises OngeldigeInvoer
    for "taal" before anything is computed.
    """
    taal = BRONTAAL
    if isinstance(body, dict) and "taal" in body:
        taal = lees_taal(body["taal"], talen_met_catalogus() if talen is None else talen)
        body = {sleutel: waarde for sleutel, waarde in body.items() if sleutel != "taal"}
    with in_taal(taal):
        yield body


def volgende_wetswijziging(peildatum: dt.date) -> dt.date | None:
    """The first date after the peildatum on which a rule itself changes (not a yearly indexed amount).

    That is a date on which a rule starts (the vrijlating of art. 34a), ends (art. 31 lid 2 n), or a value
    that only a change in the law changes gets a new value. A page can use it to show what changes for a
    person, by computing again with that date as peildatum.
    """
    data = []
    for p in PARAMETERS.values():
        data.append(p.waarden[0].vanaf)
        if p.vervalt:
            data.append(p.vervalt)
        if p.wijzigt == "bij_wetswijziging":
            data += [w.vanaf for w in p.waarden[1:] if w.waarde != p.waarden[0].waarde]
    return min((d for d in data if d > peildatum), default=None)


def geldt_vanaf(pad: str) -> dt.date:
    """The first day a parameter (and so its rule) is in force, e.g. art. 34b's bufferbudget on 1-1-2027."""
    return PARAMETERS[pad].waarden[0].vanaf


def waarde(pad: str, peildatum: dt.date) -> float:
    """One parameter's value on the peildatum, to show in a question's hint (percentages come as fractions).

    For example the minimumloon next to a wage field, or the age from which a medebewoner is a kostendeler.
    Computing with it is the rules package's job, not the caller's.
    """
    return waarden_op(peildatum)[pad]


def parameters_op(peildatum: dt.date) -> list[dict]:
    """Every value in force on the peildatum, with unit, description and source (for `parameters` and a web page)."""
    lijst = []
    for pad, parameter in sorted(PARAMETERS.items()):
        if not parameter.geldt_op(peildatum):
            continue
        waarde = parameter.waarde_op(peildatum)
        lijst.append({
            "parameter": pad,
            "waarde": waarde.waarde,
            "eenheid": parameter.eenheid,
            "geldig_vanaf": waarde.vanaf.isoformat(),
            "beschrijving": _(parameter.beschrijving),
            "verwijzing": parameter.verwijzing,
            "bron": waarde.bron.titel,
            "url": waarde.bron.url_voor(parameter.artikel),
            "gecontroleerd": waarde.bron.gecontroleerd.isoformat(),
            "status": waarde.status,
        })
    return lijst


MINIMUMUURLOON_21 = "wet_minimumloon.minimumloon.uurloon_21_en_ouder"
KOSTENDELER_LEEFTIJD = "participatiewet.art19a_kostendelende_medebewoner.minimumleeftijd"
MINIMUMLEEFTIJD = "participatiewet.art13_uitsluitingen.minimumleeftijd"
MAXIMALE_HUURGRENS = "huurtoeslag.huurtoeslag.maximale_huurgrens"
DOORGEVEN_WEKEN = "awir.betaling.doorgeven_binnen_weken"
TERUGVORDERING_NIET_TOT = "awir.betaling.terugvordering_niet_tot"
VAKANTIETOESLAG_NA_EINDE = "participatiewet.art45_betaling.vakantietoeslag_na_einde_binnen"
BUFFERBUDGET_PER_JAAR = "participatiewet.art34b_bufferbudget.maximum_per_jaar"
VRIJLATING_MAANDEN_34A = "participatiewet.art34a_vrijlating.maanden"
KIND_JONGER_DAN = "participatiewet.art1_begrippen.kind_jonger_dan"

__all__ = ["bereken", "maanden", "tijdlijn", "tijdlijnen", "verloop", "sweep", "in_gevraagde_taal", "volgende_wetswijziging", "waarde", "parameters_op", "peildatum_bereik", "OngeldigeInvoer",
           "MINIMUMUURLOON_21", "KOSTENDELER_LEEFTIJD", "MINIMUMLEEFTIJD", "KIND_JONGER_DAN", "MAXIMALE_HUURGRENS", "DOORGEVEN_WEKEN",
           "TERUGVORDERING_NIET_TOT", "VAKANTIETOESLAG_NA_EINDE"]
