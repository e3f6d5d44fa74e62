"""Template context available on every page."""

from __future__ import annotations

import regels.gemeenten
from calculator.antwoorden import site_gemeente
from calculator.versie import app_versie, regels_versie


def versie(request):
    return {"app_versie": app_versie(), "regels_versie": regels_versie()}


def gemeente(request):
    """The name of the gemeente this site is run for (DJANGO_GEMEENTE), for the header of every page and paper."""
    code = site_gemeente()
    return {"site_gemeente": regels.gemeenten.weergavenaam(regels.gemeenten.zoek(code)) if code else ""}
