"""Sentences a person reads, written out in full: a changed word or source here is a changed message to a person."""

from __future__ import annotations

import pytest

import regels


@pytest.mark.parametrize(("leefvorm", "begin"), [
    ("alleenstaand", "Je netto loon is hoger dan de bijstandsnorm. Dan krijg je geen bijstand"),
    ("gehuwd", "Jullie netto loon is hoger dan de bijstandsnorm. Dan krijgen jullie geen bijstand"),
])
@pytest.mark.parametrize(("peildatum", "artikel"), [
    ("2026-03-01", "Participatiewet artikel 31, tweede lid, onderdeel n"),  # the vrijlating until 2026
    ("2027-03-01", "Participatiewet artikel 34a, eerste lid, onderdeel a"),  # from 1-1-2027
])
def test_geen_bijstand_dus_geen_vrijlating(leefvorm, begin, peildatum, artikel):
    """Art. 31 lid 2 n: the vrijlating exists only "voor zover hij algemene bijstand ontvangt"."""
    huishouden = {"leefvorm": leefvorm, "leeftijd": 35} | ({"partner_leeftijd": 30} if leefvorm == "gehuwd" else {})
    uitkomst = regels.bereken({"peildatum": peildatum, "huishouden": huishouden,
                               "werk": {"uren_per_week": 40, "bruto_uurloon": 30}})
    [zin] = [u for u in uitkomst["uitleg"] if u["onderwerp"] == "vrijlating"]
    assert zin["tekst"] == (f"{begin}, en dus ook geen vrijlating. De vrijlating is alleen een deel van je loon dat "
                            "niet van je bijstand af gaat.")
    assert zin["bron"].startswith(artikel)


def test_een_grens_in_een_melding_met_een_punt_voor_duizendtallen():
    with pytest.raises(regels.OngeldigeInvoer) as fout:
        regels.bereken({"huishouden": {"kale_huur": 99_999}})
    assert fout.value.fouten == {"huishouden.kale_huur": "De kale huur moet tussen 0 en 5.000 liggen."}
