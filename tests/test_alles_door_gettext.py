"""Every text on every page goes through gettext: rendered with a pseudo-translation, no Dutch sentence is left.

Independent of the translators: this passes as soon as every text is marked, while tests/test_geen_nederlands.py
needs the catalogues filled in. Django's and regels' gettext return the text with accented vowels in every language
but Dutch (tests/nederlands_hulp.pseudo); a text that bypasses gettext stays Dutch and is listed.
"""

from __future__ import annotations

import gettext as stdlib_gettext

import pytest
from django.utils import translation

from tests.nederlands_hulp import nederlandse_zinnen, pseudo, zinnen_bericht
from tests.test_geen_nederlands import PAGINAS

PSEUDO_TAAL = "en"


class _PseudoCatalogus(stdlib_gettext.NullTranslations):
    def __init__(self, echt):
        super().__init__()
        self.echt = echt

    def gettext(self, bericht):
        return pseudo(self.echt.gettext(bericht))

    def ngettext(self, enkelvoud, meervoud, aantal):
        return pseudo(self.echt.ngettext(enkelvoud, meervoud, aantal))

    def pgettext(self, context, bericht):
        return pseudo(self.echt.pgettext(context, bericht))


@pytest.fixture
def pseudo_vertaald(monkeypatch, regels_catalogus):
    """gettext in calculator/templates (Django) and in regels returns pseudo() of the text, except in Dutch."""
    trans = translation._trans  # caches trans_real's functions as its own attributes: patch those
    for naam in ("gettext", "ngettext", "pgettext", "npgettext"):
        echt = getattr(trans, naam)

        def vertaal(*args, _echt=echt):
            tekst = _echt(*args)
            return tekst if translation.get_language() == "nl" else pseudo(tekst)

        monkeypatch.setattr(trans, naam, vertaal)
    regels_catalogus(lambda taal, echt: echt(taal) if taal == "nl" else _PseudoCatalogus(echt(taal)))


@pytest.mark.parametrize("pad, headers, status", PAGINAS)
def test_elke_tekst_gaat_door_gettext(client, pseudo_vertaald, pad, headers, status):
    adres = f"/{PSEUDO_TAAL}{pad}"
    response = client.get(adres, **headers)
    assert response.status_code == status, f"{adres}: {response.status_code}"
    zinnen = nederlandse_zinnen(response.content.decode())
    assert not zinnen, "niet door gettext (niet gemarkeerd): " + zinnen_bericht(adres, zinnen)
