"""Property tests (hypothesis) over the whole input space the contract allows."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import regels

PEILDATA = st.sampled_from(["2026-01-01", "2026-03-15", "2026-07-01", "2026-11-23", "2027-01-01", "2027-06-30"])


@st.composite
def situaties(draw, met_werk=True):
    leefvorm = draw(st.sampled_from(["alleenstaand", "alleenstaande_ouder", "gehuwd"]))
    huishouden = {
        "leefvorm": leefvorm,
        "leeftijd": draw(st.integers(18, 90)),
        "kostendelers": draw(st.integers(0, 4)),
    }
    if leefvorm == "gehuwd":
        huishouden["partner_leeftijd"] = draw(st.integers(18, 90))
    if leefvorm != "alleenstaand":
        minimum = 1 if leefvorm == "alleenstaande_ouder" else 0
        huishouden["kinderen"] = draw(st.lists(st.integers(0, 17), min_size=minimum, max_size=5))
    if draw(st.booleans()):
        huishouden["kale_huur"] = draw(st.floats(0, 1500, allow_nan=False))
    situatie = {
        "peildatum": draw(PEILDATA),
        "huishouden": huishouden,
        "vrijlating": {"maanden_gehad": draw(st.integers(0, 48)), "medisch_urenbeperkt": draw(st.booleans())},
        "giften_dit_jaar": draw(st.floats(0, 5000, allow_nan=False)),
    }
    if met_werk:
        vorm = draw(st.sampled_from(["uren", "bruto", "netto"]))
        if vorm == "uren":
            situatie["werk"] = {"uren_per_week": draw(st.floats(0, 60, allow_nan=False)),
                                "bruto_uurloon": draw(st.floats(0, 60, allow_nan=False))}
        elif vorm == "bruto":
            situatie["werk"] = {"bruto_per_maand": draw(st.floats(0, 8000, allow_nan=False))}
        else:
            situatie["werk"] = {"netto_per_maand": draw(st.floats(0, 5000, allow_nan=False))}
    if leefvorm == "gehuwd" and draw(st.booleans()):
        situatie["partner_werk"] = {"bruto_per_maand": draw(st.floats(0, 4000, allow_nan=False))}
    return situatie


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(situaties())
def test_met_bijstand_is_netto_loon_plus_bijstand_nooit_lager_dan_de_norm(situatie):
    m = regels.bereken(situatie)["per_maand"]
    if m["bijstand"] > 0:
        # Every part is in whole cents, so no rounding margin: the parts add up exactly (to float precision).
        # The payslip minus the vrijlating, the bijstand and the employer's vakantiegeld claim make at least the norm.
        assert (m["loonstrook_netto"] - m["vrijlating"] + m["bijstand"] + m["vakantieaanspraak"]
                >= m["bijstandsnorm"] - 1e-9)


@settings(max_examples=200, deadline=None)
@given(situaties(met_werk=False), st.floats(0, 80_000, allow_nan=False), st.floats(0, 20_000, allow_nan=False))
def test_toeslagen_stijgen_nooit_als_het_inkomen_stijgt(situatie, inkomen, extra):
    laag = regels.bereken({**situatie, "toetsingsinkomen": inkomen})["per_maand"]
    hoog = regels.bereken({**situatie, "toetsingsinkomen": inkomen + extra})["per_maand"]
    for toeslag in ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget"):
        assert hoog[toeslag] <= laag[toeslag]


@settings(max_examples=200, deadline=None)
@given(situaties())
@example({"peildatum": "2026-01-01", "huishouden": {"leefvorm": "gehuwd", "leeftijd": 27, "kostendelers": 0,
          "partner_leeftijd": 21, "kinderen": []}, "vrijlating": {"maanden_gehad": 0, "medisch_urenbeperkt": False},
          "giften_dit_jaar": 0.0, "werk": {"bruto_per_maand": 1944.0}})
def test_meer_netto_loon_geeft_nooit_minder_inkomen_uit_loon_en_bijstand(situatie):
    """More work never lowers the payslip's net plus bijstand, apart from the vakantieaanspraak.

    - The vakantieaanspraak (Regeling, Normenbrief bijlage IV) jumps at its limits (at € 1.059,26 net it goes up by
      about € 18), so the June vakantietoeslag can drop by more than the wage rose: that is the law as published.
    - The payslip's net, not the year's: the gemeente counts the payslip (witte maandtabel), while the vakantiegeld is
      taxed on the year's wage. Where the year's wage has passed the top of the arbeidskorting and the month's has
      not, 100 euro more gross can bring less over the year (this example, found by this test: a couple at € 1.944
      bruto in 2026 gets € 0,46 a month less at € 2.044; near € 2.000 for a couple it is up to about € 16). That is the
      tax and the Participatiewet as published, not a rounding of ours.
    """
    werk = situatie.get("werk") or {}
    if "bruto_per_maand" not in werk:
        return
    meer = {**situatie, "werk": {"bruto_per_maand": werk["bruto_per_maand"] + 100}}
    a, b = regels.bereken(situatie)["per_maand"], regels.bereken(meer)["per_maand"]
    sprong = max(0.0, b["vakantieaanspraak"] - a["vakantieaanspraak"])
    assert round(b["loonstrook_netto"] + b["bijstand"] + sprong, 2) >= round(a["loonstrook_netto"] + a["bijstand"], 2)


WAARDEN = st.one_of(st.none(), st.booleans(), st.integers(-1000, 10**7), st.floats(allow_nan=True),
                    st.text(max_size=5), st.lists(st.integers(-5, 40), max_size=3))


@settings(max_examples=400, deadline=None)
@given(st.dictionaries(
    st.sampled_from(["peildatum", "huishouden", "werk", "partner_werk", "vrijlating", "giften_dit_jaar",
                     "toetsingsinkomen", "onbekend"]),
    st.one_of(WAARDEN, st.dictionaries(
        st.sampled_from(["leefvorm", "leeftijd", "partner_leeftijd", "kostendelers", "kinderen", "kale_huur",
                         "uren_per_week", "bruto_uurloon", "bruto_per_maand", "netto_per_maand", "maanden_gehad",
                         "medisch_urenbeperkt"]),
        st.one_of(WAARDEN, st.sampled_from(["alleenstaand", "gehuwd", "alleenstaande_ouder"])), max_size=6)),
    max_size=7))
def test_elke_invoer_geeft_een_uitkomst_of_ongeldige_invoer(situatie):
    try:
        uitkomst = regels.bereken(situatie)
    except regels.OngeldigeInvoer as fout:
        assert fout.fouten and all(isinstance(m, str) and m for m in fout.fouten.values())
    else:
        assert uitkomst["per_maand"]["totaal"] >= 0


def test_sweep_geeft_een_uitkomst_per_uur_en_het_totaal_stijgt_met_vrijlating():
    situatie = {"peildatum": "2026-03-01", "huishouden": {"leefvorm": "alleenstaand", "leeftijd": 35},
                "werk": {"uren_per_week": 16, "bruto_uurloon": 14.71}}
    punten = regels.sweep(situatie, range(0, 41))
    assert len(punten) == 41
    assert punten[16] == regels.bereken(situatie)
    assert punten[0]["per_maand"]["bijstand"] == 1401.50
    assert punten[8]["per_maand"]["totaal"] > punten[0]["per_maand"]["totaal"]


SWEEP_SITUATIE = {"peildatum": "2026-03-01", "huishouden": {"leefvorm": "alleenstaand", "leeftijd": 35},
                  "werk": {"uren_per_week": 16, "bruto_uurloon": 14.71}}


@pytest.mark.parametrize("werk", [None, {"bruto_per_maand": 1200}, {"netto_per_maand": 1100}])
def test_sweep_vraagt_een_uurloon(werk):
    situatie = {k: v for k, v in SWEEP_SITUATIE.items() if k != "werk"} | ({"werk": werk} if werk else {})
    with pytest.raises(regels.OngeldigeInvoer) as fout:
        regels.sweep(situatie, [8, 16])
    assert fout.value.fouten == {"werk": "Vul een bruto uurloon in om uit te rekenen wat meer of minder uren opleveren."}


@pytest.mark.parametrize("uren", [-1, 60.5, True, "8", None])
def test_sweep_weigert_uren_buiten_0_tot_en_met_60(uren):
    with pytest.raises(regels.OngeldigeInvoer) as fout:
        regels.sweep(SWEEP_SITUATIE, [8, uren])
    assert fout.value.fouten == {"uren": "Het aantal uren per week moet tussen 0 en 60 liggen."}


def test_sweep_met_en_zonder_uitleg():
    met, zonder = regels.sweep(SWEEP_SITUATIE, [0, 60]), regels.sweep(SWEEP_SITUATIE, [0, 60], met_uitleg=False)
    assert [p["per_maand"] for p in met] == [p["per_maand"] for p in zonder]
    assert met[1] == regels.bereken({**SWEEP_SITUATIE, "werk": {"uren_per_week": 60, "bruto_uurloon": 14.71}})
    assert all(p["uitleg"] for p in met) and not any(p["uitleg"] for p in zonder)
