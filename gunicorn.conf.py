"""gunicorn settings for production. `make run` starts: gunicorn -c gunicorn.conf.py --bind HOST:PORT

Why these values (2 cores, see README "Productie"):

- gthread workers: each worker has a pool of threads, so one slow or busy
  request (a PDF, a slow client) takes one thread, not the whole worker, and
  the worker keeps telling the master it is alive. Plain pages stay fast
  while PDFs render because at most DJANGO_PDF_TEGELIJK PDFs render at once
  (calculator/limieten.py); the other PDF requests get the "het is even
  druk" page at once.
- Workers are replaced before they grow: WeasyPrint's native memory grows
  with every PDF (about 12-25 MB per 100) and is never given back. A worker
  retires gracefully after 100-120 PDFs (post_request below) or, for any
  other growth, after max_requests 1000-1200 requests (jitter, so they do
  not all restart at the same moment). preload_app loads the app once in the
  master, so a new worker starts in milliseconds and shares its memory.
- No access log: the query string holds the person's answers. The error log
  goes through calculator.logboek.GunicornLogger, which strips query strings
  and exception messages.

Every value can be overridden on the command line or in GUNICORN_CMD_ARGS
(which `make run` clears on purpose).
"""

import os
import random
import shutil
import tempfile

wsgi_app = "calculator.wsgi:application"
bind = ["127.0.0.1:8000"]

worker_class = "gthread"
workers = int(os.environ.get("WEB_CONCURRENCY") or 2)
threads = int(os.environ.get("GUNICORN_THREADS") or 8)
preload_app = True

# Replace a worker after 1000 requests, plus 0-200 at random, so they do not all restart together.
max_requests = 1000
max_requests_jitter = 200

# Replace a worker after this many PDFs, plus 0-20 % at random. Both PDFs count: the big one and the
# one-page report (it grows the renderer's memory too: 600 reports, 66 MB).
PDFS_PER_WORKER = int(os.environ.get("GUNICORN_PDFS_PER_WORKER") or 100)
PDF_PADEN = frozenset({"/resultaat/pdf/", "/resultaat/verslag/"})

# A worker that stops reporting for 30 s is replaced; a stopping worker gets
# 20 s to finish its requests; an idle kept-alive connection is closed after 5 s.
timeout = 30
graceful_timeout = 20
keepalive = 5

# Requests stay small: answers are a short query string, there are no uploads.
limit_request_line = 4094
limit_request_fields = 50
limit_request_field_size = 8190

# Only nginx on this machine may say the request came over HTTPS (X-Forwarded-Proto).
forwarded_allow_ips = "127.0.0.1,::1"

accesslog = None
errorlog = "-"
loglevel = "info"
logger_class = "calculator.logboek.GunicornLogger"

# No control socket (gunicorn 25.1+): nothing to steer this server with from outside.
control_socket_disable = True

# All workers share one directory with the lock files of the PDF places (same name as in calculator/limieten.py).
PLEKKEN_MAP_ENV = "WAT_HOUD_IK_OVER_PDF_PLEKKEN"


def on_starting(server):
    if not os.environ.get(PLEKKEN_MAP_ENV):
        os.environ[PLEKKEN_MAP_ENV] = tempfile.mkdtemp(prefix="wat-houd-ik-over-pdf-")
        server._pdf_plekken_map = os.environ[PLEKKEN_MAP_ENV]


def on_exit(server):
    map_ = getattr(server, "_pdf_plekken_map", None)
    if map_:
        shutil.rmtree(map_, ignore_errors=True)


def post_fork(server, worker):
    worker.pdfs = 0
    worker.pdf_grens = PDFS_PER_WORKER + random.randint(0, PDFS_PER_WORKER // 5) if PDFS_PER_WORKER > 0 else 0


def post_request(worker, req, environ, resp):
    """Count the PDFs this worker made; after its limit it finishes its requests and a fresh one takes over.

    Only PDFs that were made count (status 200), not the quick "het is even druk" answers.
    """
    if req.path not in PDF_PADEN or getattr(resp, "status_code", None) != 200 or not getattr(worker, "pdf_grens", 0):
        return
    worker.pdfs += 1
    if worker.pdfs >= worker.pdf_grens and worker.alive:
        worker.log.info("Restarting worker after %s PDFs (native memory of the PDF renderer).", worker.pdfs)
        worker.alive = False
