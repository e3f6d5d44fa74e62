"""Rounding as the AWIR prescribes: "rekenkundig afgerond op hele euro's" (art. 14 lid 4), i.e. half up."""

import math

HALF = 0.5
REKENMARGE = 1e-9  # binary floating point: 0.5 stored as 0.4999999999 must still round up


def halfje_omhoog(bedrag: float) -> float:
    return float(math.floor(bedrag + HALF + REKENMARGE))
