"""The batch's output: one row per household and number of hours, with a documented schema (also in the file)."""

from __future__ import annotations

from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pcsv
import pyarrow.parquet as pq

import regels

from .huishouden import ARMOEDEVAL_CENT, Huishouden
from .tijdlijn import VELDEN as TIJDLIJN_VELDEN

RIJ = "rij"  # the household's row number in the input, inside the batch only (it brings back the referentie)
# Every per_maand amount of regels.bereken, in its order.
BEDRAGEN = tuple(regels.bereken({"peildatum": regels.peildatum_bereik()[0].isoformat()}, met_uitleg=False)["per_maand"])
HUISHOUDEN_VELDEN = (
    ("huishoudtype", pa.string(), "alleenstaand, alleenstaande ouder, paar zonder kinderen of paar met kinderen"),
    ("uitstroom_uren", pa.float64(), "vanaf zoveel uur per week (bij dit uurloon) is geen bijstand meer nodig; "
                                     "leeg: ook bij veel meer uren niet"),
    ("uitstroom_bruto_per_maand", pa.float64(), "dezelfde grens als bruto loon per maand"),
    ("armoedeval", pa.bool_(), f"waar als meer uren ergens minder dan {ARMOEDEVAL_CENT} cent per extra euro bruto "
                               "opleveren"),
    ("armoedeval_van_uren", pa.float64(), "begin van de langste reeks stappen onder die grens"),
    ("armoedeval_tot_uren", pa.float64(), "einde van die reeks"),
    ("fouten", pa.string(), "alleen bij een regel die niet te berekenen is: de meldingen per kolom; dan zijn alle "
                            "bedragen leeg"),
)
VELDEN = (
    pa.field("uren_per_week", pa.float64(), metadata={"beschrijving": "uren werk per week"}),
    *(pa.field(naam, pa.float64(), metadata={"beschrijving": f"per_maand.{naam} van regels.bereken (euro per maand)"})
      for naam in BEDRAGEN),
    pa.field("cent_per_extra_euro", pa.float64(), metadata={
        "beschrijving": "van elke extra euro bruto sinds het vorige aantal uren houd je zoveel cent over "
                        "(totaal erbij / bruto loon erbij); leeg bij het eerste aantal uren"}),
    *(pa.field(naam, soort, metadata={"beschrijving": f"per huishouden: {tekst}"})
      for naam, soort, tekst in HUISHOUDEN_VELDEN),
    pa.field("gemeente", pa.string(), metadata={"beschrijving": "per huishouden: de CBS-code van de gemeente uit de "
                                                                "kolom gemeente; leeg zonder gemeente"}),
    pa.field("regelingen_kwijt", pa.string(), metadata={
        "beschrijving": "de regelingen van de gemeente die het huishouden bij deze uren kwijt is (inkomen boven de "
                        "grens), gescheiden door ' | '; leeg: geen"}),
)
SCHEMA = pa.schema([pa.field(RIJ, pa.int64()), *VELDEN])
# With --tijdlijn: the timeline's columns after the others.
SCHEMA_TIJDLIJN = pa.schema([*SCHEMA, *(pa.field(naam, soort, metadata={"beschrijving": tekst})
                                        for naam, soort, tekst in TIJDLIJN_VELDEN)])


def schema(tijdlijn: bool) -> pa.Schema:
    return SCHEMA_TIJDLIJN if tijdlijn else SCHEMA


class Kolommen:
    """The output of one partition, column by column."""

    def __init__(self, tijdlijn: bool = False) -> None:
        self.schema = schema(tijdlijn)
        self.data: dict[str, list] = {veld.name: [] for veld in self.schema}

    def huishouden(self, rij: int, h: Huishouden, tijdlijn: list[dict] | None = None) -> None:
        """`tijdlijn`: per row (number of hours) its timeline columns, with --tijdlijn."""
        d, n = self.data, len(h.uren)
        for kolommen in tijdlijn or ():
            for naam, waarde in kolommen.items():
                d[naam].append(waarde)
        d[RIJ] += [rij] * n
        d["uren_per_week"] += [float(u) for u in h.uren]
        for naam in BEDRAGEN:
            d[naam] += [p[naam] for p in h.per_maand]
        d["cent_per_extra_euro"] += h.cent_per_extra_euro
        van, tot = h.armoedeval or (None, None)
        for naam, waarde in (("huishoudtype", h.huishoudtype), ("uitstroom_uren", h.uitstroom_uren),
                             ("uitstroom_bruto_per_maand", h.uitstroom_bruto_per_maand),
                             ("armoedeval", h.armoedeval is not None), ("armoedeval_van_uren", van),
                             ("armoedeval_tot_uren", tot), ("fouten", None), ("gemeente", h.gemeente)):
            d[naam] += [waarde] * n
        d["regelingen_kwijt"] += list(h.regelingen_kwijt) or [""] * n

    def fout(self, rij: int, fouten: str) -> None:
        """A row that cannot be computed: one row with its messages and no amounts."""
        for naam, waarden in self.data.items():
            waarden.append(rij if naam == RIJ else fouten if naam == "fouten" else None)

    def tabel(self) -> pa.Table:
        return pa.table(self.data, schema=self.schema)


def met_referentie(uitkomst: pa.Table, referentie: pa.ChunkedArray, metadata: dict[str, str]) -> pa.Table:
    """The input's referentie, untouched, in front of each row (in place of the row number)."""
    veld = pa.field("referentie", referentie.type, metadata={"beschrijving": "uit de invoer, ongewijzigd"})
    tabel = uitkomst.drop_columns([RIJ]).add_column(0, veld, referentie.take(uitkomst[RIJ]))
    return tabel.replace_schema_metadata(metadata)


def schrijf(tabel: pa.Table, pad: Path) -> None:
    """Parquet, or CSV when the name ends in .csv."""
    if pad.suffix.lower() == ".csv":
        pcsv.write_csv(tabel, pad)
    else:
        pq.write_table(tabel, pad)
