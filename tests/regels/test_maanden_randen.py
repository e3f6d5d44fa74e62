"""The month view at its edges (issue 19): leaving the bijstand, crossing 1-1-2027, a flex contract, a gift, the
toeslagen after the year, a 4-weekly job from a real start date. Each test names its source and shows the arithmetic;
the property at the end holds over any household and calendar.

Amounts used below (all from the package's data, with their sources there):
- norm alleenstaande 1-1-2026 1.401,50, vakantietoeslag 5 % = 70,08, monthly part 1.331,42 (Normenbrief 1-1-2026, bijlage I);
- norm 1-7-2026 1.419,46, 5 % = 70,97, monthly part 1.348,49 (used for 2027 too until the Normenbrief 1-1-2027);
- a monthly bruto of 1.000 gives a payslip of 986,17 (witte maandtabel 2026); per 4 weeks it is 1.000 × 12/13 = 923,08
  bruto, 910,16 net per period.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import regels
from regels.invoer import lees_situatie
from regels.kalender import plus_maanden
from regels.maanden import tijdlijn

MAANDDEEL_2026 = 1331.42
MAANDDEEL_JULI_2026 = 1348.49
NETTO_1000 = 986.17
PERIODE_NETTO = 910.16


def _maand(uitkomst: dict, maand: str) -> dict:
    return next(m for m in uitkomst["maanden"] if m["maand"] == maand)


def _alleen(werk: dict | None = None, **extra) -> dict:
    situatie = {"peildatum": extra.pop("peildatum", "2026-01-01"),
                "huishouden": {"leefvorm": "alleenstaand", "leeftijd": 40}, **extra}
    if werk:
        situatie["werk"] = werk
    return situatie


# Point 1: leaving the bijstand under achteraf-verrekening.

HOOG_VANAF_JULI = [{"maand": f"2026-{m:02d}", "bruto": 3500} for m in range(7, 13)]


@pytest.mark.parametrize(("loonbetaling", "methode", "uitstroom", "vordering"), [
    # Monthly: June's payslip 986,17 is deducted in July; in July there is no bijstand any more, so the whole of it is
    # a claim (the old tool capped it at June's payment of 345,25).
    ("maand", "dertien_twaalfde", "2026-07", NETTO_1000),
    # 13/12: June counts 910,16 × 13 / 12 = 986,01 (old: 345,41, June's payment).
    ("vier_weken", "dertien_twaalfde", "2026-07", 986.01),
    # Per payment: June has one payment (17 June), 910,16 (old: 421,26).
    ("vier_weken", "per_betaling", "2026-07", PERIODE_NETTO),
    # Working days: the July period (3.500 a month) already fills June's last days, so there is no right over June and
    # the claim comes in June: May counts 14 of the 20 working days of 23 April-20 May and 7 of the 20 of
    # 21 May-17 June, 910,16 × 21 / 20 = 955,67 (old: 330,24).
    ("vier_weken", "werkdagen", "2026-06", 955.67),
])
def test_uitstroom_vordering_is_het_laatste_loon_dat_nog_niet_verrekend_is(loonbetaling, methode, uitstroom, vordering):
    """Divosa Werkwijzer Verrekening parttime inkomsten (2019) §4.3: "er ontstaat een vordering ter hoogte van het
    laatstverdiende salaris, wanneer de klant stopt met werken of uitstroomt"; Participatiewet art. 58 lid 2 onder f.
    Vrijlating used up (6 months had), so the claim is the whole counted net income of the last month with a right."""
    werk = {"bruto_per_maand": 1000, "start": "2026-01", "rooster": HOOG_VANAF_JULI, "loonbetaling": loonbetaling}
    u = regels.maanden(_alleen(werk, vrijlating={"maanden_gehad": 6}, gemeente={"vier_weken": methode}))
    maand = _maand(u, uitstroom)
    assert maand["bijstand"] == 0 and maand["terugvordering"] == vordering
    assert sum(m["terugvordering"] for m in u["maanden"]) == vordering  # once
    assert any("terugvragen" in x["tekst"] and x["gemeente_beslist"] for x in maand["uitleg"])


def test_uitstroom_in_2027_toont_het_bufferbudget_bij_de_vordering():
    """Participatiewet art. 34b lid 2 (from 1-1-2027): the college may use the bufferbudget "om onverschuldigd betaalde
    algemene bijstand te vereffenen vanwege het in aanmerking nemen van inkomsten uit arbeid", up to € 1.000 per
    kalenderjaar (lid 1). December 2026's payslip 986,17 becomes a claim in January 2027 (the vrijlating is used up);
    the gemeente may pay it from the bufferbudget: min(986,17; 1.000) = 986,17. Never a right, never in the total."""
    hoog = [{"maand": f"2027-{m:02d}", "bruto": 3500} for m in range(1, 13)]
    werk = {"bruto_per_maand": 1000, "start": "2026-11", "rooster": hoog}
    u = regels.maanden(_alleen(werk, peildatum="2026-11-01", vrijlating={"maanden_gehad": 6}, maanden=3))
    januari = _maand(u, "2027-01")
    assert januari["terugvordering"] == NETTO_1000 and januari["bufferbudget"] == NETTO_1000
    tekst = next(x for x in januari["uitleg"] if x["onderwerp"] == "bufferbudget")
    assert "bufferbudget" in tekst["tekst"] and "geen recht" in tekst["tekst"] and tekst["gemeente_beslist"]
    assert "€\xa01.000 per jaar" in tekst["tekst"]
    zonder_buffer = (januari["loon_netto"] + januari["vakantietoeslag_bijstand"] - NETTO_1000 + januari["zorgtoeslag"]
                     + januari["huurtoeslag"] + januari["kindgebonden_budget"])
    assert januari["totaal"] == round(zonder_buffer, 2)  # the bufferbudget is not in the total


# Point 2: a month's income judged by that month's rules.

def test_december_2026_inkomen_in_januari_2027_verrekend_zonder_artikel_34a():
    """Participatiewet art. 45 lid 1 and art. 32 lid 1 onder b (income belongs to the month it relates to); art. 34a
    is in force from 1-1-2027 only. Art. 31 lid 2 n used up (6 months): December's payslip 986,17 has no vrijlating,
    also when it is deducted in January. January pays 1.348,49 − 986,17 = 362,32 (the old tool gave 15 % = 147,93
    vrijlating: 510,25). January's own income (with the 2027 tax tables) gets art. 34a in February: 15 %."""
    werk = {"bruto_per_maand": 1000}
    u = regels.maanden(_alleen(werk, peildatum="2026-11-01", vrijlating={"maanden_gehad": 6}, maanden=4))
    januari, februari = _maand(u, "2027-01"), _maand(u, "2027-02")
    assert januari["verrekend_inkomen_van"] == "2026-12" and januari["vrijlating"] == 0
    assert januari["bijstand"] == round(MAANDDEEL_JULI_2026 - NETTO_1000, 2) == 362.32
    assert februari["verrekend_inkomen_van"] == "2027-01"
    assert februari["vrijlating"] == round(0.15 * februari["verrekend_inkomen"], 2)


def test_juni_inkomen_met_het_maximum_van_juni():
    """Participatiewet art. 31 lid 2 n: 25 % with a maximum of € 285,00 per month (text 1-1-2026), € 289,00 from
    1-7-2026. June's income (bruto 1.600) is deducted in July with June's maximum 285,00, not July's 289,00: July pays
    1.348,49 − (1.557,75 − 285,00) = 75,74 (the old tool: 79,74)."""
    u = regels.maanden(_alleen({"bruto_per_maand": 1600}, peildatum="2026-06-01", maanden=2))
    juli = _maand(u, "2026-07")
    assert juli["verrekend_inkomen"] == 1557.75 and juli["vrijlating"] == 285.00
    assert juli["bijstand"] == round(MAANDDEEL_JULI_2026 - (1557.75 - 285.00), 2) == 75.74


# Point 3: the toetsingsinkomen of a year is the bijstand paid in that year.

def test_toetsingsinkomen_telt_de_bijstand_die_in_het_jaar_is_betaald():
    """AWIR art. 8 and Wet LB 1964 art. 13a (wage is enjoyed when paid): the jaaropgaaf has the bijstand paid in the
    year. Work 16 hours × € 16 from March 2026: March still pays the whole monthly part (1.331,42, achteraf), and June
    pays the vakantietoeslag over June 2025-May 2026; both are in the jaaropgaaf, not in the sum of the rights. With that
    income, the huurtoeslag paid on the old income is € 324 too much (more than the € 121 of AWIR art. 26a), where the
    old tool, summing the rights, said nothing had to be paid back."""
    situatie = {"peildatum": "2026-03-01", "huishouden": {"leefvorm": "alleenstaand", "leeftijd": 40, "kale_huur": 700},
                "werk": {"uren_per_week": 16, "bruto_uurloon": 16}}
    t, jaren = tijdlijn(lees_situatie(situatie))
    jaar = [m for m in t.maanden.values() if m.maand.year == 2026]
    betaald = sum(m.bijstand + m.vakantietoeslag_bijstand - m.terugvordering for m in jaar)
    rechten = sum(m.recht.bijstand.totaal for m in jaar)
    maart = t.maanden[dt.date(2026, 3, 1)]
    assert maart.bijstand == MAANDDEEL_2026 > maart.recht.bijstand.totaal
    assert betaald > rechten
    huur = jaren[2026]["huurtoeslag"].als_dict()
    assert huur["terugbetalen_zonder_doorgeven"] == 324.0


# Point 4: "een aaneengesloten periode".

def test_flexwerker_2027_vrijlating_stopt_twaalf_kalendermaanden_na_het_begin():
    """Participatiewet art. 34a lid 1 onder a (from 1-1-2027): "gedurende een aaneengesloten periode van maximaal
    twaalf maanden". A flex worker from January 2027: quiet months (bruto 600, net 600,00, vrijlating 15 % = 90,00) and
    busy months (bruto 3.000: no bijstand, so no vrijlating given) in turn. The period runs from January 2027 to
    December 2027 in the calendar, busy months included: the quiet months of 2028 get no vrijlating any more. (The old
    tool counted only months with a vrijlating, so it gave 90,00 on five more quiet months in 2028: € 450.)"""
    rooster = [{"maand": plus_maanden(dt.date(2027, 1, 1), i).isoformat()[:7], "bruto": 600 if i % 2 == 0 else 3000}
               for i in range(24)]
    u = regels.maanden(_alleen({"bruto_per_maand": 600, "rooster": rooster}, peildatum="2027-01-01", maanden=24))
    gegeven = [m["verrekend_inkomen_van"] for m in u["maanden"] if m["vrijlating"]]
    assert gegeven == ["2027-01", "2027-03", "2027-05", "2027-07", "2027-09", "2027-11"]
    assert all(m["vrijlating"] == 90.00 for m in u["maanden"] if m["vrijlating"])
    assert _maand(u, "2028-02")["verrekend_inkomen_van"] == "2028-01" and _maand(u, "2028-02")["vrijlating"] == 0
    assert _maand(u, "2028-01")["vrijlating_maanden_gehad"] == 12


def test_alleenstaande_ouder_periode_r_loopt_door_in_maanden_zonder_vrijlating():
    """Participatiewet art. 31 lid 2 onder r: "gedurende een aaneengesloten periode van maximaal 30 maanden", after the
    six months of onderdeel n (which counts months with a vrijlating, "ten hoogste zes maanden"). With 34 months had
    (6 of n and 28 of r), r runs for 2 more calendar months, also through a month without income."""
    rooster = [{"maand": "2026-04", "bruto": 0}]
    situatie = {"peildatum": "2026-03-01", "huishouden": {"leefvorm": "alleenstaande_ouder", "leeftijd": 30,
                                                          "kinderen": [4]},
                "werk": {"bruto_per_maand": 800, "rooster": rooster}, "vrijlating": {"maanden_gehad": 34}, "maanden": 4}
    u = regels.maanden(situatie)
    # March's income: r (12,5 % of 800 = 100,00), deducted in April; April has no income but counts; May's income
    # (deducted in June) is after the 30 months.
    assert _maand(u, "2026-04")["vrijlating"] == 100.00
    assert _maand(u, "2026-06")["vrijlating"] == 0 and _maand(u, "2026-06")["verrekend_inkomen"] == 800


# Point 5: the vakantietoeslag of months before 2026 at their own norm.

def test_vakantietoeslag_juni_2026_met_de_normen_van_2025():
    """Participatiewet art. 19 lid 3 and art. 45 lid 1: in June the vakantietoeslag kept apart over June 2025-May
    2026, 5 % of each month's norm. Normenbrief 1 januari 2026, bijlage I (page 2), column "1 juli 2025": alleenstaande
    1.369,06, so 5 % = 68,45 for June-December 2025; 70,08 for January-May 2026. 7 × 68,45 + 5 × 70,08 = 479,15 +
    350,40 = 829,55 (the old tool valued all twelve months at the 2026 norm: 12 × 70,08 = 840,96)."""
    u = regels.maanden(_alleen(None, peildatum="2026-06-01", maanden=1))
    assert u["maanden"][0]["vakantietoeslag_bijstand"] == round(7 * 68.45 + 5 * 70.08, 2) == 829.55


# Point 6: gifts in their month.

def test_gift_in_maart_bij_werk_is_inkomen_van_maart():
    """Participatiewet art. 31 lid 1 and lid 2 onder m: gifts above € 1.200 per kalenderjaar are middelen; counted as
    income of the month they came in, inside the right over that month. Work from March 2026 (bruto 1.000, net
    986,17, vrijlating used up), a gift of 2.000 in March: 800 above the limit. The right over March without the gift
    is 1.401,50 − 986,17 = 415,33: monthly part 345,25, vakantietoeslag 70,08 − aanspraak 58,12 = 11,96, together
    357,21. The gift takes the whole right: 345,25 less in April (achteraf) and 11,96 less vakantietoeslag in June:
    357,21 in all. (The old tool took 800,00 off March's payment.)"""
    met = regels.maanden(_alleen({"bruto_per_maand": 1000}, peildatum="2026-03-01", vrijlating={"maanden_gehad": 6},
                                 giften=[{"maand": "2026-03", "bedrag": 2000}], maanden=4))
    zonder = regels.maanden(_alleen({"bruto_per_maand": 1000}, peildatum="2026-03-01",
                                    vrijlating={"maanden_gehad": 6}, maanden=4))
    verschil = {m["maand"]: round(z["bijstand"] + z["vakantietoeslag_bijstand"] - m["bijstand"]
                                  - m["vakantietoeslag_bijstand"], 2) for m, z in zip(met["maanden"], zonder["maanden"])}
    assert verschil == {"2026-03": 0, "2026-04": 345.25, "2026-05": 0, "2026-06": 11.96}
    assert _maand(met, "2026-04")["giften_van_bijstand"] == 345.25
    assert _maand(met, "2026-03")["bijstand_over_maand"] == 0
    assert any("vermogen" in x["tekst"] and x["gemeente_beslist"] for x in _maand(met, "2026-04")["uitleg"])


def test_giften_per_maand_tellen_per_kalenderjaar():
    """Art. 31 lid 2 m: "per kalenderjaar". 700 in March and 700 in May: the limit is passed in May by 200; a new year
    starts again at 0."""
    u = regels.maanden(_alleen(None, peildatum="2026-03-01", maanden=12,
                               giften=[{"maand": "2026-03", "bedrag": 700}, {"maand": "2026-05", "bedrag": 700},
                                       {"maand": "2027-01", "bedrag": 700}]))
    assert [m["giften_van_bijstand"] for m in u["maanden"]] == [0, 0, 0, 200, 0, 0, 0, 0, 0, 0, 0, 0]


def test_giften_per_maand_meer_dan_het_jaartotaal_geeft_een_melding():
    with pytest.raises(regels.OngeldigeInvoer) as fout:
        regels.maanden(_alleen(None, peildatum="2026-05-01", giften_dit_jaar=100,
                               giften=[{"maand": "2026-03", "bedrag": 700}]))
    assert "giften" in fout.value.fouten


# Point 8: a 4-weekly salary from a real start date.

def test_vierwekelijks_vanaf_maandag_5_januari():
    """Divosa Werkwijzer §2.5: which month gets two payments depends on the start of the periods. Periods of 28 days
    from Monday 5 January 2026 end (and are paid) on 1 February, 1 March, 29 March, 26 April, …, 6 December: January
    has no salary, March has two. Counted per payment (vrijlating used up): April deducts 2 × 910,16 = 1.820,32, more
    than the norm, so April pays nothing; February still pays the whole monthly part."""
    werk = {"bruto_per_maand": 1000, "loonbetaling": "vier_weken", "start": "2026-01-05"}
    u = regels.maanden(_alleen(werk, vrijlating={"maanden_gehad": 6}, gemeente={"vier_weken": "per_betaling"}))
    assert [m["loonbetalingen"] for m in u["maanden"]] == [0, 1, 2, 1, 1, 1, 1, 1, 1, 1, 1, 1]
    assert _maand(u, "2026-03")["loon_netto"] == round(2 * PERIODE_NETTO, 2)
    assert _maand(u, "2026-02")["bijstand"] == MAANDDEEL_2026
    assert _maand(u, "2026-04")["verrekend_inkomen"] == 1820.32 and _maand(u, "2026-04")["bijstand"] == 0


def test_vierwekelijks_met_een_eerste_betaaldag():
    """The person's own first pay day (Thursday 29 January 2026): then every 28 days, 26 February, …, 3 and 31
    December (29 January + 12 × 28 days), so December has two payments."""
    werk = {"bruto_per_maand": 1000, "loonbetaling": "vier_weken", "start": "2026-01-05",
            "eerste_betaling": "2026-01-29"}
    u = regels.maanden(_alleen(werk, vrijlating={"maanden_gehad": 6}))
    assert [m["loonbetalingen"] for m in u["maanden"]] == [1] * 11 + [2]


@pytest.mark.parametrize("loonbetaling", ["vier_weken", "week"])
def test_werkdagen_hangen_niet_af_van_het_aantal_maanden(loonbetaling):
    """Counting by working days: a month's counted income is its share of every period, also of a period paid after
    the last month shown. October-December 2026 shown (3 months) or a year: the right over December is the same (the
    old tool left December's share of the period paid in January 2027 out when 3 months were shown: 4-weekly,
    358,96 instead of 309,33)."""
    werk = {"bruto_per_maand": 1000, "loonbetaling": loonbetaling, "start": "2026-01-05"}
    kort = regels.maanden(_alleen(werk, peildatum="2026-10-01", gemeente={"vier_weken": "werkdagen"}, maanden=3))
    lang = regels.maanden(_alleen(werk, peildatum="2026-10-01", gemeente={"vier_weken": "werkdagen"}, maanden=12))
    for a, b in zip(kort["maanden"], lang["maanden"]):
        assert a["bijstand_over_maand"] == b["bijstand_over_maand"] and a["bijstand"] == b["bijstand"]


def test_maandloon_vanaf_een_dag_in_de_maand():
    """A monthly salary from Monday 5 January 2026: January pays its working days (Monday to Friday) from the 5th,
    20 of 22."""
    u = regels.maanden(_alleen({"bruto_per_maand": 1000, "start": "2026-01-05"}, maanden=2))
    assert _maand(u, "2026-01")["loon_bruto"] == round(1000 * 20 / 22, 2) == 909.09
    assert _maand(u, "2026-02")["loon_bruto"] == 1000


@pytest.mark.parametrize(("werk", "veld"), [
    ({"bruto_per_maand": 800, "start": "5 januari"}, "werk.start"),
    ({"bruto_per_maand": 800, "loonbetaling": "vier_weken", "start": "2026-01-05", "eerste_betaling": "2026-01-02"},
     "werk.eerste_betaling"),
    ({"bruto_per_maand": 800, "eerste_betaling": "2026-01-30"}, "werk.eerste_betaling"),
])
def test_foute_startdatum_geeft_een_nederlandse_melding(werk, veld):
    with pytest.raises(regels.OngeldigeInvoer) as fout:
        regels.maanden(_alleen(werk))
    assert veld in fout.value.fouten


# The property: over a complete spell of bijstand, what is paid equals the sum of the rights.

@st.composite
def complete_bijstandsperiodes(draw):
    """A household on bijstand without work, then work that starts in the first months shown, with low months first
    (the rooster) and then a wage above any norm, for good: the bijstand ends inside the time line."""
    leefvorm = draw(st.sampled_from(["alleenstaand", "alleenstaande_ouder", "gehuwd"]))
    huishouden = {"leefvorm": leefvorm, "leeftijd": draw(st.integers(21, 70)), "kostendelers": draw(st.integers(0, 1))}
    if leefvorm == "gehuwd":
        huishouden["partner_leeftijd"] = draw(st.integers(21, 70))
    if leefvorm == "alleenstaande_ouder":
        huishouden["kinderen"] = [draw(st.integers(0, 17))]
    eerste = dt.date(2026, draw(st.integers(1, 12)), 1)
    start = plus_maanden(eerste, draw(st.integers(0, 3)))
    startdag = start.replace(day=draw(st.integers(1, 28)))
    werk = {"bruto_per_maand": 6000, "loonbetaling": draw(st.sampled_from(["maand", "vier_weken", "week"])),
            "vakantiegeld": draw(st.sampled_from(["mei", "juni", "per_maand"])), "start": startdag.isoformat(),
            "rooster": [{"maand": plus_maanden(start, i).isoformat()[:7], "bruto": draw(st.integers(0, 2000))}
                        for i in range(draw(st.integers(0, 9)))]}
    situatie = {"peildatum": eerste.isoformat(), "huishouden": huishouden, "werk": werk, "maanden": 24,
                "vrijlating": {"maanden_gehad": draw(st.integers(0, 40)),
                               "medisch_urenbeperkt": draw(st.booleans())},
                "gemeente": {"verrekening": draw(st.sampled_from(["volgende_maand", "zelfde_maand", "schatten"])),
                             "vier_weken": draw(st.sampled_from(["dertien_twaalfde", "per_betaling", "werkdagen"]))},
                "giften": [{"maand": plus_maanden(eerste, draw(st.integers(-2, 12))).isoformat()[:7],
                            "bedrag": draw(st.integers(0, 3000))} for _ in range(draw(st.integers(0, 3)))]}
    if leefvorm == "gehuwd" and draw(st.booleans()):
        situatie["partner_werk"] = {"bruto_per_maand": draw(st.integers(0, 1200))}
    return situatie


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(complete_bijstandsperiodes())
def test_over_een_hele_periode_is_betaald_gelijk_aan_het_recht(situatie):
    """Over a complete spell (from the first month of the time line until the last vakantietoeslag and claim are
    settled): monthly parts + vakantietoeslag − claims = the sum of the monthly rights, under every method. Under
    `zelfde_maand` the first month pays the month before the time line, so it is left out."""
    s = lees_situatie(situatie)
    t, _ = tijdlijn(s)
    maanden = list(t.maanden.values())
    assert maanden[-1].recht.bijstand.totaal == 0 and maanden[-1].nog_af == 0  # the spell is complete
    betaald = sum(m.bijstand + m.vakantietoeslag_bijstand - m.terugvordering for m in maanden)
    if s.verrekening == "zelfde_maand":
        betaald -= maanden[0].bijstand
    assert betaald == pytest.approx(sum(m.recht.bijstand.totaal for m in maanden), abs=0.01)
    for m in maanden:
        assert m.bijstand >= 0 and m.terugvordering >= 0
