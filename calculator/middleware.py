"""Own middleware: the Permissions-Policy header, no-store for every page, JSON for every answer of the API."""

from __future__ import annotations

from django.conf import settings
from django.http import JsonResponse
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import gettext_lazy

from regels.taal import in_taal


class PermissionsPolicyMiddleware:
    """Tell the browser this site never uses camera, microphone, location, etc."""

    def __init__(self, get_response):
        self.get_response = get_response
        self.header = ", ".join(getattr(settings, "PERMISSIONS_POLICY", []))

    def __call__(self, request):
        response = self.get_response(request)
        if self.header and "Permissions-Policy" not in response:
            response["Permissions-Policy"] = self.header
        return response


class GeenOpslagMiddleware:
    """`Cache-Control: no-store` on every response of a view, and `Vary: HX-Request` where htmx gets a part.

    The answers are in the URL of the question, check and result pages and
    the PDF, and on the pages themselves: a browser must not keep them on
    disk (think of a library computer). Every page gets the header, so a
    new view cannot forget it. Static files never reach this middleware
    (WhiteNoise answers them above it) and stay cacheable.

    /resultaat/, /samen/ and /vergelijk/ return the full page or, for htmx,
    only a part, at the same URL: `Vary: HX-Request` keeps the two apart in
    any cache on the way.
    """

    HTMX_DELEN = frozenset({"resultaat", "samen", "vergelijk"})

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response["Cache-Control"] = "no-store"
        match = getattr(request, "resolver_match", None)
        if match is not None and match.url_name in self.HTMX_DELEN:
            patch_vary_headers(response, ["HX-Request"])
        return response


class ApiJsonMiddleware:
    """Every answer under /api/ is JSON, also one the API's views did not make.

    A gemeente's system reads JSON: a 404 for an unknown address, a 400 for a
    bad Host, a 500 would otherwise be the site's HTML page. The answer keeps
    its status (and Allow, Retry-After) and gets a message in the API's own
    form, {"fouten": {"verzoek": "..."}}: Dutch, unless a language is active. GeenOpslagMiddleware, above
    this one, adds `Cache-Control: no-store`.
    """

    VOORVOEGSEL = "/api/"
    MELDINGEN = {
        404: gettext_lazy("Dit adres bestaat niet in de API. De adressen staan in /api/v1/openapi.json."),
        # Translators: an answer of the API: this HTTP method (GET, POST, ...) is not allowed at this address.
        405: gettext_lazy("Deze methode kan hier niet."),
        500: gettext_lazy("Er ging iets mis bij de rekenhulp. Probeer het later opnieuw."),
    }
    # Translators: an answer of the API to a request it cannot read.
    STANDAARD = gettext_lazy("Dit verzoek kan de rekenhulp niet lezen.")
    BEWAREN = ("Allow", "Retry-After")

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not request.path.startswith(self.VOORVOEGSEL) or \
                response.get("Content-Type", "").startswith("application/json"):
            return response
        melding = self.MELDINGEN.get(response.status_code, self.STANDAARD)
        json = JsonResponse({"fouten": {"verzoek": str(melding)}}, status=response.status_code,
                            json_dumps_params={"ensure_ascii": False})
        for naam in self.BEWAREN:
            if naam in response:
                json[naam] = response[naam]
        if getattr(response, "_has_been_logged", False):
            json._has_been_logged = True
        return json


class RegelsTaalMiddleware:
    """The sentences of `regels` (explanations, warnings, the action list) in the page's language.

    `regels` has no Django in it and its own catalogue; its language is a context variable, set here around the
    whole request, so also around the rendering of a template that reads an explanation.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        with in_taal(translation.get_language()):
            return self.get_response(request)
