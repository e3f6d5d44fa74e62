"""Golden cases from official documents, kept as data in golden/*.yaml: each file names its source and date."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import regels

GOLDEN = Path(__file__).parent / "golden"


def _gevallen():
    for pad in sorted(GOLDEN.glob("*.yaml")):
        bestand = yaml.safe_load(pad.read_text(encoding="utf-8"))
        assert bestand.get("bron") and bestand.get("datum"), f"{pad.name}: bron en datum zijn verplicht"
        for geval in bestand["gevallen"]:
            yield pytest.param(geval, id=f"{pad.stem}: {geval['naam']}")


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
