"""WSGI entry point (gunicorn calculator.wsgi)."""

import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "calculator.settings")

application = get_wsgi_application()


def _opwarmen() -> None:
    """Do now what the first request of a new worker would do: import the views (WeasyPrint alone
    takes about 0.6 s) and compile every template.

    With preload_app (gunicorn.conf.py) this runs once, in the master: every worker, also one
    that replaces a retired worker, starts warm, and a page never waits for a worker to warm up.
    """
    from django.conf import settings
    from django.template.loader import get_template
    from django.urls import get_resolver

    get_resolver().url_patterns  # noqa: B018 - imports the URL conf and every view module
    sjablonen = settings.BASE_DIR / "templates"
    for pad in sorted(sjablonen.rglob("*.html")):
        get_template(pad.relative_to(sjablonen).as_posix())


_opwarmen()
