"""Command line: `python -m regels bereken | sweep | maanden | tijdlijn | parameters | controleer`.

bereken     reads one JSON situation on stdin, writes one JSON result on stdout (exit 2 on invalid input)
sweep       reads {"situatie": {...}, "uren": [0, 8, ...]}, writes one result per number of hours
maanden     the same input as bereken, month by month: what lands on the bank account in each month
tijdlijn    the same input: "met werk" and "nu" from the month before the work starts, with phases and the table
            (bereken, sweep, maanden and tijdlijn: "taal": "en" in the JSON writes the sentences in that language)
batch       a gemeente's caseload (CSV or Parquet) on Dask: every household over a range of hours (regels.batch)
parameters  lists every value in force on a peildatum, with unit and source
controleer  lists change dates within the next 60 days for which values are missing (exit 1 if any)
gemeenten   lists every gemeente profile with each value's source and age (exit 1 when a value lacks a source)
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from .api import in_gevraagde_taal, parameters_op
from .invoer import OngeldigeInvoer
from .opdrachten import OPDRACHTEN
from .parameters import PARAMETERS

VOORUIT_DAGEN = 60
ONGELDIG = 2  # exit status for invalid input


def _bereken(functie) -> int:
    try:
        situatie = json.load(sys.stdin)
    except json.JSONDecodeError as fout:
        print(f"invoer: dit is geen geldige JSON ({fout.msg}, regel {fout.lineno}).", file=sys.stderr)
        return ONGELDIG
    except (ValueError, RecursionError):  # a number of thousands of digits, or nesting deeper than Python goes
        print("invoer: dit is geen geldige JSON.", file=sys.stderr)
        return ONGELDIG
    try:
        with in_gevraagde_taal(situatie) as verzoek:  # the sentences are written in it, so the JSON too
            json.dump(functie(verzoek), sys.stdout, ensure_ascii=False, indent=2)
    except OngeldigeInvoer as fout:
        for veld, melding in fout.fouten.items():
            # one line per field, also for a field name with a line break in it
            print(f"{json.dumps(veld)[1:-1]}: {melding}", file=sys.stderr)
        return ONGELDIG
    sys.stdout.write("\n")
    return 0


def _parameters(peildatum: dt.date) -> int:
    json.dump({"peildatum": peildatum.isoformat(), "parameters": parameters_op(peildatum)}, sys.stdout,
              ensure_ascii=False, indent=2)
    sys.stdout.write("\n")
    return 0


def _controleer(vandaag: dt.date) -> int:
    """Change dates in the next 60 days without values (exit 1), and values that are still a proposal."""
    tot = vandaag + dt.timedelta(days=VOORUIT_DAGEN)
    ontbrekend: dict[dt.date, list[str]] = {}
    voorstellen: dict[dt.date, list[str]] = {}
    for parameter in PARAMETERS.values():
        for datum in parameter.ontbrekende_wijzigingsdata(vandaag - dt.timedelta(days=1), tot):
            ontbrekend.setdefault(datum, []).append(parameter.pad)
        for waarde in parameter.waarden:
            if waarde.voorstel and vandaag <= waarde.vanaf <= tot:
                voorstellen.setdefault(waarde.vanaf, []).append(parameter.pad)
    for datum, paden in sorted(voorstellen.items()):
        print(f"{datum.isoformat()}: {len(paden)} waarden zijn nog een voorstel")
        for pad in sorted(paden):
            print(f"  {pad}")
    if not ontbrekend:
        print(f"Alle bekende wijzigingsdata tot en met {tot.isoformat()} hebben waarden.")
        return 0
    for datum, paden in sorted(ontbrekend.items()):
        print(f"{datum.isoformat()}: {len(paden)} waarden ontbreken")
        for pad in sorted(paden):
            print(f"  {pad}")
    return 1


def _datum(tekst: str) -> dt.date:
    try:
        return dt.date.fromisoformat(tekst)
    except ValueError as fout:
        raise argparse.ArgumentTypeError("schrijf de datum als JJJJ-MM-DD") from fout


def _positief(tekst: str) -> int:
    if not tekst.isdigit() or int(tekst) < 1:
        raise argparse.ArgumentTypeError("geef een heel getal van 1 of meer")
    return int(tekst)


def _uren(tekst: str) -> tuple[float, ...]:
    try:
        uren = tuple(float(deel) for deel in tekst.split(",") if deel.strip())
    except ValueError:
        uren = ()
    if not uren:
        raise argparse.ArgumentTypeError("schrijf de uren als getallen met komma's ertussen, bijvoorbeeld 0,4,8")
    return tuple(int(u) if u.is_integer() else u for u in uren)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m regels", description="Rekenregels van Wat houd ik over?")
    sub = parser.add_subparsers(dest="opdracht", required=True)
    sub.add_parser("bereken", help="lees een situatie (JSON) van stdin en schrijf de uitkomst (JSON)")
    sub.add_parser("sweep", help='lees {"situatie": ..., "uren": [...]} (JSON) en schrijf een uitkomst per aantal uren')
    sub.add_parser("maanden", help="zelfde invoer; schrijf maand voor maand wat er op je rekening komt (JSON)")
    sub.add_parser("tijdlijn", help="zelfde invoer; met werk en nu vanaf de maand voor het werk, met fasen en "
                                    "het gemiddelde per bron (JSON)")
    p = sub.add_parser("parameters", help="alle waarden die gelden op een peildatum, met bron")
    p.add_argument("--peildatum", type=_datum, default=dt.date.today())
    c = sub.add_parser("controleer", help="ontbrekende waarden voor wijzigingsdata in de komende 60 dagen")
    c.add_argument("--vandaag", type=_datum, default=dt.date.today())
    g = sub.add_parser("gemeenten", help="alle gemeenteprofielen met de bron en leeftijd van elke waarde")
    g.add_argument("--vandaag", type=_datum, default=dt.date.today())
    g.add_argument("--map", type=Path, help=argparse.SUPPRESS)  # another data folder (tests, a gemeente's draft)
    b = sub.add_parser("batch", help="reken een bestand met huishoudens door (CSV of Parquet), parallel met Dask")
    b.add_argument("--in", dest="invoer", type=Path, required=True, help="clients.csv of clients.parquet")
    b.add_argument("--out", dest="uitvoer", type=Path, required=True, help="uitkomst.parquet (of .csv)")
    b.add_argument("--uren", type=_uren, help="uren per week, bijvoorbeeld 0,4,8 (standaard 0 tot en met 40 per 4)")
    b.add_argument("--peildatum", type=_datum, default=dt.date.today())
    b.add_argument("--scheduler", help="adres van een bestaand Dask-cluster, bijvoorbeeld tcp://10.0.0.5:8786")
    b.add_argument("--kernen", type=_positief, help="aantal processen op deze computer (standaard: alle kernen)")
    b.add_argument("--rapport", type=Path, help="schrijf ook een samenvatting als HTML-pagina")
    b.add_argument("--tijdlijn", choices=("eigen", "alle"),
                   help="voeg kolommen uit de tijdlijn toe (eerste 12 maanden werk): eigen = bij de uren van elk "
                        "huishouden (kolom uren), alle = bij elk aantal --uren (trager)")
    args = parser.parse_args(argv)
    if args.opdracht == "batch":
        from .batch.opdracht import draai

        return draai(args.invoer, args.uitvoer, args.uren, args.peildatum, args.scheduler, args.kernen, args.rapport,
                     args.tijdlijn)
    if args.opdracht in OPDRACHTEN:
        return _bereken(OPDRACHTEN[args.opdracht])
    if args.opdracht == "parameters":
        return _parameters(args.peildatum)
    if args.opdracht == "gemeenten":
        from .gemeenten.overzicht import toon

        return toon(args.vandaag, args.map)
    return _controleer(args.vandaag)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except BrokenPipeError:  # output piped into e.g. `head`
        sys.exit(0)
