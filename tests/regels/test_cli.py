"""The command line: `python -m regels bereken | sweep | maanden | parameters | controleer`."""

import datetime as dt
import io
import json
import subprocess
import sys

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import regels
from regels.__main__ import main


def _run(*args, invoer=""):
    return subprocess.run([sys.executable, "-m", "regels", *args], input=invoer, capture_output=True, text=True,
                          timeout=60)


def test_bereken_leest_json_en_schrijft_dezelfde_uitkomst_als_de_python_functie():
    situatie = {"peildatum": "2026-03-01", "huishouden": {"leefvorm": "alleenstaand", "leeftijd": 35, "kale_huur": 650},
                "werk": {"uren_per_week": 16, "bruto_uurloon": 14.71}}
    klaar = _run("bereken", invoer=json.dumps(situatie))
    assert klaar.returncode == 0, klaar.stderr
    assert json.loads(klaar.stdout) == regels.bereken(situatie)


def _main(capsys, monkeypatch, *args, invoer=""):
    """`python -m regels …` in this process (fast, and visible to mutation testing): (exit code, stdout, stderr)."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(invoer))
    code = main(list(args))
    uit, fout = capsys.readouterr()
    return code, uit, fout


def test_sweep_leest_situatie_en_uren_en_geeft_per_aantal_uren_de_uitkomst_van_bereken(capsys, monkeypatch):
    situatie = {"peildatum": "2026-03-01", "huishouden": {"leefvorm": "alleenstaande_ouder", "kinderen": [4]},
                "werk": {"uren_per_week": 0, "bruto_uurloon": 14.71}}
    code, uit, fout = _main(capsys, monkeypatch, "sweep", invoer=json.dumps({"situatie": situatie, "uren": [0, 12.5, 32]}))
    assert code == 0, fout
    punten = json.loads(uit)["punten"]
    assert [p["uren_per_week"] for p in punten] == [0, 12.5, 32]
    for punt in punten:
        met_uren = {**situatie, "werk": {"uren_per_week": punt["uren_per_week"], "bruto_uurloon": 14.71}}
        assert punt["uitkomst"] == regels.bereken(met_uren)


def test_sweep_noemt_elk_veld_met_zijn_pad_in_de_invoer(capsys, monkeypatch):
    for body, verwacht in [
        ({"situatie": {"huishouden": {"leeftijd": "x"}}, "uren": "0", "extra": 1},
         {"extra: Dit veld kennen we niet.", "situatie.huishouden.leeftijd: Je leeftijd moet een getal zijn.",
          "uren: Geef de uren per week als lijst van 1 tot 121 getallen, bijvoorbeeld [0, 8, 16]."}),
        ({"situatie": {"werk": {"bruto_per_maand": 900}}, "uren": [0]},
         {"situatie.werk: Vul een bruto uurloon in om uit te rekenen wat meer of minder uren opleveren."}),
        ({"situatie": {"werk": {"uren_per_week": 0, "bruto_uurloon": 15}}, "uren": [0, 61]},
         {"uren: Het aantal uren per week moet tussen 0 en 60 liggen."}),
        ({"uren": list(range(122))}, {"uren: Geef de uren per week als lijst van 1 tot 121 getallen, bijvoorbeeld [0, 8, 16].",
                                      "situatie: De invoer moet een JSON-object zijn."}),
        ({"situatie": [], "uren": [0]}, {"situatie: De invoer moet een JSON-object zijn."}),
        ([], {'verzoek: Stuur een JSON-object met "situatie" en "uren".'}),
    ]:
        monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(body)))
        assert main(["sweep"]) == 2
        uit, fout = capsys.readouterr()
        assert uit == "" and set(fout.strip().splitlines()) == verwacht, fout


def test_ongeldige_invoer_geeft_nederlandse_meldingen_en_exitcode_2_zonder_traceback(capsys, monkeypatch):
    code, uit, fout = _main(capsys, monkeypatch, "bereken", invoer=(
        '{"huishouden": {"leeftijd": "veertig"}, "werk": {"uren_per_week": 90, "bruto_uurloon": 14}}'))
    assert code == 2
    assert "huishouden.leeftijd: Je leeftijd moet een getal zijn." in fout.splitlines()
    assert "werk.uren_per_week: Het aantal uren per week moet tussen 0 en 60 liggen." in fout.splitlines()
    assert "Traceback" not in fout and uit == ""


def test_kapotte_json_geeft_exitcode_2(capsys, monkeypatch):
    code, uit, fout = _main(capsys, monkeypatch, "bereken", invoer="{niet: json")
    assert code == 2 and uit == ""
    assert fout.startswith("invoer: dit is geen geldige JSON (") and ", regel 1)." in fout


def test_parameters_toont_elke_waarde_met_bron(capsys, monkeypatch):
    code, uit, _ = _main(capsys, monkeypatch, "parameters", "--peildatum", "2026-07-01")
    assert code == 0
    assert uit.startswith('{\n  "peildatum": "2026-07-01"')  # indented, readable JSON
    lijst = {p["parameter"]: p for p in json.loads(uit)["parameters"]}
    norm = lijst["participatiewet.art21_normen.alleenstaande"]
    assert norm["waarde"] == 1419.46 and norm["geldig_vanaf"] == "2026-07-01" and norm["eenheid"] == "EUR/maand"
    assert norm["url"] == "https://wetten.overheid.nl/jci1.3:c:BWBR0015703&artikel=21&g=2026-07-01"
    assert norm["status"] == "vastgesteld" and norm["gecontroleerd"] and norm["bron"] and norm["verwijzing"]
    assert norm["beschrijving"]
    assert "participatiewet.art34a_vrijlating.percentage" not in lijst  # not in force before 2027


def test_parameters_zonder_peildatum_is_vandaag(capsys, monkeypatch):
    code, uit, _ = _main(capsys, monkeypatch, "parameters")
    assert code == 0 and json.loads(uit)["peildatum"] == dt.date.today().isoformat()


def test_maanden_schrijft_dezelfde_maanden_als_de_python_functie(capsys, monkeypatch):
    situatie = {"peildatum": "2026-03-01", "huishouden": {"leefvorm": "alleenstaand", "leeftijd": 35},
                "werk": {"uren_per_week": 16, "bruto_uurloon": 14.71}, "maanden": 3}
    code, uit, _ = _main(capsys, monkeypatch, "maanden", invoer=json.dumps(situatie))
    assert code == 0
    assert json.loads(uit) == json.loads(json.dumps(regels.maanden(situatie)))
    assert "é" in uit or "\\u00e9" not in uit  # Dutch letters as they are (ensure_ascii=False)


def test_zonder_opdracht_een_melding(capsys, monkeypatch):
    with pytest.raises(SystemExit) as klaar:
        _main(capsys, monkeypatch)
    assert klaar.value.code == 2
    assert "python -m regels" in capsys.readouterr().err


def test_controleer_meldt_ontbrekende_waarden_binnen_60_dagen(capsys, monkeypatch):
    code, uit, _ = _main(capsys, monkeypatch, "controleer", "--vandaag", "2026-11-23")
    assert code == 1
    assert "2027-01-01" in uit and "participatiewet.art21_normen.alleenstaande" in uit


def test_controleer_is_tevreden_als_er_niets_ontbreekt(capsys, monkeypatch):
    code, uit, _ = _main(capsys, monkeypatch, "controleer", "--vandaag", "2026-03-01")
    assert code == 0, uit


def test_null_in_werk_geeft_een_melding_en_exitcode_2():
    for veld in ("bruto_per_maand", "netto_per_maand", "uren_per_week"):
        werk = {veld: None} if veld != "uren_per_week" else {veld: None, "bruto_uurloon": 15}
        klaar = _run("bereken", invoer=json.dumps({"werk": werk}))
        assert klaar.returncode == 2, (veld, klaar.stderr)
        assert f"werk.{veld}: Vul hier een getal in, of laat dit veld weg." in klaar.stderr
        assert "Traceback" not in klaar.stderr


JSON_WAARDEN = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**9), st.floats(allow_nan=False, allow_infinity=False),
              st.text(max_size=8)),
    lambda kinderen: st.one_of(st.lists(kinderen, max_size=3), st.dictionaries(st.text(max_size=6), kinderen, max_size=3)),
    max_leaves=6)
VELDEN = {
    "huishouden": ["leefvorm", "leeftijd", "partner_leeftijd", "kostendelers", "kinderen", "kale_huur"],
    "werk": ["uren_per_week", "bruto_uurloon", "bruto_per_maand", "netto_per_maand"],
    "partner_werk": ["bruto_per_maand"],
    "vrijlating": ["maanden_gehad", "medisch_urenbeperkt"],
}


@st.composite
def json_invoer(draw):
    """Situations with nulls, wrong types and missing parts in every place of the contract."""
    situatie = {}
    for groep, velden in VELDEN.items():
        if draw(st.booleans()):
            situatie[groep] = draw(st.one_of(
                JSON_WAARDEN, st.fixed_dictionaries({}, optional={v: JSON_WAARDEN for v in velden})))
    for veld in ("peildatum", "giften_dit_jaar", "toetsingsinkomen"):
        if draw(st.booleans()):
            situatie[veld] = draw(JSON_WAARDEN)
    return situatie


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(situatie=json_invoer())
def test_de_opdrachtregel_geeft_een_uitkomst_of_meldingen_en_nooit_een_traceback(situatie, capsys, monkeypatch):
    """In process (hundreds of cases): `main` never raises; invalid input gives exit 2 and a message per field."""
    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(situatie)))
    code = main(["bereken"])
    uit, fout = capsys.readouterr()
    assert code in (0, 2)
    if code == 2:
        assert fout.strip() and uit == ""
        assert all(": " in regel for regel in fout.strip().splitlines())
    else:
        assert json.loads(uit)["per_maand"]["totaal"] >= 0


def test_controleer_noemt_voorstellen_apart():
    klaar = _run("controleer", "--vandaag", "2026-12-01")
    assert "2027-01-01:" in klaar.stdout and "waarden zijn nog een voorstel" in klaar.stdout
    assert "wet_inkomstenbelasting.tarief.schijf1_tarief" in klaar.stdout.split("waarden ontbreken")[0]


def test_een_uitkomst_met_een_voorstel_zegt_dat():
    uitkomst = regels.bereken({"peildatum": "2027-02-01", "werk": {"uren_per_week": 16, "bruto_uurloon": 16}})
    assert any("Dit bedrag is nog een voorstel" in w for w in uitkomst["waarschuwingen"])
    assert not any("voorstel" in w for w in regels.bereken({"peildatum": "2026-06-01"})["waarschuwingen"])


def test_partner_maanden_vrijlating_apart():
    basis = {"peildatum": "2026-03-01", "huishouden": {"leefvorm": "gehuwd", "leeftijd": 40, "partner_leeftijd": 40},
             "partner_werk": {"bruto_per_maand": 400}}
    zelfde = regels.bereken({**basis, "vrijlating": {"maanden_gehad": 0}})
    apart = regels.bereken({**basis, "vrijlating": {"maanden_gehad": 0, "partner_maanden_gehad": 6}})
    assert zelfde["per_maand"]["vrijlating"] == 100.0 and apart["per_maand"]["vrijlating"] == 0.0
    assert any("je partner" in w for w in zelfde["waarschuwingen"])
    assert not any("vrijlating je partner" in w for w in apart["waarschuwingen"])
