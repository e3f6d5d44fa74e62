"""Numbers in Dutch for the batch's messages and report: 30.000 huishoudens, 12,5 uur."""

from __future__ import annotations


def aantal(n: int) -> str:
    return f"{n:,}".replace(",", ".")


def huishoudens(n: int) -> str:
    return f"{aantal(n)} {'huishouden' if n == 1 else 'huishoudens'}"


def uren(u: float) -> str:
    return str(int(u)) if u == int(u) else str(u).replace(".", ",")
