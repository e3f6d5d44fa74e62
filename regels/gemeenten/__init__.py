"""The gemeente's own rules: a profile per gemeente, with each value's source and date (see `laden`).

    gemeente = regels.gemeenten.zoek("Den Haag")       # or "GM0518"; None when we do not know it
    profiel = regels.gemeenten.profiel(gemeente.code)   # None when we know no rules of this gemeente

The effects of a profile on a calculation are in `effecten`. Where a profile knows nothing, the national rule
applies and the result says "vraag je gemeente".
"""

from __future__ import annotations

import re
from functools import lru_cache

from .laden import Bron, Gemeente, Profiel, ProfielFout, Stap, Waarde, lees_alles, naam_sleutel

CODE = re.compile(r"^(gm)?(\d{4})$")


@lru_cache(maxsize=1)
def _data() -> tuple[dict[str, Gemeente], dict[str, Profiel]]:
    indeling, profielen, fouten = lees_alles()
    if fouten:  # the package refuses to compute with a profile that is not sourced (like regels.parameters)
        raise ProfielFout("; ".join(fouten))
    return indeling, profielen


@lru_cache(maxsize=1)
def _namen() -> dict[str, str]:
    namen = {}
    for code, g in _data()[0].items():
        for naam in (g.naam, *g.ook):
            namen[naam_sleutel(naam)] = code
    return namen


def zoek(tekst) -> Gemeente | None:
    """The gemeente for a CBS code (GM0518, gm0518, 0518) or a name (Den Haag, 's-Gravenhage); None if unknown."""
    if not isinstance(tekst, str) or not tekst.strip():
        return None
    indeling = _data()[0]
    gevonden = CODE.match(tekst.strip().lower())
    if gevonden:
        return indeling.get(f"GM{gevonden.group(2)}")
    code = _namen().get(naam_sleutel(tekst))
    return indeling[code] if code else None


def profiel(code: str) -> Profiel | None:
    return _data()[1].get(code)


def alle_gemeenten() -> list[Gemeente]:
    """Every gemeente we know, by name (for the question's suggestions)."""
    return sorted(_data()[0].values(), key=lambda g: naam_sleutel(g.naam))


def weergavenaam(gemeente: Gemeente) -> str:
    """The name a person reads: the profile's (Den Haag) if there is one, else the official name."""
    p = profiel(gemeente.code)
    return p.naam if p else gemeente.naam


__all__ = ["Bron", "Gemeente", "Profiel", "ProfielFout", "Stap", "Waarde", "zoek", "profiel", "alle_gemeenten",
           "weergavenaam"]
