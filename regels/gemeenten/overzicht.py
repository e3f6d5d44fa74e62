"""`python -m regels gemeenten`: every gemeente profile, each value with its source, the date it applies from and
how old the check is; what is not known; and every file that does not load (then the exit status is 1)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from ..uitleg import datum
from .laden import MAP, lees_alles

ONBRUIKBAAR = 1


def _leeftijd(vanaf: dt.date, vandaag: dt.date) -> str:
    dagen = (vandaag - vanaf).days
    if dagen < 0:
        return f"geldt pas vanaf {datum(vanaf)}"
    jaren = vandaag.year - vanaf.year - ((vandaag.month, vandaag.day) < (vanaf.month, vanaf.day))
    return f"{jaren} jaar oud" if jaren else f"{dagen} dagen oud"


def toon(vandaag: dt.date, kaart: Path | None = None) -> int:
    indeling, profielen, fouten = lees_alles(kaart or MAP)
    print(f"{len(indeling)} gemeenten in de lijst, {len(profielen)} met een profiel.")
    for code, p in sorted(profielen.items(), key=lambda item: item[1].naam):
        print(f"\n{p.naam} ({code})")
        for w in p.waarden:
            print(f"  {w.sleutel} ({w.soort}): {w.waarde}{' ' + w.eenheid if w.eenheid else ''}, geldt vanaf "
                  f"{w.vanaf.isoformat()} ({_leeftijd(w.vanaf, vandaag)}), status {w.status}")
            print(f"    bron: {w.bron.titel} <{w.bron.url}>, gecontroleerd {w.bron.gecontroleerd.isoformat()} "
                  f"({_leeftijd(w.bron.gecontroleerd, vandaag)})")
        if not p.waarden:
            print("  geen waarden met een officiële bron: de landelijke regels gelden")
        for onderwerp, tekst in p.onbekend:
            print(f"  onbekend, {onderwerp}: {tekst}")
        for stap in p.stappen:
            print(f"  stap: {stap.tekst} (bron: {stap.bron.titel})")
    for fout in fouten:
        print(f"\nNIET GELADEN: {fout}")
    return ONBRUIKBAAR if fouten else 0
