"""Amounts, percentages and numbers stay left to right in a right-to-left language (Unicode isolates), and only
there: in Dutch and every other left-to-right language the text is what it always was."""

from __future__ import annotations

import re

import pytest

from regels.taal import LRI, PDI, in_taal, links_naar_rechts, van_rechts_naar_links
from regels.uitleg import bedrag, procent

NBSP = "\xa0"


@pytest.mark.parametrize(("taal", "rtl"), [("ar", True), ("he", True), ("fa", True), ("nl", False), ("en", False),
                                           ("tr", False), ("pl", False), ("en-gb", False), ("xx", False), ("", False)])
def test_richting_uit_babel(taal, rtl):
    assert van_rechts_naar_links(taal) is rtl


def test_isolaties_in_het_arabisch():
    with in_taal("ar"):
        assert links_naar_rechts(f"€{NBSP}12,50") == f"\u2066€{NBSP}12,50\u2069"
    assert (LRI, PDI) == ("\u2066", "\u2069")


@pytest.mark.parametrize("taal", ["nl", "en", "tr", "pl"])
def test_geen_isolaties_van_links_naar_rechts(taal):
    with in_taal(taal):
        assert links_naar_rechts(f"€{NBSP}12,50") == f"€{NBSP}12,50"


def test_zonder_taal_is_het_nederlands_zonder_isolaties():
    assert links_naar_rechts("25 %") == "25 %"


def test_uitleg_bedrag_en_procent_in_het_arabisch():
    with in_taal("ar"):
        assert bedrag(1234.5) == f"{LRI}€{NBSP}1.234,50{PDI}"
        assert bedrag(1690.4, centen=False) == f"{LRI}€{NBSP}1.690{PDI}"
        assert procent(0.125) == f"{LRI}12,5{NBSP}%{PDI}"


@pytest.mark.parametrize("taal", ["nl", "en"])
def test_uitleg_bedrag_en_procent_onveranderd(taal):
    with in_taal(taal):
        assert bedrag(1234.5) == f"€{NBSP}1.234,50"
        assert bedrag(1690.4, centen=False) == f"€{NBSP}1.690"
        assert procent(0.125) == f"12,5{NBSP}%"
        assert procent(0.25) == f"25{NBSP}%"


def test_uitleg_zinnen_in_het_arabisch_houden_bedragen_heel():
    """A whole explanation of regels: every amount in it is isolated, in Dutch none is."""
    import regels
    from tests.journey_data import SITUATIES

    def teksten():
        return [u["tekst"] for u in regels.bereken(SITUATIES["alleenstaande_ouder"])["uitleg"]]

    with in_taal("ar"):
        arabisch = " ".join(teksten())
    nederlands = " ".join(teksten())
    assert "€" in nederlands
    assert not any(teken in nederlands for teken in (LRI, PDI))
    assert arabisch.count(f"{LRI}€") == arabisch.count("€") == nederlands.count("€")
    # The same amounts, each whole inside its isolates, whatever the Arabic sentence around them.
    bedrag = r"−?€\u00a0\d{1,3}(?:\.\d{3})*(?:,\d\d)?"
    assert sorted(re.findall(f"{LRI}({bedrag}){PDI}", arabisch)) == sorted(re.findall(bedrag, nederlands))
