"""No Dutch sentence left on any page in English, Arabic, Turkish or Polish, nor in the API's explanations.

Every page a person can reach (the start page, each question, the check page, results of several households, the
one-page form, the comparison, the information pages, the htmx parts, pages with an error message) is rendered in
each language; the assertion message lists every Dutch sentence left on it, for the translators. What counts as a
Dutch sentence, and what is Dutch on purpose (`lang="nl"`, the glossary, gemeente names): tests/nederlands_hulp.py.

These tests pass once the catalogues are translated; until then they fail on the texts that are missing.
"""

from __future__ import annotations

import json
import re

import pytest
from django.conf import settings
from django.test import RequestFactory
from django.utils import translation

from calculator import antwoorden as a
from tests.journey_data import ALLEENSTAANDE, ALLEENSTAANDE_OUDER, SITUATIES, STEL, q
from tests.nederlands_hulp import is_nederlands, nederlandse_zinnen, tekstblokken, zinnen_bericht

TALEN = [code for code, _ in settings.LANGUAGES if code != settings.LANGUAGE_CODE]

# A couple with two children, opvang for one, a gemeente with its own rules, costs of working and gifts.
GEZIN = {"lv": "partner", "lt": "38", "plt": "36", "kk": "4,9", "kd": "0", "hr": "700", "u": "20", "ul": "15",
         "pbm": "900", "o1": "dagopvang", "ou1": "80", "op1": "10,50", "kr": "80", "kv": "50", "vm": "2",
         "gm": "GM0518", "gf": "600"}


def _vragen() -> list:
    """Each question page with the answers to the questions before it (the question itself still open)."""
    paginas, eerder = [], {}
    for stap in a.STAPPEN:
        paginas.append(pytest.param(f"/vragen/{stap.naam}/?{q(eerder)}", {}, 200, id=f"vraag-{stap.naam}"))
        eerder.update({k: v for k, v in GEZIN.items() if k in stap.velden})
    return paginas


ZONDER_GIFTEN = {k: v for k, v in GEZIN.items() if k != "gf"}
HTMX = {"HTTP_HX_REQUEST": "true"}
VERGELIJK = q(ALLEENSTAANDE_OUDER, a1u="24", a1ul="14.99", a2u="16", a2ul="17.5", a3ml="2100")

PAGINAS = [
    pytest.param("/", {}, 200, id="home"),
    *_vragen(),
    pytest.param(f"/vragen/werk/?{q(ALLEENSTAANDE, wv='maand')}", {}, 200, id="vraag-werk-per-maand"),
    pytest.param(f"/controleer/?{q(GEZIN)}", {}, 200, id="controle"),
    pytest.param(f"/resultaat/?{q(ALLEENSTAANDE)}", {}, 200, id="resultaat-alleenstaande"),
    pytest.param(f"/resultaat/?{q(ALLEENSTAANDE_OUDER)}", {}, 200, id="resultaat-alleenstaande-ouder"),
    pytest.param(f"/resultaat/?{q(STEL)}", {}, 200, id="resultaat-stel"),
    pytest.param(f"/resultaat/?{q(GEZIN)}", {}, 200, id="resultaat-gezin-met-gemeente"),
    # Other hours, another way of verrekenen, months on bijstand (a premie's condition), another peildatum.
    pytest.param(f"/resultaat/?{q(GEZIN, s1='12', s2='32', gv='schatten', bm='30', pd='2027-03-01')}", {}, 200,
                 id="resultaat-aangepast"),
    pytest.param(f"/resultaat/meenemen/?{q(GEZIN)}", {}, 200, id="meenemen"),
    pytest.param("/samen/", {}, 200, id="samen-leeg"),
    pytest.param(f"/samen/?{q(GEZIN)}", {}, 200, id="samen-gezin"),
    pytest.param("/samen/leidraad/", {}, 200, id="leidraad"),
    pytest.param(f"/vergelijk/?{VERGELIJK}", {}, 200, id="vergelijk"),
    pytest.param(f"/vergelijk/?{q(GEZIN, a1u='20', a2u='36')}", {}, 200, id="vergelijk-gezin"),
    pytest.param("/over/", {}, 200, id="over"),
    pytest.param("/privacy/", {}, 200, id="privacy"),
    pytest.param("/over/bedragen/", {}, 200, id="bedragen"),
    pytest.param("/over/niet-uitgerekend/", {}, 200, id="niet-uitgerekend"),
    pytest.param("/over/vertalingen/", {}, 200, id="vertalingen"),
    pytest.param("/resultaat/pdf/te-druk/", {}, 429, id="pdf-te-druk"),  # what nginx shows at its PDF limit
    pytest.param("/bestaat-niet/", {}, 404, id="niet-gevonden"),
    # The htmx parts: what replaces a piece of the page after a change.
    pytest.param(f"/resultaat/?{q(GEZIN)}", HTMX, 200, id="htmx-resultaat"),
    pytest.param(f"/samen/?{q(GEZIN)}", HTMX, 200, id="htmx-samen"),
    pytest.param(f"/vergelijk/?{VERGELIJK}", HTMX, 200, id="htmx-vergelijk"),
    pytest.param(f"/resultaat/?{q(ALLEENSTAANDE, s1='90')}", HTMX, 200, id="htmx-resultaat-fout"),
    # Error messages: nothing chosen, a wrong number, "Klopt dit?" below the minimum wage, an unknown gemeente.
    pytest.param("/vragen/leefvorm/?verstuurd=1", {}, 200, id="fout-leefvorm"),
    pytest.param(f"/vragen/werk/?{q(ALLEENSTAANDE, u='90', ul='abc')}&verstuurd=1", {}, 200, id="fout-werk"),
    pytest.param(f"/vragen/werk/?{q(ALLEENSTAANDE, lt='35', ul='9')}&verstuurd=1", {}, 200, id="klopt-dit-minimumloon"),
    pytest.param(f"/vragen/gemeente/?{q(ZONDER_GIFTEN, gm='Atlantis')}&verstuurd=1", {}, 200, id="fout-gemeente"),
    pytest.param(f"/vragen/giften/?{q(ZONDER_GIFTEN, gf='-5')}&verstuurd=1", {}, 200, id="fout-giften"),
    pytest.param("/samen/?lv=partner&lt=abc&verstuurd=1", {}, 200, id="fout-samen"),
]


def _woorden_pagina() -> list:
    """/woorden/, the glossary, once it exists."""
    from django.urls import NoReverseMatch, reverse

    try:
        pad = reverse("woorden")
    except NoReverseMatch:
        return []
    return [pytest.param(pad, {}, 200, id="woorden")]


PAGINAS += _woorden_pagina()


@pytest.mark.parametrize("pad, headers, status", PAGINAS)
@pytest.mark.parametrize("taal", TALEN)
def test_geen_nederlandse_zin_op_de_pagina(client, taal, pad, headers, status):
    adres = f"/{taal}{pad}"
    response = client.get(adres, **headers)
    assert response.status_code == status, f"{adres}: {response.status_code}"
    html = response.content.decode()
    assert tekstblokken(html), f"{adres}: geen tekst"
    if not headers:  # a whole page (an htmx part has no <html>)
        assert re.search(rf'<html lang="{taal}"', html), f"{adres}: <html lang> is niet {taal}"
    zinnen = nederlandse_zinnen(html)
    assert not zinnen, zinnen_bericht(adres, zinnen)


@pytest.mark.parametrize("taal", TALEN)
def test_geen_nederlandse_zin_op_de_foutpagina(taal):
    """The 500 page is rendered without the site's context (it must not fail again), but in the request's language."""
    from calculator.views.pages import serverfout

    with translation.override(taal):
        html = serverfout(RequestFactory().get(f"/{taal}/")).content.decode()
    assert re.search(rf'<html lang="{taal}"', html), f"500-pagina: <html lang> is niet {taal}"
    zinnen = nederlandse_zinnen(html)
    assert not zinnen, zinnen_bericht(f"500-pagina ({taal})", zinnen)


@pytest.mark.parametrize("taal", TALEN)
def test_de_api_legt_uit_in_de_gevraagde_taal(client, taal):
    """POST /api/v1/bereken with "taal": every explanation and warning in that language (README, "Talen")."""
    body = {**SITUATIES["alleenstaande_ouder"], "peildatum": "2026-03-01", "gemeente": {"code": "GM0518"},
            "taal": taal}
    response = client.post("/api/v1/bereken", json.dumps(body), content_type="application/json")
    assert response.status_code == 200, response.content.decode()
    uitkomst = response.json()
    teksten = [u["tekst"] for u in uitkomst["uitleg"]] + uitkomst["waarschuwingen"]
    assert len(uitkomst["uitleg"]) > 5
    zinnen = [t for t in teksten if is_nederlands(t)]
    assert not zinnen, zinnen_bericht(f"POST /api/v1/bereken (taal {taal})", zinnen)


# The detector itself: Dutch is found, a translation is not, and Dutch on purpose is left alone.

NEDERLANDSE_PAGINA = """<!doctype html><html lang="en"><head><title>Wat houd ik over?</title></head><body>
<p>Als je 16 uur per week werkt, heb je elke maand ongeveer <strong>€ 2.023</strong>.</p>
<h1>Hoe krijg je je loon?</h1><label>Hoe woon je?</label><p>Volgende</p></body></html>"""

VERTAALDE_PAGINA = """<!doctype html><html lang="{taal}"><head><title>{titel}</title></head><body>
<nav class="talen"><a lang="nl" hreflang="nl" href="/">Nederlands</a></nav>
<p>{zin}</p>
<p>Bron: <cite lang="nl">Participatiewet artikel 34a, eerste lid: de inkomsten uit arbeid worden niet als
middelen aangemerkt</cite></p>
<p><dfn lang="nl">bijstandsnorm</dfn>: {zin}</p>
<table><tr><td data-label="{titel}">€ 1.234,56</td></tr></table>
<p>{gemeente}</p>
</body></html>"""

VERTALINGEN = {
    "en": ("What do I keep?",
           "If you work 16 hours a week for € 15.00 an hour, from December 2026 you have about € 2,023 every "
           "month. This is an estimate, not a decision: your gemeente and Dienst Toeslagen decide. Your bruto loon "
           "and your netto loon are on your loonstrook.",
           "You live in Het Hogeland. Ask the klantmanager of your gemeente about the bijstand en de toeslagen."),
    "tr": ("Elimde ne kalır?",
           "Haftada 16 saat, saati € 15,00'dan çalışırsan, Aralık 2026'dan itibaren her ay yaklaşık € 2.023 "
           "alırsın. Bu bir tahmin, karar değil: gemeente ve Dienst Toeslagen karar verir. Bruto loon ve netto loon "
           "loonstrook'ta yazar.",
           "Bergen op Zoom'da yaşıyorsun. Bijstand için gemeente'ndeki klantmanager'a sor."),
    "pl": ("Ile mi zostanie?",
           "Jeśli pracujesz 16 godzin tygodniowo za € 15,00 za godzinę, od grudnia 2026 masz co miesiąc około "
           "€ 2.023. To jest szacunek, nie decyzja: decydują twoja gemeente i Dienst Toeslagen. Twój bruto loon "
           "jest na loonstrook.",
           "Mieszkasz w Alphen aan den Rijn. Zapytaj klantmanager w swojej gemeente o bijstand."),
    "ar": ("ماذا يتبقى لي؟",
           "إذا عملت 16 ساعة في الأسبوع مقابل \u2066€ 15,00\u2069 للساعة، فسيكون لديك كل شهر حوالي \u2066€ 2.023\u2069. "
           "هذا تقدير وليس قرارًا: تقرر gemeente و Dienst Toeslagen.",
           "أنت تسكن في Het Hogeland. اسأل klantmanager في gemeente عن bijstand."),
}


def test_de_detector_vindt_nederlandse_zinnen_en_noemt_ze():
    zinnen = nederlandse_zinnen(NEDERLANDSE_PAGINA)
    assert zinnen == ["Wat houd ik over?", "Als je 16 uur per week werkt, heb je elke maand ongeveer € 2.023.",
                      "Hoe krijg je je loon?", "Hoe woon je?"]  # a single word ("Volgende") is not enough
    assert "  - Hoe krijg je je loon?" in zinnen_bericht("/en/", zinnen)


@pytest.mark.parametrize("taal", list(VERTALINGEN))
def test_de_detector_laat_een_vertaling_en_bedoeld_nederlands_staan(taal):
    titel, zin, gemeente = VERTALINGEN[taal]
    html = VERTAALDE_PAGINA.format(taal=taal, titel=titel, zin=zin, gemeente=gemeente)
    assert nederlandse_zinnen(html) == []
    # The same page with one Dutch sentence left, without lang="nl": found, and only that one.
    nog_nederlands = html.replace("</body>", "<p>Je kunt hier niet meer dan 60 uur invullen.</p></body>")
    assert nederlandse_zinnen(nog_nederlands) == ["Je kunt hier niet meer dan 60 uur invullen."]
    # The attribute texts count too.
    in_attribuut = html.replace("<td ", '<td aria-label="Wat je nu elke maand krijgt" ')
    assert nederlandse_zinnen(in_attribuut) == ["Wat je nu elke maand krijgt"]
