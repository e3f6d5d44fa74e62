"""The page for a person who asks for a PDF while it is too busy.

Friendly and in the normal layout: many people make a PDF now, try again in
a minute, and the links keep the person's answers (the same query string).
Shown by the PDF limits (calculator.limieten) and, in production, by nginx
when its own PDF rate limit is reached (an internal redirect to this page).
"""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_safe

OPNIEUW_NA_SECONDEN = 60


PDF_PAGINAS = {"resultaat_pdf", "verslag_pdf"}  # the PDFs with these limits: "try again" opens the same one


def stil(response: HttpResponse) -> HttpResponse:
    """No line in Django's request log for this answer ("Too Many Requests: …").

    A refusal under a limit is expected traffic, not an error; in a flood a
    line per refused request would fill the disk (about 0.9 GB an hour).
    nginx's access log still has the path and the status.
    """
    response._has_been_logged = True  # what django.utils.log.log_response checks
    return response


def te_druk(request: HttpRequest, status: int = 503, pdf: str | None = None) -> HttpResponse:
    query = request.GET.urlencode()
    match = getattr(request, "resolver_match", None)
    if pdf is None:
        pdf = match.url_name if match is not None and match.url_name in PDF_PAGINAS else "resultaat_pdf"
    context = {
        "terug": f"{reverse('resultaat')}?{query}" if query else reverse("home"),
        "opnieuw": f"{reverse(pdf)}?{query}" if query else None,
    }
    response = render(request, "drukte.html", context, status=status)
    response["Retry-After"] = str(OPNIEUW_NA_SECONDEN)
    return stil(response)


@require_safe
def pdf_te_druk(request: HttpRequest, pdf: str = "resultaat_pdf") -> HttpResponse:
    """The same page at its own URL, for nginx's rate limit (error_page 429); `pdf` names the PDF to try again."""
    return te_druk(request, status=429, pdf=pdf)
