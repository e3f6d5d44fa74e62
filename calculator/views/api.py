"""The JSON API for a gemeente's own systems: the command line's JSON commands over HTTP.

POST /api/v1/bereken | sweep | maanden | tijdlijn takes the body that `python -m regels <command>` reads and answers what it
writes (both call regels.opdrachten). Bad input: 400 with {"fouten": {"veld.pad": "Nederlandse melding"}}.
"taal" in the body (one of settings.LANGUAGES) writes the explanations, warnings and messages in that language.
No cookie, no session, no CSRF token; the body is never stored or logged. Per client a rate limit (django-ratelimit,
as for the PDF) and a maximum body size. The OpenAPI document is calculator/openapi.yaml.
"""

from __future__ import annotations

import functools
import json
from pathlib import Path

import yaml
from django.conf import settings
from django.http import HttpRequest, JsonResponse
from django.views.decorators.csrf import csrf_exempt
from django_ratelimit.core import is_ratelimited

from calculator.limieten import api_tempo
from calculator.views.drukte import OPNIEUW_NA_SECONDEN, stil
from regels import OngeldigeInvoer
from regels.api import in_gevraagde_taal
from regels.opdrachten import MAX_UREN_PUNTEN, OPDRACHTEN

JSON = "application/json"
OPENAPI = Path(__file__).resolve().parent.parent / "openapi.yaml"


def _antwoord(data: dict, status: int = 200) -> JsonResponse:
    return JsonResponse(data, status=status, json_dumps_params={"ensure_ascii": False})


def _fout(status: int, melding: str) -> JsonResponse:
    """An error about the request as a whole (not about one field)."""
    return _antwoord({"fouten": {"verzoek": melding}}, status)


def _talen() -> list[str]:
    """The languages of the site: the API writes in each of them (a sentence without a translation stays Dutch)."""
    return [code for code, _naam in settings.LANGUAGES]


def _opdracht(naam: str):
    uitvoeren = OPDRACHTEN[naam]

    @csrf_exempt
    def view(request: HttpRequest) -> JsonResponse:
        if request.method != "POST":
            response = _fout(405, "Stuur dit verzoek met POST.")
            response["Allow"] = "POST"
            return response
        if is_ratelimited(request, group="api", key="ip", rate=api_tempo, increment=True):
            response = _fout(429, f"Te veel verzoeken. Je mag er {settings.API_PER_MINUUT} per minuut sturen. "
                                  "Probeer het over een minuut opnieuw.")
            response["Retry-After"] = str(OPNIEUW_NA_SECONDEN)
            return stil(response)
        if int(request.META.get("CONTENT_LENGTH") or 0) > settings.API_MAX_BYTES:
            return _fout(413, f"Het verzoek is te groot. Stuur hoogstens {settings.API_MAX_BYTES} bytes.")
        if request.content_type != JSON:
            return _fout(415, "Stuur JSON, met de header Content-Type: application/json.")
        try:
            body = json.loads(request.body)
        except json.JSONDecodeError as fout:
            return _fout(400, f"Dit is geen geldige JSON (regel {fout.lineno}, teken {fout.colno}).")
        except (ValueError, RecursionError):
            return _fout(400, "Dit is geen geldige JSON.")
        try:
            with in_gevraagde_taal(body, _talen()) as verzoek:  # sentences are written when read: the JSON inside too
                return _antwoord(uitvoeren(verzoek))
        except OngeldigeInvoer as fout:
            return _antwoord({"fouten": fout.fouten}, 400)

    view.__name__ = f"api_{naam}"
    return view


bereken = _opdracht("bereken")
sweep = _opdracht("sweep")
maanden = _opdracht("maanden")
tijdlijn = _opdracht("tijdlijn")


@functools.cache
def openapi_document() -> dict:
    """The OpenAPI 3.1 document, with this server's limits filled in."""
    document = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
    document["info"]["description"] = document["info"]["description"].format(
        max_bytes=settings.API_MAX_BYTES, per_minuut=settings.API_PER_MINUUT, max_uren=MAX_UREN_PUNTEN)
    return document


@csrf_exempt  # no cookie is ever set; another method gets the 405 below, not the CSRF page
def openapi(request: HttpRequest) -> JsonResponse:
    if request.method not in ("GET", "HEAD"):
        response = _fout(405, "Vraag dit document op met GET.")
        response["Allow"] = "GET, HEAD"
        return response
    return _antwoord(openapi_document())
