"""The timeline in the batch (`--tijdlijn eigen|alle`): each household's timeline columns are the numbers
POST /api/v1/tijdlijn gives for the same household, per the rule each column's description states."""

from __future__ import annotations

import pyarrow.parquet as pq
import pytest

import regels
from regels.__main__ import main
from regels.batch.tijdlijn import NAMEN, PER_BRON
from tests.batch_data import caseload, situatie_van_rij

PEILDATUM = "2026-12-07"
UREN = (0, 16, 32)


def _rijen(aantal: int) -> list[dict]:
    rijen = caseload(aantal, zaad=20)
    for nummer, rij in enumerate(rijen):
        rij["uren"] = str(8 + nummer % 4 * 8)  # 8, 16, 24, 32
        rij["start"] = ("2027-01", "", "2027-03")[nummer % 3]  # empty: the peildatum's month
    return rijen


def _schrijf(rijen: list[dict], pad):
    import csv

    with pad.open("w", newline="", encoding="utf-8") as bestand:
        schrijver = csv.DictWriter(bestand, fieldnames=list(rijen[0]))
        schrijver.writeheader()
        schrijver.writerows(rijen)
    return pad


def _situatie(rij: dict, uren: float) -> dict:
    return situatie_van_rij(rij, uren, PEILDATUM)


def _verwacht(api: dict, uren: float) -> dict:
    """The batch's columns by the rules their descriptions state, read from the API's answer."""
    per_bron, punten = api["per_bron"], api["aandachtspunten"]
    uit = {"tijdlijn_uren": uren, "tijdlijn_van": per_bron["van"], "tijdlijn_tot": per_bron["tot"],
           **{f"tijdlijn_{b}": per_bron["met_werk"][b] for b in PER_BRON},
           "tijdlijn_nu_totaal": per_bron["nu"]["totaal"],
           "tijdlijn_maanden_onder_norm": len(punten["maanden_onder_norm"]),
           "tijdlijn_vrijlating_stopt": api["vrijlating_stopt"]}
    for naam in ("apart_zetten", "terugvordering", "bufferbudget"):
        uit[f"tijdlijn_{naam}"] = punten[naam]["bedrag"] if punten[naam] else None
        uit[f"tijdlijn_{naam}_maand"] = punten[naam]["maand"] if punten[naam] else None
    return uit


def _draai(tmp_path, rijen: list[dict], soort: str) -> list[dict]:
    uitvoer = tmp_path / f"uit-{soort}.parquet"
    code = main(["batch", "--in", str(_schrijf(rijen, tmp_path / "clients.csv")), "--out", str(uitvoer),
                 "--peildatum", PEILDATUM, "--uren", ",".join(map(str, UREN)), "--kernen", "1", "--tijdlijn", soort])
    assert code == 0
    tabel = pq.read_table(uitvoer)
    assert tabel.schema.metadata[b"tijdlijn"] == soort.encode()
    assert tabel.column_names[-len(NAMEN):] == list(NAMEN)
    return tabel.to_pylist()


def test_eigen_uren_gelijk_aan_de_api(tmp_path, client):
    rijen = _rijen(12)
    uit = _draai(tmp_path, rijen, "eigen")
    assert len(uit) == len(rijen) * len(UREN)
    for nummer, rij in enumerate(rijen):
        api = client.post("/api/v1/tijdlijn", data=_situatie(rij, float(rij["uren"])),
                          content_type="application/json")
        assert api.status_code == 200
        verwacht = _verwacht(api.json(), float(rij["uren"]))
        for regel in uit[nummer * len(UREN):(nummer + 1) * len(UREN)]:  # the household's rows all carry it
            assert regel["referentie"] == rij["referentie"]
            assert {k: regel[k] for k in NAMEN} == verwacht
    # The first household works 8 hours from January 2027: its columns summarise January to December 2027, the
    # total being the sum of those 12 months divided by 12.
    eerste = uit[0]
    assert (eerste["tijdlijn_van"], eerste["tijdlijn_tot"]) == ("2027-01", "2027-12")
    lijn = regels.tijdlijn(_situatie(rijen[0], 8.0), met_uitleg=False)
    werk = [m for m in lijn["met_werk"]["maanden"] if m["maand"] >= "2027-01"][:12]
    assert eerste["tijdlijn_totaal"] == round(sum(m["totaal"] for m in werk) / 12, 2)


def test_alle_uren_een_tijdlijn_per_rij(tmp_path, client):
    rijen = _rijen(3)
    uit = _draai(tmp_path, rijen, "alle")
    for nummer, rij in enumerate(rijen):
        for regel in uit[nummer * len(UREN):(nummer + 1) * len(UREN)]:
            api = client.post("/api/v1/tijdlijn", data=_situatie(rij, regel["uren_per_week"]),
                              content_type="application/json").json()
            assert {k: regel[k] for k in NAMEN} == _verwacht(api, regel["uren_per_week"])
        # Zero hours is no new work: met werk is nu.
        nul = uit[nummer * len(UREN)]
        assert nul["tijdlijn_totaal"] == nul["tijdlijn_nu_totaal"] and nul["tijdlijn_bruto_loon"] == 0


def test_lege_en_foute_eigen_uren(tmp_path):
    rijen = _rijen(3)
    rijen[1]["uren"], rijen[2]["uren"] = "", "veel"
    uit = _draai(tmp_path, rijen, "eigen")
    leeg = [r for r in uit if r["referentie"] == rijen[1]["referentie"]]
    assert leeg and all(r[k] is None for r in leeg for k in NAMEN) and all(r["totaal"] is not None for r in leeg)
    fout = [r for r in uit if r["referentie"] == rijen[2]["referentie"]]
    assert len(fout) == 1 and fout[0]["fouten"].startswith("uren: ")


def test_eigen_zonder_kolom_uren(tmp_path, capsys):
    rijen = caseload(2, zaad=1)
    code = main(["batch", "--in", str(_schrijf(rijen, tmp_path / "c.csv")), "--out", str(tmp_path / "u.parquet"),
                 "--tijdlijn", "eigen"])
    assert code == 2
    assert "--tijdlijn: Met --tijdlijn eigen hoort in het bestand een kolom uren" in capsys.readouterr().err
    assert not (tmp_path / "u.parquet").exists()


def test_onbekende_soort_geweigerd(capsys):
    with pytest.raises(SystemExit) as stop:
        main(["batch", "--in", "a.csv", "--out", "b.parquet", "--tijdlijn", "geen"])
    assert stop.value.code == 2 and "--tijdlijn: invalid choice: 'geen'" in capsys.readouterr().err
