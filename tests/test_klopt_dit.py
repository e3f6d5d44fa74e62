""""Klopt dit?": an amount that is possible but implausible for its question is asked back, with the other reading
("Bedoel je € 1.100?"), and kept until the person confirms it; no result is computed from it before that.

The step journey, the one-page form (/samen/), the comparison of offers (/vergelijk/), the small form on the result
page and a hand-edited link to /resultaat/ all ask. The bound (€ 50 a month) is `calculator.plausibel`'s.
"""

from __future__ import annotations

import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

from calculator.plausibel import MAANDBEDRAG_LAAG
from tests.journey_data import ALLEENSTAANDE, STEL, q

PER_MAAND = {"lv": "alleen", "lt": "35", "kd": "0", "hr": "650", "wv": "maand", "mt": "bruto", "gf": "0"}
OUDER_MET_OPVANG = {"lv": "ouder", "lt": "32", "kk": "4", "kd": "0", "hr": "700", "u": "20", "ul": "14.71",
                    "o1": "dagopvang", "op1": "10.5", "gf": "0"}


def _html(response) -> str:
    return re.sub(r"\s+", " ", unescape(response.content.decode()))


def _verborgen(html: str, naam: str) -> str | None:
    gevonden = re.search(rf'<input type="hidden" name="{naam}" value="([^"]*)">', html)
    return gevonden[1] if gevonden else None


def test_de_grens_is_50_euro_per_maand():
    assert MAANDBEDRAG_LAAG == 50


@pytest.mark.parametrize(("stap", "basis", "veld", "getypt", "melding", "bevestig"), [
    ("werk", PER_MAAND, "ml", "1,100",
     "Je loon is € 1,10 per maand. Dat is heel weinig. Een komma staat bij ons voor de centen. "
     "Bedoel je € 1.100? Vul dat dan in. Klopt € 1,10? Kies dan nog een keer Volgende.", "1.1"),
    ("werk", PER_MAAND, "ml", "2,000", "Bedoel je € 2.000?", "2"),
    ("werk", {**STEL, "pbm": None}, "pbm", "9,000",
     "Het loon van je partner is € 9 per maand. Dat is heel weinig. Een komma staat bij ons voor de "
     "centen. Bedoel je € 9.000? Vul dat dan in. Klopt € 9?", "9"),
    ("huur", {"lv": "alleen", "lt": "35", "kd": "0"}, "hr", "6,500",
     "Je kale huur is € 6,50 per maand. Dat is heel weinig.", "6.5"),
    ("huur", {"lv": "alleen", "lt": "35", "kd": "0"}, "hr", "0",
     "Huur je niet? Kies dan: ik weet het niet, of ik huur niet.", "0"),
    ("giften", {k: v for k, v in ALLEENSTAANDE.items() if k != "gf"}, "gf", "1,500",
     "Het bedrag aan giften is € 1,50 dit jaar. Een komma staat bij ons voor de centen. Bedoel je € 1.500? Vul dat "
     "dan in. Klopt € 1,50? Kies dan nog een keer Volgende.", "1.5"),
    ("kosten", ALLEENSTAANDE, "kr", "1,100",
     "Je reiskosten zijn € 1,10 per maand. Een komma staat bij ons voor de centen. Bedoel je € 1.100? Vul dat dan "
     "in. Klopt € 1,10? Kies dan nog een keer Volgende.", "1.1"),
    ("kinderopvang", OUDER_MET_OPVANG, "ou1", "8,000",
     "We lezen 8,000 als 8 uur per maand. 8000 uur is meer dan een maand heeft. Vul het aantal uren dan in zonder "
     "punt of komma. Klopt 8 uur? Kies dan nog een keer Volgende.", "8"),
])
def test_de_vraag_vraagt_klopt_dit_en_gaat_pas_na_bevestigen_door(client, stap, basis, veld, getypt, melding,
                                                                 bevestig):
    antwoorden = {k: v for k, v in {**basis, veld: getypt}.items() if v is not None}
    response = client.get(f"/vragen/{stap}/?{q(antwoorden)}&verstuurd=1")
    assert response.status_code == 200
    html = _html(response)
    assert "<title>Klopt dit?" in html
    assert 'id="foutoverzicht-kop">Klopt dit?</h2>' in html
    assert melding in html
    assert _verborgen(html, f"{veld}ok") == bevestig  # the amount is kept: the next Volgende confirms it

    response = client.get(f"/vragen/{stap}/?{q(antwoorden, **{veld + 'ok': bevestig})}&verstuurd=1")
    assert response.status_code == 302
    link = parse_qs(urlsplit(response["Location"]).query)
    assert link[veld] == [bevestig] and link[f"{veld}ok"] == [bevestig]  # a shared link keeps the confirmation


def test_een_ander_bedrag_na_bevestigen_wordt_opnieuw_gevraagd(client):
    response = client.get(f"/vragen/werk/?{q(PER_MAAND, ml='2', mlok='1.1')}&verstuurd=1")
    assert response.status_code == 200
    assert "Je loon is € 2 per maand." in _html(response)


@pytest.mark.parametrize(("stap", "veld", "getypt"), [
    ("werk", "ml", "1.100"), ("werk", "ml", "1100"), ("werk", "ml", "50"), ("werk", "ml", "1.100,50"),
    ("giften", "gf", "1,50"), ("giften", "gf", "0"), ("giften", "gf", "1.500"),
])
def test_een_gewoon_bedrag_gaat_zonder_vraag_door(client, stap, veld, getypt):
    basis = PER_MAAND if stap == "werk" else ALLEENSTAANDE
    response = client.get(f"/vragen/{stap}/?{q(basis, **{veld: getypt})}&verstuurd=1")
    assert response.status_code == 302
    assert response["Location"].startswith("/vragen/werkpatroon/" if stap == "werk" else "/controleer/")
    assert f"{veld}ok" not in response["Location"]


def test_partner_zonder_loon_krijgt_geen_vraag(client):
    response = client.get(f"/vragen/werk/?{q({**STEL, 'pbm': '0'})}&verstuurd=1")
    assert response.status_code == 302


def test_een_aangepaste_link_naar_de_uitkomst_vraagt_en_rekent_niet(client, bereken_spion):
    response = client.get(f"/resultaat/?{q(PER_MAAND, ml='1.1')}")
    assert response.status_code == 302
    assert response["Location"].startswith("/vragen/werk/")
    assert bereken_spion == []
    html = _html(client.get(response["Location"]))
    assert "Klopt dit?" in html and "Je loon is € 1,10 per maand." in html
    for pdf in ("/resultaat/pdf/", "/resultaat/verslag/", "/resultaat/meenemen/"):
        assert client.get(f"{pdf}?{q(PER_MAAND, ml='1.1')}", follow=True).redirect_chain[-1][0].startswith(
            "/vragen/werk/")
    assert bereken_spion == []


def test_na_bevestigen_rekent_de_uitkomst_met_het_bedrag(client, bereken_spion):
    response = client.get(f"/resultaat/?{q(PER_MAAND, ml='1.1', mlok='1.1')}")
    assert response.status_code == 200
    assert next(s for s in bereken_spion if "werk" in s)["werk"] == {"bruto_per_maand": 1.1}


def test_het_formulier_op_de_uitkomst_vraagt_met_zijn_eigen_knop(client, bereken_spion):
    response = client.get(f"/resultaat/?{q(PER_MAAND, ml='1,100')}&aanpassen=1")
    assert response.status_code == 200
    html = _html(response)
    assert "<title>Klopt dit?" in html and "Klopt € 1,10? Kies dan nog een keer Reken opnieuw." in html
    assert _verborgen(html, "mlok") == "1.1"
    assert bereken_spion == []


def test_samen_vraagt_klopt_dit_en_rekent_niet(client, bereken_spion):
    html = _html(client.get(f"/samen/?{q(PER_MAAND, ml='1,100')}&verstuurd=1"))
    assert "Bedoel je € 1.100? Vul dat dan in. Klopt € 1,10? Kies dan nog een keer Reken uit." in html
    assert "<title>Klopt dit?" in html and 'id="foutoverzicht-kop">Klopt dit?</h2>' in html
    assert _verborgen(html, "mlok") == "1.1"
    assert bereken_spion == []
    html = _html(client.get(f"/samen/?{q(PER_MAAND, ml='1,1', mlok='1.1')}&verstuurd=1"))
    assert "Klopt dit" not in html
    assert next(s for s in bereken_spion if "werk" in s)["werk"] == {"bruto_per_maand": 1.1}


def test_vergelijk_vraagt_klopt_dit_bij_een_aanbod(client):
    response = client.get(f"/vergelijk/?{q(ALLEENSTAANDE, a1u='16', a2ml='2,000')}&verstuurd=1")
    html = _html(response)
    assert "Aanbod 2: Het loon is € 2 per maand." in html
    assert "<title>Klopt dit?" in html and 'id="foutoverzicht-kop">Klopt dit?</h2>' in html
    assert "Bedoel je € 2.000? Vul dat dan in. Klopt € 2? Kies dan nog een keer Vergelijk." in html
    assert _verborgen(html, "a2mlok") == "2"
    assert 'data-label="Aanbod 2"' not in html  # no column computed from it

    html = _html(client.get(f"/vergelijk/?{q(ALLEENSTAANDE, a1u='16', a2ml='2', a2mlok='2')}&verstuurd=1"))
    assert "Klopt" not in html
    assert 'data-label="Aanbod 2"' in html
