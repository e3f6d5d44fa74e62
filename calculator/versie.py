"""Version stamp: app version and rules version, shown in the footer."""

from __future__ import annotations

from functools import lru_cache
from importlib import metadata
from pathlib import Path

from regels import REGELS_VERSIE

_PYPROJECT = Path(__file__).resolve().parent.parent / "pyproject.toml"


@lru_cache(maxsize=1)
def app_versie() -> str:
    """Version of the installed package; falls back to pyproject.toml."""
    try:
        return metadata.version("wat-houd-ik-over")
    except metadata.PackageNotFoundError:
        pass
    try:
        import tomllib

        with _PYPROJECT.open("rb") as handle:
            return str(tomllib.load(handle)["project"]["version"])
    except (OSError, KeyError, ValueError):
        return "onbekend"


def regels_versie() -> str:
    return REGELS_VERSIE


APP_VERSIE = app_versie()

__all__ = ["APP_VERSIE", "REGELS_VERSIE", "app_versie", "regels_versie"]
