"""Logs without answers: one filter for gunicorn, Django and nginx.

A person's answers live in the query string of every link
(`/resultaat/?lv=alleen&hr=4321.87…`). Servers like to write the request
line into their logs when something goes wrong, and exception messages may
quote a value. So every log line passes through `zonder_query` before it is
written:

- query strings become `?[query removed]`: everything from the `?` to the end
  of the request target, whatever it holds (quotes, control bytes, unicode).
  A request line quoted by nginx (`request: "…"`, up to its next field) or by
  gunicorn (a Python repr) keeps its method, path and HTTP version; a URL
  anywhere else loses everything from `?` up to the next space or line end;
- a value gunicorn split off a broken request line or read from a body
  ("Invalid HTTP Version: 'x&hr=1 HTTP/1.1'", a chunk) is left out whole;
- the client's IP address in nginx's and gunicorn's error lines is left out;
- exception messages are left out of tracebacks (the type, file, line and
  code stay, so a developer still sees where it happened).

Used by:

- Django: `LOGGING` in settings puts `ZonderQueryFilter` on its handler;
- gunicorn: `GunicornLogger` (the `logger_class` in gunicorn.conf.py) puts it
  on the error and access log, and blanks the query atoms of the access log;
- nginx: its error log cannot be formatted, so the site config sends it over
  syslog to `python -m calculator.logboek --socket PATH`, which writes each
  message through the same function.
"""

from __future__ import annotations

import argparse
import datetime as dt
import logging
import os
import re
import signal
import socket
import sys
import traceback
from pathlib import Path

from gunicorn.glogging import Logger

WEGGELATEN = "?[query removed]"
MELDING_WEGGELATEN = "[message removed: it may contain answers]"
WAARDE_WEGGELATEN = "[value removed: it may contain answers]"
ADRES_WEGGELATEN = "[address removed]"

# The client's address as nginx ("client: 1.2.3.4,") and gunicorn ("ip=1.2.3.4") write it.
_KLANT = re.compile(r"(?P<kop>\bclient: |\bip=)(?!\[)[0-9A-Fa-f.:]*[0-9A-Fa-f.]")

# nginx's fields after an error message: `request: "GET /…?… HTTP/1.1", upstream: "…", host: "…",
# referrer: "…"`. nginx does not escape them, so a field ends at the quote before the next field or at
# the end of the line (or where a long line was cut off), not at the first quote.
_NGINX_VELD = re.compile(
    r'(?P<kop>\b(?P<naam>request|subrequest|upstream|host|referrer): ")(?P<waarde>.*?)'
    r'(?P<staart>"(?=, (?:subrequest|upstream|host|referrer): "|\s*$)|$)', re.S)

# A Python string literal (gunicorn quotes what it read with %r), on one line.
_LETTERLIJK = r"b?'(?:[^'\\\n]|\\.)*'" + "|" + r'b?"(?:[^"\\\n]|\\.)*"'
_REPR = re.compile(_LETTERLIJK)

# gunicorn's messages that quote a value split off a broken request line (the "version" of
# `GET /?a b&hr=1 HTTP/1.1` is `b&hr=1 HTTP/1.1`) or read from the body: the value goes whole.
_WAARDE = re.compile(
    r"(?P<kop>(?:Invalid HTTP Version|Invalid chunk size|No more data after|Invalid chunk terminator is not "
    r"'\\r\\n'|Expected HTTP/2 connection preface, got): )(?P<waarde>" + _LETTERLIJK + ")")
_VERSIE_ALLEEN = re.compile(r"'HTTP/\d(?:\.\d)?'")

# A request line: a method, a space, then the target (and perhaps " HTTP/1.1").
_VERZOEKREGEL = re.compile(r"[A-Za-z]+ ")
_HTTP_VERSIE = re.compile(r" HTTP/\d(?:\.\d)?$")

# What is left: a '?' followed by anything up to a space or the end of the line (not our own marker).
_QUERY = re.compile(r"\?(?!\[query removed\])[^ \t\r\n]+")


def _knip(tekst: str, verzoekregel: bool) -> str:
    """Everything from the first '?' removed; a request line keeps its HTTP version."""
    begin = tekst.find("?")
    if begin < 0:
        return tekst
    versie = _HTTP_VERSIE.search(tekst) if verzoekregel else None
    return tekst[:begin] + WEGGELATEN + (versie[0] if versie and versie.start() > begin else "")


def _nginx_veld(m: re.Match) -> str:
    verzoekregel = m["naam"] in ("request", "subrequest")
    return m["kop"] + _knip(m["waarde"], verzoekregel) + m["staart"]


def _repr(m: re.Match) -> str:
    letterlijk = m[0]
    kop = 2 if letterlijk.startswith("b") else 1
    inhoud = letterlijk[kop:-1]
    return letterlijk[:kop] + _knip(inhoud, bool(_VERZOEKREGEL.match(inhoud))) + letterlijk[-1]


def _waarde(m: re.Match) -> str:
    if _VERSIE_ALLEEN.fullmatch(m["waarde"]):
        return m[0]
    return f"{m['kop']}'{WAARDE_WEGGELATEN}'"


def zonder_query(tekst: str, *, ook: str = "") -> str:
    """The text with every query string removed (and `ook`, a raw query string, wherever it appears).

    The client's IP address in nginx's and gunicorn's error lines goes too: it is
    personal data and the rate limits do not need a log to work.
    """
    if ook:
        tekst = tekst.replace(ook, WEGGELATEN[1:])
    tekst = _KLANT.sub(lambda m: m["kop"] + ADRES_WEGGELATEN, tekst)
    tekst = _NGINX_VELD.sub(_nginx_veld, tekst)
    tekst = _WAARDE.sub(_waarde, tekst)
    tekst = _REPR.sub(_repr, tekst)
    return _QUERY.sub(WEGGELATEN, tekst)


def veilige_traceback(exc: BaseException) -> str:
    """A traceback with frames and code, but without the exception messages.

    The chain of causes is kept ("During handling of the above exception…"),
    like Python prints it.
    """
    delen: list[str] = []
    gezien: set[int] = set()
    while exc is not None and id(exc) not in gezien:
        gezien.add(id(exc))
        stapel = "".join(traceback.extract_tb(exc.__traceback__).format())
        soort = type(exc)
        naam = soort.__qualname__ if soort.__module__ == "builtins" else f"{soort.__module__}.{soort.__qualname__}"
        delen.append(f"Traceback (most recent call last):\n{stapel}{naam}: {MELDING_WEGGELATEN}")
        if exc.__cause__ is not None:
            exc = exc.__cause__
        elif not exc.__suppress_context__:
            exc = exc.__context__
        else:
            exc = None
    return zonder_query("\n\nDuring handling of the above exception, another exception occurred:\n\n"
                        .join(reversed(delen)))


class ZonderQueryFilter(logging.Filter):
    """Rewrites each record in place: message without query strings, traceback without messages.

    The record is shared by all handlers, so one filter protects every
    handler after it. It never drops a record.
    """

    def filter(self, record: logging.LogRecord) -> bool:
        if getattr(record, "zonder_query", False):
            return True  # already rewritten (the filter sits on a logger and on its handlers)
        record.zonder_query = True
        try:
            bericht = record.getMessage()
        except Exception:  # a broken format string: keep the template only
            bericht = str(record.msg)
        record.msg, record.args = zonder_query(bericht), None
        if record.exc_info and record.exc_info[1] is not None:
            record.exc_text = veilige_traceback(record.exc_info[1])
            record.exc_info = None
        elif record.exc_text:
            record.exc_text = zonder_query(record.exc_text)
        if record.stack_info:
            record.stack_info = zonder_query(record.stack_info)
        return True


class GunicornLogger(Logger):
    """gunicorn's logger with `ZonderQueryFilter` on the error and access log.

    gunicorn writes the request URI when it aborts a request
    ("Error handling request GET /resultaat/?…") and the raw request line
    for an invalid request. The access log stays off (see gunicorn.conf.py);
    if someone turns it on, the query atoms (%(q)s, QUERY_STRING, the
    referrer…) and the client's address are blanked too.
    """

    def setup(self, cfg):
        super().setup(cfg)
        for log in (self.error_log, self.access_log):
            _voeg_filter_toe(log)
            for handler in log.handlers:
                _voeg_filter_toe(handler)

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        query = environ.get("QUERY_STRING") or getattr(req, "query", "") or ""
        atoms = {sleutel: zonder_query(waarde, ook=query) if isinstance(waarde, str) else waarde
                 for sleutel, waarde in atoms.items()}
        for persoonlijk in ("h", "{remote_addr}e", "{x-real-ip}i", "{x-forwarded-for}i"):
            if persoonlijk in atoms:
                atoms[persoonlijk] = "-"
        return atoms


def _voeg_filter_toe(doel: logging.Filterer) -> None:
    if not any(isinstance(f, ZonderQueryFilter) for f in doel.filters):
        doel.addFilter(ZonderQueryFilter())


# --- nginx: a syslog receiver that writes the error log without query strings ---

# "<PRI>" then, from nginx, "Mmm dd hh:mm:ss [host] tag: message".
_SYSLOG_KOP = re.compile(r"^<\d{1,3}>(?:[A-Z][a-z]{2} [ \d]\d \d\d:\d\d:\d\d )?")


def syslog_regel(datagram: bytes) -> str:
    """One syslog datagram from nginx as a log line without query strings."""
    tekst = datagram.decode("utf-8", errors="replace").rstrip("\r\n\x00")
    tekst = _SYSLOG_KOP.sub("", tekst, count=1)
    tekst = tekst.replace("\r", " ").replace("\n", " ")
    return zonder_query(tekst)


def ontvang(pad: Path, schrijf, *, modus: int = 0o666, klaar=None) -> None:
    """Receive syslog datagrams on a Unix socket and pass each, filtered, to `schrijf(regel)`."""
    pad.unlink(missing_ok=True)
    with socket.socket(socket.AF_UNIX, socket.SOCK_DGRAM) as sok:
        sok.bind(str(pad))
        # nginx's workers run as another user (www-data) and must be able to write.
        os.chmod(pad, modus)
        if klaar is not None:
            klaar()
        try:
            while True:
                datagram = sok.recv(65536)
                tijd = dt.datetime.now().astimezone().isoformat(timespec="seconds")
                schrijf(f"{tijd} {syslog_regel(datagram)}\n")
        finally:
            pad.unlink(missing_ok=True)


class Uitvoer:
    """The output file, opened again on SIGHUP (after logrotate moved it); standard output without a path."""

    def __init__(self, pad: Path | None) -> None:
        self.pad = pad
        self.bestand = None
        self.open_opnieuw()

    def open_opnieuw(self, *_signaal) -> None:
        if self.pad is None:
            self.bestand = sys.stdout
            return
        oud, self.bestand = self.bestand, open(self.pad, "a", encoding="utf-8")  # noqa: SIM115
        if oud is not None:
            oud.close()

    def __call__(self, regel: str) -> None:
        self.bestand.write(regel)
        self.bestand.flush()

    def sluit(self) -> None:
        if self.pad is not None and self.bestand is not None:
            self.bestand.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m calculator.logboek",
        description="Receive nginx's error log over syslog (Unix socket) and write it without query strings.",
    )
    parser.add_argument("--socket", required=True, type=Path, help="path of the Unix datagram socket to create")
    parser.add_argument("--uitvoer", type=Path, help="append to this file (default: standard output); "
                                                      "SIGHUP opens it again")
    parser.add_argument("--modus", default="666", help="permissions of the socket, octal (default 666)")
    args = parser.parse_args(argv)

    uitvoer = Uitvoer(args.uitvoer)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    signal.signal(signal.SIGHUP, uitvoer.open_opnieuw)
    try:
        ontvang(args.socket, uitvoer, modus=int(args.modus, 8))
    except KeyboardInterrupt:
        pass
    finally:
        uitvoer.sluit()
    return 0


if __name__ == "__main__":
    sys.exit(main())
