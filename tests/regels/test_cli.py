"""The command line: `python -m regels bereken | parameters | controleer`."""

import json
import subprocess
import sys

import regels


def _run(*args, invoer=""):
    return subprocess.run([sys.executable, "-m", "regels", *args], input=invoer, capture_output=True, text=True,
                          timeout=60)


def test_bereken_leest_json_en_schrijft_dezelfde_uitkomst_als_de_python_functie():
    situatie = {"peildatum": "2026-03-01", "huishouden": {"leefvorm": "alleenstaand", "leeftijd": 35, "kale_huur": 650},
                "werk": {"uren_per_week": 16, "bruto_uurloon": 14.71}}
    klaar = _run("bereken", invoer=json.dumps(situatie))
    assert klaar.returncode == 0, klaar.stderr
    assert json.loads(klaar.stdout) == regels.bereken(situatie)


def test_ongeldige_invoer_geeft_nederlandse_meldingen_en_exitcode_2_zonder_traceback():
    klaar = _run("bereken", invoer='{"huishouden": {"leeftijd": "veertig"}, "werk": {"uren_per_week": 90, "bruto_uurloon": 14}}')
    assert klaar.returncode == 2
    assert "huishouden.leeftijd: Je leeftijd moet een getal zijn." in klaar.stderr
    assert "werk.uren_per_week: Het aantal uren per week moet tussen 0 en 60 liggen." in klaar.stderr
    assert "Traceback" not in klaar.stderr and klaar.stdout == ""


def test_kapotte_json_geeft_exitcode_2():
    klaar = _run("bereken", invoer="{niet: json")
    assert klaar.returncode == 2 and "geen geldige JSON" in klaar.stderr and "Traceback" not in klaar.stderr


def test_parameters_toont_elke_waarde_met_bron():
    klaar = _run("parameters", "--peildatum", "2026-07-01")
    assert klaar.returncode == 0
    lijst = {p["parameter"]: p for p in json.loads(klaar.stdout)["parameters"]}
    norm = lijst["participatiewet.art21_normen.alleenstaande"]
    assert norm["waarde"] == 1419.46 and norm["geldig_vanaf"] == "2026-07-01" and norm["eenheid"] == "EUR/maand"
    assert norm["url"].startswith("https://wetten.overheid.nl/")
    assert "participatiewet.art34a_vrijlating.percentage" not in lijst  # not in force before 2027


def test_controleer_meldt_ontbrekende_waarden_binnen_60_dagen():
    klaar = _run("controleer", "--vandaag", "2026-11-23")
    assert klaar.returncode == 1
    assert "2027-01-01" in klaar.stdout and "participatiewet.art21_normen.alleenstaande" in klaar.stdout


def test_controleer_is_tevreden_als_er_niets_ontbreekt():
    klaar = _run("controleer", "--vandaag", "2026-03-01")
    assert klaar.returncode == 0, klaar.stdout
