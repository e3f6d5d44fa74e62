"""Boundary tests: every age, month count and count limit in the data, tested one below, on and one above.

The boundary value is read from the parameter data, so a changed age in the data moves the test with it.
Every parameter with unit `jaar`, `maanden` or `aantal` must have a probe here (the last test checks it): a new
boundary in the data is not forgotten. A probe maps a value x to something a person sees; the rule is that it
changes between b − 1 and b, and stays the same from b to b + 1.
"""

from __future__ import annotations

import datetime as dt

import pytest

import regels
from regels.kalender import plus_maanden
from regels.parameters import PARAMETERS

P2026 = "2026-03-01"
P2027 = "2027-03-01"


def _grens(pad: str, peildatum: str) -> int:
    return int(regels.waarde(pad, dt.date.fromisoformat(peildatum)))


def _per_maand(situatie: dict, sleutel: str):
    return regels.bereken(situatie)["per_maand"][sleutel]


def _geldig(situatie: dict) -> bool:
    try:
        regels.bereken(situatie)
    except regels.OngeldigeInvoer:
        return False
    return True


def _heeft_vrijlating(peildatum: str, leeftijd: int = 35, maanden: int = 0, kinderen=None) -> bool:
    huishouden = {"leefvorm": "alleenstaande_ouder" if kinderen else "alleenstaand", "leeftijd": leeftijd}
    if kinderen:
        huishouden["kinderen"] = kinderen
    return _per_maand({"peildatum": peildatum, "huishouden": huishouden, "werk": {"bruto_per_maand": 400},
                       "vrijlating": {"maanden_gehad": maanden}}, "vrijlating") > 0


def _norm_alleenstaand(leeftijd: int, peildatum: str = P2026) -> float:
    return _per_maand({"peildatum": peildatum, "huishouden": {"leefvorm": "alleenstaand", "leeftijd": leeftijd}},
                      "bijstandsnorm")


def _kind(leeftijd: int, sleutel: str) -> float:
    return _per_maand({"peildatum": P2026, "huishouden": {"leefvorm": "alleenstaande_ouder", "leeftijd": 35,
                                                          "kinderen": [leeftijd]}, "toetsingsinkomen": 20000}, sleutel)


def _minimumloon_melding(leeftijd: int) -> bool:
    peil = dt.date.fromisoformat(P2026)
    uurloon = round(regels.waarde(regels.MINIMUMUURLOON_21, peil) - 0.01, 2)
    uitkomst = regels.bereken({"peildatum": P2026, "huishouden": {"leefvorm": "alleenstaand", "leeftijd": leeftijd},
                               "werk": {"uren_per_week": 10, "bruto_uurloon": uurloon}})
    return any("minimumloon" in w for w in uitkomst["waarschuwingen"])


def _huurtoeslag_jong(leeftijd: int) -> float:
    return _per_maand({"peildatum": P2026, "huishouden": {"leefvorm": "alleenstaand", "leeftijd": leeftijd,
                                                          "kale_huur": 700}, "toetsingsinkomen": 15000}, "huurtoeslag")


def _huurtoeslag_personen(personen: int) -> float:
    """A couple with (personen − 2) children and a rent above both aftoppingsgrenzen."""
    return _per_maand({"peildatum": P2026, "huishouden": {"leefvorm": "gehuwd", "leeftijd": 35, "partner_leeftijd": 35,
                                                          "kinderen": [5] * (personen - 2), "kale_huur": 900},
                       "toetsingsinkomen": 15000}, "huurtoeslag")


def _kinderopvangtoeslag(uren: int) -> float:
    return _per_maand({"peildatum": P2026, "huishouden": {"leefvorm": "alleenstaande_ouder", "kinderen": [2]},
                       "werk": {"bruto_per_maand": 1000},
                       "kinderopvang": [{"kind": 0, "soort": "dagopvang", "uren_per_maand": uren, "uurprijs": 10}]},
                      "kinderopvangtoeslag")


def _op_tijd_aangevraagd(maanden_later: int) -> bool:
    """Applied on the last day of the month `maanden_later` months after the first month of childcare (March 2026):
    still before the day the timeline names?"""
    situatie = {"peildatum": P2026, "huishouden": {"leefvorm": "alleenstaande_ouder", "kinderen": [2]},
                "werk": {"uren_per_week": 16, "bruto_uurloon": 15.0, "start": "2026-03"},
                "kinderopvang": [{"kind": 0, "soort": "dagopvang", "uren_per_maand": 60, "uurprijs": 10.0}]}
    voor = regels.tijdlijn(situatie, met_uitleg=False)["aandachtspunten"]["kinderopvangtoeslag_aanvragen"]
    aanvraag = plus_maanden(dt.date(2026, 3, 1), maanden_later + 1) - dt.timedelta(days=1)
    return aanvraag < dt.date.fromisoformat(voor["aanvragen_voor"])


PW = "participatiewet."
# parameter: (peildatum, probe(x) -> what a person sees, offset: the probe's x for the boundary is b + offset)
GRENZEN = {
    "aow.pensioengerechtigde_leeftijd.leeftijd": (P2026, lambda x: _norm_alleenstaand(x), 0),
    PW + "art21_normen.minimumleeftijd": (P2026, lambda x: _norm_alleenstaand(x), 0),
    PW + "art13_uitsluitingen.minimumleeftijd": (P2026, lambda x: _geldig(
        {"peildatum": P2026, "huishouden": {"leefvorm": "alleenstaand", "leeftijd": x}}), 0),
    PW + "art1_begrippen.kind_jonger_dan": (P2026, lambda x: _geldig(
        {"peildatum": P2026, "huishouden": {"leefvorm": "gehuwd", "kinderen": [x]}}), 0),
    PW + "art31_vrijlating_arbeid.minimumleeftijd": (P2026, lambda x: _heeft_vrijlating(P2026, leeftijd=x), 0),
    PW + "art31_vrijlating_arbeid.algemeen_maanden": (P2026, lambda x: _heeft_vrijlating(P2026, maanden=x), 0),
    PW + "art31_vrijlating_arbeid.alleenstaande_ouder_maanden": (
        P2026, lambda x: _heeft_vrijlating(P2026, maanden=x, kinderen=[4]),
        _grens(PW + "art31_vrijlating_arbeid.algemeen_maanden", P2026)),
    PW + "art31_vrijlating_arbeid.alleenstaande_ouder_kind_jonger_dan": (
        P2026, lambda x: _heeft_vrijlating(P2026, maanden=_grens(PW + "art31_vrijlating_arbeid.algemeen_maanden", P2026),
                                           kinderen=[x]), 0),
    PW + "art34a_vrijlating.maanden": (P2027, lambda x: _heeft_vrijlating(P2027, maanden=x), 0),
    "kinderbijslag.kinderbijslag.leeftijd_midden": (P2026, lambda x: _kind(x, "kinderbijslag"), 0),
    "kinderbijslag.kinderbijslag.leeftijd_hoog": (P2026, lambda x: _kind(x, "kinderbijslag"), 0),
    "kindgebonden_budget.kindgebonden_budget.leeftijd_eerste_verhoging": (P2026, lambda x: _kind(x, "kindgebonden_budget"), 0),
    "kindgebonden_budget.kindgebonden_budget.leeftijd_tweede_verhoging": (P2026, lambda x: _kind(x, "kindgebonden_budget"), 0),
    "wet_minimumloon.minimumloon.volwassen_vanaf": (P2026, _minimumloon_melding, 0),
    "huurtoeslag.huurtoeslag.jongeren_tot": (P2026, _huurtoeslag_jong, 0),
    # "tot en met": the probe changes between b and b + 1
    "huurtoeslag.huurtoeslag.aftoppingsgrens_klein_tot_en_met_personen": (P2026, _huurtoeslag_personen, 1),
    "kinderopvangtoeslag.kinderopvangtoeslag.max_uren_per_maand": (P2026, lambda x: _kinderopvangtoeslag(x), 0),
    # "drie kalendermaanden" back: an application in the third month after the first month of childcare is in time,
    # one in the fourth is not; the probe changes between b and b + 1
    "kinderopvangtoeslag.aanvraag.terug_kalendermaanden": (P2026, lambda x: _op_tijd_aangevraagd(x), 1),
}

# Boundaries that regels only shows in words (the input does not hold the ages of medebewoners).
ALLEEN_IN_TEKST = {PW + "art19a_kostendelende_medebewoner.minimumleeftijd"}


@pytest.mark.parametrize("pad", sorted(GRENZEN))
def test_grens_uit_de_data(pad):
    peildatum, probe, verschuiving = GRENZEN[pad]
    b = _grens(pad, peildatum) + verschuiving
    onder, op, boven = probe(b - 1), probe(b), probe(b + 1)
    assert onder != op, f"{pad}: niets verandert bij {b} ({onder} / {op})"
    assert op == boven, f"{pad}: na {b} verandert nog iets ({op} / {boven})"


def test_kostendelersleeftijd_staat_in_de_uitleg():
    leeftijd = _grens(PW + "art19a_kostendelende_medebewoner.minimumleeftijd", P2026)
    uitkomst = regels.bereken({"peildatum": P2026, "huishouden": {"leefvorm": "alleenstaand", "kostendelers": 1}})
    assert f"van {leeftijd} jaar of ouder" in uitkomst["uitleg"][0]["tekst"]


def test_elke_leeftijd_en_termijn_in_de_data_heeft_een_grenstest():
    grenzen = {pad for pad, p in PARAMETERS.items() if p.eenheid in {"jaar", "maanden", "aantal"}}
    assert grenzen - set(GRENZEN) - ALLEEN_IN_TEKST == set()


# Amount limits: the vrijlating maxima and the giftengrens, one cent below, on and above.

MAXIMA = [  # (peildatum, percentage, maximum, person)
    (P2026, "art31_vrijlating_arbeid.algemeen_percentage", "art31_vrijlating_arbeid.algemeen_maximum",
     {"leeftijd": 35, "maanden": 0}),
    (P2026, "art31_vrijlating_arbeid.alleenstaande_ouder_percentage", "art31_vrijlating_arbeid.alleenstaande_ouder_maximum",
     {"leeftijd": 35, "maanden": 6, "kind": 4}),
    (P2026, "art31_vrijlating_arbeid.medisch_urenbeperkt_percentage", "art31_vrijlating_arbeid.medisch_urenbeperkt_maximum",
     {"leeftijd": 35, "maanden": 6, "medisch": True}),
    (P2027, "art34a_vrijlating.pensioengerechtigd_percentage", "art34a_vrijlating.pensioengerechtigd_maximum",
     {"leeftijd": 70, "maanden": 0}),
]


@pytest.mark.parametrize(("peildatum", "percentage", "maximum", "persoon"), MAXIMA, ids=[m[2] for m in MAXIMA])
def test_vrijlating_maximum_een_cent_onder_op_en_boven(peildatum, percentage, maximum, persoon):
    from regels.parameters import waarden_op
    from regels.vrijlating import Werkende, vrijlating_regel

    w = waarden_op(dt.date.fromisoformat(peildatum))
    regel = vrijlating_regel(Werkende(persoon["leeftijd"], persoon["maanden"], persoon.get("medisch", False),
                                      persoon.get("kind")), w)
    pct, maxi = w[PW + percentage], w[PW + maximum]
    assert (regel.percentage, regel.maximum) == (pct, maxi)
    netto_op_grens, stap = maxi / pct, 0.02 / pct  # a step in net wage worth two cents of vrijlating
    assert regel.bedrag(netto_op_grens - stap) == pytest.approx(round(maxi - 0.02, 2))
    assert regel.bedrag(netto_op_grens) == pytest.approx(maxi)
    assert regel.bedrag(netto_op_grens + stap) == pytest.approx(maxi)


def test_giftengrens_een_cent_onder_op_en_boven():
    grens = regels.waarde("participatiewet.art31_giften.grens_per_jaar", dt.date.fromisoformat(P2026))
    boven = [regels.bereken({"peildatum": P2026, "giften_dit_jaar": grens + d})["giften"]["boven_grens"]
             for d in (-0.01, 0, 0.01)]
    assert boven == [0, 0, pytest.approx(0.01)]
