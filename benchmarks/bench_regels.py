"""Speed of the rules package, in process: one `bereken`, a 41-point sweep (0-40 hours) for one household, with
and without explanations, and the month view for 12 and 24 months.

Targets: the sweep under 5 ms; `maanden` for 12 months under 5 ms. Prints median and 95th percentile; the rows run
in turn in one process, so they can be compared on a noisy machine.
"""

from __future__ import annotations

import statistics
import time

import regels

SITUATIE = {
    "peildatum": "2026-11-23",
    "huishouden": {"leefvorm": "alleenstaande_ouder", "leeftijd": 32, "kinderen": [4, 9], "kale_huur": 700.0},
    "werk": {"uren_per_week": 20, "bruto_uurloon": 14.71},
    "vrijlating": {"maanden_gehad": 2, "medisch_urenbeperkt": False},
    "giften_dit_jaar": 300.0,
}
UREN = list(range(0, 41))


def _meet(functie, herhalingen: int) -> list[float]:
    functie()  # warm-up: parameter cache for the peildatum
    tijden = []
    for _ in range(herhalingen):
        start = time.perf_counter()
        functie()
        tijden.append((time.perf_counter() - start) * 1000)
    return tijden


def _regel(naam: str, tijden: list[float]) -> str:
    p95 = statistics.quantiles(tijden, n=20)[-1]
    return f"{naam:<32} median {statistics.median(tijden):7.3f} ms   p95 {p95:7.3f} ms   ({len(tijden)} runs)"


def main() -> None:
    print(_regel("bereken (1 situatie)", _meet(lambda: regels.bereken(SITUATIE), 2000)))
    print(_regel("bereken zonder uitleg", _meet(lambda: regels.bereken(SITUATIE, met_uitleg=False), 2000)))
    sweep = _meet(lambda: regels.sweep(SITUATIE, UREN), 300)
    print(_regel("sweep (41 punten, 0-40 uur)", sweep))
    print(_regel("sweep zonder uitleg", _meet(lambda: regels.sweep(SITUATIE, UREN, met_uitleg=False), 300)))
    twaalf = _meet(lambda: regels.maanden(SITUATIE), 300)
    print(_regel("maanden (12)", twaalf))
    print(_regel("maanden (12) zonder uitleg", _meet(lambda: regels.maanden(SITUATIE, met_uitleg=False), 300)))
    print(_regel("maanden (24)", _meet(lambda: regels.maanden({**SITUATIE, "maanden": 24}), 200)))
    print(f"target: sweep under 5 ms -> {'met' if statistics.median(sweep) < 5 else 'NOT met'}")
    print(f"target: maanden (12) under 5 ms -> {'met' if statistics.median(twaalf) < 5 else 'NOT met'}")


if __name__ == "__main__":
    main()
