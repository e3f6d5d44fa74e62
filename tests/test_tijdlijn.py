"""One truth (issue 20): every summary a person reads is a view of one timeline (`regels.tijdlijn`).

The property test draws households, start months (also after the change of rules on 1-1-2027) and peildata in
2026 and 2027, and checks each summary against the months it summarises, by the rule `regels/tijdlijn.py` states.
The cases below are the walks of the issue, each as a test.
"""

from __future__ import annotations

import statistics
from urllib.parse import urlencode

import pypdfium2 as pdfium
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import regels
from regels.tijdlijn import BRONNEN, TABEL_MAANDEN, WERKMAANDEN
from tests.pdf_hulp import pagina_teksten

VELDEN = [k for k in BRONNEN]


def _gewoon(m: dict) -> float:
    return round(m["totaal"] - m["vakantiegeld_netto"] - m["vakantietoeslag_bijstand"] - m["kinderbijslag"]
                 - m["premie_gemeente"], 2)


@st.composite
def situaties(draw):
    leefvorm = draw(st.sampled_from(["alleenstaand", "alleenstaande_ouder", "gehuwd"]))
    huishouden = {"leefvorm": leefvorm, "leeftijd": draw(st.integers(22, 60)), "kale_huur": draw(st.sampled_from([None, 450.0, 700.0]))}
    situatie = {"peildatum": draw(st.sampled_from(["2026-03-15", "2026-12-07", "2027-02-01"])), "huishouden": huishouden}
    if leefvorm == "alleenstaande_ouder":
        huishouden["kinderen"] = draw(st.lists(st.integers(0, 17), min_size=1, max_size=3))
    if leefvorm == "gehuwd":
        huishouden["partner_leeftijd"] = draw(st.integers(22, 60))
        if draw(st.booleans()):
            situatie["partner_werk"] = {"bruto_per_maand": draw(st.sampled_from([400.0, 900.0]))}
    uren = draw(st.sampled_from([0, 8, 16, 24, 36]))
    situatie["werk"] = {"uren_per_week": uren, "bruto_uurloon": 14.99,
                        "start": draw(st.sampled_from(["2026-04", "2026-11", "2027-01", "2027-03"])),
                        "loonbetaling": draw(st.sampled_from(["maand", "vier_weken"]))}
    situatie["vrijlating"] = {"maanden_gehad": draw(st.sampled_from([0, 3, 11]))}
    situatie["gemeente"] = {"verrekening": draw(st.sampled_from(["volgende_maand", "zelfde_maand", "schatten"]))}
    if draw(st.booleans()):  # costs of working (issue 21); a reimbursement above the costs is money kept
        situatie["kosten_werk"] = {"reiskosten_per_maand": draw(st.sampled_from([0.0, 45.5, 120.0])),
                                   "vergoeding_per_maand": draw(st.sampled_from([0.0, 40.0, 200.0])),
                                   "overige_per_maand": draw(st.sampled_from([0.0, 15.0]))}
    return situatie


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(situaties())
def test_elke_samenvatting_komt_uit_de_maanden(situatie):
    lijn = regels.tijdlijn(situatie, met_uitleg=False)
    met, nu = lijn["met_werk"]["maanden"], lijn["nu"]["maanden"]
    # The calendar: the month before the start, then WERKMAANDEN months of work; nu on the same months.
    assert [m["maand"] for m in met] == [m["maand"] for m in nu]
    assert len(met) == 1 + WERKMAANDEN and met[1]["maand"] == lijn["start"] == situatie["werk"]["start"]
    werk, werk_nu = met[1:], nu[1:]
    # Costs of working: in every month of work, none in "nu" or before the work; never in the money that lands.
    kosten = situatie.get("kosten_werk")
    per_maand = round(kosten["reiskosten_per_maand"] + kosten["overige_per_maand"] - kosten["vergoeding_per_maand"],
                      2) if kosten and situatie["werk"]["uren_per_week"] else 0.0
    assert [m["kosten_van_werken"] for m in met] == [0.0] + [per_maand] * WERKMAANDEN
    assert all(m["kosten_van_werken"] == 0 and m["totaal_na_kosten"] == m["totaal"] for m in nu)
    assert all(m["totaal_na_kosten"] == round(m["totaal"] - m["kosten_van_werken"], 2) for m in met)
    # The table: the sum over the first 12 months of work / 12, to the cent, per source and for the total.
    for kant, maanden in (("met_werk", werk), ("nu", werk_nu)):
        tabel = lijn["per_bron"][kant]
        deel = maanden[:TABEL_MAANDEN]
        assert tabel["totaal"] == round(sum(m["totaal"] for m in deel) / TABEL_MAANDEN, 2)
        for naam in ("kosten_van_werken", "totaal_na_kosten"):
            assert tabel[naam] == round(sum(m[naam] for m in deel) / TABEL_MAANDEN, 2)
        assert tabel["bijstand"] == round(sum(m["bijstand"] + m["vakantietoeslag_bijstand"] - m["terugvordering"]
                                              for m in deel) / TABEL_MAANDEN, 2)
        assert abs(sum(tabel[k] for k in VELDEN if k not in ("vrijlating", "bruto_loon")) - tabel["totaal"]) <= 0.06
    # The phases cover the months of work in order; each is the median of its ordinary months and its payments.
    assert sum(f["maanden"] for f in lijn["fasen"]) == WERKMAANDEN and lijn["fasen"][-1]["tot_einde"]
    begin = 0
    for f in lijn["fasen"]:
        deel, deel_nu = werk[begin:begin + f["maanden"]], werk_nu[begin:begin + f["maanden"]]
        assert f["van"] == deel[0]["maand"] and f["tot"] == deel[-1]["maand"]
        assert f["gewoon"] == round(statistics.median(_gewoon(m) for m in deel), 2)
        assert f["nu_gewoon"] == round(statistics.median(_gewoon(m) for m in deel_nu), 2)
        assert f["verschil"] == round(sum(m["totaal"] - n["totaal"] for m, n in zip(deel, deel_nu)) / len(deel), 2)
        assert f["gewoon_na_kosten"] == round(statistics.median(_gewoon(m) - m["kosten_van_werken"] for m in deel), 2)
        assert f["verschil_na_kosten"] == round(sum(m["totaal_na_kosten"] - n["totaal"] for m, n in zip(deel, deel_nu))
                                                / len(deel), 2)
        for b in f["bijzonder"]:
            m = next(m for m in deel if m["maand"] == b["maand"])
            assert b["vakantiegeld"] == round(m["vakantiegeld_netto"] + m["vakantietoeslag_bijstand"], 2)
        begin += f["maanden"]
    # The vrijlating never is more than the bijstand would have been: what is shown is kept, the rest is paid.
    assert all(m["vrijlating"] >= 0 and m["bijstand"] >= 0 for m in met)
    # No new work: every month of "met werk" equals "nu".
    if situatie["werk"]["uren_per_week"] == 0:
        assert met == nu


def test_december_2026_opzoeken_voor_werk_vanaf_januari_2027():
    """Looked up in December 2026, the work starts in January 2027: the months use art. 34a (15 %, 12 months)."""
    lijn = regels.tijdlijn({"peildatum": "2026-12-07", "huishouden": {"leefvorm": "alleenstaand", "kale_huur": 650},
                            "werk": {"uren_per_week": 20, "bruto_uurloon": 14.99, "start": "2027-01"}})
    eerste = lijn["fasen"][0]
    assert lijn["start"] == "2027-01" and eerste["van"] == "2027-01"
    assert eerste["vrijlating_percentage"] == 0.15
    # January: salary and full bijstand (deducted a month later); February to January 2028: 12 months of vrijlating.
    assert eerste["maanden"] == 13 and eerste["tot"] == "2028-01"
    assert lijn["vrijlating_stopt"] == "2028-01"  # the salary of January 2028 is the first without vrijlating
    februari = lijn["met_werk"]["maanden"][2]
    assert februari["vrijlating"] == round(0.15 * februari["verrekend_inkomen"], 2)


def test_alleenstaande_ouder_vanaf_2027_geen_30_maanden_meer():
    """Art. 31 lid 2 r ends on 1-1-2027: no phase of 30 months; busy months without bijstand do not end it."""
    rooster = [{"maand": f"2027-{m:02d}", "uren_per_week": 36} for m in (3, 5)]
    lijn = regels.tijdlijn({"peildatum": "2026-12-07", "huishouden": {"leefvorm": "alleenstaande_ouder",
                                                                     "kinderen": [4, 9], "kale_huur": 700},
                            "werk": {"uren_per_week": 12, "bruto_uurloon": 14.99, "start": "2027-01",
                                     "rooster": rooster}})
    assert all(f["vrijlating_percentage"] in (0.15, 0.0) for f in lijn["fasen"])
    assert lijn["vrijlating_stopt"] is None or lijn["vrijlating_stopt"] > "2027-12"
    maart = next(m for m in lijn["met_werk"]["maanden"] if m["maand"] == "2027-04")
    april = next(m for m in lijn["met_werk"]["maanden"] if m["maand"] == "2027-05")
    assert april["vrijlating_maanden_gehad"] == maart["vrijlating_maanden_gehad"] + 1 or april["vrijlating"] > 0


def test_stel_met_werkende_partner():
    """The partner already works: the month before the new job is not below the norm, the partner's wage is in the
    month's money, and the partner's vrijlating ends in "nu" too (not blamed on the new job)."""
    partner = 8 * 14.99 * 52 / 12
    lijn = regels.tijdlijn({"peildatum": "2026-12-07", "huishouden": {"leefvorm": "gehuwd", "partner_leeftijd": 36,
                                                                     "kale_huur": 650},
                            "partner_werk": {"bruto_per_maand": partner},
                            "werk": {"uren_per_week": 12, "bruto_uurloon": 14.99, "start": "2027-01"}})
    voor = lijn["met_werk"]["maanden"][0]
    assert voor["partner_loon_netto"] > 0 and voor["onder_norm"] == 0
    assert voor == lijn["nu"]["maanden"][0]
    assert sum(1 for m in lijn["met_werk"]["maanden"] if m["onder_norm"]) == 0
    # In "nu" the partner's vrijlating runs out as well: nu's months are not all equal.
    assert len({m["bijstand"] for m in lijn["nu"]["maanden"][1:] if m["maand"] not in ("2027-06",)}) > 1
    assert lijn["fasen"][-1]["verschil"] >= 0


def test_vier_weken_dubbele_maand_in_beeld():
    """4-weekly pay from January: the 13th payment (December) is inside the timeline."""
    lijn = regels.tijdlijn({"peildatum": "2026-12-07", "huishouden": {"leefvorm": "alleenstaand"},
                            "werk": {"uren_per_week": 16, "bruto_uurloon": 14.99, "start": "2027-01",
                                     "loonbetaling": "vier_weken"}})
    dubbel = [m["maand"] for m in lijn["met_werk"]["maanden"] if m["loonbetalingen"] == 2]
    assert dubbel and dubbel[0] <= "2027-12"


OUDER = {"lv": "ouder", "lt": "32", "kk": "4,9", "kd": "0", "hr": "700", "u": "20", "ul": "14.99", "vm": "0",
         "med": "nee", "gf": "0", "o1": "dagopvang", "ou1": "80", "op1": "10.5", "st": "2027-01", "pd": "2026-12-07"}
ALLEEN = {"lv": "alleen", "lt": "35", "kd": "0", "hr": "650", "u": "20", "ul": "14.99", "vm": "0", "med": "nee",
          "gf": "0", "st": "2027-01", "pd": "2026-12-07"}


def _context(client, url, antwoorden, **kop):
    response = client.get(f"{url}?{urlencode(antwoorden)}", **kop)
    assert response.status_code == 200
    return response


def test_grafiek_bij_0_uur_is_nu(client):
    response = _context(client, "/resultaat/", OUDER)
    context = response.context
    punten = {p.uren: p for p in context["grafiek"]["punten"]}
    assert punten[0.0].totaal == context["tijdlijn"]["per_bron"]["nu"]["totaal"]
    assert punten[20.0].totaal == context["tijdlijn"]["per_bron"]["met_werk"]["totaal"]


def test_kop_en_tabel_komen_uit_de_tijdlijn(client):
    response = _context(client, "/resultaat/", ALLEEN)
    html = response.content.decode()
    lijn = response.context["tijdlijn"]
    assert "vanaf januari 2027" in html and "de eerste 13 maanden" in html
    assert "januari 2027 tot en met december 2027" in html
    assert "waarvan vrijlating" not in html and "Je mag " in html
    tabel = {r["sleutel"]: r["met"] for r in response.context["rijen"]}
    assert tabel["bijstand"] == lijn["per_bron"]["met_werk"]["bijstand"]
    assert "voorschot voor januari 2027" in html  # December's toeslagen are January's voorschot


def test_vergelijk_vrijlating_nooit_groter_dan_bijstand(client):
    response = _context(client, "/vergelijk/", {**ALLEEN, "a1u": "20", "a2u": "12"})
    html = response.content.decode()
    assert "waarvan vrijlating" not in html
    for rij in response.context["rijen"]:
        for cel in rij["cellen"]:
            if cel["vrijlating"]:
                assert cel["bedrag"] >= 0
    assert "Je mag " in html and "Je krijgt nog " in html


def test_kort_verslag_heeft_de_maanden(client):
    response = _context(client, "/resultaat/verslag/", ALLEEN)
    document = pdfium.PdfDocument(response.content)
    tekst = pagina_teksten(document)[0]
    document.close()
    assert "De eerste 12 maanden" in tekst
    assert "zet € 1.079 apart" in tekst.replace("\xa0", " ")  # 20 h x € 14,99: the January salary minus nothing


@pytest.mark.parametrize("url", ["/resultaat/", "/samen/"])
def test_geen_sjablooncommentaar_in_htmx_antwoord(client, url):
    response = _context(client, url, ALLEEN, HTTP_HX_REQUEST="true")
    assert "{#" not in response.content.decode() and "#}" not in response.content.decode()


def test_partner_werk_als_uren_maal_uurloon(client):
    stel = {"lv": "partner", "lt": "35", "plt": "36", "kk": "", "kd": "0", "hr": "650", "u": "12", "ul": "14.99",
            "pu": "8", "pul": "14.99", "vm": "0", "med": "nee", "gf": "0", "pd": "2026-12-07"}
    response = _context(client, "/resultaat/", stel)
    partner = response.context["tijdlijn"]["met_werk"]["maanden"][0]["partner_loon_netto"]
    verwacht = regels.tijdlijn({"peildatum": "2026-12-07", "huishouden": {"leefvorm": "gehuwd", "partner_leeftijd": 36,
                                                                         "kale_huur": 650.0},
                                "partner_werk": {"uren_per_week": 8.0, "bruto_uurloon": 14.99},
                                "werk": {"uren_per_week": 12.0, "bruto_uurloon": 14.99}})
    assert partner == verwacht["met_werk"]["maanden"][0]["partner_loon_netto"] > 0
    # Half of a pair is a clear message at the question, not a silently different amount.
    half = client.get(f"/vragen/werk/?{urlencode({**stel, 'pul': '', 'verstuurd': '1'})}")
    assert "Vul de uren per week én het bruto uurloon van je partner in" in half.content.decode()


def test_maand_zonder_jaar_is_de_volgende(monkeypatch):
    import datetime as dt
    from calculator import forms

    class Vandaag(dt.date):
        @classmethod
        def today(cls):
            return cls(2026, 12, 7)

    monkeypatch.setattr(forms.dt, "date", Vandaag)
    assert forms.MaandVeld.lees("februari") == dt.date(2027, 2, 1)
    assert forms.MaandVeld.lees("december") == dt.date(2026, 12, 1)
    assert forms.MaandVeld.lees("feb.") == dt.date(2027, 2, 1)


def test_lege_giften_tellen_als_nul_en_de_uitkomst_zegt_het(client):
    response = _context(client, "/resultaat/", {**ALLEEN, "gf": ""})
    assert "we rekenen met € 0" in response.content.decode().replace("\xa0", " ")
    assert response.context["uitkomst"]["giften"]["ontvangen"] == 0


@st.composite
def antwoorden(draw):
    """Answers as a link carries them: households, start months (also after 1-1-2027), peildata in 2026 and 2027."""
    lv = draw(st.sampled_from(["alleen", "ouder", "partner"]))
    a = {"lv": lv, "lt": str(draw(st.integers(27, 60))), "kd": "0", "hr": draw(st.sampled_from(["450", "700"])),
         "u": str(draw(st.sampled_from([8, 16, 20, 28]))), "ul": draw(st.sampled_from(["14.99", "17.5"])),
         "vm": draw(st.sampled_from(["0", "4"])), "med": "nee", "gf": "0",
         "st": draw(st.sampled_from(["2026-11", "2027-01", "2027-03"])),
         "bt": draw(st.sampled_from(["maand", "vier_weken"])),
         "pd": draw(st.sampled_from(["2026-10-01", "2026-12-07", "2027-01-15"]))}
    if lv == "ouder":
        a["kk"] = draw(st.sampled_from(["4", "4,9"]))
    if lv == "partner":
        a.update(plt="36", kk="", pbm=draw(st.sampled_from(["", "600"])))
    if a["bt"] == "maand":
        del a["bt"]
    return a


def _zonder_tags(html: str) -> str:
    import re
    from html import unescape
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split()).replace("\xa0", " ")


@settings(max_examples=12, deadline=None, suppress_health_check=[HealthCheck.too_slow,
                                                                 HealthCheck.function_scoped_fixture])
@given(antwoord=antwoorden())
def test_elke_pagina_leest_de_tijdlijn(client, antwoord):
    """Headline, per-source table, QR caption, comparison, short report and API: each amount from the timeline."""
    from django.core.cache import caches

    from calculator import antwoorden as a
    from calculator.formatting import euro, euro_rond

    caches["default"].clear()  # the PDF limit per minute counts per client address; this test asks many
    resultaat = client.get(f"/resultaat/?{urlencode(antwoord)}")
    assert resultaat.status_code == 200
    context = resultaat.context
    situatie = {**a.naar_situatie(a.lees(antwoord).schoon(), peildatum=context["peildatum"]),
                "gemeente": {"verrekening": "volgende_maand"}}
    lijn = regels.tijdlijn(situatie)
    tekst = _zonder_tags(resultaat.content.decode())
    fasen = lijn["fasen"]
    # Headline: the first phase's ordinary month and nu's, in whole euros; the table: the first year, to the cent.
    assert f"elke maand ongeveer {euro_rond(fasen[0]['gewoon'])}".replace("\xa0", " ") in tekst
    assert f"Nu, zonder dit werk, heb je elke maand ongeveer {euro_rond(fasen[0]['nu_gewoon'])}".replace("\xa0", " ") in tekst
    for kant in ("met_werk", "nu"):
        assert euro(lijn["per_bron"][kant]["totaal"]).replace("\xa0", " ") in tekst
    # QR caption.
    meenemen = _zonder_tags(client.get(f"/resultaat/meenemen/?{urlencode(antwoord)}").content.decode())
    assert f"elke maand ongeveer {euro_rond(fasen[0]['gewoon'])}".replace("\xa0", " ") in meenemen
    # Comparison: offer 1 is the work of the answers, on the same timeline.
    vergelijk = client.get(f"/vergelijk/?{urlencode(antwoord)}")
    assert vergelijk.context["kolommen"][0]["per_maand"] == lijn["per_bron"]["met_werk"]
    # Short report: the strip's months are the timeline's first 12 months of work.
    document = pdfium.PdfDocument(client.get(f"/resultaat/verslag/?{urlencode(antwoord)}").content)
    papier = " ".join(pagina_teksten(document)).replace("\xa0", " ")
    document.close()
    werk = [m for m in lijn["met_werk"]["maanden"] if m["maand"] >= lijn["start"]][:12]
    for m in werk:
        assert euro_rond(m["totaal"]).replace("\xa0", " ") in papier
    # API: the same timeline.
    api = client.post("/api/v1/tijdlijn", data=situatie, content_type="application/json")
    assert api.status_code == 200 and api.json()["per_bron"] == lijn["per_bron"] and api.json()["fasen"] == fasen


def test_vergelijk_elk_aanbod_met_eigen_startmaand_en_betaling(client):
    response = _context(client, "/vergelijk/", {**ALLEEN, "a1u": "20", "a2u": "20", "a2st": "maart 2027",
                                                "a2bt": "vier_weken"})
    tweede = response.context["kolommen"][1]
    lijn = regels.tijdlijn({"peildatum": "2026-12-07", "huishouden": {"leefvorm": "alleenstaand", "kale_huur": 650.0},
                            "werk": {"uren_per_week": 20.0, "bruto_uurloon": 14.99, "start": "2027-03",
                                     "loonbetaling": "vier_weken"},
                            "gemeente": {"verrekening": "volgende_maand"}})
    assert tweede["per_maand"] == lijn["per_bron"]["met_werk"] and tweede["tijdlijn"]["start"] == "2027-03"
    html = response.content.decode().replace("\xa0", " ")
    assert "vanaf maart 2027, loon per 4 weken" in html
    assert "a2st=2027-03" in html and "a2bt=vier_weken" in html  # the offer stays in the link
