"""`python -m regels batch`: read the file, compute on Dask, write the output (and the report); report counts only."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import regels

from .draaien import ClusterFout, bereken_caseload
from .invoer import OngeldigBestand, lees_bestand
from .tabel import schrijf
from .tekst import aantal, huishoudens

STANDAARD_UREN = tuple(range(0, 41, 4))
UITVOER_SOORTEN = (".parquet", ".pq", ".csv")
ONGELDIG, GEEN_CLUSTER = 2, 1


def draai(invoer: Path, uitvoer: Path, uren: tuple[float, ...] | None, peildatum: dt.date, scheduler: str | None,
          kernen: int | None, rapport: Path | None, tijdlijn: str | None = None) -> int:
    if uitvoer.suffix.lower() not in UITVOER_SOORTEN:
        return _meld(f"--out: gebruik een naam die eindigt op .parquet of .csv, niet {uitvoer.name}.", ONGELDIG)
    try:
        tabel = lees_bestand(invoer)
        uitkomst, telling = bereken_caseload(tabel, uren or STANDAARD_UREN, peildatum, scheduler, kernen,
                                             voortgang=sys.stderr.isatty(), tijdlijn=tijdlijn)
    except OngeldigBestand as fout:
        return _meld(f"--in: {fout}", ONGELDIG)
    except regels.OngeldigeInvoer as fout:
        return _meld("\n".join(f"--{veld}: {melding}" for veld, melding in fout.fouten.items()), ONGELDIG)
    except ClusterFout as fout:
        return _meld(f"--scheduler: {fout}", GEEN_CLUSTER)
    schrijf(uitkomst, uitvoer)
    geschreven = [uitvoer.name]
    if rapport:
        from .rapport import schrijf_rapport

        schrijf_rapport(uitkomst, telling, rapport)
        geschreven.append(rapport.name)
    print(f"Klaar: {huishoudens(telling.huishoudens)}, {telling.uren} aantallen uren per week, "
          f"{aantal(telling.scenarios)} berekeningen.", file=sys.stderr)
    if telling.met_fouten:
        print(f"{huishoudens(telling.met_fouten)} konden we niet berekenen: zie de kolom fouten.", file=sys.stderr)
    print(f"Geschreven: {', '.join(geschreven)}.", file=sys.stderr)
    return 0


def _meld(tekst: str, code: int) -> int:
    print(tekst, file=sys.stderr)
    return code
