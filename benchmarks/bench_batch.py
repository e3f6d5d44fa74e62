"""Speed of the caseload batch: a generated caseload of 30,000 households x 41 hour points (0-40), from a Parquet
file to a Parquet file, on all cores of this machine and on 1 core.

Target: under 30 seconds on a 2-core machine, reading and writing Parquet included. Prints the time of each phase,
households/s and scenarios/s, and the CPU seconds used: on a shared machine the wall time depends on what else runs,
scenarios per CPU second does not. `--huishoudens 3000` for a quick run. `--tijdlijn eigen` (or `alle`) measures
the run without and with the timeline's columns side by side on all cores (`eigen`: each household at its own hours,
a generated column `uren`).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

BASIS = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(BASIS))

import pyarrow as pa  # noqa: E402
import pyarrow.parquet as pq  # noqa: E402

from regels.batch.draaien import bereken_caseload  # noqa: E402
from regels.batch.invoer import lees_bestand  # noqa: E402
from regels.batch.tabel import schrijf  # noqa: E402
from tests.batch_data import caseload  # noqa: E402

UREN = tuple(range(0, 41))
PEILDATUM = dt.date(2026, 3, 1)
DOEL_SECONDEN = 30


def _cpu() -> float:
    """CPU seconds of this process and its finished worker processes."""
    return sum(r.ru_utime + r.ru_stime for r in (resource.getrusage(resource.RUSAGE_SELF),
                                                  resource.getrusage(resource.RUSAGE_CHILDREN)))


def run(invoer: Path, uitvoer: Path, kernen: int, tijdlijn: str | None = None) -> dict[str, float]:
    tijden = {}
    cpu = _cpu()
    begin = time.perf_counter()
    tabel = lees_bestand(invoer)
    tijden["lezen"] = time.perf_counter() - begin
    uitkomst, telling = bereken_caseload(tabel, UREN, PEILDATUM, kernen=kernen, tijdlijn=tijdlijn)
    tijden["rekenen"] = time.perf_counter() - begin - tijden["lezen"]
    schrijf(uitkomst, uitvoer)
    tijden["totaal"] = time.perf_counter() - begin
    tijden["schrijven"] = tijden["totaal"] - tijden["lezen"] - tijden["rekenen"]
    tijden["cpu"] = _cpu() - cpu
    assert telling.met_fouten == 0 and uitkomst.num_rows == telling.huishoudens * len(UREN)
    return tijden


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--huishoudens", type=int, default=30_000)
    parser.add_argument("--tijdlijn", choices=("eigen", "alle"))
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as map_:
        invoer, uitvoer = Path(map_) / "clients.parquet", Path(map_) / "uitkomst.parquet"
        rijen = caseload(args.huishoudens, zaad=30)
        for nummer, rij in enumerate(rijen):
            rij["uren"] = str(8 + nummer % 7 * 4)  # 8 to 32 hours: each household's own hours
        pq.write_table(pa.Table.from_pylist(rijen), invoer)
        scenarios = args.huishoudens * len(UREN)
        print(f"{args.huishoudens:,} households x {len(UREN)} hour points = {scenarios:,} scenarios, "
              f"machine with {os.cpu_count()} cores")
        if args.tijdlijn:
            kernen = os.cpu_count() or 1
            for soort in (None, args.tijdlijn):
                tijden = run(invoer, uitvoer, kernen, soort)
                print(f"{kernen} core(s), {'without the timeline' if soort is None else '--tijdlijn ' + soort:22s}: "
                      f"total {tijden['totaal']:6.1f} s (compute {tijden['rekenen']:.1f} s)   "
                      f"{args.huishoudens / tijden['totaal']:7,.0f} households/s   CPU {tijden['cpu']:.1f} s")
            return
        for kernen in (os.cpu_count() or 1, 1):
            tijden = run(invoer, uitvoer, kernen)
            print(f"{kernen} core(s): total {tijden['totaal']:6.1f} s (read {tijden['lezen']:.2f} s, compute "
                  f"{tijden['rekenen']:.1f} s, write {tijden['schrijven']:.2f} s)   "
                  f"{args.huishoudens / tijden['totaal']:7,.0f} households/s   "
                  f"{scenarios / tijden['totaal']:9,.0f} scenarios/s   CPU {tijden['cpu']:.1f} s "
                  f"({scenarios / tijden['cpu']:,.0f} scenarios per CPU second)")
            if kernen > 1 or os.cpu_count() == 1:
                doel = tijden["totaal"] * 30_000 / args.huishoudens
                print(f"target: 30,000 x 41 under {DOEL_SECONDEN} s on this machine -> "
                      f"{'met' if doel < DOEL_SECONDEN else 'NOT met'} ({doel:.0f} s for 30,000)")
        print(f"output {uitvoer.stat().st_size / 2**20:.1f} MB Parquet; peak memory: this process "
              f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB, largest worker "
              f"{resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
