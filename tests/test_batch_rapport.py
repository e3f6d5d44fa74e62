"""The batch's report: its numbers come from the output table, small groups show none, and the page loads nothing."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import re
import statistics

import pytest

from regels.batch.draaien import bereken_caseload
from regels.batch.huishouden import ARMOEDEVAL_CENT
from regels.batch.invoer import lees_bestand
from regels.batch.rapport import MIN_GROEP, STIJL, cijfers, rapport_html
from tests.batch_data import caseload, schrijf_csv

UREN = tuple(range(0, 41, 4))


@pytest.fixture(scope="module")
def uitkomst(tmp_path_factory):
    rijen = caseload(60, zaad=4)
    # exactly three couples without children: too few to show their own numbers
    paren = [r for r in rijen if r["leefvorm"] == "gehuwd" and not r["kinderen"]]
    for rij in paren[3:]:
        rij["kinderen"] = "7"
    pad = schrijf_csv(rijen, tmp_path_factory.mktemp("rapport") / "clients.csv")
    return bereken_caseload(lees_bestand(pad), UREN, dt.date(2026, 3, 1), kernen=1)


def test_cijfers_komen_uit_de_uitvoer(uitkomst):
    tabel, telling = uitkomst
    c = cijfers(tabel, telling)
    rijen = tabel.to_pylist()
    eerste = [r for r in rijen if r["uren_per_week"] == 0]
    assert c.armoedeval == sum(r["armoedeval"] for r in eerste)
    assert sum(n for _, n in c.bereiken) == c.armoedeval
    assert [(s.van, s.tot) for s in c.stappen] == [(0, 8), (8, 16), (16, 24), (24, 32), (32, 40)]
    for stap in c.stappen:
        totaal = {u: statistics.fmean(r["totaal"] for r in rijen if r["uren_per_week"] == u) for u in (stap.van, stap.tot)}
        assert stap.erbij_per_maand == pytest.approx(totaal[stap.tot] - totaal[stap.van])
    alleen = [r["uitstroom_uren"] for r in eerste if r["huishoudtype"] == "alleenstaand"]
    rij = next(u for u in c.uitstroom if u.huishoudtype == "alleenstaand")
    assert rij.aantal == len(alleen) and rij.mediaan_uren == statistics.median_low(alleen)
    assert rij.binnen_uren == sum(1 for u in alleen if u <= 40)


def test_kleine_groepen_tonen_geen_eigen_cijfers(uitkomst):
    tabel, telling = uitkomst
    c = cijfers(tabel, telling)
    paren = next(u for u in c.uitstroom if u.huishoudtype == "paar zonder kinderen")
    assert paren.aantal == 3 and paren.mediaan_uren is None
    html = rapport_html(c)
    rij = re.search(r'<th scope="row">paar zonder kinderen</th>(.*?)</tr>', html).group(1)
    assert f"minder dan {MIN_GROEP}" in rij and not re.search(r"\d+,\d|\d+ uur", rij)
    assert ">paar zonder kinderen</text>" not in html  # no bar in the chart either
    assert all(n >= MIN_GROEP for label, n in c.bereiken if label != "andere bereiken samen")


def test_pagina_laadt_niets_en_noemt_de_grens(uitkomst):
    html = rapport_html(cijfers(*uitkomst))
    stijl = base64.b64encode(hashlib.sha256(STIJL.encode()).digest()).decode()
    assert f"default-src 'none'; style-src 'sha256-{stijl}'" in html
    assert not re.search(r"\s(src|href)=", html) and "<script" not in html and "url(" not in html
    assert f"minder dan {ARMOEDEVAL_CENT} cent" in html
