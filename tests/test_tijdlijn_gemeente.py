"""The gemeente and the costs of working in the one timeline (issue 21 on top of issue 20): costs of working in each
month of work, a gemeente's premie in the month it pays it (free up to art. 31 lid 2 j), the month in which the
household passes a minimaregeling's limit, the headline and table after costs, and the markers on the hours chart.

Sources of the values used:
- Participatiewet art. 31 lid 2 onderdeel j: "een een- of tweemalige premie van ten hoogste € 3.398,00 per
  kalenderjaar" (text valid from 1-1-2026); € 3.446,00 in the text valid from 1-7-2026 (regels/data, pw-2026-07-01).
- Tilburg (GM0855), Werk en Inkomen Tilburg, "Health insurance 2026": "a net income of up to 120% of the minimum"
  (the package's profile, checked 7 december 2026).
- Den Haag (GM0518), "Haagse zorgverzekering bij VGZ": "Uw inkomen mag niet hoger zijn dan 150% van de
  bijstandsnorm" (from 1-1-2025; the package's profile).
- Norm alleenstaande 21+: € 1.401,50 (1-1-2026), € 1.419,46 (1-7-2026), Normenbrief / Participatiewet art. 21.
No gemeente published a premie with its timing and conditions on a dated official page (see the profiles' `onbekend`),
so the premie tests use a profile written here with a test source, shaped like Tilburg's news of 1 december 2023
(€ 500 after 3 months and € 750 after 6 months of work, for people with more than 2 years of uitkering).
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import urlencode

import pytest

import regels
from regels import gemeenten
from regels.gemeenten.laden import lees_alles

PREMIE_PROFIEL = """
code: GM0855
naam: Tilburg
bronnen:
  test: {titel: Testbron premie, url: https://example.org/premie, gecontroleerd: 2026-12-07}
waarden:
  uitstroompremie:
    soort: premie
    naam: uitstroompremie
    waarde: {bedrag}
    na_maanden_werk: 3
    min_maanden_bijstand: 24
    vanaf: 2026-01-01
    bron: test
  tweede_premie:
    soort: premie
    naam: tweede uitstroompremie
    waarde: 750
    na_maanden_werk: 6
    min_maanden_bijstand: 24
    vanaf: 2026-01-01
    bron: test
"""


def _profiel(tmp_path, monkeypatch, bedrag=500):
    (tmp_path / "profielen").mkdir(parents=True, exist_ok=True)
    (tmp_path / "indeling.yaml").write_text((gemeenten.laden.MAP / "indeling.yaml").read_text(encoding="utf-8"))
    (tmp_path / "profielen" / "GM0855.yaml").write_text(PREMIE_PROFIEL.replace("{bedrag}", str(bedrag)),
                                                        encoding="utf-8")
    indeling, profielen, fouten = lees_alles(tmp_path)
    assert not fouten
    monkeypatch.setattr(gemeenten, "_data", lambda: (indeling, profielen))


@pytest.fixture
def premie_profiel(tmp_path, monkeypatch):
    _profiel(tmp_path, monkeypatch)


def _lijn(uren=16, uurloon=16, **gemeente):
    situatie = {"peildatum": "2026-03-01", "huishouden": {"leefvorm": "alleenstaand", "kale_huur": 600},
                "werk": {"uren_per_week": uren, "bruto_uurloon": uurloon, "start": "2026-04"}}
    if gemeente:
        situatie["gemeente"] = gemeente
    return regels.tijdlijn(situatie)


def _maand(lijn, maand, kant="met_werk"):
    return next(m for m in lijn[kant]["maanden"] if m["maand"] == maand)


# --- premies --------------------------------------------------------------------------------------------------------

def test_een_premie_staat_als_eigen_regel_in_de_maand_waarin_de_gemeente_hem_betaalt(premie_profiel):
    zonder = _lijn(code="GM0855")  # unknown how long: not paid, the month says "vraag je gemeente"
    met = _lijn(code="GM0855", maanden_bijstand=30)
    # Work from April 2026: after 3 months of work, July; after 6 months, October.
    assert [(m["maand"], m["premie_gemeente"]) for m in met["met_werk"]["maanden"] if m["premie_gemeente"]] == [
        ("2026-07", 500.0), ("2026-10", 750.0)]
    for maand, bedrag in (("2026-07", 500.0), ("2026-10", 750.0)):
        m, z = _maand(met, maand), _maand(zonder, maand)
        assert m["totaal"] == round(z["totaal"] + bedrag, 2)  # on the account that month
        assert m["bijstand"] == z["bijstand"] and m["bijstand_over_maand"] == z["bijstand_over_maand"]  # no income
        premie = next(u for u in m["uitleg"] if u["onderwerp"] == "premie")
        assert premie["gemeente_beslist"] is True
        assert premie["bron"].startswith("Participatiewet artikel 31, tweede lid, onderdeel j")
        assert "tot €\xa03.446,00 per kalenderjaar" in premie["tekst"] and "Testbron premie" in premie["tekst"]
    vraag = next(u for u in _maand(zonder, "2026-07")["uitleg"] if u["onderwerp"] == "premie")
    assert "Vraag je gemeente" in vraag["tekst"] and _maand(zonder, "2026-07")["premie_gemeente"] == 0
    # Not in "nu", and the table shows it as a source: (500 + 750) / 12 = 104,17.
    assert all(m["premie_gemeente"] == 0 for m in met["nu"]["maanden"])
    assert met["per_bron"]["met_werk"]["premie_gemeente"] == 104.17
    # Too short on bijstand: no premie.
    assert not any(m["premie_gemeente"] for m in _lijn(code="GM0855", maanden_bijstand=12)["met_werk"]["maanden"])


def test_premie_boven_het_maximum_van_artikel_31_telt_als_inkomen(tmp_path, monkeypatch):
    """Premies in one calendar year are free up to € 3.446 (art. 31 lid 2 j, 1-7-2026); the rest counts as income of
    the month it is paid, which the gemeente deducts a month later (volgende_maand)."""
    zonder = sum(m["bijstand"] for m in _lijn(uren=8)["met_werk"]["maanden"])

    def minder_bijstand(bedrag):
        _profiel(tmp_path / str(bedrag), monkeypatch, bedrag=bedrag)
        lijn = _lijn(uren=8, code="GM0855", maanden_bijstand=30)
        return lijn, round(zonder - sum(m["bijstand"] for m in lijn["met_werk"]["maanden"]), 2)

    # € 2.696 in July + € 750 in October = € 3.446: all free.
    assert minder_bijstand(2696)[1] == 0.0
    # € 3.446 in July uses the whole maximum: October's € 750 counts as income (deducted in November).
    lijn, minder = minder_bijstand(3446)
    assert minder == 750.0 and _maand(lijn, "2026-11")["bijstand"] == round(_maand(_lijn(uren=8), "2026-11")[
        "bijstand"] - 750, 2)
    # € 4.000 in July: € 554 of it counts, and October's € 750: € 1.304 less bijstand in all.
    lijn, minder = minder_bijstand(4000)
    assert minder == 1304.0
    juli = next(u["tekst"] for u in _maand(lijn, "2026-07")["uitleg"] if u["onderwerp"] == "premie")
    assert "Daarom telt €\xa0554,00 als inkomen" in juli


# --- minimaregelingen in the months ---------------------------------------------------------------------------------

def test_de_maand_waarin_je_boven_de_grens_van_een_regeling_komt_krijgt_een_zin():
    # Tilburg, 120 % of the norm: € 1.681,80 (1-1-2026). 16 h x € 16 from April 2026: April's payslip € 1.090,33, the
    # vakantiegeld built up that month (8 % of € 1.109,33 gross, € 88,75; net € 85,75) and the bijstand over April
    # € 518,33 make € 1.694,41: above the limit. The average result says the same from 16 hours (€ 1.693,08).
    lijn = _lijn(code="Tilburg")
    april = _maand(lijn, "2026-04")
    assert april["boven_grens"] == ["collectieve zorgverzekering"]
    zin = next(u for u in april["uitleg"] if u["onderwerp"] == "gemeente_regeling")
    assert zin["tekst"].startswith("Vanaf april kom je boven de grens van de collectieve zorgverzekering (Tilburg)")
    assert "€\xa01.694,41" in zin["tekst"] and "120\xa0%" in zin["tekst"] and "€\xa01.681,80" in zin["tekst"]
    assert zin["gemeente_beslist"] and zin["url"].startswith("https://werkeninkomentilburg.nl/")
    # Only the month it is passed, not the months after; never in "nu"; 12 hours stays under it.
    assert sum(bool(m["boven_grens"]) for m in lijn["met_werk"]["maanden"]) == 1
    assert not any(m["boven_grens"] for m in lijn["nu"]["maanden"])
    assert not any(m["boven_grens"] for m in _lijn(uren=12, code="Tilburg")["met_werk"]["maanden"])
    # The average result at 16 hours agrees: lost.
    gemiddeld = regels.bereken({"peildatum": "2026-04-01", "huishouden": {"leefvorm": "alleenstaand", "kale_huur": 600},
                                "werk": {"uren_per_week": 16, "bruto_uurloon": 16}, "gemeente": {"code": "Tilburg"}})
    assert gemiddeld["gemeente"]["regelingen"][0]["blijft"] is False


def test_de_maand_waarin_je_weer_onder_de_grens_komt_als_de_vrijlating_stopt():
    # The same Tilburg example. The vrijlating of art. 31 lid 2 r (6 months) covers the salaries of April to September;
    # from October the bijstand over the month is € 258,16 (it was € 536,29 from July): € 1.090,33 payslip + € 85,75
    # vakantiegeld built up + € 258,16 = € 1.434,24, not above 120 % of the norm of 1-7-2026 (120 % x € 1.419,46 =
    # € 1.703,35). The timeline tags October as the month the income is back under the limit, once.
    lijn = _lijn(code="Tilburg")
    assert [(m["maand"], m["onder_grens"]) for m in lijn["met_werk"]["maanden"] if m["onder_grens"]] == [
        ("2026-10", ["collectieve zorgverzekering"])]
    oktober = _maand(lijn, "2026-10")
    assert oktober["bijstand_over_maand"] == 258.16 and oktober["loon_netto"] == 1090.33
    zin = next(u for u in oktober["uitleg"] if u["onderwerp"] == "gemeente_regeling")
    assert zin["tekst"].startswith("Vanaf oktober kom je weer onder de grens van de collectieve zorgverzekering (Tilburg)")
    assert "€\xa01.434,24" in zin["tekst"] and "€\xa01.703,35" in zin["tekst"] and zin["gemeente_beslist"]
    # Never in "nu", and not with 12 hours (never above it).
    assert not any(m["onder_grens"] for m in lijn["nu"]["maanden"])
    assert not any(m["onder_grens"] for m in _lijn(uren=12, code="Tilburg")["met_werk"]["maanden"])


# --- the website ----------------------------------------------------------------------------------------------------

TILBURG = {"lv": "alleen", "lt": "35", "kd": "0", "hr": "650", "u": "16", "ul": "16", "vm": "0", "med": "nee",
           "gf": "0", "st": "2026-04", "pd": "2026-03-01", "gm": "GM0855", "kr": "80", "kv": "50", "ko": "20"}


def _tekst(response) -> str:
    assert response.status_code == 200
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", response.content.decode())).split()).replace("\xa0", " ")


def test_kop_tabel_en_maanden_na_kosten_van_werken(client):
    from calculator.formatting import euro, euro_rond

    response = client.get(f"/resultaat/?{urlencode(TILBURG)}")
    tekst = _tekst(response)
    lijn = response.context["tijdlijn"]
    eerste = lijn["fasen"][0]
    # 80 + 20 - 50 = € 50 in every month of work.
    assert lijn["per_bron"]["met_werk"]["kosten_van_werken"] == 50.0
    kop = f"elke maand ongeveer {euro_rond(eerste['gewoon_na_kosten'])} na kosten van werken".replace("\xa0", " ")
    assert kop in tekst and "Je kosten van werken (€ 50 per maand" in tekst
    assert eerste["gewoon_na_kosten"] == round(eerste["gewoon"] - 50, 2)
    na = euro(lijn["per_bron"]["met_werk"]["totaal_na_kosten"]).replace("\xa0", " ")
    assert "Kosten van werken reiskosten en andere kosten, min je vergoeding € 0,00 −€ 50,00 Na kosten van werken" in tekst
    assert na in tekst
    # The month table: a column after costs, the costs in each month of work, none in the month before.
    maart = re.search(r"maart 2026 (.*?) april 2026", tekst).group(1)
    assert "kosten van werken" not in maart
    april = _maand(lijn, "2026-04")
    assert f"− kosten van werken € 50,00 na kosten {euro(april['totaal_na_kosten'])}".replace("\xa0", " ") in tekst


def test_grafiek_heeft_een_streep_waar_een_regeling_wegvalt_met_tekst(client):
    response = client.get(f"/resultaat/?{urlencode(TILBURG)}")
    html = response.content.decode()
    # Tilburg's collectieve zorgverzekering is lost from 16 hours at € 16 (the sweep's gemeente_regelingen).
    assert response.context["gemeente_regelingen"] == [
        {"sleutel": "zorgverzekering", "naam": "collectieve zorgverzekering", "kwijt_vanaf_uren": 16}]
    grens, = response.context["grafiek"]["grenzen"]
    assert grens["x"] == 70 + 16 / 40 * (400 - 70 - 14)  # the x of 16 hours on the axis
    assert 'class="grafiek__grens"' in html and f'x1="{grens["x"]}"' in html
    desc = re.search(r'<desc id="grafiek-uitleg">(.*?)</desc>', html).group(1)
    assert "Streep 1: vanaf 16 uur per week ben je de collectieve zorgverzekering kwijt." in desc
    assert "<li>Vanaf 16 uur per week ben je de collectieve zorgverzekering kwijt.</li>" in html
    # Without a gemeente: no markers.
    zonder = client.get(f"/resultaat/?{urlencode({k: v for k, v in TILBURG.items() if k != 'gm'})}")
    assert zonder.context["grafiek"]["grenzen"] == [] and "grafiek__grens" not in zonder.content.decode()


def test_de_vraag_naar_maanden_bijstand_alleen_bij_een_premie_die_erom_vraagt(client, premie_profiel):
    tekst = _tekst(client.get(f"/resultaat/?{urlencode(TILBURG)}"))
    assert "Hoe lang heb je al bijstand? (in maanden)" in tekst
    assert "In juli betaalt Tilburg misschien de uitstroompremie" in tekst  # unknown: ask the gemeente
    met = client.get(f"/resultaat/?{urlencode({**TILBURG, 'bm': '30'})}")
    juli = _maand(met.context["tijdlijn"], "2026-07")
    assert juli["premie_gemeente"] == 500.0
    assert "premie van je gemeente" in _tekst(met) and 'name="bm" id="id_bm" value="30"' in met.content.decode()
    assert "bm=30" in met.context["deel_query"]  # the answer stays in the link


def test_zonder_premie_geen_vraag_naar_maanden_bijstand(client):
    assert "Hoe lang heb je al bijstand?" not in _tekst(client.get(f"/resultaat/?{urlencode(TILBURG)}"))


def test_samen_vraagt_het_ook_en_een_fout_antwoord_is_een_melding(client, premie_profiel):
    assert "Hoe lang heb je al bijstand?" in _tekst(client.get(f"/samen/?{urlencode(TILBURG)}"))
    fout = client.get(f"/resultaat/?{urlencode({**TILBURG, 'bm': '-3'})}")
    assert "Vul 0 maanden of meer in." in _tekst(fout)
    # The wrong answer is in a field to fix (the error summary links to it), not carried along hidden.
    html = fout.content.decode()
    assert 'href="#id_bm"' in html and 'name="bm" id="id_bm" value="-3"' in html and 'type="hidden" name="bm"' not in html


def test_pdf_en_kort_verslag_na_kosten_van_werken(client):
    from tests.pdf_hulp import pdf_teksten

    verslag = " ".join(pdf_teksten(client.get(f"/resultaat/verslag/?{urlencode(TILBURG)}").content)).replace("\xa0", " ")
    assert "Hier gaan je kosten van werken nog af: € 50 per maand" in verslag
    pdf = " ".join(pdf_teksten(client.get(f"/resultaat/pdf/?{urlencode(TILBURG)}").content)).replace("\xa0", " ")
    assert "na kosten van werken" in pdf and "boven de grens: collectieve zorgverzekering" in pdf
    assert "Vanaf 16 uur per week ben je de collectieve zorgverzekering kwijt." in pdf


def test_wat_moet_je_doen_zegt_in_welke_maand_je_het_je_gemeente_vertelt(client):
    tekst = _tekst(client.get(f"/resultaat/?{urlencode(TILBURG)}"))
    acties = tekst[tekst.index("Wat moet je doen?"):tekst.index("Vragen voor je klantmanager")]
    # The months come from the timeline (test above): above the limit in April, back under it in October.
    assert ("Tilburg: Vertel het je gemeente: vanaf april 2026 kom je boven de grens van de collectieve "
            "zorgverzekering.") in acties
    assert ("Tilburg: Vanaf oktober 2026 kom je weer onder de grens van de collectieve zorgverzekering. Vraag je "
            "gemeente of je de regeling dan weer kunt krijgen.") in acties
    assert "vraag vanaf wanneer het stopt" not in acties  # the month is known: no vague item beside it
    # The month table marks both months.
    assert "boven de grens: collectieve zorgverzekering" in tekst and "weer onder de grens: collectieve zorgverzekering" in tekst
    # 12 hours stays under the limit: no item.
    twaalf = _tekst(client.get(f"/resultaat/?{urlencode({**TILBURG, 'u': '12'})}"))
    assert "grens van de collectieve zorgverzekering" not in twaalf[twaalf.index("Wat moet je doen?"):]


def test_wat_de_gemeente_beslist_zegt_het_gemiddelde_en_de_maanden_zonder_elkaar_tegen_te_spreken(client):
    """The section "Wat Tilburg zelf beslist" names its average month as such, and says beside it, from the same
    timeline as the month view, in which months the income is above the limit (April) and under it again (October,
    when the vrijlating has ended: test above)."""
    tekst = _tekst(client.get(f"/resultaat/?{urlencode(TILBURG)}"))
    deel = tekst[tekst.index("Wat Tilburg zelf beslist"):tekst.index("Kosten van werken per maand")]
    assert "Gemiddeld per maand kom je met dit werk boven de grens van de collectieve zorgverzekering (Tilburg)" in deel
    assert "Met dit werk verlies je" not in deel
    assert ("Maand voor maand: Vanaf april 2026 kom je boven de grens van de collectieve zorgverzekering. Vanaf "
            "oktober 2026 kom je weer onder de grens van de collectieve zorgverzekering.") in deel
