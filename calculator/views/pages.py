"""Simple information pages: home, privacy, over, and the error pages."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse, HttpResponseNotFound, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.views.decorators.http import require_safe


@require_safe
def home(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/home.html")


@require_safe
def privacy(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/privacy.html")


@require_safe
def over(request: HttpRequest) -> HttpResponse:
    return render(request, "pages/over.html")


def niet_gevonden(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """404 page in Dutch, with the normal layout."""
    return HttpResponseNotFound(loader.render_to_string("404.html", request=request))


def serverfout(request: HttpRequest) -> HttpResponse:
    """500 page: plain template without context processors, so it cannot fail again."""
    return HttpResponseServerError(loader.get_template("500.html").render())
