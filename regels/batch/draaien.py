"""The caseload on Dask: the input's rows in partitions, in parallel on this machine's cores or on an existing cluster.

Local runs use Dask's process pool (pure Python: threads would share one core); `scheduler="tcp://..."` sends the
same partitions to a dask.distributed cluster, whose workers need this package at the same rules version. Either
way the partitions come back in order and are put together here, so both runs give the same table row for row.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import math
import os
import sys
from collections.abc import Sequence
from dataclasses import dataclass

import dask
import pyarrow as pa
import pyarrow.compute as pc

import regels
from regels.geheugen import onthouden

from . import tijdlijn as tl
from .huishouden import ARMOEDEVAL_CENT, bereken_huishouden
from .invoer import EIGEN_UREN, KOLOMMEN, REFERENTIE, eigen_uren, meldingen, situatie
from .tabel import Kolommen, met_referentie, schema

MAX_PER_PARTITIE = 1000  # households per task
TAKEN_PER_KERN = 4  # a few tasks per core, so that one slow partition does not keep the others waiting
VERBINDEN_SECONDEN = 10  # how long to try to reach a cluster
VOORTGANG_NA_SECONDEN = 1  # a run that ends sooner shows no progress bar
INTERNE_FOUT = "Deze regel kon niet worden berekend door een fout in de rekenhulp ({}). Meld dit aan de beheerder."


class ClusterFout(Exception):
    """The cluster cannot run the batch (Dutch message)."""


@dataclass(frozen=True)
class Telling:
    """The only thing a run reports: counts."""

    huishoudens: int
    met_fouten: int
    uren: int

    @property
    def scenarios(self) -> int:
        return (self.huishoudens - self.met_fouten) * self.uren


def bereken_partitie(eerste: int, rijen: list[dict], uren: tuple[float, ...], peildatum: str,
                     tijdlijn: str | None = None) -> pa.Table:
    """One task: the households of one partition (`eerste` is the row number of the first). `tijdlijn`: None, or
    `eigen` / `alle` (tl.SOORTEN): the timeline's columns at the household's own hours or at each number of hours."""
    kolommen = Kolommen(tijdlijn is not None)
    with onthouden():  # households share tax table rows and uitstroom searches, within this partition only
        for rij, waarden in enumerate(rijen, start=eerste):
            try:
                h = bereken_huishouden(situatie(waarden, peildatum, uren[0]), uren)
                kolommen.huishouden(rij, h, _tijdlijn(waarden, peildatum, uren, tijdlijn))
            except regels.OngeldigeInvoer as fout:
                kolommen.fout(rij, meldingen(fout.fouten))
            except Exception as fout:  # noqa: BLE001 - one broken row must not stop the run; no values in the message
                kolommen.fout(rij, INTERNE_FOUT.format(type(fout).__name__))
    return kolommen.tabel()


def _tijdlijn(waarden: dict, peildatum: str, uren: tuple[float, ...], soort: str | None) -> list[dict] | None:
    """Per output row of this household its timeline columns (None without --tijdlijn)."""
    if soort is None:
        return None
    if soort == tl.ALLE:
        return [tl.kolommen(lijn, u) for u, lijn in zip(uren, tl.tijdlijnen(situatie(waarden, peildatum, uren[0]),
                                                                               uren))]
    eigen = eigen_uren(waarden)
    lijn = tl.tijdlijnen(situatie(waarden, peildatum, eigen), [eigen])[0] if eigen is not None else None
    return [tl.kolommen(lijn, eigen)] * len(uren)


def bereken_caseload(invoer: pa.Table, uren: Sequence[float], peildatum: dt.date, scheduler: str | None = None,
                     kernen: int | None = None, voortgang: bool = False,
                     tijdlijn: str | None = None) -> tuple[pa.Table, Telling]:
    """The output table for every household in `invoer` (columns as in invoer.KOLOMMEN), and the counts.

    `tijdlijn` (`eigen` or `alle`) adds the timeline's columns; `eigen` needs the column `uren` in `invoer`.
    Raises regels.OngeldigeInvoer when regels cannot compute with the peildatum or the hours at all.
    """
    if tijdlijn == tl.EIGEN and EIGEN_UREN not in invoer.column_names:
        raise regels.OngeldigeInvoer({"tijdlijn": f"Met --tijdlijn {tl.EIGEN} hoort in het bestand een kolom "
                                                  f"{EIGEN_UREN}: de uren per week van elk huishouden."})
    regels.sweep({"peildatum": peildatum.isoformat(), "werk": {"uren_per_week": 0, "bruto_uurloon": 1.0}}, uren,
                 met_uitleg=False)  # regels checks the run's own settings once, before any row
    uren = tuple(sorted(set(uren)))
    rijen = invoer.drop_columns([REFERENTIE]).to_pylist()
    with _rekenaar(scheduler, kernen) as (kernen, rekenen):
        grootte = max(1, min(MAX_PER_PARTITIE, math.ceil(len(rijen) / (TAKEN_PER_KERN * kernen))))
        taken = [dask.delayed(bereken_partitie, pure=True)(begin, rijen[begin:begin + grootte], uren,
                                                            peildatum.isoformat(), tijdlijn)
                 for begin in range(0, len(rijen), grootte)]
        delen = rekenen(taken, voortgang) if taken else [schema(tijdlijn is not None).empty_table()]
    uitkomst = pa.concat_tables(delen)
    metadata = {"regels_versie": regels.REGELS_VERSIE, "peildatum": peildatum.isoformat(),
                "uren_per_week": ",".join(f"{u:g}" for u in uren), "armoedeval_cent": str(ARMOEDEVAL_CENT),
                **({"tijdlijn": tijdlijn} if tijdlijn else {})}
    tabel = met_referentie(uitkomst, invoer[REFERENTIE], metadata)
    fouten = pc.count(uitkomst["fouten"]).as_py()
    return tabel, Telling(invoer.num_rows, fouten, len(uren))


@contextlib.contextmanager
def _rekenaar(scheduler: str | None, kernen: int | None):
    """Yields (number of cores, a function that computes a list of tasks and returns their results in order)."""
    if scheduler is None:
        kernen = kernen or os.cpu_count() or 1
        yield kernen, functools.partial(_lokaal, kernen=kernen)
        return
    from distributed import Client

    try:
        client = Client(scheduler, timeout=VERBINDEN_SECONDEN)
    except (OSError, ValueError, TypeError):
        raise ClusterFout(f"We kunnen het Dask-cluster op {scheduler} niet bereiken.") from None
    with client:
        _controleer_workers(client)
        yield max(1, sum(client.nthreads().values())), functools.partial(_op_cluster, client)


def _lokaal(taken: list, voortgang: bool, *, kernen: int) -> list[pa.Table]:
    from dask.diagnostics import ProgressBar

    balk = ProgressBar(minimum=VOORTGANG_NA_SECONDEN, out=sys.stderr) if voortgang else contextlib.nullcontext()
    with balk:
        return list(dask.compute(*taken, scheduler="processes", num_workers=kernen, chunksize=1))


def _op_cluster(client, taken: list, voortgang: bool) -> list[pa.Table]:
    from distributed import progress

    futures = client.compute(taken)
    if voortgang:
        with contextlib.redirect_stdout(sys.stderr):  # distributed draws its bar on stdout
            progress(futures)
            print(file=sys.stderr)
    return client.gather(futures)


def _regels_versie() -> str:
    """Run on each worker: it can only unpickle this function if it has the batch as well as the rules."""
    return regels.REGELS_VERSIE


def _controleer_workers(client) -> None:
    if not client.nthreads():
        raise ClusterFout("Het Dask-cluster heeft geen workers.")
    try:
        versies = set(client.run(_regels_versie).values())
    except ImportError:
        raise ClusterFout("De workers van het cluster hebben dit pakket niet. Installeer het daar ook.") from None
    if versies != {regels.REGELS_VERSIE}:
        raise ClusterFout(f"De workers rekenen met andere rekenregels ({', '.join(sorted(versies))}) dan hier "
                          f"({regels.REGELS_VERSIE}). Installeer overal dezelfde versie.")
