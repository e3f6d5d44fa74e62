"""The batch's input: a CSV or Parquet file with one row per household, and each row as a situation for regels.

Values are only converted from text (numbers, the children's ages, ja/nee); every check on them is regels' own, so a
wrong value gets the same Dutch message as on the website. Messages name the input column, not regels' field.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pyarrow as pa
import pyarrow.csv as pcsv
import pyarrow.parquet as pq

REFERENTIE = "referentie"
# Each column's place in the situation (regels' input contract).
PADEN = {
    "leefvorm": "huishouden.leefvorm",
    "leeftijd": "huishouden.leeftijd",
    "partner_leeftijd": "huishouden.partner_leeftijd",
    "kinderen": "huishouden.kinderen",
    "kostendelers": "huishouden.kostendelers",
    "kale_huur": "huishouden.kale_huur",
    "bruto_uurloon": "werk.bruto_uurloon",
    "vrijlating_maanden_gehad": "vrijlating.maanden_gehad",
    "medisch_urenbeperkt": "vrijlating.medisch_urenbeperkt",
    "partner_bruto_per_maand": "partner_werk.bruto_per_maand",
    "giften_dit_jaar": "giften_dit_jaar",
}
KOLOMMEN = (REFERENTIE, *PADEN)
# Columns that may be left out of the file; when present they are used like the others.
VRIJWILLIG = {"gemeente": "gemeente.code", "start": "werk.start"}
EIGEN_UREN = "uren"  # optional: the household's own hours per week, for --tijdlijn eigen
# regels' field in a message -> the input column (a message about all work is about the wage column)
KOLOM_VAN = {pad: kolom for kolom, pad in (PADEN | VRIJWILLIG).items()} | {
    "werk": "bruto_uurloon", "partner_werk": "partner_bruto_per_maand", "werk.uren_per_week": EIGEN_UREN,
    "uren": EIGEN_UREN}
JA_NEE = {"ja": True, "nee": False, "true": True, "false": False, "waar": True, "onwaar": False, "1": True, "0": False}
KINDEREN_SCHEIDING = ";"


class OngeldigBestand(Exception):
    """The file cannot be used at all; the message (Dutch) is for the whole run, never about a row's values."""


def lees_bestand(pad: Path) -> pa.Table:
    """The input as an Arrow table with the columns in KOLOMMEN (CSV: every value as text)."""
    soort = pad.suffix.lower()
    try:
        if soort == ".csv":
            tabel = _lees_csv(pad)
        elif soort in (".parquet", ".pq"):
            tabel = pq.read_table(pad)
        else:
            raise OngeldigBestand(f"{pad.name}: gebruik een bestand dat eindigt op .csv of .parquet.")
    except OSError:
        raise OngeldigBestand(f"{pad.name}: dit bestand kunnen we niet openen.") from None
    except pa.ArrowException:
        # pyarrow's message can quote a row, so it is not shown
        raise OngeldigBestand(f"{pad.name}: dit bestand kunnen we niet lezen als " + (
            "CSV. Is het UTF-8, en heeft elke regel evenveel kolommen als de kop?" if soort == ".csv" else "Parquet.")
        ) from None
    ontbreekt = [k for k in KOLOMMEN if k not in tabel.column_names]
    if ontbreekt:
        raise OngeldigBestand(f"{pad.name}: deze kolommen ontbreken: {', '.join(ontbreekt)}. "
                              "Zet ze erin; een lege waarde mag (dan geldt de standaard).")
    return tabel.select([*KOLOMMEN, *(k for k in (*VRIJWILLIG, EIGEN_UREN) if k in tabel.column_names)])


def _lees_csv(pad: Path) -> pa.Table:
    with pad.open(encoding="utf-8-sig", errors="replace") as bestand:
        kop = bestand.readline()
    scheiding = ";" if kop.count(";") > kop.count(",") else ","  # Dutch spreadsheets write ';'
    return pcsv.read_csv(pad, parse_options=pcsv.ParseOptions(delimiter=scheiding),
                         convert_options=pcsv.ConvertOptions(column_types={k: pa.string() for k in (
                             *KOLOMMEN, *VRIJWILLIG, EIGEN_UREN)},
                                                             strings_can_be_null=False))


def situatie(rij: dict, peildatum: str, uren: float) -> dict:
    """The situation for regels: each filled-in column in its place; work as `uren` times the row's hourly wage."""
    uit: dict = {"peildatum": peildatum}
    for kolom, pad in (PADEN | VRIJWILLIG).items():
        waarde = _waarde(kolom, rij.get(kolom))
        if waarde is None:
            continue
        *groepen, veld = pad.split(".")
        doel = uit
        for groep in groepen:
            doel = doel.setdefault(groep, {})
        doel[veld] = waarde
    if "werk" in uit:
        uit["werk"]["uren_per_week"] = uren
    return uit


def eigen_uren(rij: dict):
    """The household's own hours (column `uren`), or None when empty; text that is not a number stays text, so
    that regels says what is wrong with it."""
    return _waarde(EIGEN_UREN, rij.get(EIGEN_UREN))


def meldingen(fouten: dict[str, str]) -> str:
    """regels' messages as one text, each under its input column."""
    return " | ".join(f"{KOLOM_VAN.get(veld, veld)}: {melding}" for veld, melding in fouten.items())


def _waarde(kolom: str, waarde):
    """A cell as regels expects it; None for empty (then regels' default applies). Text that is not a number
    stays text, so that regels says what is wrong with it."""
    if isinstance(waarde, Decimal):
        return float(waarde)
    if kolom == "kinderen" and isinstance(waarde, (int, float)) and not isinstance(waarde, bool):
        return [waarde]  # a Parquet column with one age
    if not isinstance(waarde, str):
        return waarde
    tekst = waarde.strip()
    if not tekst:
        return None
    if kolom in ("leefvorm", "gemeente", "start"):
        return tekst
    if kolom == "kinderen":
        return [_getal(deel.strip()) for deel in tekst.split(KINDEREN_SCHEIDING) if deel.strip()]
    if kolom == "medisch_urenbeperkt":
        return JA_NEE.get(tekst.lower(), tekst)
    return _getal(tekst)


def _getal(tekst: str):
    """'35' -> 35, '14.71' or '14,71' -> 14.71; anything else stays text."""
    try:
        return int(tekst)
    except ValueError:
        pass
    if tekst.count(",") == 1 and "." not in tekst:
        tekst = tekst.replace(",", ".")
    try:
        return float(tekst)
    except ValueError:
        return tekst
