"""Result page: amounts equal regels.bereken, htmx partial, errors, 2027 comparison, no cookies."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from html import unescape

import pytest

import regels
from calculator.formatting import euro, euro_rond
from tests.journey_data import HUISHOUDENS, SITUATIES, STEL, ALLEENSTAANDE, q, verwachte_kop, zonder_werk

VANDAAG = dt.date.today().isoformat()


def pagina(client, antwoorden, **extra) -> str:
    response = client.get(f"/resultaat/?{q(antwoorden, **extra)}")
    assert response.status_code == 200, response.status_code
    assert "Set-Cookie" not in response.headers
    return unescape(response.content.decode())


def kop(html: str) -> str:
    return re.sub(r"[ \t\n]+", " ", re.search(r"<h1[^>]*>(.*?)</h1>", html, re.S).group(1)).strip()


@pytest.mark.parametrize("naam", list(HUISHOUDENS))
def test_bedragen_gelijk_aan_regels(client, naam):
    html = pagina(client, HUISHOUDENS[naam])
    situatie = {**SITUATIES[naam], "peildatum": VANDAAG}
    met = regels.bereken(situatie)

    # Headline in whole euros: the phases of the vrijlating, and now.
    h1, onder = verwachte_kop(situatie)
    assert kop(html) == h1
    assert onder in re.sub(r"[ \t\n]+", " ", html)

    # Table in cents: every source, now and with work, and the totals: the first 12 months of the timeline.
    tabel = regels.tijdlijn(situatie)["per_bron"]
    for sleutel in ("netto_loon", "bijstand", "zorgtoeslag", "totaal"):
        assert euro(tabel["met_werk"][sleutel]) in html, sleutel
        assert euro(tabel["nu"][sleutel]) in html, sleutel
    if tabel["met_werk"]["vrijlating"]:
        assert (f"Je mag {euro(tabel['met_werk']['vrijlating'])} van je loon houden (vrijlating). "
                f"Je krijgt nog {euro(tabel['met_werk']['bijstand'])} bijstand.") in html
    # Explanations from regels are shown as they are.
    for uitleg in met["uitleg"]:
        assert uitleg["tekst"] in html
    for waarschuwing in met["waarschuwingen"]:
        assert waarschuwing in html
    # Gifts.
    assert euro(met["giften"]["grens"]) in html and euro(met["giften"]["ruimte_over"]) in html


def test_alleenstaande_ouder_toont_kinderbedragen(client):
    html = pagina(client, HUISHOUDENS["alleenstaande_ouder"])
    # The table and the cards: the first 12 months of work of the timeline.
    met = regels.tijdlijn({**SITUATIES["alleenstaande_ouder"], "peildatum": VANDAAG})["per_bron"]["met_werk"]
    assert euro(met["kindgebonden_budget"]) in html
    assert euro(met["kinderbijslag"]) in html
    assert "Kindgebonden budget" in html


def test_alleenstaande_ziet_geen_kinderregels(client):
    html = pagina(client, ALLEENSTAANDE)
    assert not re.search(r'<th scope="row">Kinderbijslag', html)
    assert "Waarom krijg je geen kinderbijslag?" in html


def test_scenarios_en_grafiek(client):
    html = pagina(client, ALLEENSTAANDE, s1="8", s2="", s3="30")
    kaarten = re.findall(r'<h3 class="utrecht-heading-3 scenario__kop">(\d+) uur per week', html)
    assert kaarten == ["8", "16", "30"]
    # The card for 30 hours is its own timeline's first 12 months of work.
    dertig = regels.tijdlijn({**SITUATIES["alleenstaande"], "peildatum": VANDAAG,
                              "werk": {"uren_per_week": 30, "bruto_uurloon": 15.0}})
    assert euro_rond(dertig["per_bron"]["met_werk"]["totaal"]) in html
    assert "<svg" in html and 'role="img"' in html and "<polyline" in html
    assert "style=" not in html  # CSP: no inline styles
    # Table alternative: 41 rows (0..40 hours), with the totals of regels.sweep.
    punten = regels.sweep({**SITUATIES["alleenstaande"], "peildatum": VANDAAG}, list(range(41)))
    assert euro(punten[40]["per_maand"]["totaal"]) in html
    assert len(re.findall(r'<tr(?: class="rij-weinig")?><th scope="row">\d+', html)) == 41


def test_standaard_vergelijking(client):
    html = pagina(client, ALLEENSTAANDE)
    assert re.findall(r'scenario__kop">(\d+) uur', html) == ["8", "16", "24", "32"]


def test_maandloon_zonder_grafiek(client):
    antwoorden = {k: v for k, v in ALLEENSTAANDE.items() if k not in ("u", "ul")}
    html = pagina(client, antwoorden, wv="maand", ml="1100", mt="netto")
    met = regels.bereken({"peildatum": VANDAAG, "huishouden": SITUATIES["alleenstaande"]["huishouden"],
                          "werk": {"netto_per_maand": 1100.0}})
    assert kop(html) == verwachte_kop({"peildatum": VANDAAG, "huishouden": SITUATIES["alleenstaande"]["huishouden"],
                                       "werk": {"netto_per_maand": 1100.0}})[0]
    assert "Je hebt een maandloon ingevuld" in html
    assert "Je hebt een maandloon ingevuld" in html


def test_htmx_geeft_alleen_het_deel(client):
    response = client.get(f"/resultaat/?{q(ALLEENSTAANDE, u='24', aanpassen='1')}", HTTP_HX_REQUEST="true")
    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "<html" not in html and "<header" not in html and 'id="uitkomst"' not in html
    assert kop(html).startswith("Als je 24 uur per week werkt voor €\xa015,00 per uur")
    volledig = pagina(client, ALLEENSTAANDE, u="24")
    assert 'id="uitkomst"' in volledig and "<html" in volledig
    # The full page includes the very same partial.
    assert kop(volledig) == kop(html)


def test_htmx_formulier_attributen(client):
    html = pagina(client, ALLEENSTAANDE)
    formulier = re.search(r'<form class="aanpassen"[^>]*>', html).group(0)
    for attribuut in ('hx-get="/resultaat/"', 'hx-target="#uitkomst"', 'hx-push-url="true"',
                      'action="/resultaat/"', 'method="get"'):
        assert attribuut in formulier


def test_fout_in_het_formulier_op_de_resultaatpagina(client):
    html = pagina(client, ALLEENSTAANDE, u="90", aanpassen="1", s1="abc")
    assert "Er is iets niet goed ingevuld" in html
    assert "Vul 60 uur per week of minder in. Meer uren kunnen we niet uitrekenen." in html
    assert "Vul het aantal uren van de 2e keuze in met alleen cijfers." in html
    assert 'aria-invalid="true"' in html
    assert "Als je" not in html  # no result for wrong input


def test_htmx_met_ontbrekend_antwoord_stuurt_door(client):
    response = client.get("/resultaat/?lv=alleen", HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert response["HX-Redirect"].startswith("/vragen/leeftijd/")


def test_peildatum_buiten_bereik_geeft_melding(client):
    html = pagina(client, ALLEENSTAANDE, pd="2099-01-01")
    assert "Er is iets niet goed ingevuld" in html
    assert "Met deze datum kunnen we niet rekenen. Kies een datum van 1 januari 2026 tot en met" in html


def test_regels_fout_komt_bij_de_juiste_vraag(client, monkeypatch):
    def weiger(situatie):
        raise regels.OngeldigeInvoer({"huishouden.kale_huur": "De kale huur moet tussen 0 en 5000 liggen."})

    monkeypatch.setattr(regels, "bereken", weiger)
    response = client.get(f"/resultaat/?{q(ALLEENSTAANDE)}")
    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "Hoeveel is je kale huur per maand?" in html
    assert "De kale huur moet tussen 0 en 5000 liggen." in html
    assert 'href="#id_hr"' in html


def test_nieuwe_regels_vanaf_2027(client):
    html = pagina(client, ALLEENSTAANDE, pd="2026-11-23")
    straks = regels.bereken({**SITUATIES["alleenstaande"], "peildatum": "2027-01-01"})
    assert "Vanaf 1 januari 2027: nieuwe regels" in html
    # From the timeline: the phase from January 2027 on (art. 34a), its ordinary month.
    fase = next(f for f in regels.tijdlijn({**SITUATIES["alleenstaande"], "peildatum": "2026-11-23"})["fasen"]
                if f["van"] <= "2027-01" <= f["tot"])
    assert f"vanaf januari 2027 heb je elke maand ongeveer {euro_rond(fase['gewoon'])}" in html
    for uitleg in straks["uitleg"]:
        if uitleg["onderwerp"] == "vrijlating":
            assert uitleg["tekst"] in html
    html = pagina(client, ALLEENSTAANDE, pd="2026-07-01")
    assert "Vanaf 1 januari 2027: nieuwe regels" not in html


def test_toeslagen_verschil_en_terugbetalen(client):
    """36 hours at € 16: the toeslagen fall, so the page says what may have to be paid back."""
    antwoord = {**ALLEENSTAANDE, "u": "36", "ul": "16", "pd": "2026-03-01"}
    html = pagina(client, antwoord)
    situatie = {**SITUATIES["alleenstaande"], "peildatum": "2026-03-01",
                "werk": {"uren_per_week": 36, "bruto_uurloon": 16.0}}
    met, nu = regels.bereken(situatie), regels.bereken(zonder_werk(situatie))
    verschil_jaar = sum(
        (Decimal(str(met["per_maand"][t])) - Decimal(str(nu["per_maand"][t]))) * 12
        for t in ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget"))
    assert verschil_jaar < 0
    assert "Geef je nieuwe inkomen binnen 4 weken door aan Dienst Toeslagen." in html
    maanden = regels.maanden(situatie)
    jaar = "2026"
    huur = maanden["toeslagen_jaar"][jaar]["huurtoeslag"]["terugbetalen_zonder_doorgeven"]
    assert huur > 0
    zin = re.search(rf"Dan moet je na afloop van {jaar} ongeveer [^<]*terugbetalen", html)
    assert zin and f"{euro_rond(huur)} huurtoeslag" in zin.group(0)


def test_link_bevat_antwoorden_en_we_bewaren_niets(client):
    html = pagina(client, ALLEENSTAANDE)
    assert "Je antwoorden staan in de link" in html and "Wij bewaren niets." in html
    assert "een schatting, geen besluit" in html.lower()
