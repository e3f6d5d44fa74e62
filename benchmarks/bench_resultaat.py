"""Benchmark of the result page (not a test): latency, throughput and bytes of a first visit.

Starts the venv's gunicorn on a free port with 2 workers (no access log, like
`make run`), then measures:

- p50/p95 latency of the result page for household 2 (alleenstaande ouder,
  two children, 20 hours x 14,71) over 300 sequential requests;
- throughput with 4 concurrent clients (threads + http.client), for the
  result page and for a static page (/privacy/);
- bytes of a first visit of the result page: HTML + CSS + JS, uncompressed and gzip.

Targets: result p95 < 100 ms, throughput >= half of the static page, first load < 60 KB.
Run with `make bench`. `--naast PAD` also starts a server from another checkout (e.g. a `git worktree` of the commit
before a change) and measures both result pages side by side in one run, their requests taking turns. `--talen`
measures the same result page in every language of the site (/, /en/, /ar/, ...), their requests taking turns.
"""

from __future__ import annotations

import gzip
import http.client
import os
import re
import signal
import socket
import statistics
import subprocess
import sys
import threading
import time
from pathlib import Path

BASIS = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).parent / "gunicorn"
RESULTAAT = ("/resultaat/?lv=ouder&lt=32&kk=4%2C9&kd=0&hr=700&u=20&ul=14.71&vm=0&med=nee&gf=300")
STATISCH = "/privacy/"
SEQUENTIEEL = 300
CLIENTS = 4
DUUR = 5.0  # seconds per throughput measurement


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_server(poort: int, basis: Path = BASIS) -> subprocess.Popen:
    for opdracht in (["compilemessages", "-v0"], ["collectstatic", "--noinput", "-v0"]):
        subprocess.run([sys.executable, "manage.py", *opdracht], cwd=basis, check=True)
    env = {k: v for k, v in os.environ.items() if k != "GUNICORN_CMD_ARGS"}
    proces = subprocess.Popen(
        [str(GUNICORN), "calculator.wsgi", "--bind", f"127.0.0.1:{poort}", "--workers", "2",
         "--no-control-socket"],
        cwd=basis, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            with socket.create_connection(("127.0.0.1", poort), timeout=0.2):
                break
        except OSError:
            time.sleep(0.1)
    return proces


def haal(verbinding: http.client.HTTPConnection, pad: str, headers: dict | None = None) -> tuple[int, bytes, dict]:
    verbinding.request("GET", pad, headers=headers or {})
    antwoord = verbinding.getresponse()
    return antwoord.status, antwoord.read(), dict(antwoord.getheaders())


def latentie(poort: int, pad: str, aantal: int) -> list[float]:
    verbinding = http.client.HTTPConnection("127.0.0.1", poort)
    for _ in range(10):  # warm up both workers
        haal(verbinding, pad)
    tijden = []
    for _ in range(aantal):
        begin = time.perf_counter()
        status, _, _ = haal(verbinding, pad)
        tijden.append((time.perf_counter() - begin) * 1000)
        assert status == 200, status
    verbinding.close()
    return tijden


def doorvoer(poort: int, pad: str, clients: int, duur: float) -> float:
    tellers = [0] * clients
    stop = time.perf_counter() + duur

    def werker(i: int) -> None:
        verbinding = http.client.HTTPConnection("127.0.0.1", poort)
        while time.perf_counter() < stop:
            status, _, _ = haal(verbinding, pad)
            assert status == 200, status
            tellers[i] += 1
        verbinding.close()

    draden = [threading.Thread(target=werker, args=(i,)) for i in range(clients)]
    for draad in draden:
        draad.start()
    for draad in draden:
        draad.join()
    return sum(tellers) / duur


def eerste_bezoek(poort: int) -> tuple[int, int, list[tuple[str, int, int]]]:
    """Bytes of the HTML and every CSS/JS file it links: uncompressed, and as the server
    really sends them to a browser that accepts gzip (Content-Length of the gzip response)."""
    verbinding = http.client.HTTPConnection("127.0.0.1", poort)
    _, html, _ = haal(verbinding, RESULTAAT)
    paden = [RESULTAAT] + [p.decode() for p in re.findall(rb'(?:href|src)="(/static/[^"]+\.(?:css|js))"', html)]
    onderdelen = []
    for pad in paden:
        _, inhoud, _ = haal(verbinding, pad)
        _, gezipt, headers = haal(verbinding, pad, {"Accept-Encoding": "gzip"})
        assert headers.get("Content-Encoding") == "gzip", (pad, headers)
        assert gzip.decompress(gezipt) == inhoud
        onderdelen.append(("HTML " + pad.split("?")[0] if pad == RESULTAAT else pad, len(inhoud), len(gezipt)))
    verbinding.close()
    return sum(o[1] for o in onderdelen), sum(o[2] for o in onderdelen), onderdelen


def om_de_beurt(doelen: dict[str, tuple[int, str]], servers: list[subprocess.Popen]) -> int:
    """Each target (a port and a path) asked in turn, SEQUENTIEEL times, so a noisy machine weighs on all alike;
    the servers are stopped afterwards. Prints p50, p95 and the size of the page per target."""
    tijden: dict[str, list[float]] = {naam: [] for naam in doelen}
    grootte: dict[str, int] = {}
    try:
        verbindingen = {naam: http.client.HTTPConnection("127.0.0.1", poort) for naam, (poort, _) in doelen.items()}
        for _ in range(10):
            for naam, (_, pad) in doelen.items():
                haal(verbindingen[naam], pad)
        for _ in range(SEQUENTIEEL):
            for naam, (_, pad) in doelen.items():
                begin = time.perf_counter()
                status, inhoud, _ = haal(verbindingen[naam], pad)
                tijden[naam].append((time.perf_counter() - begin) * 1000)
                assert status == 200, (naam, status)
                grootte[naam] = len(inhoud)
    finally:
        for server in servers:
            server.send_signal(signal.SIGTERM)
            server.wait(timeout=10)
    for naam, lijst in tijden.items():
        print(f"{naam:20s} result page, {SEQUENTIEEL} requests (taking turns): p50 {statistics.median(lijst):.1f} ms, "
              f"p95 {statistics.quantiles(lijst, n=20)[18]:.1f} ms, {grootte[naam] / 1024:.1f} KB")
    return 0


def naast_elkaar(andere: Path) -> int:
    """The result page of this checkout and of `andere`, measured in one run: the requests take turns."""
    poorten = {"deze": vrije_poort(), andere.name: vrije_poort()}
    servers = [start_server(poorten["deze"]), start_server(poorten[andere.name], andere)]
    return om_de_beurt({naam: (poort, RESULTAAT) for naam, poort in poorten.items()}, servers)


def per_taal() -> int:
    """The result page in every language, one server, the requests taking turns: what translating costs."""
    sys.path.insert(0, str(BASIS))
    from calculator.settings import LANGUAGE_CODE, LANGUAGES

    poort = vrije_poort()
    server = start_server(poort)
    return om_de_beurt({code: (poort, RESULTAAT if code == LANGUAGE_CODE else f"/{code}{RESULTAAT}")
                        for code, _ in LANGUAGES}, [server])


def main() -> int:
    if "--talen" in sys.argv:
        return per_taal()
    if "--naast" in sys.argv:
        return naast_elkaar(Path(sys.argv[sys.argv.index("--naast") + 1]).resolve())
    poort = vrije_poort()
    server = start_server(poort)
    try:
        tijden = latentie(poort, RESULTAAT, SEQUENTIEEL)
        p50 = statistics.median(tijden)
        p95 = statistics.quantiles(tijden, n=20)[18]
        resultaat_rps = doorvoer(poort, RESULTAAT, CLIENTS, DUUR)
        statisch_rps = doorvoer(poort, STATISCH, CLIENTS, DUUR)
        ruw, gz, onderdelen = eerste_bezoek(poort)
    finally:
        server.send_signal(signal.SIGTERM)
        server.wait(timeout=10)

    print(f"Result page, {SEQUENTIEEL} sequential requests: p50 {p50:.1f} ms, p95 {p95:.1f} ms "
          f"(target p95 < 100 ms) {'OK' if p95 < 100 else 'TOO SLOW'}")
    print(f"Throughput, {CLIENTS} clients, {DUUR:.0f} s: result {resultaat_rps:.0f} req/s, "
          f"static {STATISCH} {statisch_rps:.0f} req/s, ratio {resultaat_rps / statisch_rps:.2f} "
          f"(target >= 0.50) {'OK' if resultaat_rps >= statisch_rps / 2 else 'TOO LOW'}")
    print("First load of the result page:")
    for naam, grootte, gzipped in onderdelen:
        print(f"  {naam:60s} {grootte / 1024:6.1f} KB  gzip {gzipped / 1024:5.1f} KB")
    print(f"  {'total':60s} {ruw / 1024:6.1f} KB  gzip {gz / 1024:5.1f} KB "
          f"(target < 60 KB transferred) {'OK' if gz < 60 * 1024 else 'TOO BIG'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
