"""The input contract: a situation as a dict (JSON), checked field by field with a Dutch message per field."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, replace

from .parameters import vroegste_datum, waarden_op
from .uitleg import datum as datum_tekst

LEEFVORMEN = ("alleenstaand", "alleenstaande_ouder", "gehuwd")
STANDAARD_LEEFTIJD = 35
# Input sanity bounds, not law: what the rules accept at all (the web forms may be stricter).
MAX_LEEFTIJD = 120
MAX_KINDEREN = 15
MAX_KOSTENDELERS = 10
MAX_HUUR = 5_000
MAX_UREN_PER_WEEK = 60
MAX_UURLOON = 500
MAX_BRUTO_PER_MAAND = 50_000
MAX_NETTO_PER_MAAND = 30_000
MAX_MAANDEN_VRIJLATING = 600
MAX_GIFTEN = 1_000_000
MAX_TOETSINGSINKOMEN = 10_000_000
PEILDATUM_JAREN_VOORUIT = 5


class OngeldigeInvoer(ValueError):
    """The situation cannot be computed. `fouten` maps each field (dotted path) to a Dutch message."""

    def __init__(self, fouten: dict[str, str]):
        self.fouten = fouten
        super().__init__("; ".join(f"{veld}: {melding}" for veld, melding in fouten.items()))


@dataclass(frozen=True)
class Werk:
    """Work as entered: exactly one of the three forms is filled in."""

    uren_per_week: float | None = None
    bruto_uurloon: float | None = None
    bruto_per_maand: float | None = None
    netto_per_maand: float | None = None


@dataclass(frozen=True)
class Situatie:
    peildatum: dt.date
    leefvorm: str
    leeftijd: int
    partner_leeftijd: int | None
    kostendelers: int
    kinderen: tuple[int, ...]
    kale_huur: float | None
    werk: Werk | None
    partner_werk: Werk | None
    vrijlating_maanden_gehad: int
    medisch_urenbeperkt: bool
    giften_dit_jaar: float
    toetsingsinkomen: float | None
    waarschuwingen: tuple[str, ...] = field(default=())

    @property
    def gehuwd(self) -> bool:
        return self.leefvorm == "gehuwd"

    def met_uren(self, uren: float) -> Situatie:
        """The same situation with another number of hours per week (for a sweep)."""
        assert self.werk is not None and self.werk.bruto_uurloon is not None
        return replace(self, werk=Werk(uren_per_week=uren, bruto_uurloon=self.werk.bruto_uurloon))


class _Lezer:
    """Reads one situation dict, collecting every problem instead of stopping at the first."""

    def __init__(self):
        self.fouten: dict[str, str] = {}

    def fout(self, veld: str, melding: str) -> None:
        self.fouten.setdefault(veld, melding)

    def getal(self, bron: dict, sleutel: str, veld: str, minimum: float, maximum: float, standaard=None,
              geheel: bool = False, naam: str = "Dit"):
        waarde = bron.get(sleutel, standaard)
        if waarde is None:
            return standaard
        if isinstance(waarde, bool) or not isinstance(waarde, (int, float)) or waarde != waarde:
            self.fout(veld, f"{naam} moet een getal zijn.")
            return standaard
        if geheel and int(waarde) != waarde:
            self.fout(veld, f"{naam} moet een heel getal zijn.")
            return standaard
        if not minimum <= waarde <= maximum:
            self.fout(veld, f"{naam} moet tussen {_getal(minimum)} en {_getal(maximum)} liggen.")
            return standaard
        return int(waarde) if geheel else float(waarde)

    def mapping(self, bron: dict, sleutel: str, toegestaan: set[str]) -> dict:
        waarde = bron.get(sleutel)
        if waarde is None:
            return {}
        if not isinstance(waarde, dict):
            self.fout(sleutel, "Dit moet een groep velden zijn.")
            return {}
        for onbekend in sorted(set(waarde) - toegestaan):
            self.fout(f"{sleutel}.{onbekend}", "Dit veld kennen we niet.")
        return waarde

    def werk(self, bron: dict, sleutel: str) -> Werk | None:
        ruw = self.mapping(bron, sleutel, {"uren_per_week", "bruto_uurloon", "bruto_per_maand", "netto_per_maand"})
        if not ruw:
            return None
        for veld in sorted(k for k, v in ruw.items() if v is None):
            self.fout(f"{sleutel}.{veld}", "Vul hier een getal in, of laat dit veld weg.")
        ruw = {k: v for k, v in ruw.items() if v is not None}
        if not ruw:
            return None
        vormen = [
            {"uren_per_week", "bruto_uurloon"} <= set(ruw),
            "bruto_per_maand" in ruw,
            "netto_per_maand" in ruw,
        ]
        if sum(vormen) != 1 or (not vormen[0] and len(ruw) != 1):
            self.fout(sleutel, "Vul uren per week met een bruto uurloon in, of een bruto maandloon, of een netto maandloon.")
            return None
        return Werk(
            uren_per_week=self.getal(ruw, "uren_per_week", f"{sleutel}.uren_per_week", 0, MAX_UREN_PER_WEEK, naam="Het aantal uren per week"),
            bruto_uurloon=self.getal(ruw, "bruto_uurloon", f"{sleutel}.bruto_uurloon", 0, MAX_UURLOON, naam="Het bruto uurloon"),
            bruto_per_maand=self.getal(ruw, "bruto_per_maand", f"{sleutel}.bruto_per_maand", 0, MAX_BRUTO_PER_MAAND,
                                       naam="Het bruto maandloon"),
            netto_per_maand=self.getal(ruw, "netto_per_maand", f"{sleutel}.netto_per_maand", 0, MAX_NETTO_PER_MAAND,
                                       naam="Het netto maandloon"),
        )


def _getal(waarde: float) -> str:
    return f"{waarde:,.0f}".replace(",", ".") if waarde == int(waarde) else str(waarde).replace(".", ",")


def peildatum_bereik() -> tuple[dt.date, dt.date]:
    """The first and last peildatum a calculation accepts."""
    eerste = vroegste_datum()
    return eerste, dt.date(eerste.year + PEILDATUM_JAREN_VOORUIT + 1, 1, 1) - dt.timedelta(days=1)


def _peildatum(lezer: _Lezer, ruw) -> dt.date:
    vandaag = dt.date.today()
    if ruw is None:
        datum = vandaag
    elif isinstance(ruw, dt.date):
        datum = ruw
    else:
        try:
            datum = dt.date.fromisoformat(str(ruw))
        except ValueError:
            lezer.fout("peildatum", "Schrijf de peildatum als jaar-maand-dag (JJJJ-MM-DD).")
            return vandaag
    eerste, laatste = peildatum_bereik()
    if not eerste <= datum <= laatste:
        lezer.fout("peildatum", f"We kunnen rekenen met een peildatum van {datum_tekst(eerste)} tot en met {datum_tekst(laatste)}.")
        return max(eerste, min(datum, laatste))
    return datum


def lees_situatie(situatie: dict) -> Situatie:
    """Check a situation dict and return a Situatie, or raise OngeldigeInvoer with every problem found."""
    lezer = _Lezer()
    if not isinstance(situatie, dict):
        raise OngeldigeInvoer({"situatie": "De invoer moet een JSON-object zijn."})
    toegestaan = {"peildatum", "huishouden", "werk", "partner_werk", "vrijlating", "giften_dit_jaar", "toetsingsinkomen"}
    for onbekend in sorted(set(situatie) - toegestaan):
        lezer.fout(onbekend, "Dit veld kennen we niet.")

    peildatum = _peildatum(lezer, situatie.get("peildatum"))
    w = waarden_op(peildatum)
    minimumleeftijd = int(w["participatiewet.art13_uitsluitingen.minimumleeftijd"])
    kind_jonger_dan = int(w["participatiewet.art1_begrippen.kind_jonger_dan"])
    huis = lezer.mapping(situatie, "huishouden",
                         {"leefvorm", "leeftijd", "partner_leeftijd", "kostendelers", "kinderen", "kale_huur"})
    leefvorm = huis.get("leefvorm") or "alleenstaand"
    if leefvorm not in LEEFVORMEN:
        lezer.fout("huishouden.leefvorm", "Kies alleenstaand, alleenstaande ouder of gehuwd (of samenwonend).")
        leefvorm = "alleenstaand"
    gehuwd = leefvorm == "gehuwd"
    leeftijd = lezer.getal(huis, "leeftijd", "huishouden.leeftijd", minimumleeftijd, MAX_LEEFTIJD, STANDAARD_LEEFTIJD, geheel=True,
                           naam="Je leeftijd")
    partner_leeftijd = None
    if gehuwd:
        partner_leeftijd = lezer.getal(huis, "partner_leeftijd", "huishouden.partner_leeftijd", minimumleeftijd, MAX_LEEFTIJD,
                                       STANDAARD_LEEFTIJD, geheel=True, naam="De leeftijd van je partner")
    elif huis.get("partner_leeftijd") is not None:
        lezer.fout("huishouden.partner_leeftijd", "Een partner hoort alleen bij de leefvorm gehuwd of samenwonend.")
    kostendelers = lezer.getal(huis, "kostendelers", "huishouden.kostendelers", 0, MAX_KOSTENDELERS, 0, geheel=True,
                               naam="Het aantal medebewoners")
    kinderen = _kinderen(lezer, [] if huis.get("kinderen") is None else huis["kinderen"], leefvorm, kind_jonger_dan)
    kale_huur = lezer.getal(huis, "kale_huur", "huishouden.kale_huur", 0, MAX_HUUR, naam="De kale huur")

    werk = lezer.werk(situatie, "werk")
    partner_werk = lezer.werk(situatie, "partner_werk")
    if partner_werk and not gehuwd:
        lezer.fout("partner_werk", "Werk van een partner telt alleen mee als je gehuwd bent of samenwoont.")
    vrijlating = lezer.mapping(situatie, "vrijlating", {"maanden_gehad", "medisch_urenbeperkt"})
    maanden = lezer.getal(vrijlating, "maanden_gehad", "vrijlating.maanden_gehad", 0, MAX_MAANDEN_VRIJLATING, 0, geheel=True,
                          naam="Het aantal maanden")
    medisch = vrijlating.get("medisch_urenbeperkt")
    medisch = False if medisch is None else medisch
    if not isinstance(medisch, bool):
        lezer.fout("vrijlating.medisch_urenbeperkt", "Kies ja of nee.")
        medisch = False
    giften = lezer.getal(situatie, "giften_dit_jaar", "giften_dit_jaar", 0, MAX_GIFTEN, 0.0,
                         naam="Het bedrag aan giften")
    toetsingsinkomen = lezer.getal(situatie, "toetsingsinkomen", "toetsingsinkomen", 0, MAX_TOETSINGSINKOMEN,
                                   naam="Het toetsingsinkomen")
    if lezer.fouten:
        raise OngeldigeInvoer(lezer.fouten)
    return Situatie(
        peildatum=peildatum,
        leefvorm=leefvorm,
        leeftijd=leeftijd,
        partner_leeftijd=partner_leeftijd,
        kostendelers=kostendelers,
        kinderen=kinderen,
        kale_huur=kale_huur,
        werk=werk,
        partner_werk=partner_werk if gehuwd else None,
        vrijlating_maanden_gehad=maanden,
        medisch_urenbeperkt=medisch,
        giften_dit_jaar=giften,
        toetsingsinkomen=toetsingsinkomen,
    )


def _kinderen(lezer: _Lezer, ruw, leefvorm: str, jonger_dan: int) -> tuple[int, ...]:
    if not isinstance(ruw, list) or len(ruw) > MAX_KINDEREN:
        lezer.fout("huishouden.kinderen",
                   f"Geef de leeftijden van de kinderen als lijst, bijvoorbeeld [4, 9] (hoogstens {MAX_KINDEREN}).")
        return ()
    leeftijden = []
    for nummer, leeftijd in enumerate(ruw, start=1):
        if isinstance(leeftijd, bool) or not isinstance(leeftijd, int) or not 0 <= leeftijd < jonger_dan:
            lezer.fout("huishouden.kinderen",
                       f"De leeftijd van kind {nummer} moet een heel getal van 0 tot en met {jonger_dan - 1} zijn.")
            return ()
        leeftijden.append(leeftijd)
    if leefvorm == "alleenstaande_ouder" and not leeftijden:
        lezer.fout("huishouden.kinderen", "Een alleenstaande ouder heeft minstens één kind jonger dan 18. Vul de leeftijd in.")
    if leefvorm == "alleenstaand" and leeftijden:
        lezer.fout("huishouden.kinderen", "Woon je alleen met je kinderen? Kies dan alleenstaande ouder.")
    return tuple(leeftijden)
