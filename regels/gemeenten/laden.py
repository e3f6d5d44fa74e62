"""Reading the gemeente data: the list of gemeenten (`indeling.yaml`) and one profile per gemeente (`profielen/`).

A gemeente's own rule is data like every national amount: each value names its source (the gemeente's page, CVDR,
Gemeenteblad), the date it applies from and the date it was checked. A value without them is an error, so the
profile does not load (`ProfielFout`); `lees_alles` collects every error instead, for `python -m regels gemeenten`.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..invoer import VERREKENINGEN, VIER_WEKEN

MAP = Path(__file__).parent
SOORTEN = ("giftengrens", "verrekening", "vier_weken", "individuele_inkomenstoeslag", "minimaregeling", "premie")
STATUSSEN = ("vastgesteld", "voorstel")
GIFTEN_SLEUTELS = ("alleenstaand", "gehuwd")
IIT_SLEUTELS = ("alleenstaand", "alleenstaande_ouder", "alleenstaande_ouder_met_tiener", "gehuwd", "gehuwd_met_tiener")


class ProfielFout(Exception):
    """A gemeente file does not follow the rules: a value without source, date or check date, or a wrong value."""


@dataclass(frozen=True)
class Bron:
    titel: str
    url: str
    gecontroleerd: dt.date


@dataclass(frozen=True)
class Waarde:
    """One rule of the gemeente, with where it comes from and since when it applies."""

    sleutel: str
    soort: str
    waarde: object  # a number, a method name, or a mapping (per household type)
    vanaf: dt.date
    bron: Bron
    status: str = "vastgesteld"
    naam: str | None = None  # for a minimaregeling or premie: its name as the gemeente writes it
    eenheid: str | None = None
    citaat: str | None = None
    toelichting: str | None = None
    extra: dict = field(default_factory=dict)  # per soort: tiener_vanaf, jaren_laag_inkomen, na_maanden_werk, ...


@dataclass(frozen=True)
class Stap:
    tekst: str
    bron: Bron


@dataclass(frozen=True)
class Profiel:
    code: str
    naam: str
    waarden: tuple[Waarde, ...] = ()
    stappen: tuple[Stap, ...] = ()
    onbekend: tuple[tuple[str, str], ...] = ()  # (onderwerp, what was found and why it does not load)

    def van_soort(self, soort: str) -> tuple[Waarde, ...]:
        return tuple(w for w in self.waarden if w.soort == soort)

    def een(self, soort: str, peildatum: dt.date) -> Waarde | None:
        """The value of this kind in force on the peildatum (the latest one that started before it)."""
        geldig = [w for w in self.van_soort(soort) if w.vanaf <= peildatum]
        return max(geldig, key=lambda w: w.vanaf) if geldig else None


@dataclass(frozen=True)
class Gemeente:
    code: str
    naam: str  # the official name (CBS)
    ook: tuple[str, ...]
    bron: Bron


def _eis(conditie: bool, melding: str) -> None:
    if not conditie:
        raise ProfielFout(melding)


def _datum(waarde, context: str) -> dt.date:
    if isinstance(waarde, dt.date):
        return waarde
    try:
        return dt.date.fromisoformat(str(waarde))
    except ValueError:
        raise ProfielFout(f"{context}: '{waarde}' is geen datum (JJJJ-MM-DD)") from None


def _bronnen(ruw, context: str) -> dict[str, Bron]:
    _eis(ruw is None or isinstance(ruw, dict), f"{context}: 'bronnen' moet een mapping zijn")
    bronnen = {}
    for sleutel, b in (ruw or {}).items():
        plek = f"{context}: bron {sleutel}"
        _eis(isinstance(b, dict), f"{plek}: moet een mapping zijn")
        for veld in ("titel", "url", "gecontroleerd"):
            _eis(b.get(veld) not in (None, ""), f"{plek}: '{veld}' ontbreekt")
        _eis(str(b["url"]).startswith("https://"), f"{plek}: url moet met https:// beginnen")
        bronnen[sleutel] = Bron(str(b["titel"]), str(b["url"]), _datum(b["gecontroleerd"], plek))
    return bronnen


def _getal(waarde) -> bool:
    return isinstance(waarde, (int, float)) and not isinstance(waarde, bool) and waarde >= 0


def _controleer_waarde(soort: str, w: dict, plek: str) -> None:
    waarde = w.get("waarde")
    if soort == "giftengrens":
        _eis(isinstance(waarde, dict) and set(waarde) == set(GIFTEN_SLEUTELS) and all(map(_getal, waarde.values())),
             f"{plek}: schrijf waarde: {{alleenstaand: ..., gehuwd: ...}} in euro per jaar")
    elif soort == "verrekening":
        _eis(waarde in VERREKENINGEN, f"{plek}: waarde moet een van {', '.join(VERREKENINGEN)} zijn")
    elif soort == "vier_weken":
        _eis(waarde in VIER_WEKEN, f"{plek}: waarde moet een van {', '.join(VIER_WEKEN)} zijn")
    elif soort == "individuele_inkomenstoeslag":
        _eis(isinstance(waarde, dict) and set(waarde) == set(IIT_SLEUTELS) and all(map(_getal, waarde.values())),
             f"{plek}: schrijf een bedrag per jaar voor {', '.join(IIT_SLEUTELS)}")
        _eis(_getal(w.get("tiener_vanaf")) and _getal(w.get("jaren_laag_inkomen")),
             f"{plek}: 'tiener_vanaf' en 'jaren_laag_inkomen' ontbreken")
    elif soort == "minimaregeling":
        _eis(_getal(waarde) and w.get("naam"), f"{plek}: schrijf naam en waarde (procent van de bijstandsnorm)")
    elif soort == "premie":
        _eis(_getal(waarde) and w.get("naam") and _getal(w.get("na_maanden_werk")),
             f"{plek}: schrijf naam, waarde (euro) en na_maanden_werk")


EXTRA = ("tiener_vanaf", "jaren_laag_inkomen", "na_maanden_werk", "min_maanden_bijstand", "min_leeftijd")


def _waarde(sleutel: str, w, bronnen: dict[str, Bron], context: str) -> Waarde:
    plek = f"{context}: {sleutel}"
    _eis(isinstance(w, dict), f"{plek}: moet een mapping zijn")
    soort = w.get("soort")
    _eis(soort in SOORTEN, f"{plek}: 'soort' moet een van {', '.join(SOORTEN)} zijn")
    _eis(w.get("bron") not in (None, ""), f"{plek}: een waarde zonder bron laden we niet ('bron' ontbreekt)")
    _eis(w["bron"] in bronnen, f"{plek}: bron '{w['bron']}' staat niet onder 'bronnen'")
    _eis(w.get("vanaf") not in (None, ""), f"{plek}: een waarde zonder datum laden we niet ('vanaf' ontbreekt)")
    status = w.get("status", "vastgesteld")
    _eis(status in STATUSSEN, f"{plek}: status moet een van {', '.join(STATUSSEN)} zijn")
    _controleer_waarde(soort, w, plek)
    return Waarde(sleutel=sleutel, soort=soort, waarde=w["waarde"], vanaf=_datum(w["vanaf"], plek),
                  bron=bronnen[w["bron"]], status=status, naam=w.get("naam"), eenheid=w.get("eenheid"),
                  citaat=w.get("citaat"), toelichting=w.get("toelichting"),
                  extra={k: w[k] for k in EXTRA if k in w})


def _yaml(pad: Path):
    try:
        return yaml.safe_load(pad.read_text(encoding="utf-8"))
    except yaml.YAMLError as fout:
        plek = getattr(fout, "problem_mark", None)
        raise ProfielFout(f"{pad.name}: dit is geen geldige YAML" + (f" (regel {plek.line + 1})" if plek else "")) \
            from None


CBS_CODE = re.compile(r"^GM\d{4}$")


def naam_sleutel(tekst: str) -> str:
    """'’s-Gravenhage', "s gravenhage", 'Gemeente Den Haag ', 'Sudwest Fryslan' -> one comparable form."""
    tekst = unicodedata.normalize("NFKD", tekst).encode("ascii", "ignore").decode().lower().strip()
    tekst = re.sub(r"^gemeente\s+", "", tekst)
    tekst = re.sub(r"\(gemeente\)", "", tekst)
    return re.sub(r"[^a-z0-9]", "", tekst)


def lees_indeling(pad: Path = MAP / "indeling.yaml") -> dict[str, Gemeente]:
    """The list of gemeenten; a row without a source, a code that is not a CBS code or a name that two gemeenten
    share is an error, so a typed name always points at one gemeente."""
    ruw = _yaml(pad)
    _eis(isinstance(ruw, dict) and isinstance(ruw.get("gemeenten"), dict), f"{pad.name}: 'gemeenten' ontbreekt")
    bronnen = _bronnen(ruw.get("bronnen"), pad.name)
    lijst, namen = {}, {}
    for code, g in ruw["gemeenten"].items():
        plek = f"{pad.name}: {code}"
        _eis(isinstance(code, str) and CBS_CODE.match(code), f"{plek}: dit is geen CBS-code (GM en 4 cijfers)")
        _eis(isinstance(g, dict) and g.get("naam"), f"{plek}: 'naam' ontbreekt")
        _eis(g.get("bron") in bronnen, f"{plek}: een gemeente zonder bron laden we niet")
        ook = g.get("ook", ())
        _eis(isinstance(ook, (list, tuple)), f"{plek}: 'ook' moet een lijst met namen zijn")
        gemeente = Gemeente(code, str(g["naam"]), tuple(map(str, ook)), bronnen[g["bron"]])
        for naam in (gemeente.naam, *gemeente.ook):
            ander = namen.setdefault(naam_sleutel(naam), code)
            _eis(ander == code, f"{plek}: de naam '{naam}' hoort ook bij {ander}")
        lijst[code] = gemeente
    return lijst


def lees_profiel(pad: Path, indeling: dict[str, Gemeente]) -> Profiel:
    """One gemeente file; raises ProfielFout naming the file and the value that is wrong."""
    ruw = _yaml(pad)
    _eis(isinstance(ruw, dict), f"{pad.name}: moet een mapping zijn")
    code = ruw.get("code")
    _eis(code in indeling, f"{pad.name}: code '{code}' staat niet in indeling.yaml")
    _eis(bool(ruw.get("naam")), f"{pad.name}: 'naam' ontbreekt")
    bronnen = _bronnen(ruw.get("bronnen"), pad.name)
    waarden = ruw.get("waarden") or {}
    _eis(isinstance(waarden, dict), f"{pad.name}: 'waarden' moet een mapping zijn")
    stappen = ruw.get("stappen") or []
    _eis(isinstance(stappen, list), f"{pad.name}: 'stappen' moet een lijst zijn")
    for nummer, stap in enumerate(stappen, start=1):
        _eis(isinstance(stap, dict) and stap.get("tekst") and stap.get("bron") in bronnen,
             f"{pad.name}: stap {nummer} heeft een tekst en een bron uit 'bronnen' nodig")
    onbekend = ruw.get("onbekend") or {}
    _eis(isinstance(onbekend, dict), f"{pad.name}: 'onbekend' moet een mapping zijn")
    return Profiel(
        code=code, naam=str(ruw["naam"]),
        waarden=tuple(_waarde(k, w, bronnen, pad.name) for k, w in waarden.items()),
        stappen=tuple(Stap(str(s["tekst"]), bronnen[s["bron"]]) for s in stappen),
        onbekend=tuple((str(k), str(v)) for k, v in onbekend.items()),
    )


def lees_alles(kaart: Path = MAP) -> tuple[dict[str, Gemeente], dict[str, Profiel], list[str]]:
    """The list, every profile that loads, and a message per file that does not (nothing is half loaded)."""
    indeling = lees_indeling(kaart / "indeling.yaml")
    profielen, fouten = {}, []
    for pad in sorted((kaart / "profielen").glob("*.yaml")):
        try:
            profiel = lees_profiel(pad, indeling)
        except ProfielFout as fout:
            fouten.append(str(fout))
            continue
        if profiel.code in profielen:
            fouten.append(f"{pad.name}: er is al een profiel voor {profiel.code}")
            continue
        profielen[profiel.code] = profiel
    return indeling, profielen, fouten
