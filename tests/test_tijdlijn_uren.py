"""Other numbers of hours are timelines too: the cards on the result page and the columns of the PDF's table are each
the first 12 months of work of their own timeline (same household, same calendar), with the period said; the chart's
caption names the date whose rules its other points use. And what to act on (`aandachtspunten`) comes from the
months."""

from __future__ import annotations

from urllib.parse import urlencode

import pytest

import regels
from calculator.formatting import euro
from tests.pdf_hulp import pdf_teksten

ALLEEN = {"lv": "alleen", "lt": "35", "kd": "0", "hr": "650", "u": "20", "ul": "14.99", "vm": "0", "med": "nee",
          "gf": "0", "st": "2027-01", "pd": "2026-12-07"}
# The same household as regels reads it (calculator.antwoorden.naar_situatie), hours filled in per test.
SITUATIE = {"peildatum": "2026-12-07",
            "huishouden": {"leefvorm": "alleenstaand", "leeftijd": 35, "kale_huur": 650.0, "kostendelers": 0},
            "werk": {"uren_per_week": 20.0, "bruto_uurloon": 14.99, "start": "2027-01"},
            "vrijlating": {"maanden_gehad": 0, "medisch_urenbeperkt": False}, "giften_dit_jaar": 0.0,
            "gemeente": {"verrekening": "volgende_maand"}}


def _bij(uren: float) -> dict:
    return {**SITUATIE, "werk": {**SITUATIE["werk"], "uren_per_week": uren}}


def _eerste_jaar_gemiddeld(lijn: dict) -> float:
    werk = [m for m in lijn["met_werk"]["maanden"] if m["maand"] >= lijn["start"]][:12]
    return round(sum(m["totaal"] for m in werk) / 12, 2)


def test_tijdlijnen_is_per_aantal_uren_precies_de_tijdlijn():
    for uren, lijn in zip((0, 8, 24.5), regels.tijdlijnen(SITUATIE, [0, 8, 24.5])):
        assert lijn == regels.tijdlijn(_bij(uren), met_uitleg=False)
    # With the "nu" of the situation's own timeline (as the result page does): the same timelines.
    nu = regels.tijdlijn(SITUATIE, met_uitleg=False)["nu"]
    assert regels.tijdlijnen(SITUATIE, [8, 32], nu=nu) == regels.tijdlijnen(SITUATIE, [8, 32])


def test_tijdlijnen_wil_uren_maal_uurloon():
    with pytest.raises(regels.OngeldigeInvoer) as fout:
        regels.tijdlijnen({**SITUATIE, "werk": {"bruto_per_maand": 900.0}}, [8])
    assert "uurloon" in fout.value.fouten["werk"]
    with pytest.raises(regels.OngeldigeInvoer) as fout:
        regels.tijdlijnen(SITUATIE, [70])
    assert fout.value.fouten == {"uren": "Het aantal uren per week moet tussen 0 en 60 liggen."}


def test_kaarten_voor_andere_uren_zijn_elk_een_eigen_tijdlijn(client):
    response = client.get(f"/resultaat/?{urlencode(ALLEEN)}")
    assert response.status_code == 200
    kaarten = {s["uren"]: s["per_maand"] for s in response.context["scenarios"]}
    assert set(kaarten) == {"8", "20", "24", "32"}  # the chosen 20 and the standard 8, 24 and 32
    for uren in (8, 24, 32):
        lijn = regels.tijdlijn(_bij(uren), met_uitleg=False)
        assert kaarten[str(uren)] == lijn["per_bron"]["met_werk"]
        # The card's total is the sum of the first 12 months of work (January to December 2027) divided by 12.
        assert kaarten[str(uren)]["totaal"] == _eerste_jaar_gemiddeld(lijn)
    # Snapshot (volgende_maand): 8 h € 2.057,74, 24 h € 2.293,92, 32 h € 2.552,72 a month. Before, the cards were
    # the average month at January 2027's rules: 8 h € 2.024,65, 24 h € 2.213,64 (less than the € 2.227,86 of the
    # chosen 20 hours, which were already the timeline's), 32 h € 2.598,32.
    assert (kaarten["8"]["totaal"], kaarten["24"]["totaal"], kaarten["32"]["totaal"]) == (2057.74, 2293.92, 2552.72)
    html = " ".join(response.content.decode().split())
    assert ("Net als de tabel hierboven: gemiddeld per maand in de eerste 12 maanden van je werk, januari 2027 tot en "
            "met december 2027.") in html


def test_pdf_tabel_heeft_per_kolom_een_tijdlijn_en_zegt_de_periode(client):
    response = client.get(f"/resultaat/pdf/?{urlencode(ALLEEN)}")
    assert response.status_code == 200
    kolommen = response.context["overzicht"]["kolommen"]
    lijn = regels.tijdlijn(_bij(20), met_uitleg=False)
    assert kolommen[0]["per_maand"] == lijn["per_bron"]["nu"]
    for kolom in kolommen[1:]:
        uren = float(kolom["kop"].split()[0])
        assert kolom["per_maand"] == regels.tijdlijn(_bij(uren), met_uitleg=False)["per_bron"]["met_werk"]
    tekst = " ".join(pdf_teksten(response.content))
    assert ("Elke kolom is gemiddeld per maand in de eerste 12 maanden van het werk, januari 2027 tot en met december "
            "2027") in tekst
    for bedrag in ("2.057,74", "2.227,86", "2.293,92", "2.552,72"):  # the four columns' totals
        assert f"€ {bedrag}" in tekst


@pytest.mark.parametrize(("start", "datum"), [("2027-01", "1 januari 2027"), ("2026-06", "7 december 2026")])
def test_grafiek_zegt_met_de_regels_van_welke_datum(client, start, datum):
    """The chart's other points use the rules of the first month of work, or of the peildatum when the work
    started before it (`regels_datum`): the caption says which."""
    response = client.get(f"/resultaat/?{urlencode({**ALLEEN, 'st': start})}")
    html = " ".join(response.content.decode().split())
    assert f"De andere punten zijn een gemiddelde maand met de regels van {datum}." in html
    assert "kan een punt iets anders zijn dan de kaart of kolom bij dezelfde uren" in html


def test_aandachtspunten_uit_de_maanden():
    """20 h x € 14,99 from January 2027, deducted a month later: January's salary is deducted in February.
    Set aside: February's deducted income minus its vrijlating (the first month of art. 34a: none yet)."""
    lijn = regels.tijdlijn(_bij(20), met_uitleg=False)
    februari = next(m for m in lijn["met_werk"]["maanden"] if m["maand"] == "2027-02")
    assert lijn["aandachtspunten"]["apart_zetten"] == {
        "maand": "2027-01", "afgetrokken_in": "2027-02",
        "bedrag": round(februari["verrekend_inkomen"] - februari["vrijlating"], 2)}
    assert lijn["aandachtspunten"]["apart_zetten"]["bedrag"] == 1078.97
    # 24 hours: the bijstand stops for good in January 2028 (the vrijlating has ended): a claim, and the bufferbudget
    # a gemeente may pay then (art. 34b).
    punten = regels.tijdlijn(_bij(24), met_uitleg=False)["aandachtspunten"]
    assert punten["terugvordering"] == {"maand": "2028-01", "bedrag": 1286.44}
    assert punten["bufferbudget"] == {"maand": "2028-01", "bedrag": 1000.0}
    # Two quiet months (4 hours): March 2027 falls below the norm.
    rooster = {**SITUATIE["werk"], "rooster": [{"maand": "2027-03", "uren_per_week": 4},
                                               {"maand": "2027-04", "uren_per_week": 4}]}
    krap = regels.tijdlijn({**SITUATIE, "werk": rooster}, met_uitleg=False)
    assert krap["aandachtspunten"]["maanden_onder_norm"] == [
        m["maand"] for m in krap["met_werk"]["maanden"][1:13] if m["onder_norm"]] == ["2027-03"]
    # 32 hours: the work ends the bijstand at once (nothing paid in January), so nothing of it goes back: nothing to
    # set aside. (Before: "zet ongeveer € 2.002 apart", all of January's income, while no bijstand came in.)
    zonder_bijstand = regels.tijdlijn(_bij(32), met_uitleg=False)
    januari = next(m for m in zonder_bijstand["met_werk"]["maanden"] if m["maand"] == "2027-01")
    assert januari["bijstand"] == 0 and zonder_bijstand["aandachtspunten"]["apart_zetten"] is None
    # At most what came in: 24 hours, January's bijstand is paid in full and February takes back € 1.286,44 of it.
    vierentwintig = regels.tijdlijn(_bij(24), met_uitleg=False)
    assert vierentwintig["aandachtspunten"]["apart_zetten"]["bedrag"] == 1286.44 <= next(
        m["bijstand"] for m in vierentwintig["met_werk"]["maanden"] if m["maand"] == "2027-01")
    # Deducted in the same month: nothing to set aside.
    zelfde = regels.tijdlijn({**SITUATIE, "gemeente": {"verrekening": "zelfde_maand"}}, met_uitleg=False)
    assert zelfde["aandachtspunten"]["apart_zetten"] is None


def test_actielijst_leest_het_apart_zetten_uit_de_tijdlijn(client):
    response = client.get(f"/resultaat/?{urlencode(ALLEEN)}")
    html = " ".join(response.content.decode().split()).replace("\xa0", " ")
    assert "zet ongeveer € 1.079 apart. Dat gaat in februari 2027 van je bijstand af." in html
    assert euro(response.context["tijdlijn"]["aandachtspunten"]["apart_zetten"]["bedrag"]) == "€\xa01.078,97"


OUDER_OPVANG = {"lv": "ouder", "lt": "32", "kk": "4,9", "kd": "0", "hr": "700", "u": "20", "ul": "14.99", "vm": "0",
                "med": "nee", "gf": "0", "o1": "dagopvang", "ou1": "80", "op1": "10.5", "st": "2027-01",
                "pd": "2026-12-07"}


@pytest.mark.parametrize(("start", "opvang", "voor"), [("2027-01-15", "2027-01", "2027-05-01"),
                                                       ("2026-11", "2026-11", "2027-03-01")])
def test_kinderopvangtoeslag_aanvragen_voor(start, opvang, voor):
    """Wet kinderopvang art. 1.3 lid 2 b (source: regels/data/kinderopvangtoeslag/aanvraag.yaml): no toeslag over
    the time before the first day of the calendar month three calendar months before the application. Childcare from
    January 2027: applied on 30 April, three months back is 30 January, so from 1 January; applied on 1 May, from
    1 February. So: apply before 1 May 2027."""
    situatie = {"peildatum": "2026-10-01",
                "huishouden": {"leefvorm": "alleenstaande_ouder", "leeftijd": 32, "kinderen": [4, 9], "kale_huur": 700},
                "werk": {"uren_per_week": 20, "bruto_uurloon": 14.99, "start": start},
                "kinderopvang": [{"kind": 0, "soort": "dagopvang", "uren_per_maand": 80, "uurprijs": 10.5}]}
    aanvragen = regels.tijdlijn(situatie, met_uitleg=False)["aandachtspunten"]["kinderopvangtoeslag_aanvragen"]
    assert aanvragen == {"opvang_vanaf": opvang, "aanvragen_voor": voor,
                         "bron": "Wet kinderopvang artikel 1.3, tweede lid, onderdeel b",
                         "url": "https://wetten.overheid.nl/jci1.3:c:BWBR0017017&artikel=1.3&g=2026-01-01"}
    zonder = regels.tijdlijn({**situatie, "kinderopvang": []}, met_uitleg=False)
    assert zonder["aandachtspunten"]["kinderopvangtoeslag_aanvragen"] is None


def test_actielijst_noemt_de_dag_voor_de_aanvraag(client):
    response = client.get(f"/resultaat/?{urlencode(OUDER_OPVANG)}")
    html = " ".join(response.content.decode().split())
    assert ("<li><strong>Vóór 1 mei 2027:</strong> vraag kinderopvangtoeslag aan in Mijn toeslagen. Je krijgt die niet "
            "vanzelf. Dan krijg je de toeslag al vanaf januari 2027, je eerste maand opvang.") in html
    assert 'href="https://wetten.overheid.nl/jci1.3:c:BWBR0017017&amp;artikel=1.3&amp;g=2026-01-01"' in html
    # Without childcare the item is not there.
    zonder = client.get(f"/resultaat/?{urlencode({k: v for k, v in OUDER_OPVANG.items() if k[0] != 'o'})}")
    assert "vraag kinderopvangtoeslag aan" not in zonder.content.decode()


def test_weinig_meer_zones_komen_uit_de_sweep_niet_uit_het_verschil_met_de_tijdlijn():
    """0 hours and the chosen hours are drawn from the timeline, the other hours from the sweep. A zone says what one
    extra hour does under the rules: here every hour adds € 100 net and € 50 in total (half of it is kept, above
    the 'weinig meer' threshold of a fifth), so there is no zone, even though the chosen point from the timeline lies
    € 66 above the sweep's line (which would make the next hour look as if it brought € 50 − € 66 = −€ 16)."""
    from calculator import grafiek

    uren = [0.0, 1.0, 2.0, 3.0, 4.0]
    sweep = [{"per_maand": {"netto_loon": 100.0 * u, "totaal": 1500.0 + 50.0 * u}} for u in uren]
    vast = {0.0: {"netto_loon": 0.0, "totaal": 1500.0}, 2.0: {"netto_loon": 200.0, "totaal": 1666.0}}
    data = grafiek.maak(uren, sweep, 2.0, [], vast)
    assert data["zones"] == []
    assert [p.totaal for p in data["punten"]] == [1500.0, 1550.0, 1666.0, 1650.0, 1700.0]
    assert data["marker"]["punt"].totaal == 1666.0
    # The same sweep with a real dip between 3 and 4 hours (€ 10 more for € 100 more net) does get a zone there.
    sweep[4]["per_maand"]["totaal"] = 1660.0
    assert grafiek.maak(uren, sweep, 2.0, [], vast)["zone_uren"] == [(3.0, 4.0)]
