"""Template context available on every page."""

from __future__ import annotations

from calculator.versie import app_versie, regels_versie


def versie(request):
    return {"app_versie": app_versie(), "regels_versie": regels_versie()}
