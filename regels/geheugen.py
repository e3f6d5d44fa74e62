"""Reusing intermediate results across the households of one batch run, and only there.

The web app promises that no answer stays on the server. A row of the wage tax table or an uitstroom search is
computed from someone's answers, so outside `onthouden()` nothing is kept: every call computes. A batch run of a
caseload computes the same rows and searches for many households; inside the block each is computed once, and
forgotten when the block ends.
"""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Iterator
from contextvars import ContextVar

_GEHEUGEN: ContextVar[dict | None] = ContextVar("regels_geheugen", default=None)


@contextlib.contextmanager
def onthouden() -> Iterator[None]:
    """Within this block (in this thread), results of `onthoud` functions are kept and reused."""
    token = _GEHEUGEN.set({})
    try:
        yield
    finally:
        _GEHEUGEN.reset(token)


def onthoud(functie: Callable) -> Callable:
    """For a pure function of hashable arguments: inside `onthouden()` its result is kept per arguments."""

    @functools.wraps(functie)
    def misschien_onthouden(*args):
        geheugen = _GEHEUGEN.get()
        if geheugen is None:
            return functie(*args)
        sleutel = (functie, args)
        if sleutel not in geheugen:
            geheugen[sleutel] = functie(*args)
        return geheugen[sleutel]
    return misschien_onthouden
