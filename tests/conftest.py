"""Shared test setup.

- Playwright's sync API runs an event loop in the main thread; Django would
  then refuse even its own async-unsafe calls, so DJANGO_ALLOW_ASYNC_UNSAFE is set.
  There is no database: the live server flushes nothing.
- Browser tests use Debian's chromium (/usr/bin/chromium); Playwright's own
  browser download is not used.
- Static files are served like in production: WhiteNoise serves the
  collected, hashed files from STATIC_ROOT (CompressedManifestStaticFilesStorage).
"""

from __future__ import annotations

import os

import pytest

os.environ["DJANGO_ALLOW_ASYNC_UNSAFE"] = "true"

CHROMIUM = "/usr/bin/chromium"


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {
        **browser_type_launch_args,
        "executable_path": CHROMIUM,
        "args": [
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-quic",
            "--no-first-run",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ],
    }


@pytest.fixture(scope="session", autouse=True)
def _collected_static(django_test_environment):
    """Make sure the static manifest exists (make test already ran collectstatic).

    Templates use {% static %} with the manifest storage; without
    staticfiles/staticfiles.json every page would be a 500.
    """
    from django.conf import settings
    from django.core.management import call_command

    manifest = settings.STATIC_ROOT / "staticfiles.json"
    if not manifest.exists():
        call_command("collectstatic", "--noinput", verbosity=0)


class _NoStaticFilesHandler:
    """Pass every request to Django, so WhiteNoise serves /static/ (as in production).

    pytest-django's live_server otherwise wraps the app in Django's
    StaticFilesHandler, which serves unhashed files from the finders and
    cannot find the hashed names that the manifest storage puts in pages.
    """

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        return self.application(environ, start_response)


@pytest.fixture(autouse=True)
def _live_server_helper():
    """pytest-django's version asks for a test database to flush after a live_server test; there is no database."""


@pytest.fixture(scope="session")
def live_server(request, _collected_static):
    """pytest-django's live_server, but with the production static file path."""
    from pytest_django.live_server_helper import LiveServer

    addr = (
        request.config.getvalue("liveserver")
        or os.getenv("DJANGO_LIVE_TEST_SERVER_ADDRESS")
        or "localhost"
    )
    server = LiveServer(addr, start=False)
    server.thread.static_handler = _NoStaticFilesHandler
    server.start()
    yield server
    server.stop()


@pytest.fixture(autouse=True)
def _pdf_teller_leeg():
    """Every test starts with an empty per-client PDF counter (the test client is always one client)."""
    from django.core.cache import caches

    caches["default"].clear()
    yield


@pytest.fixture
def bereken_spion(monkeypatch):
    """Every situation the web app hands to regels.bereken, in order."""
    import regels

    gezien = []
    echt = regels.bereken

    def spion(situatie):
        gezien.append(situatie)
        return echt(situatie)

    monkeypatch.setattr(regels, "bereken", spion)
    return gezien


@pytest.fixture
def regels_catalogus(monkeypatch):
    """A stand-in for the catalogue of regels in one test: `regels_catalogus(lambda taal, echt: ...)` returns, per
    language, a catalogue (`echt(taal)` is the real one). The data warnings are kept per language
    (`regels.berekening._meldingen_over_data`): they are forgotten before and after, so no test reads the stand-in's
    sentences of another."""
    import regels.berekening
    import regels.taal

    echt = regels.taal._catalogus
    vergeten = regels.berekening._meldingen_over_data.cache_clear

    def vervang(maak) -> None:
        vergeten()
        monkeypatch.setattr(regels.taal, "_catalogus", lambda taal: maak(taal, echt))

    yield vervang
    vergeten()
