"""The catalogues: every language has every text, translated, not fuzzy, with the same placeholders.

The source text is Dutch (the msgid). `make pot` extracts the texts from the code and the templates exactly as
`make berichten` does; a text in the code that a catalogue lacks, or a catalogue text the code no longer has,
fails here, and so does an empty or fuzzy translation. README, "Vertalingen".
"""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from django.conf import settings

ROOT = Path(__file__).resolve().parent.parent
DOMEINEN = {"django": ROOT / "locale", "regels": ROOT / "regels" / "locale"}
TALEN = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]
PLAATSHOUDER = re.compile(r"%\([a-z_]+\)[sd]|\{[a-z_]*\}|%[sd]")


def _catalogus(pad: Path):
    with pad.open("rb") as f:
        return read_po(f)


def _sleutels(catalogus) -> set:
    return {(b.context, b.id if isinstance(b.id, str) else b.id[0]) for b in catalogus if b.id}


@pytest.fixture(scope="module")
def pot(tmp_path_factory) -> dict:
    map_ = tmp_path_factory.mktemp("pot")
    subprocess.run(["make", "--no-print-directory", "-s", "pot", f"POT_MAP={map_}"], cwd=ROOT, check=True)
    return {domein: _catalogus(map_ / f"{domein}.pot") for domein in DOMEINEN}


def test_there_are_texts_to_translate_in_both_domains(pot):
    # Not a catalogue of three lines: the site and the rules both speak through gettext.
    assert len(pot["django"]) > 300
    assert len(pot["regels"]) > 100


@pytest.mark.parametrize("taal", TALEN)
@pytest.mark.parametrize("domein", DOMEINEN)
def test_catalogue_holds_exactly_the_texts_of_the_code(pot, domein, taal):
    pad = DOMEINEN[domein] / taal / "LC_MESSAGES" / f"{domein}.po"
    assert pad.exists(), f"{pad} ontbreekt: make berichten"
    code, catalogus = _sleutels(pot[domein]), _sleutels(_catalogus(pad))
    assert not sorted(code - catalogus, key=str)[:5], "niet in de catalogus: make berichten"
    assert not sorted(catalogus - code, key=str)[:5], "niet meer in de code: make berichten"


@pytest.mark.parametrize("taal", TALEN)
@pytest.mark.parametrize("domein", DOMEINEN)
def test_every_text_is_translated_not_fuzzy_with_the_same_placeholders(domein, taal):
    catalogus = _catalogus(DOMEINEN[domein] / taal / "LC_MESSAGES" / f"{domein}.po")
    fouten = []
    for bericht in catalogus:
        if not bericht.id:
            continue
        ids = [bericht.id] if isinstance(bericht.id, str) else list(bericht.id)
        vertalingen = [bericht.string] if isinstance(bericht.string, str) else list(bericht.string)
        if bericht.fuzzy:
            fouten.append(("fuzzy", ids[0]))
        elif not all(v.strip() for v in vertalingen):
            fouten.append(("niet vertaald", ids[0]))
        else:
            verwacht = sorted(PLAATSHOUDER.findall(ids[-1]))
            for v in vertalingen:
                # A plural form for exactly one may leave the number out ("one month"), nothing else may differ.
                gevonden = sorted(PLAATSHOUDER.findall(v))
                if gevonden != verwacht and not (len(vertalingen) > 1 and set(gevonden) < set(verwacht)):
                    fouten.append(("plaatshouders", ids[0], v))
    assert not fouten[:10], f"{len(fouten)} teksten in {taal}/{domein}.po"



@pytest.mark.parametrize("taal", [code for code, _ in settings.LANGUAGES])
def test_every_language_writes_numbers_as_the_amounts_are_written(taal):
    """12,5 uur beside € 1.234,56 in every language: a new language needs calculator/formats/<taal>/ (README)."""
    from django.utils import translation
    from django.utils.formats import number_format

    with translation.override(taal):
        assert number_format(1234.5, decimal_pos=1, force_grouping=True) == "1.234,5"
