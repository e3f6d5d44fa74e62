"""gunicorn.conf.py: the settings `make run` starts with, and its hooks."""

from __future__ import annotations

import os
import runpy
import subprocess
import types
from pathlib import Path

import pytest

CONF = Path(__file__).resolve().parent.parent / "gunicorn.conf.py"


@pytest.fixture
def conf():
    return runpy.run_path(str(CONF))


def test_instellingen(conf):
    assert conf["worker_class"] == "gthread"
    assert conf["workers"] >= 2 and conf["threads"] >= 4
    assert conf["max_requests"] > 0 and conf["max_requests_jitter"] > 0
    assert conf["preload_app"] is True
    assert conf["accesslog"] is None  # the query string holds the answers
    assert conf["logger_class"] == "calculator.logboek.GunicornLogger"
    assert 0 < conf["keepalive"] <= conf["graceful_timeout"] <= conf["timeout"]


def test_gunicorn_leest_het_bestand():
    from gunicorn.config import Config

    cfg = Config()
    for naam, waarde in runpy.run_path(str(CONF)).items():
        if naam in cfg.settings:
            cfg.set(naam, waarde)
    assert cfg.worker_class_str == "gthread" and cfg.max_requests == 1000 and cfg.control_socket_disable


def _worker():
    return types.SimpleNamespace(alive=True, log=types.SimpleNamespace(info=lambda *a: None))


def _pdf(conf, worker, status=200, pad="/resultaat/pdf/"):
    conf["post_request"](worker, types.SimpleNamespace(path=pad), {}, types.SimpleNamespace(status_code=status))


def test_worker_stopt_na_zijn_pdfs(conf):
    """After 100-120 PDFs a worker finishes its requests and a fresh one takes over (memory)."""
    worker = _worker()
    conf["post_fork"](None, worker)
    assert 100 <= worker.pdf_grens <= 120
    for _ in range(worker.pdf_grens - 1):
        _pdf(conf, worker)
        _pdf(conf, worker, status=503)  # "het is even druk" does not count
        _pdf(conf, worker, pad="/resultaat/")  # nor does a page
    assert worker.alive
    _pdf(conf, worker)
    assert not worker.alive


def test_kort_verslag_telt_ook(conf):
    """The one-page report is a PDF too (600 of them grew a worker by 66 MB without a replacement)."""
    worker = _worker()
    conf["post_fork"](None, worker)
    for _ in range(worker.pdf_grens // 2):
        _pdf(conf, worker)
    for _ in range(worker.pdf_grens - worker.pdf_grens // 2 - 1):
        _pdf(conf, worker, pad="/resultaat/verslag/")
    assert worker.alive
    _pdf(conf, worker, pad="/resultaat/verslag/")
    assert not worker.alive


def test_luistert_alleen_op_loopback(conf):
    """Without nginx in front, a few dozen slow clients take gunicorn down: `make run` and gunicorn.conf.py
    listen on 127.0.0.1 unless the command line says otherwise; HOST in the environment does not count
    (some shells export it as the machine's name)."""
    assert conf["bind"] == ["127.0.0.1:8000"]
    root = CONF.parent
    omgeving = {**os.environ, "HOST": "203.0.113.1", "PORT": "9"}
    uit = subprocess.run(["make", "-n", "run"], cwd=root, env=omgeving, capture_output=True, text=True, check=True)
    assert "gunicorn -c gunicorn.conf.py --bind 127.0.0.1:8000" in uit.stdout
    uit = subprocess.run(["make", "-n", "run", "HOST=0.0.0.0", "PORT=8080"], cwd=root, env=omgeving,
                         capture_output=True, text=True, check=True)
    assert "gunicorn -c gunicorn.conf.py --bind 0.0.0.0:8080" in uit.stdout


def test_pdf_map_voor_alle_workers(conf, monkeypatch):
    from calculator import limieten

    assert conf["PLEKKEN_MAP_ENV"] == limieten.PLEKKEN_MAP_ENV
    monkeypatch.setenv(conf["PLEKKEN_MAP_ENV"], "")  # empty now, and unset again after the test
    server = types.SimpleNamespace()
    conf["on_starting"](server)
    map_ = Path(os.environ[conf["PLEKKEN_MAP_ENV"]])
    assert map_.is_dir() and (map_.stat().st_mode & 0o777) == 0o700
    conf["on_exit"](server)
    assert not map_.exists()
