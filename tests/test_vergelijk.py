"""Vergelijk aanbiedingen: every column equals regels.tijdlijn for that job (its first year; its phases), the offers live in
the link (a1u, a1ul, a1ml, a1mt ...), the messages are the work question's, and the sentence names the best."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest

import regels
from calculator.formatting import euro, euro_rond
from calculator.getallen import getal_nl
from tests.journey_data import ALLEENSTAANDE, ALLEENSTAANDE_OUDER, HUISHOUDENS, SITUATIES, q

VANDAAG = dt.date.today().isoformat()
DRIE = {"a1u": "24", "a1ul": "14,99", "a2u": "16", "a2ul": "17.50", "a3ml": "2100"}
WERK = [{"uren_per_week": 24, "bruto_uurloon": 14.99}, {"uren_per_week": 16, "bruto_uurloon": 17.5},
        {"bruto_per_maand": 2100.0}]


def pagina(client, antwoorden: dict, **extra) -> str:
    response = client.get(f"/vergelijk/?{q(antwoorden, **extra)}")
    assert response.status_code == 200, response.status_code
    assert response["Cache-Control"] == "no-store" and "Set-Cookie" not in response.headers
    return unescape(response.content.decode())


def rij(html: str, label: str) -> list[str]:
    """The cells of a row of the comparison table, by its heading."""
    gevonden = re.search(rf'<th scope="row">{re.escape(label)}</th>(.*?)</tr>', html, re.S)
    assert gevonden, label
    return [re.sub(r"<[^>]+>", " ", cel).strip() for cel in re.findall(r"<td[^>]*>(.*?)</td>", gevonden.group(1), re.S)]


@pytest.mark.parametrize("naam", list(HUISHOUDENS))
def test_drie_aanbiedingen_gelijk_aan_regels(client, naam):
    html = pagina(client, HUISHOUDENS[naam], **DRIE)
    basis = {**SITUATIES[naam], "peildatum": VANDAAG}
    # Each offer on its own timeline: the table is the average of its first 12 months of work.
    lijnen = [regels.tijdlijn({**basis, "werk": werk}) for werk in WERK]
    tabellen = [lijn["per_bron"]["met_werk"] for lijn in lijnen]
    uitkomsten = [regels.bereken({**basis, "werk": werk}) for werk in WERK]
    totalen = rij(html, "Totaal per maand")
    assert totalen == [euro(t["totaal"]) for t in tabellen]
    assert rij(html, "Nu, zonder werk") == [euro(lijnen[0]["per_bron"]["nu"]["totaal"])] * 3
    assert [c.split(" ")[0] for c in rij(html, "Netto loon")] == [euro(t["netto_loon"]).split(" ")[0] for t in tabellen]
    bijstand = rij(html, "Bijstand")
    assert [c.split("Je mag")[0].strip() for c in bijstand] == [euro(t["bijstand"]) for t in tabellen]
    for cel, t in zip(bijstand, tabellen):
        if t["vrijlating"]:  # what the vrijlating does, never "waarvan" a larger part than the whole
            assert f"Je mag {euro_rond(t['vrijlating'])} van je loon houden. Je krijgt nog {euro_rond(t['bijstand'])} bijstand." in cel
    fasen = [lijn["fasen"] for lijn in lijnen]
    if any(len(f) > 1 for f in fasen):
        assert [c.split(" ")[0] for c in rij(html, "De eerste maanden, met vrijlating")] \
            == [euro_rond(f[0]["per_bron"]["totaal"]) for f in fasen]
        assert rij(html, "Daarna") == [euro_rond(f[-1]["per_bron"]["totaal"]) for f in fasen]
    # From when bijstand stops: the hours at this hourly wage (and the wage per month), from regels.
    uitstroom = rij(html, "Geen bijstand meer nodig")
    for cel, uitkomst, werk, f in zip(uitstroom, uitkomsten, WERK, fasen):
        if not f[-1]["per_bron"]["bijstand"]:
            assert cel == "Met dit werk heb je geen bijstand meer nodig."
        elif "uren_per_week" in werk:
            uren = getal_nl(Decimal(str(uitkomst["uitstroom"]["uren_per_week"])))
            assert cel.startswith(f"Vanaf {uren} uur per week ({euro_rond(uitkomst['uitstroom']['bruto_per_maand'])}")
        else:
            assert cel == f"Vanaf {euro_rond(uitkomst['uitstroom']['bruto_per_maand'])} bruto per maand."

    # The sentence names the offer with the most after the vrijlating, and the difference with the next one.
    straks = [round(Decimal(str(f[-1]["per_bron"]["totaal"]))) for f in fasen]
    conclusie = re.search(r'<div class="conclusie">(.*?)</div>', html, re.S).group(1)
    beste = straks.index(max(straks)) + 1
    if straks.count(max(straks)) == 1:
        tweede = sorted(straks)[-2]
        assert f"Met aanbod {beste} houd je" in conclusie
        assert f"Dat is {euro_rond(max(straks) - tweede)} meer dan met aanbod {straks.index(tweede) + 1}." in conclusie
        assert "Dat komt vooral doordat" in conclusie


def test_aanbod_1_is_het_werk_uit_de_antwoorden(client):
    html = pagina(client, ALLEENSTAANDE)
    met = regels.tijdlijn({**SITUATIES["alleenstaande"], "peildatum": VANDAAG})["per_bron"]["met_werk"]
    assert rij(html, "Totaal per maand") == [euro(met["totaal"])]
    assert 'name="a1u" id="id_a1u" value="16"' in html and 'name="a1ul" id="id_a1ul" value="15"' in html
    assert "Vul nog een aanbod in om te vergelijken." in html


def test_meer_uren_bij_het_werk_van_nu(client):
    """Hours without an hourly wage: the wage of the answers (the same job, more hours)."""
    html = pagina(client, ALLEENSTAANDE, a1u="16", a2u="32")
    meer = regels.tijdlijn({**SITUATIES["alleenstaande"], "peildatum": VANDAAG,
                            "werk": {"uren_per_week": 32, "bruto_uurloon": 15.0}})["per_bron"]["met_werk"]
    assert rij(html, "Totaal per maand")[1] == euro(meer["totaal"])
    assert "32 uur per week, € 15,00 per uur (uurloon van nu)" in html.replace("\xa0", " ")


def test_link_en_kolom_naar_de_hele_uitkomst(client):
    html = pagina(client, ALLEENSTAANDE, **DRIE)
    # The link of this comparison (for the short report): the offers canonical, in a fixed order.
    verslag = re.search(r'href="/resultaat/verslag/\?([^"]+)"', html).group(1)
    delen = {k: v[0] for k, v in parse_qs(verslag, keep_blank_values=True).items()}
    assert {k: v for k, v in delen.items() if k.startswith("a")} == \
        {"a1u": "24", "a1ul": "14.99", "a2u": "16", "a2ul": "17.5", "a3ml": "2100", "a3mt": "bruto"}
    assert delen["pd"] == VANDAAG
    # Each column opens the whole result for that job.
    links = re.findall(r'<a class="utrecht-link" href="(/resultaat/\?[^"]+)">Bekijk de hele uitkomst', html)
    assert len(links) == 3
    tweede = {k: v[0] for k, v in parse_qs(urlsplit(links[1]).query).items()}
    assert tweede["u"] == "16" and tweede["ul"] == "17.5" and "ml" not in tweede


@pytest.mark.parametrize(("extra", "melding"), [
    ({"a2u": "zestien"}, "Aanbod 2: Vul het aantal uren per week in met alleen cijfers, bijvoorbeeld 16."),
    ({"a2u": "90"}, "Aanbod 2: Vul 60 uur per week of minder in. Meer uren kunnen we niet uitrekenen."),
    ({"a2u": "16", "a2ml": "1800"}, "Aanbod 2: Vul uren en uurloon in, of een loon per maand. Niet allebei."),
    ({"a2ul": "15"}, "Aanbod 2: Vul het aantal uren per week in."),
    ({"a3ml": "abc"}, "Aanbod 3: Vul je maandloon in met alleen cijfers, bijvoorbeeld 1.100."),
])
def test_foute_invoer_met_de_meldingen_van_de_werkvraag(client, extra, melding):
    html = pagina(client, ALLEENSTAANDE, a1u="16", verstuurd="1", **extra)
    assert "Er is iets niet goed ingevuld" in html
    assert melding in html
    # The other offers are still compared.
    assert rij(html, "Totaal per maand")


def test_zonder_antwoorden_eerst_naar_het_formulier(client):
    response = client.get("/vergelijk/?lv=alleen&lt=35")
    assert response.status_code == 302
    assert response["Location"].startswith("/samen/?lv=alleen&lt=35") and "verstuurd=1" in response["Location"]
    response = client.get("/vergelijk/?lv=alleen", HTTP_HX_REQUEST="true")
    assert response["HX-Redirect"].startswith("/samen/")


def test_htmx_geeft_alleen_de_vergelijking(client):
    response = client.get(f"/vergelijk/?{q(ALLEENSTAANDE_OUDER, **DRIE)}", HTTP_HX_REQUEST="true")
    html = unescape(response.content.decode())
    assert "<html" not in html and "<form" not in html and "Totaal per maand" in html


def test_bereikbaar_vanaf_resultaat_en_formulier(client):
    for pad in (f"/resultaat/?{q(ALLEENSTAANDE)}", f"/samen/?{q(ALLEENSTAANDE)}"):
        html = client.get(pad).content.decode()
        assert re.search(r'href="/vergelijk/\?[^"]+">Vergelijk met een ander aanbod</a>', html), pad
