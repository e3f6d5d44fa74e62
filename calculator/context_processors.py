"""Template context available on every page."""

from __future__ import annotations

from django.conf import settings
from django.urls import translate_url
from django.utils import translation

import regels.gemeenten
from calculator.antwoorden import site_gemeente
from calculator.versie import app_versie, regels_versie


def versie(request):
    return {"app_versie": app_versie(), "regels_versie": regels_versie()}


def gemeente(request):
    """The name of the gemeente this site is run for (DJANGO_GEMEENTE), for the header of every page and paper."""
    code = site_gemeente()
    return {"site_gemeente": regels.gemeenten.weergavenaam(regels.gemeenten.zoek(code)) if code else ""}


def talen(request):
    """The language switch: every language with the same page and the same answers (the query string) in it.

    `translate_url` keeps the query, so the answers travel along; nothing is remembered, the link is all.
    """
    huidig = translation.get_language()
    adres = request.get_full_path()
    return {
        "taal": huidig,
        "taal_bidi": translation.get_language_bidi(),
        "talen": [
            {"code": code, "naam": naam, "bidi": translation.get_language_info(code)["bidi"],
             "url": translate_url(adres, code), "huidig": code == huidig}
            for code, naam in settings.LANGUAGES
        ],
    }
