"""The caseload batch (`python -m regels batch`): every amount is regels.bereken's, broken rows keep their messages,
local and cluster runs are equal, and the run writes nothing but its output and reports only counts."""

from __future__ import annotations

import datetime as dt
import tempfile

import pyarrow as pa
import pyarrow.csv as pcsv
import pyarrow.parquet as pq
import pytest

import regels
from regels.__main__ import main
from regels.batch import draaien
from regels.batch.draaien import bereken_caseload
from regels.batch.huishouden import ARMOEDEVAL_CENT, _armoedeval
from regels.batch.invoer import lees_bestand
from regels.batch.tabel import BEDRAGEN
from tests.batch_data import caseload, schrijf_csv, situatie_van_rij

PEILDATUM = "2026-03-01"
UREN = (0, 4, 8, 12, 16, 20, 24, 28, 32, 36, 40)
KAPOT = {  # referentie: (changes to a valid row, the messages in the fouten column)
    "kapot-leeftijd": ({"leeftijd": "veertig"}, "leeftijd: Je leeftijd moet een getal zijn."),
    "kapot-uurloon": ({"bruto_uurloon": ""},
                      "bruto_uurloon: Vul een bruto uurloon in om uit te rekenen wat meer of minder uren opleveren."),
    "kapot-kind": ({"leefvorm": "alleenstaande_ouder", "partner_leeftijd": "", "partner_bruto_per_maand": "",
                    "kinderen": "4;x"},
                   "kinderen: De leeftijd van kind 2 moet een heel getal van 0 tot en met 17 zijn."),
    "kapot-leefvorm": ({"leefvorm": "samenwonend", "partner_leeftijd": "", "partner_bruto_per_maand": ""},
                       "leefvorm: Kies alleenstaand, alleenstaande ouder of gehuwd (of samenwonend)."),
    "kapot-medisch": ({"medisch_urenbeperkt": "misschien"}, "medisch_urenbeperkt: Kies ja of nee."),
    "kapot-partner": ({"leefvorm": "alleenstaand", "kinderen": "", "partner_leeftijd": "",
                       "partner_bruto_per_maand": "900"},
                      "partner_bruto_per_maand: Werk van een partner telt alleen mee als je gehuwd bent of samenwoont."),
    "kapot-twee": ({"leeftijd": "12", "kale_huur": "-5"},
                   "leeftijd: Je leeftijd moet tussen 18 en 120 liggen. | kale_huur: De kale huur moet tussen 0 en "
                   "5.000 liggen."),
}


def _met_kapotte_rijen(rijen: list[dict]) -> list[dict]:
    uit = list(rijen)
    for nummer, (referentie, (wijziging, _)) in enumerate(KAPOT.items()):
        uit.insert(nummer * 25 + 3, {**rijen[nummer], **wijziging, "referentie": referentie})
    return uit


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    """One CLI run: 200 random households and the broken rows among them."""
    map_ = tmp_path_factory.mktemp("batch")
    rijen = _met_kapotte_rijen(caseload(200, zaad=2026))
    invoer = schrijf_csv(rijen, map_ / "clients.csv")
    uitvoer = map_ / "uitkomst.parquet"
    code = main(["batch", "--in", str(invoer), "--out", str(uitvoer), "--peildatum", PEILDATUM, "--kernen", "2"])
    assert code == 0
    return rijen, pq.read_table(uitvoer)


def _verwacht(rij: dict, uren: float) -> dict:
    return situatie_van_rij(rij, uren, PEILDATUM)


def test_elk_bedrag_is_precies_dat_van_regels_bereken(run):
    rijen, tabel = run
    goed = [r for r in rijen if r["referentie"] not in KAPOT]
    assert len(goed) == 200
    uitkomst = tabel.filter(tabel["fouten"].is_null()).to_pylist()
    assert len(uitkomst) == 200 * len(UREN)
    for nummer, rij in enumerate(goed):
        punten = uitkomst[nummer * len(UREN):(nummer + 1) * len(UREN)]
        vorige = None
        for punt, uren in zip(punten, UREN):
            verwacht = regels.bereken(_verwacht(rij, uren), met_uitleg=False)
            assert punt["referentie"] == rij["referentie"] and punt["uren_per_week"] == uren
            assert {naam: punt[naam] for naam in BEDRAGEN} == verwacht["per_maand"], (rij["referentie"], uren)
            assert punt["uitstroom_uren"] == verwacht["uitstroom"]["uren_per_week"]
            assert punt["uitstroom_bruto_per_maand"] == verwacht["uitstroom"]["bruto_per_maand"]
            if vorige:
                extra = 100 * (verwacht["per_maand"]["totaal"] - vorige["totaal"]) / (
                    verwacht["per_maand"]["bruto_loon"] - vorige["bruto_loon"])
                assert punt["cent_per_extra_euro"] == round(extra, 1)
            else:
                assert punt["cent_per_extra_euro"] is None
            vorige = verwacht["per_maand"]


def test_per_maand_bedragen_hebben_elk_een_eigen_kolom_in_het_schema(run):
    _, tabel = run
    assert tabel.column_names[:2] == ["referentie", "uren_per_week"]
    assert tuple(tabel.column_names[2:2 + len(BEDRAGEN)]) == BEDRAGEN
    assert set(BEDRAGEN) == set(regels.bereken({"peildatum": PEILDATUM})["per_maand"])
    for veld in tabel.schema:
        assert veld.metadata[b"beschrijving"], veld.name
    assert tabel.schema.metadata[b"peildatum"] == PEILDATUM.encode()
    assert tabel.schema.metadata[b"uren_per_week"] == b"0,4,8,12,16,20,24,28,32,36,40"
    assert tabel.schema.metadata[b"regels_versie"] == regels.REGELS_VERSIE.encode()


def test_kapotte_rijen_krijgen_hun_meldingen_en_geen_bedragen(run, capsys):
    rijen, tabel = run
    fout = tabel.filter(tabel["fouten"].is_valid()).to_pylist()
    assert {r["referentie"]: r["fouten"] for r in fout} == {ref: melding for ref, (_, melding) in KAPOT.items()}
    for rij in fout:
        assert all(rij[naam] is None for naam in (*BEDRAGEN, "uren_per_week", "uitstroom_uren", "armoedeval"))
    # the rows stay in the input's order
    referenties = list(dict.fromkeys(tabel["referentie"].to_pylist()))
    assert referenties == [r["referentie"] for r in rijen]


def test_de_run_meldt_alleen_aantallen(tmp_path, capsys):
    rijen = _met_kapotte_rijen(caseload(20, zaad=5))
    invoer = schrijf_csv(rijen, tmp_path / "clients.csv")
    assert main(["batch", "--in", str(invoer), "--out", str(tmp_path / "uit.parquet"), "--peildatum", PEILDATUM,
                 "--kernen", "1"]) == 0
    uit, fout = capsys.readouterr()
    assert uit == ""
    assert fout.splitlines() == [
        "Klaar: 27 huishoudens, 11 aantallen uren per week, 220 berekeningen.",
        "7 huishoudens konden we niet berekenen: zie de kolom fouten.",
        "Geschreven: uit.parquet.",
    ]


def test_armoedeval_is_de_langste_reeks_stappen_onder_de_grens():
    uren = (0, 4, 8, 12, 16, 20, 24)
    onder = ARMOEDEVAL_CENT - 0.1
    assert _armoedeval(uren, (None, 25.0, onder, 30.0, onder, 0.0, onder)) == (12, 24)
    assert _armoedeval(uren, (None, onder, onder, 30.0, onder, 0.0, 40.0)) == (0, 8)  # a tie: the first
    assert _armoedeval(uren, (None, 25.0, ARMOEDEVAL_CENT, None, 30.0, 40.0, 50.0)) is None


def test_armoedeval_en_uitstroom_in_de_uitvoer_kloppen_met_de_stappen(run):
    _, tabel = run
    goed = tabel.filter(tabel["fouten"].is_null()).to_pylist()
    gezien = 0
    for begin in range(0, len(goed), len(UREN)):
        punten = goed[begin:begin + len(UREN)]
        van, tot = punten[0]["armoedeval_van_uren"], punten[0]["armoedeval_tot_uren"]
        assert punten[0]["armoedeval"] == (van is not None)
        if van is not None:
            gezien += 1
            for punt in punten:
                if van < punt["uren_per_week"] <= tot:
                    assert punt["cent_per_extra_euro"] < ARMOEDEVAL_CENT
        for punt in punten:  # bijstand stops where regels says it does
            if punt["uitstroom_uren"] is not None and punt["uren_per_week"] >= punt["uitstroom_uren"] + 0.1:
                assert punt["bijstand"] == 0
    assert gezien > 20  # the generated caseload has plenty of armoedeval


def test_csv_met_puntkomma_bom_en_decimale_komma_en_parquet_met_eigen_types_geven_hetzelfde(tmp_path):
    rijen = caseload(12, zaad=3)
    komma = lees_bestand(schrijf_csv(rijen, tmp_path / "komma.csv"))
    puntkomma = tmp_path / "puntkomma.csv"
    schrijf_csv([{k: v.replace(".", ",") for k, v in r.items()} for r in rijen], puntkomma, scheiding=";")
    puntkomma.write_bytes(b"\xef\xbb\xbf" + puntkomma.read_bytes())
    getypt = pa.table({
        "referentie": [r["referentie"] for r in rijen],
        "leefvorm": [r["leefvorm"] for r in rijen],
        "leeftijd": pa.array([int(r["leeftijd"]) for r in rijen], pa.int32()),
        "partner_leeftijd": [int(r["partner_leeftijd"]) if r["partner_leeftijd"] else None for r in rijen],
        "kinderen": [[int(k) for k in r["kinderen"].split(";")] if r["kinderen"] else None for r in rijen],
        "kostendelers": [int(r["kostendelers"]) if r["kostendelers"] else None for r in rijen],
        "kale_huur": [float(r["kale_huur"]) if r["kale_huur"] else None for r in rijen],
        "bruto_uurloon": [float(r["bruto_uurloon"]) for r in rijen],
        "vrijlating_maanden_gehad": [int(r["vrijlating_maanden_gehad"]) if r["vrijlating_maanden_gehad"] else None
                                     for r in rijen],
        "medisch_urenbeperkt": [{"ja": True, "nee": False}.get(r["medisch_urenbeperkt"]) for r in rijen],
        "partner_bruto_per_maand": [float(r["partner_bruto_per_maand"]) if r["partner_bruto_per_maand"] else None
                                    for r in rijen],
        "giften_dit_jaar": [float(r["giften_dit_jaar"]) if r["giften_dit_jaar"] else None for r in rijen],
        "nog_een_kolom": ["genegeerd"] * len(rijen),
    })
    pq.write_table(getypt, tmp_path / "getypt.parquet")
    peildatum = dt.date.fromisoformat(PEILDATUM)
    verwacht, _ = bereken_caseload(komma, UREN, peildatum, kernen=1)
    for pad in (puntkomma, tmp_path / "getypt.parquet"):
        uitkomst, telling = bereken_caseload(lees_bestand(pad), UREN, peildatum, kernen=1)
        assert telling.met_fouten == 0
        assert uitkomst.equals(verwacht), pad.name


def test_referentie_gaat_ongewijzigd_mee(tmp_path):
    rijen = caseload(4, zaad=9)
    for rij, referentie in zip(rijen, ["007", " met spaties ", "", "ünï;cødé"]):
        rij["referentie"] = referentie
    rijen[2]["leeftijd"] = "x"
    tabel = lees_bestand(schrijf_csv(rijen, tmp_path / "clients.csv"))
    uitkomst, _ = bereken_caseload(tabel, (0, 20), dt.date.fromisoformat(PEILDATUM), kernen=1)
    assert uitkomst["referentie"].to_pylist() == ["007", "007", " met spaties ", " met spaties ", "",
                                                  "ünï;cødé", "ünï;cødé"]
    pq.write_table(pa.table({**{k: tabel[k] for k in tabel.column_names},
                             "referentie": pa.array([10, 20, 30, 40], pa.int64())}), tmp_path / "getallen.parquet")
    uitkomst, _ = bereken_caseload(lees_bestand(tmp_path / "getallen.parquet"), (0, 20), dt.date.fromisoformat(PEILDATUM),
                                   kernen=1)
    assert uitkomst.schema.field("referentie").type == pa.int64()
    assert uitkomst["referentie"].to_pylist() == [10, 10, 20, 20, 30, 40, 40]


def test_csv_op_verzoek(run, tmp_path):
    rijen = caseload(5, zaad=1)
    invoer = schrijf_csv(rijen, tmp_path / "clients.csv")
    assert main(["batch", "--in", str(invoer), "--out", str(tmp_path / "uit.csv"), "--peildatum", PEILDATUM,
                 "--uren", "0,8,16", "--kernen", "1"]) == 0
    tabel = pcsv.read_csv(tmp_path / "uit.csv", convert_options=pcsv.ConvertOptions(
        column_types={"referentie": pa.string()}))
    assert tabel.num_rows == 15 and tabel.column_names == run[1].column_names
    assert tabel["uren_per_week"].to_pylist()[:3] == [0, 8, 16]


def test_leeg_bestand_geeft_een_lege_uitkomst_met_het_schema(tmp_path):
    invoer = schrijf_csv([], tmp_path / "leeg.csv")
    uitkomst, telling = bereken_caseload(lees_bestand(invoer), UREN, dt.date.fromisoformat(PEILDATUM), kernen=1)
    assert uitkomst.num_rows == 0 and telling.huishoudens == 0
    assert uitkomst.column_names[:2] == ["referentie", "uren_per_week"]


@pytest.mark.parametrize(("argumenten", "melding"), [
    (["--out", "uit.txt"], "--out: gebruik een naam die eindigt op .parquet of .csv, niet uit.txt."),
    (["--in", "clients.xlsx"], "--in: clients.xlsx: gebruik een bestand dat eindigt op .csv of .parquet."),
    (["--in", "bestaat-niet.csv"], "--in: bestaat-niet.csv: dit bestand kunnen we niet openen."),
    (["--in", "zonder-kolommen.csv"], "--in: zonder-kolommen.csv: deze kolommen ontbreken: kinderen, "
                                      "giften_dit_jaar. Zet ze erin; een lege waarde mag (dan geldt de standaard)."),
    (["--in", "kapot.parquet"], "--in: kapot.parquet: dit bestand kunnen we niet lezen als Parquet."),
    (["--in", "kapot.csv"], "--in: kapot.csv: dit bestand kunnen we niet lezen als CSV. Is het UTF-8, en heeft elke "
                            "regel evenveel kolommen als de kop?"),
    (["--peildatum", "2019-01-01"], "--peildatum: We kunnen rekenen met een peildatum van"),
    (["--uren", "0,8,80"], "--uren: Het aantal uren per week moet tussen 0 en 60 liggen."),
])
def test_een_run_die_niet_kan_stopt_met_een_nederlandse_melding(tmp_path, capsys, monkeypatch, argumenten, melding):
    invoer = schrijf_csv(caseload(3), tmp_path / "clients.csv")
    zonder = tmp_path / "zonder-kolommen.csv"
    zonder.write_text("\n".join(",".join(c for c in r.split(",") if c not in ("kinderen", "giften_dit_jaar"))
                                for r in invoer.read_text().splitlines()[:1]) + "\n")
    (tmp_path / "kapot.parquet").write_bytes(b"geen parquet")
    (tmp_path / "kapot.csv").write_bytes(invoer.read_bytes() + b"K9,een,rij,met,te,veel,kolommen,,,,,,,\n")
    monkeypatch.chdir(tmp_path)
    standaard = {"--in": "clients.csv", "--out": "uit.parquet", "--kernen": "1"}
    standaard.update(dict(zip(argumenten[::2], argumenten[1::2])))
    assert main(["batch", *[deel for paar in standaard.items() for deel in paar]]) == 2
    uit, fout = capsys.readouterr()
    assert fout.startswith(melding), fout
    assert not (tmp_path / "uit.parquet").exists()


def test_de_run_schrijft_niets_dan_zijn_uitvoer(tmp_path, monkeypatch, capsys):
    """No temporary files, no cache on disk: with TMPDIR and the working directory empty, only the output appears."""
    werk, tijdelijk = tmp_path / "werk", tmp_path / "tmp"
    werk.mkdir(), tijdelijk.mkdir()
    rijen = _met_kapotte_rijen(caseload(30, zaad=8))
    invoer = schrijf_csv(rijen, tmp_path / "clients.csv")
    monkeypatch.chdir(werk)
    monkeypatch.setenv("TMPDIR", str(tijdelijk))  # for the worker processes
    monkeypatch.setattr(tempfile, "tempdir", str(tijdelijk))  # for this one, which read TMPDIR already
    assert main(["batch", "--in", str(invoer), "--out", "uit.parquet", "--rapport", "rapport.html",
                 "--peildatum", PEILDATUM, "--kernen", "2"]) == 0
    assert sorted(p.name for p in werk.iterdir()) == ["rapport.html", "uit.parquet"]
    assert list(tijdelijk.iterdir()) == []
    _, fout = capsys.readouterr()
    for rij in rijen:  # nothing of a row reaches the terminal
        assert rij["referentie"] not in fout
        assert not rij["bruto_uurloon"] or rij["bruto_uurloon"] not in fout


def test_voortgangsbalk_op_de_terminal(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr(draaien, "VOORTGANG_NA_SECONDEN", 0)
    tabel = lees_bestand(schrijf_csv(caseload(8), tmp_path / "clients.csv"))
    bereken_caseload(tabel, UREN, dt.date.fromisoformat(PEILDATUM), kernen=1, voortgang=True)
    _, fout = capsys.readouterr()
    assert "% Completed" in fout


def test_lokaal_en_op_een_dask_cluster_precies_gelijk(tmp_path, capsys):
    from distributed import LocalCluster

    rijen = _met_kapotte_rijen(caseload(40, zaad=11))
    invoer = schrijf_csv(rijen, tmp_path / "clients.csv")
    lokaal, cluster = tmp_path / "lokaal.parquet", tmp_path / "cluster.parquet"
    argumenten = ["batch", "--in", str(invoer), "--peildatum", PEILDATUM]
    assert main([*argumenten, "--out", str(lokaal)]) == 0
    with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                      local_directory=str(tmp_path / "dask")) as dask_cluster:
        assert main([*argumenten, "--out", str(cluster), "--scheduler", dask_cluster.scheduler_address]) == 0
    verwacht, gekregen = pq.read_table(lokaal), pq.read_table(cluster)
    assert gekregen.num_rows == 40 * len(UREN) + len(KAPOT)
    assert gekregen.equals(verwacht, check_metadata=True)
    assert gekregen.to_pylist() == verwacht.to_pylist()


def test_een_cluster_dat_er_niet_is(tmp_path, capsys, monkeypatch):
    monkeypatch.setattr(draaien, "VERBINDEN_SECONDEN", 1)
    invoer = schrijf_csv(caseload(2), tmp_path / "clients.csv")
    assert main(["batch", "--in", str(invoer), "--out", str(tmp_path / "uit.parquet"),
                 "--scheduler", "tcp://127.0.0.1:9"]) == 1
    assert capsys.readouterr().err == "--scheduler: We kunnen het Dask-cluster op tcp://127.0.0.1:9 niet bereiken.\n"
