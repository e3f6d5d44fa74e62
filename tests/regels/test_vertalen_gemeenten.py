"""The sentences of regels in another language (issue 22): the gemeente files' texts reach the catalogue with their
line and a note for the translator, and every text a person reads is looked up in the language of the moment.

The catalogues are not translated yet, so a stand-in catalogue marks every text it translates with brackets:
then a text that skips gettext (or is translated once, in the wrong language) shows up without them.
"""

import gettext
import io

import pytest

import regels
from regels import gemeenten, taal
from regels.gemeenten.laden import MAP
from regels.gemeenten.vertalen import extract_yaml

PEILDATUM = "2026-03-01"


class Haakjes(gettext.NullTranslations):
    def gettext(self, bericht):
        return f"[{bericht}]"

    def ngettext(self, enkelvoud, meervoud, aantal):
        return f"[{enkelvoud if aantal == 1 else meervoud}]"


@pytest.fixture
def in_het_engels(regels_catalogus):
    regels_catalogus(lambda code, echt: Haakjes() if code == "en" else echt(code))
    with taal.in_taal("en"):
        yield


def _uit_bestand(naam: str) -> list[tuple]:
    with (MAP / "profielen" / naam).open("rb") as f:
        return list(extract_yaml(f, {}, ["Translators:"], {}))


def _situatie(**extra) -> dict:
    return {"peildatum": PEILDATUM, "huishouden": {"leefvorm": "alleenstaand", "kale_huur": 600}, **extra}


def test_de_teksten_van_een_gemeente_komen_met_hun_regel_en_een_notitie_in_de_catalogus():
    berichten = _uit_bestand("GM0014-groningen.yaml")
    p = gemeenten.profiel("GM0014")
    assert [tekst for _, _, tekst, _ in berichten] == [s.tekst for s in p.stappen] + [t for _, t in p.onbekend]
    regel, functie, tekst, notities = berichten[0]
    assert (regel, functie) == (15, None) and tekst.startswith("Geef je inkomsten 1 keer per maand door")
    assert notities == ["Translators: gemeente Groningen, step 1 of what to do (stappen)."]
    assert berichten[2][0] == 20 and "verrekening (onbekend)" in berichten[2][3][0]


def test_bronnen_citaten_en_namen_blijven_nederlands_de_toelichting_die_we_tonen_niet():
    teksten = [tekst for _, _, tekst, _ in _uit_bestand("GM0599-rotterdam.yaml")]
    p = gemeenten.profiel("GM0599")
    verrekening = next(w for w in p.waarden if w.soort == "verrekening")
    assert verrekening.toelichting in teksten  # shown with the gemeente's verrekening
    assert not any("Gemeente Rotterdam" in t or "https://" in t or "Sinds 17 november 2021" in t for t in teksten)
    assert "Rotterdam" not in teksten
    den_haag = [tekst for _, _, tekst, _ in _uit_bestand("GM0518-den-haag.yaml")]
    assert not any("vermogen telt" in t for t in den_haag)  # a minimaregeling's toelichting is not shown anywhere


def test_de_indeling_heeft_geen_tekst_voor_een_persoon():
    with (MAP / "indeling.yaml").open("rb") as f:
        assert list(extract_yaml(f, {}, [], {})) == []


def test_een_bestand_zonder_stappen_of_met_lege_teksten_geeft_alleen_wat_er_is():
    bron = io.BytesIO("naam: Ergens\nstappen:\n  - bron: x\n  - tekst: Doe dit.\nonbekend:\n  premies: ''\n".encode())
    assert list(extract_yaml(bron, {}, [], {})) == [
        (4, None, "Doe dit.", ["Translators: gemeente Ergens, step 2 of what to do (stappen)."])]


def test_stappen_en_wat_we_niet_weten_staan_in_de_taal_van_het_moment(in_het_engels):
    g = regels.bereken(_situatie(gemeente={"code": "GM0014"}))["gemeente"]
    p = gemeenten.profiel("GM0014")
    assert [s["tekst"] for s in g["stappen"]] == [f"[{s.tekst}]" for s in p.stappen]
    assert [o["tekst"] for o in g["onbekend"]] == [f"[{t}]" for _, t in p.onbekend]
    assert g["stappen"][0]["bron"] == p.stappen[0].bron.titel  # the source's title stays as it is


def test_het_profiel_zelf_blijft_nederlands(in_het_engels):
    regels.bereken(_situatie(gemeente={"code": "GM0014"}))
    assert not gemeenten.profiel("GM0014").stappen[0].tekst.startswith("[")


def test_de_zinnen_van_de_gemeente_en_de_maanden_zijn_vertaald_met_maandnamen_van_de_taal(in_het_engels):
    situatie = _situatie(gemeente={"code": "GM0599"}, werk={"uren_per_week": 16, "bruto_uurloon": 15})
    uitkomst = regels.bereken(situatie)
    verrekening = next(u["tekst"] for u in uitkomst["uitleg"] if u["onderwerp"] == "verrekening")
    assert verrekening.startswith("[Rotterdam verrekent je loon [met een schatting: de gemeente schat je loon")
    assert "[(volgens de gemeente sinds" in verrekening
    maanden = regels.maanden(situatie)["maanden"]
    zinnen = [u["tekst"] for m in maanden for u in m["uitleg"]]
    assert "[In March begin je met werken. De gemeente schat je loon" in " ".join(zinnen)
    assert all(z.startswith("[") for z in zinnen)
    assert not any(naam in z for z in zinnen for naam in ("maart", "april", "mei", "juni"))


def test_in_het_nederlands_verandert_er_niets():
    zinnen = [u["tekst"] for m in regels.maanden(_situatie(werk={"uren_per_week": 16, "bruto_uurloon": 15}))["maanden"]
              for u in m["uitleg"]]
    assert zinnen[0].startswith("In maart begin je met werken. Deze maand krijg je je loon én je bijstand zonder aftrek.")
