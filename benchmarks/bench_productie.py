"""Benchmark of the production setup (not a test): is the site still fast while PDFs are flooded,
and does worker memory stay bounded?

Starts gunicorn exactly as `make run` does (gunicorn.conf.py), on a free port, then:

1. /privacy/ latency p50/p95 (new connection per request, like a new visitor), first on an
   idle server, then while CLIENTS threads ask for PDFs without pause (the flood); side by side,
   with what the flood got back (PDFs made, "het is even druk" answers);
2. the RSS of the gunicorn workers before and after PDFS PDFs (default 1,000; `--pdfs 100`
   for a quick run), with how many workers were replaced on the way (gunicorn.conf.py
   replaces a worker after 100-120 PDFs, since WeasyPrint's native memory is never given back).
   `--zonder-vervanging` turns that off, to see the growth it prevents.
3. through nginx (the site config of deploy/nginx/): /privacy/ latency p50/p95/max and how many
   answered, while SLOW connections from one address send a header line every 4 s and never finish
   (a slowloris, issue 18: before, /privacy/ answered 78 of 138 under 700 of them).

The per-client PDF limit is raised for this run (one client sends everything); the limit on
PDFs rendering at once stays as configured. Run with `make bench`, or:

    .venv/bin/python benchmarks/bench_productie.py --pdfs 100
"""

from __future__ import annotations

import argparse
import statistics
import sys
import threading
import time
from pathlib import Path

BASIS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASIS))

from tests.journey_data import ALLEENSTAANDE_OUDER, q  # noqa: E402
from tests.productie_hulp import Productie, haal, kinderen, langzame_clients, nieuwe_map, rss_mb  # noqa: E402

PDF = f"/resultaat/pdf/?{q(ALLEENSTAANDE_OUDER)}"
PRIVACY = "/privacy/"
DOEL_MS = 1000  # the availability bound of issue 10: /privacy/ under a second during a flood


def percentielen(tijden: list[float]) -> tuple[float, float, float]:
    tijden = sorted(tijden)
    return statistics.median(tijden), tijden[max(0, round(0.95 * len(tijden)) - 1)], tijden[-1]


def privacy_tijden(poort: int, aantal: int, pauze: float = 0.0) -> list[float]:
    tijden = []
    for _ in range(aantal):
        begin = time.perf_counter()
        status, _, _ = haal(poort, PRIVACY, timeout=30)
        tijden.append((time.perf_counter() - begin) * 1000)
        assert status == 200, status
        time.sleep(pauze)
    return tijden


def vloed(poort: int, clients: int, stop: threading.Event, telling: dict[int, int]) -> list[threading.Thread]:
    slot = threading.Lock()

    def client() -> None:
        while not stop.is_set():
            try:
                status, _, _ = haal(poort, PDF, timeout=60)
            except OSError:
                status = 0
            with slot:
                telling[status] = telling.get(status, 0) + 1

    draden = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for draad in draden:
        draad.start()
    return draden


def latentie(productie: Productie, clients: int, aantal: int) -> None:
    poort = productie.gunicorn_poort
    privacy_tijden(poort, 20)  # warm up
    for _ in range(4):
        haal(poort, PDF, timeout=60)
    rustig = privacy_tijden(poort, aantal, pauze=0.01)

    telling: dict[int, int] = {}
    stop = threading.Event()
    begin = time.perf_counter()
    draden = vloed(poort, clients, stop, telling)
    time.sleep(1.0)  # let the flood build up
    druk = privacy_tijden(poort, aantal, pauze=0.05)
    stop.set()
    for draad in draden:
        draad.join(timeout=60)
    duur = time.perf_counter() - begin

    r50, r95, rmax = percentielen(rustig)
    d50, d95, dmax = percentielen(druk)
    print(f"/privacy/ latency, {aantal} requests each (ms)    idle    during a flood of {clients} PDF clients")
    print(f"  p50                                         {r50:7.1f}    {d50:7.1f}")
    print(f"  p95                                         {r95:7.1f}    {d95:7.1f}")
    print(f"  max                                         {rmax:7.1f}    {dmax:7.1f}   "
          f"(bound: {DOEL_MS} ms) {'OK' if dmax < DOEL_MS else 'TOO SLOW'}")
    gemaakt = telling.get(200, 0)
    print(f"  the flood ({duur:.1f} s): {gemaakt} PDFs made ({gemaakt / duur:.1f}/s), "
          f"{telling.get(503, 0)} x 503 and {telling.get(429, 0)} x 429 'het is even druk', "
          f"other: { {k: v for k, v in telling.items() if k not in (200, 429, 503)} or 'none'}")


def geheugen(productie: Productie, pdfs: int, clients: int) -> None:
    master = productie.gunicorn.pid
    for _ in range(10):  # one plain request per worker, so each has served something
        haal(productie.gunicorn_poort, PRIVACY)
    voor = {pid: rss_mb(pid) for pid in kinderen(master)}
    gezien = set(voor)
    hoogste = max(voor.values())
    gemaakt, slot, klaar = [0], threading.Lock(), threading.Event()

    def client() -> None:
        while not klaar.is_set():
            status, _, _ = haal(productie.gunicorn_poort, PDF, timeout=60)
            with slot:
                if status == 200:
                    gemaakt[0] += 1
                    if gemaakt[0] >= pdfs:
                        klaar.set()
            if status != 200:
                time.sleep(0.05)  # all places taken: try again

    begin = time.perf_counter()
    draden = [threading.Thread(target=client, daemon=True) for _ in range(clients)]
    for draad in draden:
        draad.start()
    gemeld = 0
    while not klaar.wait(0.5):
        for pid in kinderen(master):
            gezien.add(pid)
            hoogste = max(hoogste, rss_mb(pid))
        if gemaakt[0] // 250 > gemeld:
            gemeld = gemaakt[0] // 250
            print(f"  ... {gemaakt[0]} PDFs", flush=True)
    for draad in draden:
        draad.join(timeout=60)
    duur = time.perf_counter() - begin
    time.sleep(2)  # a retiring worker finishes and its successor starts
    na = {pid: rss_mb(pid) for pid in kinderen(master)}
    gezien |= set(na)

    print(f"Worker memory (RSS), {gemaakt[0]} PDFs in {duur:.0f} s ({gemaakt[0] / duur:.1f}/s):")
    print(f"  before: {', '.join(f'{mb:.0f} MB' for mb in voor.values())} "
          f"(master {rss_mb(master):.0f} MB, app preloaded and shared)")
    print(f"  after:  {', '.join(f'{mb:.0f} MB' for mb in na.values())}; highest seen {hoogste:.0f} MB; "
          f"{len(gezien) - len(voor)} workers replaced on the way")


def langzaam(productie: Productie, aantal: int, seconden: float) -> None:
    poort = productie.nginx_poort
    rustig = privacy_tijden(poort, 20, pauze=0.01)
    tijden, mislukt = [], 0
    with langzame_clients(poort, aantal, om_de=4) as gesloten:
        einde = time.monotonic() + seconden
        while time.monotonic() < einde:
            begin = time.perf_counter()
            try:
                status, _, _ = haal(poort, PRIVACY, timeout=10)
            except OSError:
                status = 0
            if status == 200:
                tijden.append((time.perf_counter() - begin) * 1000)
            else:
                mislukt += 1
            time.sleep(0.1)
    r50, _, _ = percentielen(rustig)
    d50, d95, dmax = percentielen(tijden) if tijden else (0, 0, 0)
    print(f"Through nginx, {aantal} slow connections from one address (a header line every 4 s) for {seconden:.0f} s:")
    print(f"  /privacy/ answered {len(tijden)} of {len(tijden) + mislukt}; p50 {d50:.1f} ms (idle {r50:.1f}), "
          f"p95 {d95:.1f} ms, max {dmax:.1f} ms (bound: {DOEL_MS} ms) "
          f"{'OK' if tijden and not mislukt and dmax < DOEL_MS else 'TOO SLOW'}")
    print(f"  nginx closed {gesloten[0]} slow connections (client_header_timeout 5 s; each reopened at most once)")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pdfs", type=int, default=1000, help="PDFs for the memory measurement (default 1000)")
    parser.add_argument("--clients", type=int, default=10, help="PDF clients in the flood (default 10)")
    parser.add_argument("--aantal", type=int, default=100, help="/privacy/ requests per measurement (default 100)")
    parser.add_argument("--langzaam", type=int, default=700, help="slow connections through nginx (default 700)")
    parser.add_argument("--zonder-vervanging", action="store_true",
                        help="no worker replacement (max_requests 0, no PDF limit per worker)")
    args = parser.parse_args()

    gunicorn_args: list[str] = []
    env = {"DJANGO_PDF_PER_MINUUT": "1000000"}
    if args.zonder_vervanging:
        gunicorn_args = ["--max-requests", "0"]
        env["GUNICORN_PDFS_PER_WORKER"] = "0"
    productie = Productie(nieuwe_map())
    try:
        productie.start_gunicorn(*gunicorn_args, **env)
        print(f"gunicorn -c gunicorn.conf.py{' ' + ' '.join(gunicorn_args) if gunicorn_args else ''}: "
              f"{len(kinderen(productie.gunicorn.pid))} workers")
        latentie(productie, args.clients, args.aantal)
        geheugen(productie, args.pdfs, clients=2)
        productie.start_nginx()
        langzaam(productie, args.langzaam, seconden=12)
    finally:
        productie.stop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
