"""The batch with a `gemeente` column: the gemeente's rules per household, and the report counts the households that
lose a gemeente regeling at each number of hours (Den Haag: Haagse zorgverzekering, limit 150 % of the norm)."""

from __future__ import annotations

import csv
import datetime as dt

from regels.batch.draaien import bereken_caseload
from regels.batch.invoer import KOLOMMEN, lees_bestand
from regels.batch.rapport import cijfers, rapport_html
from tests.batch_data import caseload

UREN = (0, 16, 32, 40)


def test_de_kolom_gemeente_en_de_telling_van_verloren_regelingen(tmp_path):
    rijen = caseload(9, zaad=21)
    for nummer, rij in enumerate(rijen):
        rij["gemeente"] = ["Den Haag", "GM0518", ""][nummer % 3]
    rijen.append({**rijen[0], "referentie": "onbekend", "gemeente": "Atlantis"})
    pad = tmp_path / "clients.csv"
    with pad.open("w", newline="", encoding="utf-8") as bestand:
        schrijver = csv.DictWriter(bestand, fieldnames=[*KOLOMMEN, "gemeente"])
        schrijver.writeheader()
        schrijver.writerows(rijen)
    tabel, telling = bereken_caseload(lees_bestand(pad), UREN, dt.date(2026, 3, 1), kernen=1)
    uit = tabel.to_pylist()
    assert next(r for r in uit if r["referentie"] == "onbekend")["fouten"].startswith(
        "gemeente: Deze gemeente kennen we niet")
    for rij in rijen[:-1]:
        punten = [r for r in uit if r["referentie"] == rij["referentie"]]
        assert len(punten) == len(UREN)
        if not rij["gemeente"]:
            assert {(r["gemeente"], r["regelingen_kwijt"]) for r in punten} == {(None, "")}
            continue
        assert {r["gemeente"] for r in punten} == {"GM0518"}
        for punt in punten:  # lost when net wage + bijstand is above 150 % of the household's norm
            boven = punt["netto_loon"] + punt["bijstand"] > round(punt["bijstandsnorm"] * 150 / 100, 2)
            assert (punt["regelingen_kwijt"] == "Haagse zorgverzekering") == boven
    c = cijfers(tabel, telling)
    (gemeente, regeling, totaal, aantallen), = c.regelingen
    assert (gemeente, regeling, totaal) == ("GM0518", "Haagse zorgverzekering", 6)
    assert aantallen == tuple(sum(1 for r in uit if r["uren_per_week"] == u and r["regelingen_kwijt"]) for u in UREN)
    assert aantallen[0] == 0 and aantallen[-1] > 0
    assert "Regelingen van de gemeente die huishoudens kwijtraken" in rapport_html(c)
