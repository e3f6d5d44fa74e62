"""Own middleware: the Permissions-Policy header, and no-store for every page."""

from __future__ import annotations

from django.conf import settings
from django.utils.cache import patch_vary_headers


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
