"""calculator.logboek: query strings, client addresses and exception messages never reach a log,
whichever logger writes it (Django, gunicorn, nginx through the syslog receiver)."""

from __future__ import annotations

import datetime as dt
import io
import logging
import os
import subprocess
import sys
import types

import pytest
from gunicorn.config import Config
from hypothesis import given, settings
from hypothesis import strategies as st

from calculator import logboek

ANTWOORDEN = "lv=alleen&lt=47&hr=4321.87&u=16&ul=17.93"


@pytest.mark.parametrize(("tekst", "verwacht"), [
    (f"Error handling request POST /resultaat/?{ANTWOORDEN}",
     "Error handling request POST /resultaat/?[query removed]"),
    (f"Invalid HTTP request line: 'GET /resultaat/pdf/?{ANTWOORDEN}'",
     "Invalid HTTP request line: 'GET /resultaat/pdf/?[query removed]'"),
    (f'request: "GET /resultaat/?{ANTWOORDEN} HTTP/1.1", upstream: "http://127.0.0.1:8000/resultaat/?{ANTWOORDEN}"',
     'request: "GET /resultaat/?[query removed] HTTP/1.1", upstream: "http://127.0.0.1:8000/resultaat/?[query removed]"'),
    ("*3 limiting requests, client: 203.0.113.9, server: x", "*3 limiting requests, client: [address removed], server: x"),
    ("Invalid request from ip=2001:db8::7: Invalid HTTP Header: 'X'",
     "Invalid request from ip=[address removed]: Invalid HTTP Header: 'X'"),
    # Issue 18: a quote, a control byte, unicode or a space in the query, or no HTTP version.
    (f'''Invalid HTTP request line: "GET /resultaat/?a'&{ANTWOORDEN}"''',
     'Invalid HTTP request line: "GET /resultaat/?[query removed]"'),
    (f"Invalid HTTP request line: 'GET /resultaat/?a\\'\"\\x01\\r&lv=allé x&{ANTWOORDEN} HTTP/1.1'",
     "Invalid HTTP request line: 'GET /resultaat/?[query removed] HTTP/1.1'"),
    (f"Invalid HTTP Version: 'x&{ANTWOORDEN} HTTP/1.1'", f"Invalid HTTP Version: '{logboek.WAARDE_WEGGELATEN}'"),
    ("Invalid HTTP Version: 'HTTP/1.1'", "Invalid HTTP Version: 'HTTP/1.1'"),
    ("Invalid chunk size: '{\"huishouden\": {\"kale_huur\": 4321.87}}'",
     f"Invalid chunk size: '{logboek.WAARDE_WEGGELATEN}'"),
    (f'*31 limiting requests, client: 127.0.0.1, server: x, request: "GET /resultaat/?a"b\\c\\\'&lv=allé&{ANTWOORDEN} '
     f'HTTP/1.1", host: "127.0.0.1", referrer: "http://x/?q\\\'"&{ANTWOORDEN}"',
     '*31 limiting requests, client: [address removed], server: x, request: "GET /resultaat/?[query removed] '
     'HTTP/1.1", host: "127.0.0.1", referrer: "http://x/?[query removed]"'),
    (f'request: "GET /resultaat/?a\\\'{ANTWOORDEN}', 'request: "GET /resultaat/?[query removed]'),  # a line nginx cut off
    (f"Error handling request GET /resultaat/?a\\'\"&{ANTWOORDEN}", "Error handling request GET /resultaat/?[query removed]"),
    ("Wat houd ik over? Een gewone zin.", "Wat houd ik over? Een gewone zin."),
    ("Not Found: /bestaat-niet/", "Not Found: /bestaat-niet/"),
])
def test_zonder_query(tekst, verwacht):
    assert logboek.zonder_query(tekst) == verwacht
    assert logboek.zonder_query(verwacht) == verwacht  # twice is the same as once


# Any query a client can send: quotes, backslashes, control bytes, unicode, spaces; then an answer.
_QUERY_TEKENS = st.text(st.characters(codec="utf-8", exclude_characters="\n"), max_size=30)


@settings(max_examples=300, deadline=None)
@given(voor=_QUERY_TEKENS, versie=st.sampled_from(["", " HTTP/1.1", " HTTP/1.0", " HTTP/9"]))
def test_geen_antwoord_uit_een_kapotte_verzoekregel(voor, versie):
    """Everything from '?' to the end of the request target goes, whatever it holds, as gunicorn writes it
    (a repr, also of a value split off at a space) and as nginx writes it (raw, through the syslog receiver)."""
    doel = f"/resultaat/?{voor}&hr=4321.87"
    regels = [f"Invalid request from ip=127.0.0.1: Invalid HTTP request line: {f'GET {doel}{versie}'!r}",
              f"Invalid request from ip=127.0.0.1: Invalid HTTP Version: {(doel + versie).split(' ', 1)[-1]!r}"]
    if '", ' not in voor:  # the only thing that ends nginx's field early (a browser never sends it)
        regels.append(logboek.syslog_regel(
            f'<12>nginx: [warn] *1 limiting requests, client: 127.0.0.1, server: x, request: "GET {doel}{versie}", '
            f'host: "x", referrer: "http://x{doel}"'.encode()))
    for regel in regels:
        schoon = logboek.zonder_query(regel)
        assert "4321" not in schoon, (regel, schoon)
        assert logboek.zonder_query(schoon) == schoon


def _record(bericht: str, *args, exc_info=None) -> logging.LogRecord:
    return logging.LogRecord("gunicorn.error", logging.ERROR, __file__, 1, bericht, args, exc_info)


def _fout_met_antwoorden(huur: str = "4321,87"):
    """An exception whose message quotes an answer, with a cause (a chain of two)."""
    try:
        try:
            float(huur)
        except ValueError as fout:
            raise RuntimeError(f"kon {ANTWOORDEN} niet lezen") from fout
    except RuntimeError:
        import sys

        return sys.exc_info()


def test_filter_laat_query_en_meldingen_weg():
    record = _record("Error handling request %s %s", "POST", f"/resultaat/?{ANTWOORDEN}",
                     exc_info=_fout_met_antwoorden())
    assert logboek.ZonderQueryFilter().filter(record) is True
    regel = logging.Formatter("%(levelname)s %(message)s").format(record)
    for geheim in ("4321", "17.93", "lv=alleen", "hr="):
        assert geheim not in regel
    assert regel.startswith("ERROR Error handling request POST /resultaat/?[query removed]\nTraceback")
    # Where it happened stays: frames, code and the exception types of the whole chain.
    assert "in _fout_met_antwoorden" in regel and "float(huur)" in regel
    assert f"ValueError: {logboek.MELDING_WEGGELATEN}" in regel
    assert f"RuntimeError: {logboek.MELDING_WEGGELATEN}" in regel
    assert "During handling of the above exception" in regel


def test_django_logt_door_het_filter():
    """settings.LOGGING: the one handler of Django and of the root logger rewrites every record."""
    for naam in ("django", "django.request", ""):
        logger = logging.getLogger(naam)
        while not logger.handlers and logger.parent:
            logger = logger.parent
        assert any(isinstance(f, logboek.ZonderQueryFilter) for h in logger.handlers for f in h.filters), naam
    handler = logging.getLogger("django").handlers[0]
    uitvoer = io.StringIO()
    oud = handler.setStream(uitvoer)
    try:
        logging.getLogger("django.request").error("Internal Server Error: %s", f"/resultaat/?{ANTWOORDEN}",
                                                  exc_info=_fout_met_antwoorden())
    finally:
        handler.setStream(oud)
    tekst = uitvoer.getvalue()
    assert "Internal Server Error: /resultaat/?[query removed]" in tekst
    assert "4321" not in tekst and "lv=" not in tekst


def test_gunicorn_logger(tmp_path):
    cfg = Config()
    cfg.set("errorlog", str(tmp_path / "error.log"))
    cfg.set("accesslog", str(tmp_path / "access.log"))
    cfg.set("access_log_format", '%(h)s "%(r)s" %(s)s %(q)s "%(f)s" %({query_string}e)s %({x-real-ip}i)s')
    cfg.set("logger_class", "calculator.logboek.GunicornLogger")
    logger = cfg.logger_class(cfg)
    assert isinstance(logger, logboek.GunicornLogger)

    exc_info = _fout_met_antwoorden()
    logger.error_log.error("Error handling request %s %s", "POST", f"/resultaat/?{ANTWOORDEN}", exc_info=exc_info)
    logger.warning(f"Invalid request from ip=198.51.100.4: Invalid HTTP request line: 'GET /?{ANTWOORDEN}'")

    environ = {"REQUEST_METHOD": "GET", "RAW_URI": f"/resultaat/?{ANTWOORDEN}", "SERVER_PROTOCOL": "HTTP/1.1",
               "PATH_INFO": "/resultaat/", "QUERY_STRING": ANTWOORDEN, "REMOTE_ADDR": "198.51.100.4",
               "HTTP_REFERER": f"https://wathoudikover.example/controleer/?{ANTWOORDEN}"}
    req = types.SimpleNamespace(headers=[("X-REAL-IP", "198.51.100.4")], query=ANTWOORDEN)
    resp = types.SimpleNamespace(status="200 OK", sent=10, headers=[])
    logger.access(resp, req, environ, dt.timedelta(milliseconds=12))
    for handler in logger.error_log.handlers + logger.access_log.handlers:
        handler.flush()

    fouten = (tmp_path / "error.log").read_text()
    toegang = (tmp_path / "access.log").read_text()
    assert "Error handling request POST /resultaat/?[query removed]" in fouten
    assert "Invalid request from ip=[address removed]" in fouten
    assert '- "GET /resultaat/?[query removed] HTTP/1.1" 200' in toegang
    for tekst in (fouten, toegang):
        for geheim in ("4321", "17.93", "lv=", "198.51.100.4"):
            assert geheim not in tekst, (geheim, tekst)


def test_syslog_regel_van_nginx():
    datagram = (b'<11>Dec  1 02:42:36 nginx: 2026/12/01 02:42:36 [error] 12#12: *5 upstream prematurely closed '
                b'connection, client: 127.0.0.1, server: x, request: "GET /resultaat/pdf/?lv=alleen&hr=4321.87 '
                b'HTTP/1.1", upstream: "http://127.0.0.1:8000/resultaat/pdf/?lv=alleen&hr=4321.87"')
    regel = logboek.syslog_regel(datagram)
    assert regel.startswith("nginx: 2026/12/01 02:42:36 [error] 12#12: *5 upstream prematurely closed")
    assert "4321" not in regel and "lv=" not in regel and "127.0.0.1," not in regel
    assert 'request: "GET /resultaat/pdf/?[query removed] HTTP/1.1"' in regel


def test_ontvanger_schrijft_gefilterd_en_opent_opnieuw_na_sighup(tmp_path):
    """python -m calculator.logboek: nginx's datagrams in, filtered lines out; SIGHUP (logrotate) opens the file again."""
    import signal
    import socket
    import subprocess
    import sys
    import time
    from pathlib import Path

    sok, uit = tmp_path / "log.sock", tmp_path / "nginx-error.log"
    proces = subprocess.Popen([sys.executable, "-m", "calculator.logboek", "--socket", str(sok), "--uitvoer", str(uit)],
                              cwd=Path(__file__).resolve().parent.parent)
    try:
        einde = time.monotonic() + 20
        while not sok.exists():
            assert time.monotonic() < einde and proces.poll() is None
            time.sleep(0.05)

        def stuur(tekst: str) -> None:
            with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as client:
                client.sendto(f"<11>Dec  1 02:42:36 nginx: {tekst}".encode(), str(sok))

        def wacht_op_regel(pad: Path, stuk: str) -> str:
            while stuk not in (pad.read_text() if pad.exists() else ""):
                assert time.monotonic() < einde
                time.sleep(0.05)
            return pad.read_text()

        stuur(f'[error] *1 een, client: 127.0.0.1, request: "GET /resultaat/?{ANTWOORDEN} HTTP/1.1"')
        assert "4321" not in wacht_op_regel(uit, "*1 een, client: [address removed]")
        uit.rename(tmp_path / "nginx-error.log.1")
        proces.send_signal(signal.SIGHUP)
        time.sleep(0.2)
        stuur("[error] *2 twee")
        assert "*1" not in wacht_op_regel(uit, "*2 twee")
    finally:
        proces.terminate()
        proces.wait(timeout=10)
    assert not sok.exists()


def test_runserver_schrijft_geen_verzoekregels():
    """`manage.py runserver` logs every request line (with the query string) to django.server: it stays silent.

    In a process of its own, because pytest adds its own handlers to every logger."""
    script = ("import django, logging; django.setup(); "
              "logging.getLogger('django.server').info('\"GET /resultaat/?%s HTTP/1.1\" 200', 'lt=4321'); "
              "logging.getLogger('django.request').warning('zichtbaar')")
    klaar = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=60,
                           env={**os.environ, "DJANGO_SETTINGS_MODULE": "calculator.settings"})
    assert klaar.returncode == 0, klaar.stderr
    assert "zichtbaar" in klaar.stderr  # the log itself works
    assert "4321" not in klaar.stderr and "GET /resultaat" not in klaar.stderr
