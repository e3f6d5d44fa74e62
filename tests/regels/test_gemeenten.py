"""The gemeente's own rules (issue 21): sourced profiles, their effects, the loader's refusal and the command.

Real profiles, checked on 7 december 2026 against the gemeente's own page:
- Rotterdam (GM0599), "Wijzigingen doorgeven" (giften: "Sinds 17 november 2021 ... meer dan € 1.200 per jaar") and
  "Verrekening inkomsten" (gepubliceerd 27-09-2018: "schat de gemeente dit bedrag ... 'fictieve verrekening'");
- Den Haag (GM0518), "Haagse zorgverzekering bij VGZ" ("gaat in op 1 januari 2025"; "Uw inkomen mag niet hoger zijn
  dan 150% van de bijstandsnorm");
- Utrecht (GM0344), "Individuele inkomenstoeslag aanvragen" (bedragen vanaf 1 januari 2024);
- Tilburg (GM0855), Werk en Inkomen Tilburg, "Income Allowance" ("You will receive in 2025 ... 990 ... 750 ... 675 ...
  525 euros") and "Health insurance 2026" ("a net income of up to 120% of the minimum");
- Almere (GM0034), "Individuele inkomenstoeslag" ("Hoogte van de toeslag in 2023": € 645 / € 579 / € 454).
The list of gemeenten: CBS, "Gemeentelijke indeling op 1 januari 2026" (gemeenten-alfabetisch-2026.xlsx, 342 rows).
No gemeente published a premie with its timing on a dated official page, so the premie test uses a profile written
here, with its own (test) source.
"""

import io
import json
import textwrap
from contextlib import redirect_stdout

import pytest

import regels
from regels import gemeenten
from regels.__main__ import main
from regels.gemeenten.laden import ProfielFout, lees_alles, lees_indeling, lees_profiel
from regels.invoer import lees_situatie

PEILDATUM = "2026-03-01"


def _situatie(**extra) -> dict:
    return {"peildatum": PEILDATUM, "huishouden": {"leefvorm": "alleenstaand", "kale_huur": 600}, **extra}


# --- finding a gemeente -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("tekst", ["GM0518", "gm0518", "0518", "Den Haag", "den haag", "'s-Gravenhage",
                                   "\u2019s-Gravenhage", "Gemeente Den Haag"])
def test_een_gemeente_is_te_vinden_op_code_en_naam(tekst):
    assert gemeenten.zoek(tekst).code == "GM0518"


@pytest.mark.parametrize("tekst", ["Atlantis", "GM9999", "", "  ", None, 518])
def test_een_onbekende_gemeente_geeft_niets(tekst):
    assert gemeenten.zoek(tekst) is None


# --- the list of gemeenten (CBS, 1 januari 2026) ---------------------------------------------------------------------

def test_de_lijst_heeft_alle_342_gemeenten_van_het_cbs_met_hun_bron():
    indeling = lees_indeling()
    assert len(indeling) == 342  # the CBS file has 342 rows; so has TOOI's register without an einddatum
    assert {g.bron.titel for g in indeling.values()} == {
        'CBS, "Gemeentelijke indeling op 1 januari 2026" (gemeenten-alfabetisch-2026.xlsx), 342 gemeenten'}
    # Rows of the CBS file (GemeentecodeGM, Gemeentenaam):
    assert {code: indeling[code].naam for code in ("GM0855", "GM0034", "GM0268", "GM1680", "GM1992", "GM1900", "GM0373",
                                                  "GM0893", "GM0518", "GM0820")} == {
        "GM0855": "Tilburg", "GM0034": "Almere", "GM0268": "Nijmegen", "GM1680": "Aa en Hunze",
        "GM1992": "Voorne aan Zee", "GM1900": "Súdwest-Fryslân", "GM0373": "Bergen (NH.)", "GM0893": "Bergen (L.)",
        "GM0518": "'s-Gravenhage", "GM0820": "Nuenen, Gerwen en Nederwetten"}


@pytest.mark.parametrize("tekst, code", [
    ("Tilburg", "GM0855"), ("gm0034", "GM0034"), ("0268", "GM0268"), ("Súdwest-Fryslân", "GM1900"),
    ("sudwest fryslan", "GM1900"), ("Den Bosch", "GM0796"), ("s-Hertogenbosch", "GM0796"), ("Bergen (NH)", "GM0373"),
    ("bergen l", "GM0893"), ("Hengelo", "GM0164"), ("Nuenen", "GM0820"), ("Gemeente Voorne aan Zee", "GM1992")])
def test_gangbare_schrijfwijzen_vinden_de_gemeente(tekst, code):
    assert gemeenten.zoek(tekst).code == code


@pytest.mark.parametrize("tekst", ["Bergen",  # two gemeenten: Bergen (NH.) and Bergen (L.)
                                   "Weesp", "GM0457", "Brielle", "GM0501", "Appingedam"])  # gone before 2026
def test_een_dubbelzinnige_naam_of_een_opgeheven_gemeente_geeft_niets(tekst):
    assert gemeenten.zoek(tekst) is None


@pytest.mark.parametrize("rij, melding", [
    ("  GM0855: {naam: Tilburg, bron: cbs}\n  GM9998: {naam: tilburg, bron: cbs}",
     "de naam 'tilburg' hoort ook bij GM0855"),
    ("  GM0855: {naam: Tilburg, ook: [Breda], bron: cbs}\n  GM0758: {naam: Breda, bron: cbs}",
     "de naam 'Breda' hoort ook bij GM0855"),
    ("  0855: {naam: Tilburg, bron: cbs}", "dit is geen CBS-code"),
    ("  GM0855: {naam: Tilburg}", "een gemeente zonder bron laden we niet")])
def test_de_lijst_weigert_een_dubbele_naam_een_foute_code_of_een_rij_zonder_bron(tmp_path, rij, melding):
    pad = tmp_path / "indeling.yaml"
    pad.write_text("bronnen:\n  cbs: {titel: CBS, url: https://www.cbs.nl/, gecontroleerd: 2026-12-07}\n"
                   f"gemeenten:\n{rij}\n", encoding="utf-8")
    with pytest.raises(ProfielFout, match=melding):
        lees_indeling(pad)


def test_een_onbekende_gemeente_is_een_nederlandse_melding_op_haar_veld():
    with pytest.raises(regels.OngeldigeInvoer) as fout:
        regels.bereken(_situatie(gemeente={"code": "Atlantis"}))
    assert set(fout.value.fouten) == {"gemeente.code"}
    assert "Deze gemeente kennen we niet" in fout.value.fouten["gemeente.code"]


def test_een_onbekende_gemeente_op_de_opdrachtregel_geeft_status_2(monkeypatch, capsys):
    monkeypatch.setattr("sys.stdin", io.StringIO(json.dumps(_situatie(gemeente={"code": "GM9999"}))))
    assert main(["bereken"]) == 2
    assert capsys.readouterr().err.startswith("gemeente.code: Deze gemeente kennen we niet")


def test_zonder_gemeente_verandert_er_niets():
    uitkomst = regels.bereken(_situatie(werk={"uren_per_week": 16, "bruto_uurloon": 15}))
    assert "gemeente" not in uitkomst and "kosten_werk" not in uitkomst


# --- giftengrens ----------------------------------------------------------------------------------------------------

def test_rotterdam_zegt_zijn_giftengrens_met_het_jaar_en_dat_de_gemeente_beslist():
    uitkomst = regels.bereken(_situatie(gemeente={"code": "Rotterdam"}, giften_dit_jaar=300))
    assert uitkomst["giften"]["grens"] == 1200.0  # Rotterdam leaves as much free as the law: € 1.200
    eigen = [u for u in uitkomst["uitleg"] if u["onderwerp"] == "giften" and "Rotterdam" in u["tekst"]]
    assert len(eigen) == 1 and eigen[0]["gemeente_beslist"] is True
    # an older figure is shown with its date, never as a fact of 2026
    assert "sinds 17 november 2021; dit kan nu anders zijn" in eigen[0]["tekst"]
    assert eigen[0]["url"] == "https://www.rotterdam.nl/werken-leren/wijzigingen-doorgeven/"


# --- a profile written here, for the effects no official page gave with a date ---------------------------------------

PROFIEL = """
code: GM0344
naam: Utrecht
bronnen:
  test:
    titel: Testbron
    url: https://example.org/test
    gecontroleerd: 2026-12-07
waarden:
  giftengrens:
    soort: giftengrens
    waarde: {alleenstaand: 1800, gehuwd: 3600}
    vanaf: 2026-01-01
    bron: test
  startpremie:
    soort: premie
    naam: startpremie
    waarde: 500
    na_maanden_werk: 3
    vanaf: 2026-01-01
    bron: test
"""


@pytest.fixture
def eigen_profiel(tmp_path, monkeypatch):
    """The package's gemeente data with one profile replaced by PROFIEL."""
    (tmp_path / "profielen").mkdir()
    (tmp_path / "indeling.yaml").write_text((gemeenten.laden.MAP / "indeling.yaml").read_text(encoding="utf-8"))
    (tmp_path / "profielen" / "GM0344.yaml").write_text(PROFIEL, encoding="utf-8")
    indeling, profielen, fouten = lees_alles(tmp_path)
    assert not fouten
    monkeypatch.setattr(gemeenten, "_data", lambda: (indeling, profielen))
    return tmp_path


def test_een_hogere_giftengrens_van_de_gemeente_geldt(eigen_profiel):
    # € 1.500 in gifts: above the law's € 1.200, under the gemeente's € 1.800, so nothing comes off the bijstand
    uitkomst = regels.bereken(_situatie(gemeente={"code": "GM0344"}, giften_dit_jaar=1500))
    assert uitkomst["giften"] == {"grens": 1800.0, "ontvangen": 1500.0, "ruimte_over": 300.0, "boven_grens": 0.0,
                                  "van_bijstand_af": 0.0}
    zonder = regels.bereken(_situatie(giften_dit_jaar=1500))
    assert zonder["giften"]["van_bijstand_af"] == 300.0


def test_een_premie_staat_in_de_maand_waarin_de_gemeente_hem_betaalt(eigen_profiel):
    uitkomst = regels.bereken(_situatie(gemeente={"code": "GM0344"},
                                        werk={"uren_per_week": 16, "bruto_uurloon": 15, "start": "2026-04"}))
    premie, = uitkomst["gemeente"]["premies"]
    assert (premie["naam"], premie["bedrag"], premie["maand"]) == ("startpremie", 500.0, "2026-07")  # april + 3
    assert any("startpremie" in u["tekst"] and u["gemeente_beslist"] for u in uitkomst["uitleg"])


# --- verrekening ----------------------------------------------------------------------------------------------------

def test_de_verrekening_van_de_gemeente_is_de_standaard_en_de_situatie_gaat_voor():
    assert lees_situatie(_situatie()).verrekening == "volgende_maand"
    assert lees_situatie(_situatie(gemeente={"code": "GM0599"})).verrekening == "schatten"
    assert lees_situatie(_situatie(gemeente={"code": "GM0599", "verrekening": "zelfde_maand"})).verrekening \
        == "zelfde_maand"
    maanden = regels.maanden(_situatie(gemeente={"code": "Rotterdam"}, werk={"uren_per_week": 16, "bruto_uurloon": 15}))
    assert maanden["verrekening"] == "schatten"


def test_de_uitkomst_zegt_hoe_de_gemeente_verrekent():
    uitkomst = regels.bereken(_situatie(gemeente={"code": "GM0599"}, werk={"uren_per_week": 16, "bruto_uurloon": 15}))
    assert uitkomst["gemeente"]["verrekening"]["methode"] == "schatten"
    assert uitkomst["gemeente"]["verrekening"]["gebruikt"] is True
    tekst = next(u for u in uitkomst["uitleg"] if u["onderwerp"] == "verrekening")
    assert tekst["gemeente_beslist"] and "Rotterdam verrekent je loon met een schatting" in tekst["tekst"]


# --- minimaregelingen -----------------------------------------------------------------------------------------------

def test_den_haag_de_haagse_zorgverzekering_is_weg_vanaf_32_uur_bij_16_euro():
    # Norm alleenstaande 21+ (1-1-2026): € 1.401,50; limit 150 % = € 2.102,25 per month.
    # 28 h × € 16: net wage € 2.030,72 and no bijstand -> under the limit; 32 h: € 2.245,58 -> above it.
    body = {"situatie": _situatie(gemeente={"code": "Den Haag"}, werk={"uren_per_week": 0, "bruto_uurloon": 16}),
            "uren": [0, 16, 28, 32, 40]}
    uitkomst = regels.opdrachten.sweep_json(body)
    assert uitkomst["gemeente_regelingen"] == [
        {"sleutel": "haagse_zorgverzekering", "naam": "Haagse zorgverzekering", "kwijt_vanaf_uren": 32}]
    bij_28, bij_32 = (p["uitkomst"]["gemeente"]["regelingen"][0] for p in uitkomst["punten"][2:4])
    assert (bij_28["grens"], bij_28["inkomen"], bij_28["blijft"]) == (2102.25, 2030.72, True)
    assert (bij_32["inkomen"], bij_32["blijft"]) == (2245.58, False)
    zin = next(u["tekst"] for u in uitkomst["punten"][3]["uitkomst"]["uitleg"] if "Haagse zorgverzekering" in u["tekst"])
    assert zin.startswith("Gemiddeld per maand kom je met dit werk boven de grens van de Haagse zorgverzekering")
    assert zin.endswith("Dan kun je de regeling kwijtraken.")


def test_utrecht_individuele_inkomenstoeslag_hangt_af_van_het_huishouden():
    # Utrecht, bedragen vanaf 1 januari 2024: gehuwden met minstens 1 kind van 12 tot 18: € 997
    uitkomst = regels.bereken({"peildatum": PEILDATUM, "huishouden": {"leefvorm": "gehuwd", "kinderen": [8, 13]},
                               "gemeente": {"code": "Utrecht"}})
    iit = uitkomst["gemeente"]["individuele_inkomenstoeslag"]
    assert (iit["bedrag_per_jaar"], iit["jaren_laag_inkomen"]) == (997.0, 3)
    assert "sinds 1 januari 2024; dit kan nu anders zijn" in iit["tekst"]
    alleen = regels.bereken(_situatie(gemeente={"code": "Utrecht"}))
    assert alleen["gemeente"]["individuele_inkomenstoeslag"]["bedrag_per_jaar"] == 276.0


def test_tilburg_de_collectieve_zorgverzekering_is_weg_vanaf_16_uur_bij_16_euro():
    # Norm alleenstaande 21+ (1-1-2026): € 1.401,50; Tilburg's limit 120 % = € 1.681,80 per month (2026).
    # 12 h × € 16: net wage € 898,56 + bijstand € 727,58 = € 1.626,14 -> kept;
    # 16 h: € 1.174,75 + € 518,33 = € 1.693,08 (the vrijlating keeps part of the wage) -> lost.
    body = {"situatie": _situatie(gemeente={"code": "Tilburg"}, werk={"uren_per_week": 0, "bruto_uurloon": 16}),
            "uren": [0, 8, 12, 16]}
    uitkomst = regels.opdrachten.sweep_json(body)
    assert uitkomst["gemeente_regelingen"] == [
        {"sleutel": "zorgverzekering", "naam": "collectieve zorgverzekering", "kwijt_vanaf_uren": 16}]
    bij_12, bij_16 = (p["uitkomst"]["gemeente"]["regelingen"][0] for p in uitkomst["punten"][2:4])
    assert (bij_12["grens_procent"], bij_12["grens"], bij_12["inkomen"]) == (120.0, 1681.8, 1626.14)
    assert bij_12["blijft"] is True
    assert (bij_16["inkomen"], bij_16["blijft"], bij_16["vanaf"]) == (1693.08, False, "2026-01-01")


@pytest.mark.parametrize("leefvorm, kinderen, bedrag", [
    ("alleenstaand", [], 525.0), ("alleenstaande_ouder", [4], 675.0), ("alleenstaande_ouder", [15], 675.0),
    ("gehuwd", [], 750.0), ("gehuwd", [8], 750.0), ("gehuwd", [8, 13], 990.0)])
def test_tilburg_individuele_inkomenstoeslag_2025(leefvorm, kinderen, bedrag):
    uitkomst = regels.bereken({"peildatum": PEILDATUM, "huishouden": {"leefvorm": leefvorm, "kinderen": kinderen},
                               "gemeente": {"code": "GM0855"}})
    iit = uitkomst["gemeente"]["individuele_inkomenstoeslag"]
    assert (iit["bedrag_per_jaar"], iit["jaren_laag_inkomen"], iit["vanaf"]) == (bedrag, 5, "2025-01-01")
    assert "volgens de gemeente sinds 1 januari 2025; dit kan nu anders zijn" in iit["tekst"]


@pytest.mark.parametrize("leefvorm, kinderen, bedrag", [
    ("alleenstaand", [], 454.0), ("alleenstaande_ouder", [15], 579.0), ("gehuwd", [13], 645.0)])
def test_almere_individuele_inkomenstoeslag_2023_is_een_bedrag_per_leefvorm(leefvorm, kinderen, bedrag):
    uitkomst = regels.bereken({"peildatum": PEILDATUM, "huishouden": {"leefvorm": leefvorm, "kinderen": kinderen},
                               "gemeente": {"code": "Almere"}})
    iit = uitkomst["gemeente"]["individuele_inkomenstoeslag"]
    assert (iit["bedrag_per_jaar"], iit["jaren_laag_inkomen"], iit["vanaf"]) == (bedrag, 5, "2023-01-01")


def test_nijmegen_heeft_alleen_stappen_en_wat_we_niet_weten():
    p = gemeenten.profiel("GM0268")
    assert p.waarden == () and len(p.stappen) == 2
    assert {onderwerp for onderwerp, _ in p.onbekend} == {"giftengrens", "zorgverzekering",
                                                          "individuele_inkomenstoeslag", "verrekening"}
    assert "Gemeenteblad 2025, 547168" in dict(p.onbekend)["giftengrens"]
    uitkomst = regels.bereken(_situatie(gemeente={"code": "Nijmegen"}))
    assert uitkomst["gemeente"]["individuele_inkomenstoeslag"] is None and uitkomst["gemeente"]["regelingen"] == []


def test_een_gemeente_zonder_eigen_regels_zegt_vraag_je_gemeente():
    uitkomst = regels.bereken(_situatie(gemeente={"code": "Maastricht"}))
    assert uitkomst["gemeente"]["profiel"] is False and uitkomst["gemeente"]["regelingen"] == []
    assert any("Vraag je gemeente" in u["tekst"] and u["gemeente_beslist"] for u in uitkomst["uitleg"])


# --- kosten van werken ----------------------------------------------------------------------------------------------

def test_kosten_van_werken_gaan_van_het_totaal_af_en_de_vergoeding_niet_van_de_bijstand():
    werk = {"uren_per_week": 20, "bruto_uurloon": 15}
    kosten = {"reiskosten_per_maand": 80, "vergoeding_per_maand": 50, "overige_per_maand": 20}
    met = regels.bereken({"peildatum": PEILDATUM, "werk": werk, "kosten_werk": kosten})
    zonder = regels.bereken({"peildatum": PEILDATUM, "werk": werk})
    # 80 + 20 - 50 = 50 per month; the tax-free reimbursement is no income (Pw art. 31 lid 2 g)
    assert met["kosten_werk"]["kosten_van_werken"] == 50.0
    assert met["kosten_werk"]["totaal_na_kosten"] == round(met["per_maand"]["totaal"] - 50.0, 2)
    assert met["per_maand"] == zonder["per_maand"]
    bronnen = {u["bron"].split(" (")[0] for u in met["uitleg"] if u["onderwerp"] == "kosten_werk"}
    assert bronnen == {"Participatiewet artikel 31, tweede lid, onderdeel g",
                       "Wet op de loonbelasting 1964 artikel 31, eerste lid, onderdeel f, en artikel 31a"}


def test_zonder_werk_zijn_er_geen_kosten_van_werken():
    uitkomst = regels.bereken({"peildatum": PEILDATUM, "kosten_werk": {"reiskosten_per_maand": 80}})
    assert uitkomst["kosten_werk"]["kosten_van_werken"] == 0.0
    assert uitkomst["kosten_werk"]["totaal_na_kosten"] == uitkomst["per_maand"]["totaal"]


@pytest.mark.parametrize("kosten, veld", [({"reiskosten_per_maand": -1}, "kosten_werk.reiskosten_per_maand"),
                                          ({"vergoeding_per_maand": "veel"}, "kosten_werk.vergoeding_per_maand"),
                                          ({"fiets": 3}, "kosten_werk.fiets"), ("80", "kosten_werk")])
def test_foute_kosten_geven_een_melding_op_hun_veld(kosten, veld):
    with pytest.raises(regels.OngeldigeInvoer) as fout:
        regels.bereken({"peildatum": PEILDATUM, "kosten_werk": kosten})
    assert veld in fout.value.fouten


# --- the loader -----------------------------------------------------------------------------------------------------

def _profiel(tmp_path, tekst: str):
    pad = tmp_path / "GM0599.yaml"
    pad.write_text(textwrap.dedent(tekst), encoding="utf-8")
    return lees_profiel(pad, lees_indeling())


GOED = """
code: GM0599
naam: Rotterdam
bronnen:
  pagina: {titel: Pagina, url: "https://www.rotterdam.nl/x", gecontroleerd: 2026-12-07}
waarden:
  verrekening: {soort: verrekening, waarde: schatten, vanaf: 2018-09-27, bron: pagina}
"""


def test_een_goed_profiel_laadt(tmp_path):
    profiel = _profiel(tmp_path, GOED)
    assert profiel.een("verrekening", gemeenten.laden.dt.date(2026, 1, 1)).waarde == "schatten"


@pytest.mark.parametrize("kapot, melding", [
    ("bron: pagina}", "een waarde zonder bron laden we niet"),
    ("vanaf: 2018-09-27, ", "een waarde zonder datum laden we niet"),
    ("waarde: schatten", "waarde moet een van"),
])
def test_een_waarde_zonder_bron_of_datum_laadt_niet(tmp_path, kapot, melding):
    vervanging = {"bron: pagina}": "}", "vanaf: 2018-09-27, ": "", "waarde: schatten": "waarde: raden"}[kapot]
    with pytest.raises(ProfielFout, match=melding):
        _profiel(tmp_path, GOED.replace(kapot, vervanging))


def test_een_bron_zonder_controledatum_laadt_niet(tmp_path):
    with pytest.raises(ProfielFout, match="'gecontroleerd' ontbreekt"):
        _profiel(tmp_path, GOED.replace(", gecontroleerd: 2026-12-07", ""))


def test_alle_profielen_van_het_pakket_laden():
    indeling, profielen, fouten = lees_alles()
    assert fouten == []
    assert {"GM0599", "GM0518", "GM0344", "GM0855", "GM0034", "GM0268"} <= set(profielen) <= set(indeling)


# --- the command ----------------------------------------------------------------------------------------------------

def test_de_opdracht_gemeenten_toont_elke_waarde_met_bron_en_leeftijd():
    uit = io.StringIO()
    with redirect_stdout(uit):
        assert main(["gemeenten", "--vandaag", "2026-12-07"]) == 0
    tekst = uit.getvalue()
    assert tekst.startswith("342 gemeenten in de lijst, 9 met een profiel.")
    assert "Rotterdam (GM0599)" in tekst
    assert "zorgverzekering (minimaregeling): 120 procent van de bijstandsnorm, geldt vanaf 2026-01-01" in tekst
    assert "verrekening (verrekening): schatten, geldt vanaf 2018-09-27 (8 jaar oud)" in tekst
    assert "bron: Gemeente Rotterdam, \"Verrekening inkomsten\"" in tekst
    assert "Amsterdam (GM0363)\n  geen waarden met een officiële bron" in tekst


def test_de_opdracht_gemeenten_geeft_status_1_bij_een_waarde_zonder_bron(tmp_path):
    (tmp_path / "profielen").mkdir()
    (tmp_path / "indeling.yaml").write_text((gemeenten.laden.MAP / "indeling.yaml").read_text(encoding="utf-8"))
    (tmp_path / "profielen" / "GM0599.yaml").write_text(GOED.replace("bron: pagina}", "}"), encoding="utf-8")
    uit = io.StringIO()
    with redirect_stdout(uit):
        assert main(["gemeenten", "--map", str(tmp_path)]) == 1
    assert "NIET GELADEN: GM0599.yaml: verrekening: een waarde zonder bron laden we niet" in uit.getvalue()
