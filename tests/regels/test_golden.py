"""Golden cases, kept as data in golden/*.yaml: each file names its sources and date, each case its kind.

- officieel: an official document states the expected value; `bron` names the document and the place.
- uitgewerkt: arithmetic we did ourselves from official numbers; `berekening` gives the formula and article.
- momentopname: the package's own output, kept to notice a change; it proves nothing about the law.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import regels

GOLDEN = Path(__file__).parent / "golden"
SOORTEN = {"officieel": "bron", "uitgewerkt": "berekening", "momentopname": None}  # kind: the field it needs


def _gevallen():
    for pad in sorted(GOLDEN.glob("*.yaml")):
        bestand = yaml.safe_load(pad.read_text(encoding="utf-8"))
        assert bestand.get("bron") and bestand.get("datum"), f"{pad.name}: bron en datum zijn verplicht"
        for geval in bestand["gevallen"]:
            soort = geval.get("soort")
            assert soort in SOORTEN, f"{pad.name}: {geval['naam']}: soort moet een van {sorted(SOORTEN)} zijn"
            assert not SOORTEN[soort] or geval.get(SOORTEN[soort]), f"{pad.name}: {geval['naam']}: {SOORTEN[soort]} ontbreekt"
            yield pytest.param(geval, id=f"{pad.stem}: {soort}: {geval['naam']}")


def _zoek(uitkomst: dict, pad: str):
    waarde = uitkomst
    for deel in pad.split("."):
        waarde = waarde[deel]
    return waarde


def _invoer(geval: dict) -> dict:
    invoer = dict(geval["invoer"])
    if "peildatum" in invoer:
        invoer["peildatum"] = str(invoer["peildatum"])
    return invoer


@pytest.mark.parametrize("geval", list(_gevallen()))
def test_golden(geval):
    uitkomst = regels.bereken(_invoer(geval))
    marge = geval.get("marge", 0.005)
    for pad, verwacht in geval["verwacht"].items():
        gevonden = _zoek(uitkomst, pad)
        if verwacht is None:
            assert gevonden is None, f"{pad}: verwacht geen waarde, kreeg {gevonden}"
        else:
            assert gevonden == pytest.approx(verwacht, abs=marge), f"{pad}: verwacht {verwacht}, kreeg {gevonden}"


def test_er_zijn_officiele_gevallen_in_elk_bestand():
    for pad in sorted(GOLDEN.glob("*.yaml")):
        gevallen = yaml.safe_load(pad.read_text(encoding="utf-8"))["gevallen"]
        assert any(g["soort"] == "officieel" for g in gevallen), pad.name
