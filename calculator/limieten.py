"""Limits on the PDF, so that a flood of PDFs cannot slow down the site for everyone (and the API's rate).

A PDF costs about as much as 500 plain pages. Two limits, both answered
with the friendly "het is even druk" page (the person's answers stay in its
links), never with a hang:

- per client: at most `PDF_PER_MINUUT` PDFs per minute (django-ratelimit).
  The counter is kept in a local-memory cache that keeps nothing longer than
  60 seconds (`KortGeheugen`); its key is a hash of the client's IP address,
  never the answers. Over the limit: status 429.
- for the whole server: at most `PDF_TEGELIJK` PDFs rendering at the same
  moment, over all gunicorn workers. Over the limit: status 503.

The JSON API (calculator/views/api.py) counts its requests per client the
same way, in its own group (`api_tempo`), and answers 429 in JSON.

The server-wide limit uses one lock file per place (flock): the kernel
releases a place when its request ends or its worker dies, so a killed
worker never leaks a place. The files are empty; gunicorn.conf.py gives all
workers one directory (`PLEKKEN_MAP_ENV`), other processes make their own.
"""

from __future__ import annotations

import atexit
import contextlib
import fcntl
import functools
import ipaddress
import os
import shutil
import tempfile
import threading
import time
from collections.abc import Iterator
from pathlib import Path

from django.conf import settings
from django.core.cache.backends.base import DEFAULT_TIMEOUT
from django.core.cache.backends.locmem import LocMemCache
from django.http import HttpRequest, HttpResponse
from django_ratelimit.core import is_ratelimited

from calculator.views.drukte import te_druk

PLEKKEN_MAP_ENV = "WAT_HOUD_IK_OVER_PDF_PLEKKEN"


class KortGeheugen(LocMemCache):
    """Django's local-memory cache, but no entry lives longer than OPTIONS["MAX_SECONDEN"] (60).

    Per process, in memory only: nothing on disk, nothing shared, gone after a minute.
    """

    def __init__(self, name, params):
        super().__init__(name, params)
        self.max_seconden = int(params.get("OPTIONS", {}).get("MAX_SECONDEN", 60))

    def get_backend_timeout(self, timeout=DEFAULT_TIMEOUT):
        verloopt = super().get_backend_timeout(timeout)
        uiterlijk = time.time() + self.max_seconden
        return uiterlijk if verloopt is None else min(verloopt, uiterlijk)


def _adres(tekst: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """An IP address, an IPv4-mapped IPv6 address as IPv4 (gunicorn on [::] sees nginx as ::ffff:127.0.0.1)."""
    try:
        adres = ipaddress.ip_address(tekst.strip())
    except ValueError:
        return None
    return getattr(adres, "ipv4_mapped", None) or adres


def klant_ip(request: HttpRequest) -> str:
    """The client's IP address: nginx's X-Real-IP when the request comes from a trusted proxy.

    Trusted means one of settings.VERTROUWDE_PROXIES exactly: any other sender (127.0.0.2 too) is
    the client itself, and its X-Real-IP is ignored. Used only as the key of the per-client counters
    (django-ratelimit hashes it, and keys IPv6 on its /64 like nginx).
    """
    adres = _adres(request.META.get("REMOTE_ADDR", ""))
    if adres is None:
        return "0.0.0.0"
    if adres in settings.VERTROUWDE_PROXIES:
        echt = _adres(request.META.get("HTTP_X_REAL_IP", ""))
        if echt is not None:
            return str(echt)
    return str(adres)


def pdf_tempo(group: str, request: HttpRequest) -> str:
    """The per-client rate for django-ratelimit, read from settings on each request."""
    return f"{settings.PDF_PER_MINUUT}/m"


def api_tempo(group: str, request: HttpRequest) -> str:
    """The JSON API's per-client rate, read from settings on each request."""
    return f"{settings.API_PER_MINUUT}/m"


class Plekken:
    """At most `aantal` holders at once, over all processes that share `map`."""

    def __init__(self) -> None:
        self._eigen_map: Path | None = None
        self._slot = threading.Lock()

    def map(self) -> Path:
        gedeeld = os.environ.get(PLEKKEN_MAP_ENV)
        if gedeeld:
            pad = Path(gedeeld)
            pad.mkdir(mode=0o700, exist_ok=True)
            return pad
        with self._slot:
            if self._eigen_map is None or not self._eigen_map.is_dir():
                self._eigen_map = Path(tempfile.mkdtemp(prefix="wat-houd-ik-over-pdf-"))
                atexit.register(shutil.rmtree, self._eigen_map, ignore_errors=True)
            return self._eigen_map

    @contextlib.contextmanager
    def plek(self, aantal: int) -> Iterator[bool]:
        """Yields True while holding one of `aantal` places, False (at once) when all are taken."""
        map_ = self.map()
        for nummer in range(aantal):
            # A new open file description per attempt: flock then also excludes other threads of this process.
            fd = os.open(map_ / f"plek-{nummer}", os.O_RDWR | os.O_CREAT | os.O_CLOEXEC | os.O_NOFOLLOW, 0o600)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                os.close(fd)
                continue
            try:
                yield True
            finally:
                os.close(fd)  # releases the lock
            return
        yield False


PDF_PLEKKEN = Plekken()


def pdf_beperkt(view):
    """Decorator for the PDF view: the per-client rate first, then a place to render."""

    @functools.wraps(view)
    def beperkt(request: HttpRequest, *args, **kwargs) -> HttpResponse:
        if is_ratelimited(request, group="pdf", key="ip", rate=pdf_tempo, increment=True):
            return te_druk(request, status=429)
        with PDF_PLEKKEN.plek(settings.PDF_TEGELIJK) as gekregen:
            if not gekregen:
                return te_druk(request, status=503)
            return view(request, *args, **kwargs)

    return beperkt
