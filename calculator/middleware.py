"""Own middleware: the Permissions-Policy header."""

from __future__ import annotations

from django.conf import settings


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
