"""Parameters as data: every amount, percentage and age the rules use, read from the YAML files in `data/`.

Each file holds a small group of parameters. Every parameter has a description, a unit, a schedule on which it
normally changes, a legal reference, and dated values; every value names its source document (see
`data/bronnen.yaml`) and the date it was checked. The files are validated when the package is imported: a
missing unit, date or source is an error, not a silent default.

A parameter's address is its folder path, file name and key, joined with dots:
`participatiewet.art21_normen.alleenstaande`.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cached_property, lru_cache
from pathlib import Path

import yaml

DATA_MAP = Path(__file__).parent / "data"

EENHEDEN = {
    "EUR/maand",
    "EUR/jaar",
    "EUR/kwartaal",
    "EUR/uur",
    "procent",
    "jaar",
    "maanden",
    "uren/week",
    "weken/jaar",
    "weken",
    "aantal",
    "maand van het jaar",  # 6 is June
    "maanden later",  # a shift in time, e.g. a payment one month after the quarter
    "noemer",  # the denominator of a share: 12 is one twelfth
}
SCHEMA_WIJZIGINGEN = {
    "halfjaarlijks": ((1, 1), (7, 1)),
    "jaarlijks": ((1, 1),),
    "bij_wetswijziging": (),
}


PROCENT = 100
DAGEN_TERUGKIJKEN = 366  # a missing value is reported for change dates up to a year back
PEILDATA_IN_GEHEUGEN = 64


class ParameterFout(Exception):
    """A data file does not follow the schema. Raised at import: the package refuses to compute with bad data."""


@dataclass(frozen=True)
class Bron:
    sleutel: str
    titel: str
    url: str
    gecontroleerd: dt.date
    bwb: str | None = None
    geldig_op: dt.date | None = None

    def url_voor(self, artikel: str | None) -> str:
        """Link to the article on wetten.overheid.nl (a JCI link) when the source is a law, else the document."""
        if self.bwb and artikel:
            datum = self.geldig_op.isoformat() if self.geldig_op else ""
            return f"https://wetten.overheid.nl/jci1.3:c:{self.bwb}&artikel={artikel}&g={datum}"
        return self.url


# "historisch": a value from before the dates the calculator computes for (so before `vroegste_datum`), kept only
# for what earlier months still decide now, such as the bijstand's vakantietoeslag of the months before June.
STATUSSEN = {"vastgesteld", "voorstel", "historisch"}


@dataclass(frozen=True)
class Waarde:
    vanaf: dt.date
    waarde: float
    bron: Bron
    opmerking: str | None = None
    status: str = "vastgesteld"  # "voorstel": not yet law (e.g. a Belastingplan); the user is told

    @property
    def voorstel(self) -> bool:
        return self.status == "voorstel"

    @property
    def historisch(self) -> bool:
        return self.status == "historisch"


@dataclass(frozen=True)
class Parameter:
    pad: str
    beschrijving: str
    eenheid: str
    wijzigt: str
    verwijzing: str
    artikel: str | None
    waarden: tuple[Waarde, ...]
    vervalt: dt.date | None = None  # from this date the rule no longer exists (replaced by another article)

    def geldt_op(self, peildatum: dt.date) -> bool:
        return self.waarden[0].vanaf <= peildatum and (self.vervalt is None or peildatum < self.vervalt)

    def waarde_op(self, peildatum: dt.date) -> Waarde:
        geldig = [w for w in self.waarden if w.vanaf <= peildatum]
        if not geldig:
            raise ParameterFout(f"{self.pad}: geen waarde op {peildatum.isoformat()}")
        return geldig[-1]

    def ontbrekende_wijzigingsdata(self, van: dt.date, tot: dt.date) -> list[dt.date]:
        """Change dates in (van, tot] on which this parameter normally changes but has no value in the data."""
        datums = {w.vanaf for w in self.waarden}
        laatste = self.waarden[-1].vanaf
        return [
            datum
            for datum in _wijzigingsdata(self.wijzigt, van, tot)
            if datum > laatste and datum not in datums and (self.vervalt is None or datum < self.vervalt)
        ]


def _wijzigingsdata(schema: str, van: dt.date, tot: dt.date) -> list[dt.date]:
    data = []
    for jaar in range(van.year, tot.year + 1):
        for maand, dag in SCHEMA_WIJZIGINGEN[schema]:
            datum = dt.date(jaar, maand, dag)
            if van < datum <= tot:
                data.append(datum)
    return data


def _datum(waarde, context: str) -> dt.date:
    if isinstance(waarde, dt.date):
        return waarde
    try:
        return dt.date.fromisoformat(str(waarde))
    except ValueError as fout:
        raise ParameterFout(f"{context}: '{waarde}' is geen datum (JJJJ-MM-DD)") from fout


def _eis(conditie: bool, melding: str) -> None:
    if not conditie:
        raise ParameterFout(melding)


def _lees_bronnen(pad: Path) -> dict[str, Bron]:
    ruw = yaml.load(pad.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    bronnen = {}
    for sleutel, b in ruw.items():
        context = f"bronnen.yaml: {sleutel}"
        _eis(isinstance(b, dict), f"{context}: moet een mapping zijn")
        for veld in ("titel", "url", "gecontroleerd"):
            _eis(b.get(veld) not in (None, ""), f"{context}: '{veld}' ontbreekt")
        _eis(str(b["url"]).startswith("https://"), f"{context}: url moet met https:// beginnen")
        bronnen[sleutel] = Bron(
            sleutel=sleutel,
            titel=b["titel"],
            url=b["url"],
            gecontroleerd=_datum(b["gecontroleerd"], context),
            bwb=b.get("bwb"),
            geldig_op=_datum(b["geldig_op"], context) if b.get("geldig_op") else None,
        )
    return bronnen


def _lees_parameters(pad: Path, bronnen: dict[str, Bron], data_map: Path) -> list[Parameter]:
    groep = ".".join(pad.relative_to(data_map).with_suffix("").parts)
    ruw = yaml.load(pad.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    _eis(isinstance(ruw, dict) and isinstance(ruw.get("parameters"), dict), f"{groep}: 'parameters' ontbreekt")
    parameters = []
    for naam, p in ruw["parameters"].items():
        adres = f"{groep}.{naam}"
        _eis(isinstance(p, dict), f"{adres}: moet een mapping zijn")
        for veld in ("beschrijving", "eenheid", "wijzigt", "verwijzing", "waarden"):
            _eis(p.get(veld) not in (None, ""), f"{adres}: '{veld}' ontbreekt")
        _eis(p["eenheid"] in EENHEDEN, f"{adres}: onbekende eenheid '{p['eenheid']}'")
        _eis(p["wijzigt"] in SCHEMA_WIJZIGINGEN, f"{adres}: onbekend schema '{p['wijzigt']}'")
        _eis(isinstance(p["waarden"], dict) and p["waarden"], f"{adres}: 'waarden' moet datums met waarden hebben")
        waarden = []
        for vanaf, w in p["waarden"].items():
            context = f"{adres} per {vanaf}"
            _eis(isinstance(w, dict), f"{context}: schrijf {{waarde: ..., bron: ...}}")
            _eis(isinstance(w.get("waarde"), (int, float)) and not isinstance(w.get("waarde"), bool),
                 f"{context}: 'waarde' moet een getal zijn")
            _eis(w.get("bron") in bronnen, f"{context}: bron '{w.get('bron')}' staat niet in bronnen.yaml")
            status = w.get("status", "vastgesteld")
            _eis(status in STATUSSEN, f"{context}: status moet een van {sorted(STATUSSEN)} zijn")
            waarden.append(Waarde(_datum(vanaf, context), float(w["waarde"]), bronnen[w["bron"]], w.get("opmerking"),
                                  status))
        waarden.sort(key=lambda w: w.vanaf)
        parameters.append(
            Parameter(
                pad=adres,
                beschrijving=p["beschrijving"],
                eenheid=p["eenheid"],
                wijzigt=p["wijzigt"],
                verwijzing=p["verwijzing"],
                artikel=str(p["artikel"]) if p.get("artikel") is not None else None,
                waarden=tuple(waarden),
                vervalt=_datum(p["vervalt"], adres) if p.get("vervalt") else None,
            )
        )
    return parameters


def lees_alle(data_map: Path = DATA_MAP) -> dict[str, Parameter]:
    bronnen = _lees_bronnen(data_map / "bronnen.yaml")
    alle: dict[str, Parameter] = {}
    for pad in sorted(data_map.rglob("*.yaml")):
        if pad.name == "bronnen.yaml":
            continue
        for parameter in _lees_parameters(pad, bronnen, data_map):
            alle[parameter.pad] = parameter
    return alle


PARAMETERS: dict[str, Parameter] = lees_alle()


class Waarden:
    """The values in force on one peildatum. `w["pad"]` gives the number; percentages come as fractions."""

    def __init__(self, peildatum: dt.date):
        self.peildatum = peildatum
        self._bronnen: dict[tuple[str, tuple[str, str] | None], tuple[str, str]] = {}
        self._getallen: dict[str, float] = {}
        self._groepen: dict[str, dict[str, float]] = {}
        self.voorstellen: list[str] = []  # parameters whose value on this date is a proposal, not yet law
        for pad, parameter in PARAMETERS.items():
            if not parameter.geldt_op(peildatum):
                continue  # not yet, or no longer, in force on this peildatum
            waarde = parameter.waarde_op(peildatum)
            self._getallen[pad] = waarde.waarde / PROCENT if parameter.eenheid == "procent" else waarde.waarde
            if waarde.voorstel:
                self.voorstellen.append(pad)

    def __getitem__(self, pad: str) -> float:
        return self._getallen[pad]

    def groep(self, voorvoegsel: str) -> dict[str, float]:
        """The values whose address starts with `voorvoegsel` ("zorgtoeslag.zorgtoeslag."), by the rest of the address.

        For the rules that run for every wage of a sweep: `g["drempelinkomen"]` costs no new string and no call.
        """
        if voorvoegsel not in self._groepen:
            self._groepen[voorvoegsel] = {pad[len(voorvoegsel):]: waarde for pad, waarde in self._getallen.items()
                                          if pad.startswith(voorvoegsel)}
        return self._groepen[voorvoegsel]

    def geldt(self, pad: str) -> bool:
        """Whether a parameter (and so the rule it belongs to) is in force on the peildatum."""
        return pad in self._getallen

    def bron(self, pad: str, artikel: tuple[str, str] | None = None) -> tuple[str, str]:
        """(citation, url) of a parameter on this peildatum, or of another article of its source document."""
        sleutel = (pad, artikel)
        if sleutel not in self._bronnen:
            self._bronnen[sleutel] = self._zoek_bron(pad, artikel)
        return self._bronnen[sleutel]

    def _zoek_bron(self, pad: str, artikel: tuple[str, str] | None) -> tuple[str, str]:
        parameter = PARAMETERS[pad]
        document = parameter.waarde_op(self.peildatum).bron
        if artikel:
            verwijzing, nummer = artikel
            return f"{verwijzing} ({document.titel})", document.url_voor(nummer)
        return f"{parameter.verwijzing} ({document.titel})", document.url_voor(parameter.artikel)

    @cached_property
    def ontbrekend(self) -> dict[dt.date, list[Parameter]]:
        """Known change dates in the year up to the peildatum for which values are missing, per date."""
        van = self.peildatum - dt.timedelta(days=DAGEN_TERUGKIJKEN)
        per_datum: dict[dt.date, list[Parameter]] = {}
        for parameter in PARAMETERS.values():
            for datum in parameter.ontbrekende_wijzigingsdata(van, self.peildatum):
                per_datum.setdefault(datum, []).append(parameter)
        return per_datum


@lru_cache(maxsize=PEILDATA_IN_GEHEUGEN)
def waarden_op(peildatum: dt.date) -> Waarden:
    return Waarden(peildatum)


@lru_cache(maxsize=1)
def vroegste_datum() -> dt.date:
    """The first date for which the data is complete: calculations before it are refused (historic values aside)."""
    return min(w.vanaf for p in PARAMETERS.values() for w in p.waarden if not w.historisch)


class Terugblik(Waarden):
    """The values of the first complete date, with the historic values of an earlier month where the data has them
    (the norms of 1-7-2025, for the vakantietoeslag kept apart in those months); before the first historic value,
    that first one. Explanations cite the sources of the first complete date."""

    def __init__(self, maand: dt.date):
        super().__init__(vroegste_datum())
        for pad in list(self._getallen):
            parameter = PARAMETERS[pad]
            if parameter.waarden[0].historisch:
                waarde = parameter.waarde_op(max(maand, parameter.waarden[0].vanaf)).waarde
                self._getallen[pad] = waarde / PROCENT if parameter.eenheid == "procent" else waarde


@lru_cache(maxsize=PEILDATA_IN_GEHEUGEN)
def terugblik_op(maand: dt.date) -> Waarden:
    """The values for a month before the data is complete: `Terugblik`; from then on `waarden_op`."""
    return Terugblik(maand) if maand < vroegste_datum() else waarden_op(maand)
