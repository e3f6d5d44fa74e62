"""The timeline in the batch: per household (at its own hours, column `uren`) or per row (at each `--uren` point),
the columns a gemeente needs from `regels.tijdlijnen`, copied as they are: the first 12 months of work per source,
the months under the norm, what to set aside, the exit claim, the bufferbudget and when the vrijlating stops.

A timeline costs more than a sweep point (15 months of met werk, and nu once per household), so it runs only with
`--tijdlijn`; `eigen` is one timeline per household, `alle` one per household and number of hours.
"""

from __future__ import annotations

from collections.abc import Sequence

import pyarrow as pa

import regels
from regels.tijdlijn import BRONNEN

EIGEN, ALLE = "eigen", "alle"
SOORTEN = (EIGEN, ALLE)
PER_BRON = (*BRONNEN, "totaal")
VELDEN = (
    ("tijdlijn_uren", pa.float64(), "de uren per week van deze tijdlijn (eigen: de kolom uren; alle: uren_per_week)"),
    ("tijdlijn_van", pa.string(), "eerste maand van de samenvatting (JJJJ-MM): de eerste maand van het werk"),
    ("tijdlijn_tot", pa.string(), "laatste maand van de samenvatting: de eerste 12 maanden van het werk"),
    *((f"tijdlijn_{bron}", pa.float64(), f"per_bron.met_werk.{bron} van regels.tijdlijn: de som over de eerste 12 "
                                         "maanden werk gedeeld door 12 (euro per maand)") for bron in PER_BRON),
    ("tijdlijn_nu_totaal", pa.float64(), "per_bron.nu.totaal: dezelfde maanden zonder dit werk (euro per maand)"),
    ("tijdlijn_maanden_onder_norm", pa.int64(), "aantal van die 12 maanden onder de bijstandsnorm van het huishouden "
                                                "(aandachtspunten.maanden_onder_norm)"),
    ("tijdlijn_apart_zetten", pa.float64(), "bij verrekenen een maand later: wat het huishouden van het eerste loon "
                                            "apart zet (aandachtspunten.apart_zetten.bedrag)"),
    ("tijdlijn_apart_zetten_maand", pa.string(), "de maand van dat loon (JJJJ-MM)"),
    ("tijdlijn_terugvordering", pa.float64(), "de terugvordering als de bijstand stopt (aandachtspunten.terugvordering)"),
    ("tijdlijn_terugvordering_maand", pa.string(), "de maand van die terugvordering"),
    ("tijdlijn_bufferbudget", pa.float64(), "wat de gemeente als bufferbudget mag betalen (art. 34b), de eerste maand "
                                            "(aandachtspunten.bufferbudget)"),
    ("tijdlijn_bufferbudget_maand", pa.string(), "de eerste maand met een mogelijk bufferbudget"),
    ("tijdlijn_vrijlating_stopt", pa.string(), "de eerste maand waarvan het loon geen vrijlating meer krijgt"),
)
NAMEN = tuple(naam for naam, _, _ in VELDEN)


def tijdlijnen(situatie: dict, uren: Sequence[float]) -> list[dict]:
    """The timelines at these hours, without explanations. Raises regels.OngeldigeInvoer."""
    return regels.tijdlijnen(situatie, list(uren), met_uitleg=False)


def kolommen(lijn: dict | None, uren: float | None) -> dict:
    """One output row's timeline columns (all empty without a timeline)."""
    if lijn is None:
        return dict.fromkeys(NAMEN)
    per_bron, punten = lijn["per_bron"], lijn["aandachtspunten"]
    rij = {"tijdlijn_uren": float(uren), "tijdlijn_van": per_bron["van"], "tijdlijn_tot": per_bron["tot"],
           **{f"tijdlijn_{bron}": per_bron["met_werk"][bron] for bron in PER_BRON},
           "tijdlijn_nu_totaal": per_bron["nu"]["totaal"],
           "tijdlijn_maanden_onder_norm": len(punten["maanden_onder_norm"]),
           "tijdlijn_vrijlating_stopt": lijn["vrijlating_stopt"]}
    for naam in ("apart_zetten", "terugvordering", "bufferbudget"):
        punt = punten[naam] or {}
        rij[f"tijdlijn_{naam}"], rij[f"tijdlijn_{naam}_maand"] = punt.get("bedrag"), punt.get("maand")
    return rij
