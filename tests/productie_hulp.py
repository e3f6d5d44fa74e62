"""Start the production setup on this machine: gunicorn with the repo's config, the nginx log
filter, and Debian's nginx with the repo's site config. Used by tests/test_productie.py and
benchmarks/bench_productie.py.

Everything runs as the current user, on free loopback ports, in one temporary directory;
`Productie.stop()` ends the processes this module started (by their own process ids) and
removes the directory.
"""

from __future__ import annotations

import contextlib
import http.client
import os
import selectors
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GUNICORN = Path(sys.executable).parent / "gunicorn"
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
NGINX_SITE = ROOT / "deploy" / "nginx" / "wat-houd-ik-over.conf"

# The lines of the site config that name this machine's ports and paths; the test puts its own in.
SITE_VERVANGINGEN = {
    "server 127.0.0.1:8000;": "server 127.0.0.1:{gunicorn_poort};",
    "listen 80;": "listen 127.0.0.1:{nginx_poort};",
    "listen [::]:80;": "",
    "listen 80 default_server;": "listen 127.0.0.1:{nginx_poort} default_server;",
    "listen [::]:80 default_server;": "",
    # The tests ask for http://127.0.0.1:port/ (DJANGO_ALLOWED_HOSTS' default); any other Host gets the default server.
    "server_name wathoudikover.example;": "server_name 127.0.0.1;",
    "/var/log/nginx/wat-houd-ik-over.access.log": "{map}/nginx-access.log",
    "unix:/run/wat-houd-ik-over/nginx-log.sock": "unix:{map}/nginx-log.sock",
}

# The main config as README "Productie" asks (worker_rlimit_nofile, worker_connections), one worker like a
# small machine. The test-only server at the end answers with the rate-limit key nginx makes from an address
# given in a header (realip), so the tests can check the IPv6 /64 keys without IPv6 addresses of their own.
NGINX_CONF = """\
{user}worker_processes 1;
worker_rlimit_nofile 8192;
pid {map}/nginx.pid;
error_log {map}/nginx-main-error.log warn;
events {{ worker_connections 4096; }}
http {{
    client_body_temp_path {map}/tmp-body;
    proxy_temp_path {map}/tmp-proxy;
    fastcgi_temp_path {map}/tmp-fastcgi;
    uwsgi_temp_path {map}/tmp-uwsgi;
    scgi_temp_path {map}/tmp-scgi;
    access_log off;
    include {map}/site.conf;
    server {{
        listen 127.0.0.1:{sleutel_poort};
        set_real_ip_from 127.0.0.1;
        real_ip_header X-Proef-Adres;
        location / {{ return 200 "$wat_houd_ik_over_klant"; }}
    }}
}}
"""


def vrije_poort() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def haal(poort: int, pad: str, *, timeout: float = 30.0, headers: dict | None = None) -> tuple[int, dict, bytes]:
    """One GET on a new connection: (status, headers with lower-case names, body)."""
    verbinding = http.client.HTTPConnection("127.0.0.1", poort, timeout=timeout)
    try:
        verbinding.request("GET", pad, headers=headers or {})
        antwoord = verbinding.getresponse()
        return antwoord.status, {k.lower(): v for k, v in antwoord.getheaders()}, antwoord.read()
    finally:
        verbinding.close()


def wacht_op(poort: int, pad: str = "/privacy/", seconden: float = 30.0, proces: subprocess.Popen | None = None):
    einde = time.monotonic() + seconden
    while time.monotonic() < einde:
        if proces is not None and proces.poll() is not None:
            raise RuntimeError(f"process {proces.args[0]} stopped with code {proces.returncode}")
        try:
            if haal(poort, pad, timeout=2)[0] == 200:
                return
        except OSError:
            pass
        time.sleep(0.1)
    raise TimeoutError(f"no answer on 127.0.0.1:{poort}{pad}")


@contextlib.contextmanager
def langzame_clients(poort: int, aantal: int, om_de: float) -> Iterator[list[int]]:
    """A slowloris from this address while the block runs: `aantal` connections that each send one request
    header line every `om_de` seconds and never finish; one the server closes is opened again (at most
    `aantal` times, so the flood stays bounded). Yields a list whose one item counts the connections the
    server closed."""

    def open_een() -> socket.socket:
        verbinding = socket.create_connection(("127.0.0.1", poort), timeout=5)
        verbinding.sendall(b"GET /privacy/ HTTP/1.1\r\nHost: 127.0.0.1\r\n")
        return verbinding

    kiezer = selectors.DefaultSelector()
    for _ in range(aantal):
        kiezer.register(open_een(), selectors.EVENT_READ)
    gesloten, stop = [0], threading.Event()

    def houd_open() -> None:
        volgende, nummer = time.monotonic() + om_de, 0
        while not stop.is_set():
            for sleutel, _ in kiezer.select(timeout=0.1):  # readable: the server answered (408) or closed it
                kiezer.unregister(sleutel.fileobj)
                sleutel.fileobj.close()
                gesloten[0] += 1
                if gesloten[0] <= aantal:
                    with contextlib.suppress(OSError):
                        kiezer.register(open_een(), selectors.EVENT_READ)
            if time.monotonic() >= volgende:
                volgende, nummer = volgende + om_de, nummer + 1
                for sleutel in list(kiezer.get_map().values()):
                    with contextlib.suppress(OSError):
                        sleutel.fileobj.sendall(f"X-Langzaam-{nummer}: ja\r\n".encode())

    draad = threading.Thread(target=houd_open, daemon=True)
    draad.start()
    try:
        yield gesloten
    finally:
        stop.set()
        draad.join(timeout=5)
        for sleutel in list(kiezer.get_map().values()):
            sleutel.fileobj.close()
        kiezer.close()


def stop_proces(proces: subprocess.Popen | None, seconden: float = 15.0) -> None:
    if proces is None or proces.poll() is not None:
        return
    proces.send_signal(signal.SIGTERM)
    try:
        proces.wait(timeout=seconden)
    except subprocess.TimeoutExpired:
        proces.kill()
        proces.wait(timeout=5)


def kinderen(pid: int) -> list[int]:
    """The process ids of the direct children of `pid` (gunicorn's workers)."""
    pids = []
    for taak in Path(f"/proc/{pid}/task").glob("*"):
        try:
            pids += [int(p) for p in (taak / "children").read_text().split()]
        except OSError:
            continue
    return sorted(set(pids))


def rss_mb(pid: int) -> float:
    for regel in Path(f"/proc/{pid}/status").read_text().splitlines():
        if regel.startswith("VmRSS:"):
            return int(regel.split()[1]) / 1024
    return 0.0


@dataclass
class Productie:
    """gunicorn (repo config) and, optionally, the log filter and nginx (repo site config) in front."""

    map: Path
    gunicorn_poort: int = 0
    nginx_poort: int = 0
    sleutel_poort: int = 0
    gunicorn: subprocess.Popen | None = None
    logfilter: subprocess.Popen | None = None
    nginx: subprocess.Popen | None = None
    open_bestanden: list = field(default_factory=list)

    @property
    def gunicorn_log(self) -> Path:
        return self.map / "gunicorn.log"

    def logs(self) -> dict[str, str]:
        """Every log file this setup wrote, by name."""
        return {pad.name: pad.read_text(errors="replace") for pad in sorted(self.map.glob("*.log"))}

    def start_gunicorn(self, *gunicorn_args: str, **env: str) -> None:
        self.gunicorn_poort = vrije_poort()
        omgeving = {k: v for k, v in os.environ.items()
                    if k not in ("GUNICORN_CMD_ARGS", "DJANGO_ALLOW_ASYNC_UNSAFE")}
        omgeving.update(env)
        log = open(self.gunicorn_log, "ab")  # noqa: SIM115 - closed in stop()
        self.open_bestanden.append(log)
        self.gunicorn = subprocess.Popen(
            [str(GUNICORN), "-c", "gunicorn.conf.py", "--bind", f"127.0.0.1:{self.gunicorn_poort}", *gunicorn_args],
            cwd=ROOT, env=omgeving, stdout=log, stderr=subprocess.STDOUT,
        )
        wacht_op(self.gunicorn_poort, proces=self.gunicorn)

    def site_conf(self) -> str:
        tekst = NGINX_SITE.read_text()
        waarden = {"gunicorn_poort": self.gunicorn_poort, "nginx_poort": self.nginx_poort, "map": self.map}
        for oud, nieuw in SITE_VERVANGINGEN.items():
            assert tekst.count(oud) == 1, f"{oud!r} staat niet precies één keer in {NGINX_SITE.name}"
            tekst = tekst.replace(oud, nieuw.format(**waarden))
        return tekst

    def start_nginx(self) -> None:
        """The log filter first (nginx sends its error log to it), then nginx in the foreground."""
        socket_pad = self.map / "nginx-log.sock"
        self.logfilter = subprocess.Popen(
            [sys.executable, "-m", "calculator.logboek", "--socket", str(socket_pad),
             "--uitvoer", str(self.map / "nginx-error.log")],
            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
        )
        einde = time.monotonic() + 10
        while not socket_pad.exists():
            if time.monotonic() > einde or self.logfilter.poll() is not None:
                raise RuntimeError("the nginx log filter did not start")
            time.sleep(0.05)

        self.nginx_poort = vrije_poort()
        (self.map / "site.conf").write_text(self.site_conf())
        user = "user root;\n" if os.geteuid() == 0 else ""  # workers may then use this directory
        self.sleutel_poort = vrije_poort()
        (self.map / "nginx.conf").write_text(NGINX_CONF.format(user=user, map=self.map, sleutel_poort=self.sleutel_poort))
        start_log = open(self.map / "nginx-start.log", "ab")  # noqa: SIM115 - closed in stop()
        self.open_bestanden.append(start_log)
        self.nginx = subprocess.Popen(
            [NGINX, "-p", str(self.map), "-c", str(self.map / "nginx.conf"), "-e", str(self.map / "nginx-start.log"),
             "-g", "daemon off;"],
            stdout=start_log, stderr=subprocess.STDOUT,
        )
        wacht_op(self.nginx_poort, proces=self.nginx)

    def stop(self, opruimen: bool = True) -> None:
        # nginx first (it would log the missing upstream), then gunicorn, then the log filter.
        stop_proces(self.nginx)
        stop_proces(self.gunicorn, seconden=30)
        stop_proces(self.logfilter)
        for bestand in self.open_bestanden:
            bestand.close()
        if opruimen:
            shutil.rmtree(self.map, ignore_errors=True)


def nieuwe_map() -> Path:
    """A short temporary directory (a Unix socket path may have at most 107 bytes)."""
    return Path(tempfile.mkdtemp(prefix="whio-"))
