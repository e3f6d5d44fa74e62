"""Rounding as the AWIR prescribes: "rekenkundig afgerond op hele euro's" (art. 14 lid 4), i.e. half up."""

import math


def halfje_omhoog(bedrag: float) -> float:
    return float(math.floor(bedrag + 0.5 + 1e-9))
