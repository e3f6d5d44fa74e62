"""Every parameter is data with a unit, a valid-from date and a source; bad data fails loudly at import."""

import ast
import datetime as dt
import re
from pathlib import Path

import pytest

from regels.parameters import PARAMETERS, ParameterFout, lees_alle

CODE = Path(__file__).parents[2] / "regels"


def test_er_zijn_parameters():
    assert len(PARAMETERS) > 90


@pytest.mark.parametrize("pad", sorted(PARAMETERS))
def test_elke_parameter_heeft_bron_eenheid_en_datum(pad):
    parameter = PARAMETERS[pad]
    assert parameter.eenheid and parameter.beschrijving and parameter.verwijzing
    for waarde in parameter.waarden:
        assert isinstance(waarde.vanaf, dt.date)
        assert waarde.bron.titel and waarde.bron.url.startswith("https://")
        assert waarde.bron.gecontroleerd <= dt.date.today()


def _schrijf(map_: Path, bronnen: str, inhoud: str) -> Path:
    (map_ / "bronnen.yaml").write_text(bronnen, encoding="utf-8")
    (map_ / "test.yaml").write_text(inhoud, encoding="utf-8")
    return map_


BRON = "doc:\n  titel: Een bron\n  url: https://example.org\n  gecontroleerd: 2026-01-01\n"
GOED = """parameters:
  p:
    beschrijving: Iets.
    eenheid: EUR/maand
    wijzigt: jaarlijks
    verwijzing: Artikel 1
    waarden:
      2026-01-01: {waarde: 1.5, bron: doc}
"""


def test_een_goed_bestand_wordt_gelezen(tmp_path):
    alle = lees_alle(_schrijf(tmp_path, BRON, GOED))
    assert alle["test.p"].waarden[0].waarde == 1.5


@pytest.mark.parametrize("kapot, melding", [
    (GOED.replace("    eenheid: EUR/maand\n", ""), "'eenheid' ontbreekt"),
    (GOED.replace("EUR/maand", "gulden"), "onbekende eenheid"),
    (GOED.replace("bron: doc", "bron: onbekend"), "staat niet in bronnen.yaml"),
    (GOED.replace("{waarde: 1.5, bron: doc}", "{bron: doc}"), "'waarde' moet een getal zijn"),
    (GOED.replace("2026-01-01:", "januari:"), "is geen datum"),
    (GOED.replace("    verwijzing: Artikel 1\n", ""), "'verwijzing' ontbreekt"),
])
def test_een_kapot_bestand_geeft_een_duidelijke_fout(tmp_path, kapot, melding):
    with pytest.raises(ParameterFout, match=melding):
        lees_alle(_schrijf(tmp_path, BRON, kapot))


def test_een_bron_zonder_controledatum_is_een_fout(tmp_path):
    with pytest.raises(ParameterFout, match="'gecontroleerd' ontbreekt"):
        lees_alle(_schrijf(tmp_path, BRON.replace("  gecontroleerd: 2026-01-01\n", ""), GOED))


def _docstring_regels(bron: str) -> set[int]:
    regels = set()
    for knoop in ast.walk(ast.parse(bron)):
        if isinstance(knoop, ast.Expr) and isinstance(knoop.value, ast.Constant) and isinstance(knoop.value.value, str):
            regels.update(range(knoop.lineno, knoop.end_lineno + 1))
    return regels


@pytest.mark.broncode
def test_geen_datums_of_percentages_in_teksten_van_de_code():
    """No euro amounts with cents, percentages or dates written in the rules' code or its sentences."""
    verdacht = re.compile(r"\b\d+[.,]\d{2}\b|\b\d+\s?%|\b(19|20)\d\d-\d\d-\d\d\b")
    for bestand in CODE.glob("*.py"):
        bron = bestand.read_text(encoding="utf-8")
        docstrings = _docstring_regels(bron)
        for nummer, regel in enumerate(bron.splitlines(), start=1):
            if nummer not in docstrings and not regel.startswith("REGELS_VERSIE"):
                # article numbers such as "artikel 1.13" of the Wet kinderopvang are no amounts
                zonder_artikelen = re.sub(r"artikel \d+\.\d+( en( artikel)? \d+\.\d+)?", "", regel.split("#")[0])
                assert not verdacht.search(zonder_artikelen), f"{bestand.name}:{nummer}: {regel.strip()}"


# Numbers that may be written in the rules' code: named constants that are no law (calendar facts, input
# bounds, search settings). A legal amount, percentage, age or period always comes from the data.
GEEN_WET = {
    "MAANDEN_PER_JAAR", "WEKEN_PER_JAAR", "MAANDEN_PER_KWARTAAL", "DAGEN_PER_WEEK", "WERKDAGEN_PER_WEEK", "PROCENT",
    "SCHEMA_WIJZIGINGEN", "WEKEN_PER_PERIODE", "VAKANTIEGELD_MAAND",  # calendar
    "GEHUWDEN", "TWEE_VERZEKERDEN",  # counting people
    "STANDAARD_LEEFTIJD", "MAX_LEEFTIJD", "MAX_KINDEREN", "MAX_KOSTENDELERS", "MAX_HUUR", "MAX_UREN_PER_WEEK",
    "MAX_UURLOON", "MAX_BRUTO_PER_MAAND", "MAX_NETTO_PER_MAAND", "MAX_MAANDEN_VRIJLATING", "MAX_GIFTEN",
    "MAX_TOETSINGSINKOMEN", "PEILDATUM_JAREN_VOORUIT", "MAX_MAANDEN", "MAX_UREN_OPVANG", "MAX_UURPRIJS_OPVANG",
    "MAX_UREN_PUNTEN", "MAX_GIFTEN_MAANDEN", "MAX_MAANDEN_BIJSTAND",  # what the input may be at all
    "CENT", "HALVE_CENT", "HALF", "REKENMARGE", "ZOEK_TOT_BRUTO", "ZOEK_FACTOR", "ZOEK_MARGE", "ZOEK_STAPPEN",
    "DAGEN_TERUGKIJKEN", "PEILDATA_IN_GEHEUGEN", "VOORUIT_DAGEN", "ONGELDIG", "MAX_FASEN", "NA_LAATSTE_MAAND",  # arithmetic, tooling
}


def _getallen_buiten_constanten(bron: str) -> list[tuple[int, float]]:
    """Numeric literals other than 0, 1 and 2 that are not the value of a named constant in GEEN_WET."""
    boom = ast.parse(bron)
    toegestaan: set[int] = set()
    for knoop in boom.body:
        doelen = knoop.targets if isinstance(knoop, ast.Assign) else [knoop.target] if isinstance(
            knoop, ast.AnnAssign) else []
        namen = {n.id for doel in doelen for n in ast.walk(doel) if isinstance(n, ast.Name)}
        if namen and namen <= GEEN_WET:
            toegestaan.update(id(n) for n in ast.walk(knoop))
    gevonden = []
    for knoop in ast.walk(boom):
        if (isinstance(knoop, ast.Constant) and isinstance(knoop.value, (int, float))
                and not isinstance(knoop.value, bool) and knoop.value not in (0, 1, 2) and id(knoop) not in toegestaan):
            gevonden.append((knoop.lineno, knoop.value))
    return gevonden


@pytest.mark.broncode
def test_geen_getallen_in_de_code():
    """Amounts, ages and periods live in data, whole numbers too: `grens = 1200` in giften.py would fail here."""
    fouten = [f"{bestand.name}:{regel}: {waarde}" for bestand in sorted(CODE.glob("*.py"))
              for regel, waarde in _getallen_buiten_constanten(bestand.read_text(encoding="utf-8"))]
    assert not fouten, fouten


@pytest.mark.parametrize("regel", ["grens = 1200", "x = w['a'] * 12.5", "if leeftijd < 21: pass",
                                   "MIJN_GRENS = 1200"])
def test_de_getallencontrole_vangt_een_bedrag_in_de_code(regel):
    assert _getallen_buiten_constanten(regel)


def test_volgende_wetswijziging_is_een_regel_en_geen_indexering():
    """The vrijlating maxima are indexed on 1 July 2026; the rule itself changes on 1 January 2027 (art. 34a)."""
    import regels

    assert regels.volgende_wetswijziging(dt.date(2026, 3, 1)) == dt.date(2027, 1, 1)
    assert regels.volgende_wetswijziging(dt.date(2026, 7, 1)) == dt.date(2027, 1, 1)


def test_een_vervallen_artikel_geldt_niet_meer():
    import regels

    voor = {p["parameter"] for p in regels.parameters_op(dt.date(2026, 12, 31))}
    na = {p["parameter"] for p in regels.parameters_op(dt.date(2027, 1, 1))}
    assert "participatiewet.art31_vrijlating_arbeid.algemeen_percentage" in voor
    assert "participatiewet.art31_vrijlating_arbeid.algemeen_percentage" not in na
    assert "participatiewet.art34a_vrijlating.percentage" in na


def test_status_voorstel_wordt_gelezen_en_een_onbekende_status_is_een_fout(tmp_path):
    voorstel = GOED.replace("{waarde: 1.5, bron: doc}", "{waarde: 1.5, bron: doc, status: voorstel}")
    assert lees_alle(_schrijf(tmp_path, BRON, voorstel))["test.p"].waarden[0].voorstel
    with pytest.raises(ParameterFout, match="status moet een van"):
        lees_alle(_schrijf(tmp_path, BRON, GOED.replace("bron: doc}", "bron: doc, status: misschien}")))


OFFICIELE_BRONNEN = ("https://wetten.overheid.nl/", "https://zoek.officielebekendmakingen.nl/",
                     "https://www.belastingdienst.nl/", "https://download.belastingdienst.nl/",
                     "https://www.rijksoverheid.nl/", "https://www.svb.nl/",
                     "https://github.com/MinBZK/regelrecht/")  # the last: the Normenbrief as SZW sent it


@pytest.mark.parametrize("pad", sorted(PARAMETERS))
def test_elke_waarde_van_2027_is_vastgesteld_met_officiele_bron_of_een_voorstel(pad):
    """1-1-2027: a value is law with an official source, or a proposal marked as such (README: bijwerken)."""
    for waarde in PARAMETERS[pad].waarden:
        if waarde.vanaf >= dt.date(2027, 1, 1):
            assert waarde.voorstel or waarde.bron.url.startswith(OFFICIELE_BRONNEN), (pad, waarde.bron.url)


def _alleen(monkeypatch, tmp_path, inhoud: str) -> None:
    """Let the rules see only the parameters in `inhoud`."""
    import regels.api

    monkeypatch.setattr(regels.api, "PARAMETERS", lees_alle(_schrijf(tmp_path, BRON, inhoud)))


@pytest.mark.parametrize(("wijzigt", "verwacht"), [("bij_wetswijziging", dt.date(2028, 1, 1)), ("jaarlijks", None)])
def test_een_nieuwe_waarde_is_alleen_een_wetswijziging_als_de_wet_hem_verandert(monkeypatch, tmp_path, wijzigt,
                                                                                   verwacht):
    import regels

    _alleen(monkeypatch, tmp_path, GOED.replace("wijzigt: jaarlijks", f"wijzigt: {wijzigt}")
            + "      2027-01-01: {waarde: 1.5, bron: doc}\n      2028-01-01: {waarde: 2.5, bron: doc}\n")
    assert regels.volgende_wetswijziging(dt.date(2026, 6, 1)) == verwacht


def test_de_volgende_wetswijziging_ligt_na_de_peildatum(monkeypatch, tmp_path):
    """On the day of a change, that change is no longer 'next': the one after it is (or none)."""
    import regels

    _alleen(monkeypatch, tmp_path, GOED.replace("wijzigt: jaarlijks", "wijzigt: bij_wetswijziging")
            + "      2027-01-01: {waarde: 2.5, bron: doc}\n      2028-01-01: {waarde: 3.5, bron: doc}\n")
    assert regels.volgende_wetswijziging(dt.date(2026, 12, 31)) == dt.date(2027, 1, 1)
    assert regels.volgende_wetswijziging(dt.date(2027, 1, 1)) == dt.date(2028, 1, 1)
    assert regels.volgende_wetswijziging(dt.date(2028, 1, 1)) is None
