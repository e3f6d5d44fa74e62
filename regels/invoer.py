"""The input contract: a situation as a dict (JSON), checked field by field with a message per field.

The messages are written in the language of `regels.taal` (Dutch unless a caller chose another).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Collection
from dataclasses import dataclass, field

from .kalender import MAANDEN_PER_JAAR
from .kosten_werk import KostenWerk
from .parameters import vroegste_datum, waarden_op
from .taal import BRONTAAL, N_, gettext as _, ngettext
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
MAX_MAANDEN_BIJSTAND = 600  # input sanity limit (50 years), not a rule
MAX_GIFTEN = 1_000_000
MAX_TOETSINGSINKOMEN = 10_000_000
PEILDATUM_JAREN_VOORUIT = 5
MAX_MAANDEN = 24  # the month-by-month view
MAX_GIFTEN_MAANDEN = 36  # gifts per month: three calendar years

LOONBETALINGEN = ("maand", "vier_weken", "week")
OPVANG_SOORTEN = ("dagopvang", "bso", "gastouder")
MAX_UREN_OPVANG = 744  # hours in a month of 31 days
MAX_UURPRIJS_OPVANG = 100
VAKANTIEGELD = ("mei", "juni", "per_maand")
VERREKENINGEN = ("volgende_maand", "zelfde_maand", "schatten")
VIER_WEKEN = ("dertien_twaalfde", "per_betaling", "werkdagen")


class OngeldigeInvoer(ValueError):
    """The situation cannot be computed. `fouten` maps each field (dotted path) to a message for a person, in the
    language of `regels.taal` when it was raised."""

    def __init__(self, fouten: dict[str, str]):
        self.fouten = fouten
        super().__init__("; ".join(f"{veld}: {melding}" for veld, melding in fouten.items()))


@dataclass(frozen=True)
class RoosterMaand:
    """A month in which the work differs from the usual (wisselende uren): other hours, or a gross wage."""

    maand: dt.date  # first day of the month
    uren_per_week: float | None = None
    bruto: float | None = None


@dataclass(frozen=True)
class Opvang:
    """Childcare for one child: `kind` is the index in huishouden.kinderen."""

    kind: int
    soort: str  # dagopvang | bso | gastouder
    uren_per_maand: float
    uurprijs: float


@dataclass(frozen=True)
class Werk:
    """Work as entered: exactly one of the three forms is filled in; the rest is for the month-by-month view."""

    uren_per_week: float | None = None
    bruto_uurloon: float | None = None
    bruto_per_maand: float | None = None
    netto_per_maand: float | None = None
    start: dt.date | None = None  # first day of work ("JJJJ-MM" means its first day); None: the peildatum's month
    eind: dt.date | None = None  # last month of work (first day); None: the work goes on
    rooster: tuple[RoosterMaand, ...] = ()
    loonbetaling: str = "maand"
    vakantiegeld: str = "mei"
    eerste_betaling: dt.date | None = None  # the first pay day (per 4 weeks or per week); None: the end of the period

    @property
    def vakantiegeld_apart(self) -> bool:
        """Whether vakantiegeld is paid once a year (then the gemeente uses the vakantieaanspraak)."""
        return self.vakantiegeld != "per_maand"


@dataclass(frozen=True)
class Gift:
    """Gifts received in one calendar month (art. 31 lid 2 m counts them per calendar year)."""

    maand: dt.date  # first day of the month
    bedrag: float


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
    kinderopvang: tuple[Opvang, ...] = ()
    partner_vrijlating_maanden_gehad: int | None = None  # None: not asked, the person's months are used
    verrekening: str = "volgende_maand"  # how the gemeente settles income (gemeente policy)
    vier_weken: str = "dertien_twaalfde"  # how the gemeente counts a 4-weekly salary (gemeente policy)
    maanden: int = MAANDEN_PER_JAAR
    partner_recht_op_bijstand: bool = True  # False: art. 24 (and from 2027 art. 24a) set the norm
    gemeente: str | None = None  # CBS code (GM0518); None: not given, the national rules only
    kosten_werk: KostenWerk | None = None
    maanden_bijstand: int | None = None  # months of bijstand before the work: only a gemeente's premie asks it
    giften: tuple[Gift, ...] = ()  # gifts per month (the month view); `giften_dit_jaar` is the total so far this year

    @property
    def gehuwd(self) -> bool:
        return self.leefvorm == "gehuwd"


class _Lezer:
    """Reads one situation dict, collecting every problem instead of stopping at the first."""

    def __init__(self):
        self.fouten: dict[str, str] = {}

    def fout(self, veld: str, melding: str) -> None:
        self.fouten.setdefault(veld, melding)

    def getal(self, bron: dict, sleutel: str, veld: str, minimum: float, maximum: float, standaard=None,
              geheel: bool = False, *, naam: str):
        """`naam` names the field at the start of a message ("Het bruto uurloon"), marked with N_: translated here."""
        waarde = bron.get(sleutel, standaard)
        if waarde is None:
            return standaard
        # An int is compared as an int: one with hundreds of digits would overflow float() (it is simply too large).
        if isinstance(waarde, bool) or not isinstance(waarde, (int, float)) \
                or isinstance(waarde, float) and not math.isfinite(waarde):
            # Translators: %(naam)s names the field at the start of the sentence, such as "Het bruto uurloon".
            self.fout(veld, _("%(naam)s moet een getal zijn.") % {"naam": _(naam)})
            return standaard
        if geheel and int(waarde) != waarde:
            # Translators: %(naam)s names the field at the start of the sentence, such as "Het aantal maanden".
            self.fout(veld, _("%(naam)s moet een heel getal zijn.") % {"naam": _(naam)})
            return standaard
        if not minimum <= waarde <= maximum:
            # Translators: %(naam)s names the field at the start of the sentence, such as "Het bruto uurloon";
            # %(minimum)s and %(maximum)s are numbers in Dutch notation (1.000, 14,5).
            self.fout(veld, _("%(naam)s moet tussen %(minimum)s en %(maximum)s liggen.")
                      % {"naam": _(naam), "minimum": _getal(minimum), "maximum": _getal(maximum)})
            return standaard
        return int(waarde) if geheel else float(waarde)

    def mapping(self, bron: dict, sleutel: str, toegestaan: set[str]) -> dict:
        waarde = bron.get(sleutel)
        if waarde is None:
            return {}
        if not isinstance(waarde, dict):
            # Translators: the input (JSON) has a single value where a group of fields (an object) belongs.
            self.fout(sleutel, _("Dit moet een groep velden zijn."))
            return {}
        for onbekend in sorted(set(waarde) - toegestaan):
            self.fout(f"{sleutel}.{onbekend}", _("Dit veld kennen we niet."))
        return waarde

    def keuze(self, bron: dict, sleutel: str, veld: str, keuzes: tuple[str, ...]) -> str:
        waarde = bron.get(sleutel)
        if waarde is None:
            return keuzes[0]
        if waarde not in keuzes:
            self.fout(veld, kies_een_van(keuzes))
            return keuzes[0]
        return waarde

    def maand(self, bron: dict, sleutel: str, veld: str) -> dt.date | None:
        waarde = bron.get(sleutel)
        if waarde is None:
            return None
        try:
            return self._maand(waarde)
        except (ValueError, TypeError, OverflowError):
            # Translators: JJJJ-MM is the format jaar (year) - maand (month): YYYY-MM in English.
            self.fout(veld, _("Schrijf de maand als jaar-maand (JJJJ-MM), bijvoorbeeld 2026-03."))
            return None

    def datum(self, bron: dict, sleutel: str, veld: str) -> dt.date | None:
        """A day (JJJJ-MM-DD) or a month (JJJJ-MM, its first day)."""
        waarde = bron.get(sleutel)
        if waarde is None:
            return None
        try:
            return dt.date.fromisoformat(str(waarde)) if str(waarde).count("-") == 2 else self._maand(waarde)
        except (ValueError, TypeError, OverflowError):
            # Translators: JJJJ-MM-DD is the format jaar (year) - maand (month) - dag (day): YYYY-MM-DD in English.
            self.fout(veld, _("Schrijf de datum als jaar-maand-dag (JJJJ-MM-DD) of als jaar-maand (JJJJ-MM)."))
            return None

    @staticmethod
    def _maand(waarde) -> dt.date:
        jaar, maand = (int(deel) for deel in str(waarde).split("-"))
        return dt.date(jaar, maand, 1)

    def lijst_van_maanden(self, ruw, sleutel: str, maximum: int, te_lang: str, past, melding: str, lees) -> tuple:
        """A list of per-month items: each item that `past` accepts is read by `lees(item, veld)` (None: skipped).
        `te_lang` is the message when it is no list or longer than `maximum` months."""
        if ruw is None:
            return ()
        if not isinstance(ruw, list) or len(ruw) > maximum:
            self.fout(sleutel, te_lang)
            return ()
        lijst = []
        for nummer, item in enumerate(ruw):
            veld = f"{sleutel}.{nummer}"
            if not isinstance(item, dict) or not past(set(item)):
                self.fout(veld, melding)
                continue
            gelezen = lees(item, veld)
            if gelezen is not None:
                lijst.append(gelezen)
        return tuple(lijst)

    def giften(self, ruw, sleutel: str) -> tuple[Gift, ...]:
        def lees(item: dict, veld: str) -> Gift | None:
            maand = self.maand(item, "maand", f"{veld}.maand")
            if item["bedrag"] is None:
                self.fout(f"{veld}.bedrag", _("Vul hier een getal in."))
                return None
            bedrag = self.getal(item, "bedrag", f"{veld}.bedrag", 0, MAX_GIFTEN, naam=N_("Het bedrag van de gift"))
            return Gift(maand, bedrag) if maand and bedrag is not None else None
        # Translators: %(n)s is the largest number of months (36).
        te_lang = ngettext("Geef de giften als lijst van hoogstens %(n)s maand.",
                           "Geef de giften als lijst van hoogstens %(n)s maanden.", MAX_GIFTEN_MAANDEN)
        return self.lijst_van_maanden(ruw, sleutel, MAX_GIFTEN_MAANDEN, te_lang % {"n": MAX_GIFTEN_MAANDEN},
                                      lambda velden: velden == {"maand", "bedrag"},
                                      # Translators: JSON for the API: keep it as it is (JJJJ-MM is YYYY-MM).
                                      _('Geef per gift {"maand": "JJJJ-MM", "bedrag": 500}.'), lees)

    def rooster(self, ruw, sleutel: str) -> tuple[RoosterMaand, ...]:
        def lees(item: dict, veld: str) -> RoosterMaand | None:
            maand = self.maand(item, "maand", f"{veld}.maand")
            leeg = [soort for soort in ("bruto", "uren_per_week") if soort in item and item[soort] is None]
            for soort in leeg:
                self.fout(f"{veld}.{soort}", _("Vul hier een getal in."))
            if leeg:
                return None
            uren = self.getal(item, "uren_per_week", f"{veld}.uren_per_week", 0, MAX_UREN_PER_WEEK,
                              naam=N_("Het aantal uren per week"))
            bruto = self.getal(item, "bruto", f"{veld}.bruto", 0, MAX_BRUTO_PER_MAAND, naam=N_("Het bruto loon"))
            return RoosterMaand(maand, uren, bruto) if maand else None
        # Translators: the rooster is the list of months in which someone works other hours; %(n)s is 24.
        te_lang = ngettext("Geef het rooster als lijst van hoogstens %(n)s maand.",
                           "Geef het rooster als lijst van hoogstens %(n)s maanden.", MAX_MAANDEN)
        return self.lijst_van_maanden(
            ruw, sleutel, MAX_MAANDEN, te_lang % {"n": MAX_MAANDEN},
            lambda velden: "maand" in velden and not velden - {"maand", "uren_per_week", "bruto"}
            and len(velden & {"uren_per_week", "bruto"}) == 1,
            # Translators: JSON for the API: keep the field names and "JJJJ-MM" (YYYY-MM) as they are.
            _('Geef per maand {"maand": "JJJJ-MM"} met "uren_per_week" of "bruto".'), lees)

    def werk(self, bron: dict, sleutel: str) -> Werk | None:
        extra = {"start", "eind", "rooster", "loonbetaling", "vakantiegeld", "eerste_betaling"}
        ruw = self.mapping(bron, sleutel, {"uren_per_week", "bruto_uurloon", "bruto_per_maand", "netto_per_maand"} | extra)
        if not ruw:
            return None
        for veld in sorted(k for k, v in ruw.items() if v is None and k not in extra):
            self.fout(f"{sleutel}.{veld}", _("Vul hier een getal in, of laat dit veld weg."))
        patroon = {k: ruw[k] for k in extra if k in ruw}
        ruw = {k: v for k, v in ruw.items() if v is not None and k not in extra}
        if not ruw:
            if any(v is not None for v in patroon.values()):
                self.fout(sleutel, _("Vul ook in hoeveel je werkt: uren en uurloon, of een maandloon."))
            return None
        vormen = [
            {"uren_per_week", "bruto_uurloon"} <= set(ruw),
            "bruto_per_maand" in ruw,
            "netto_per_maand" in ruw,
        ]
        if sum(vormen) != 1 or (not vormen[0] and len(ruw) != 1):
            self.fout(sleutel, _("Vul uren per week met een bruto uurloon in, of een bruto maandloon, of een netto "
                                 "maandloon."))
            return None
        return Werk(
            uren_per_week=self.getal(ruw, "uren_per_week", f"{sleutel}.uren_per_week", 0, MAX_UREN_PER_WEEK,
                                     naam=N_("Het aantal uren per week")),
            bruto_uurloon=self.getal(ruw, "bruto_uurloon", f"{sleutel}.bruto_uurloon", 0, MAX_UURLOON,
                                     naam=N_("Het bruto uurloon")),
            bruto_per_maand=self.getal(ruw, "bruto_per_maand", f"{sleutel}.bruto_per_maand", 0, MAX_BRUTO_PER_MAAND,
                                       naam=N_("Het bruto maandloon")),
            netto_per_maand=self.getal(ruw, "netto_per_maand", f"{sleutel}.netto_per_maand", 0, MAX_NETTO_PER_MAAND,
                                       naam=N_("Het netto maandloon")),
            start=self.datum(patroon, "start", f"{sleutel}.start"),
            eerste_betaling=self.datum(patroon, "eerste_betaling", f"{sleutel}.eerste_betaling"),
            eind=self.maand(patroon, "eind", f"{sleutel}.eind"),
            rooster=self.rooster(patroon.get("rooster"), f"{sleutel}.rooster"),
            loonbetaling=self.keuze(patroon, "loonbetaling", f"{sleutel}.loonbetaling", LOONBETALINGEN),
            vakantiegeld=self.keuze(patroon, "vakantiegeld", f"{sleutel}.vakantiegeld", VAKANTIEGELD),
        )


def kies_een_van(keuzes) -> str:
    """The message for a value that is not one of `keuzes` (codes of the input, which stay as they are)."""
    # Translators: %(keuzes)s lists the values the input (JSON) accepts, such as "maand, vier_weken, week": codes
    # that stay as they are.
    return _("Kies een van: %(keuzes)s.") % {"keuzes": ", ".join(keuzes)}


def lees_taal(ruw, talen: Collection[str]) -> str:
    """The language a request asks for ("taal"), one of `talen`; Dutch when it names none."""
    if ruw is None:
        return BRONTAAL
    if not isinstance(ruw, str) or ruw not in talen:
        raise OngeldigeInvoer({"taal": kies_een_van(tuple(talen))})
    return ruw


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
            # Translators: JJJJ-MM-DD is the format jaar (year) - maand (month) - dag (day): YYYY-MM-DD in English.
            lezer.fout("peildatum", _("Schrijf de peildatum als jaar-maand-dag (JJJJ-MM-DD)."))
            return vandaag
    eerste, laatste = peildatum_bereik()
    if not eerste <= datum <= laatste:
        # Translators: %(eerste)s and %(laatste)s are dates, such as "1 januari 2026".
        lezer.fout("peildatum", _("We kunnen rekenen met een peildatum van %(eerste)s tot en met %(laatste)s.")
                   % {"eerste": datum_tekst(eerste), "laatste": datum_tekst(laatste)})
        return max(eerste, min(datum, laatste))
    return datum


def lees_situatie(situatie: dict) -> Situatie:
    """Check a situation dict and return a Situatie, or raise OngeldigeInvoer with every problem found."""
    lezer = _Lezer()
    if not isinstance(situatie, dict):
        raise OngeldigeInvoer({"situatie": _("De invoer moet een JSON-object zijn.")})
    toegestaan = {"peildatum", "huishouden", "werk", "partner_werk", "vrijlating", "giften_dit_jaar", "giften",
                  "toetsingsinkomen",
                  "gemeente", "maanden", "kinderopvang", "kosten_werk"}
    for onbekend in sorted(set(situatie) - toegestaan):
        lezer.fout(onbekend, _("Dit veld kennen we niet."))

    peildatum = _peildatum(lezer, situatie.get("peildatum"))
    w = waarden_op(peildatum)
    minimumleeftijd = int(w["participatiewet.art13_uitsluitingen.minimumleeftijd"])
    kind_jonger_dan = int(w["participatiewet.art1_begrippen.kind_jonger_dan"])
    huis = lezer.mapping(situatie, "huishouden",
                         {"leefvorm", "leeftijd", "partner_leeftijd", "kostendelers", "kinderen", "kale_huur",
                          "partner_recht_op_bijstand"})
    leefvorm = huis.get("leefvorm") or "alleenstaand"
    if leefvorm not in LEEFVORMEN:
        lezer.fout("huishouden.leefvorm", _("Kies alleenstaand, alleenstaande ouder of gehuwd (of samenwonend)."))
        leefvorm = "alleenstaand"
    gehuwd = leefvorm == "gehuwd"
    leeftijd = lezer.getal(huis, "leeftijd", "huishouden.leeftijd", minimumleeftijd, MAX_LEEFTIJD, STANDAARD_LEEFTIJD, geheel=True,
                           naam=N_("Je leeftijd"))
    partner_leeftijd = None
    if gehuwd:
        partner_leeftijd = lezer.getal(huis, "partner_leeftijd", "huishouden.partner_leeftijd", minimumleeftijd, MAX_LEEFTIJD,
                                       STANDAARD_LEEFTIJD, geheel=True, naam=N_("De leeftijd van je partner"))
    elif huis.get("partner_leeftijd") is not None:
        lezer.fout("huishouden.partner_leeftijd", _("Een partner hoort alleen bij de leefvorm gehuwd of samenwonend."))
    partner_recht = huis.get("partner_recht_op_bijstand", True)
    if not isinstance(partner_recht, bool):
        # Translators: true and false are the JSON values: keep them as they are.
        lezer.fout("huishouden.partner_recht_op_bijstand", _("Kies ja (true) of nee (false)."))
        partner_recht = True
    elif not partner_recht and not gehuwd:
        lezer.fout("huishouden.partner_recht_op_bijstand", _("Dit hoort alleen bij de leefvorm gehuwd of samenwonend."))
    kostendelers = lezer.getal(huis, "kostendelers", "huishouden.kostendelers", 0, MAX_KOSTENDELERS, 0, geheel=True,
                               naam=N_("Het aantal medebewoners"))
    kinderen = _kinderen(lezer, [] if huis.get("kinderen") is None else huis["kinderen"], leefvorm, kind_jonger_dan)
    kale_huur = lezer.getal(huis, "kale_huur", "huishouden.kale_huur", 0, MAX_HUUR, naam=N_("De kale huur"))

    werk = lezer.werk(situatie, "werk")
    partner_werk = lezer.werk(situatie, "partner_werk")
    if partner_werk and not gehuwd:
        lezer.fout("partner_werk", _("Werk van een partner telt alleen mee als je gehuwd bent of samenwoont."))
    vrijlating = lezer.mapping(situatie, "vrijlating", {"maanden_gehad", "medisch_urenbeperkt", "partner_maanden_gehad"})
    maanden = lezer.getal(vrijlating, "maanden_gehad", "vrijlating.maanden_gehad", 0, MAX_MAANDEN_VRIJLATING, 0, geheel=True,
                          naam=N_("Het aantal maanden"))
    partner_maanden = lezer.getal(vrijlating, "partner_maanden_gehad", "vrijlating.partner_maanden_gehad", 0,
                                  MAX_MAANDEN_VRIJLATING, geheel=True, naam=N_("Het aantal maanden van je partner"))
    if partner_maanden is not None and not gehuwd:
        lezer.fout("vrijlating.partner_maanden_gehad", _("Maanden vrijlating van een partner horen alleen bij gehuwd "
                                                         "of samenwonend."))
    kinderopvang = _kinderopvang(lezer, situatie.get("kinderopvang"), kinderen)
    medisch = vrijlating.get("medisch_urenbeperkt")
    medisch = False if medisch is None else medisch
    if not isinstance(medisch, bool):
        lezer.fout("vrijlating.medisch_urenbeperkt", _("Kies ja of nee."))
        medisch = False
    giften = lezer.getal(situatie, "giften_dit_jaar", "giften_dit_jaar", 0, MAX_GIFTEN, 0.0,
                         naam=N_("Het bedrag aan giften"))
    giften_per_maand = lezer.giften(situatie.get("giften"), "giften")
    toetsingsinkomen = lezer.getal(situatie, "toetsingsinkomen", "toetsingsinkomen", 0, MAX_TOETSINGSINKOMEN,
                                   naam=N_("Het toetsingsinkomen"))
    gemeente = lezer.mapping(situatie, "gemeente", {"code", "verrekening", "vier_weken", "maanden_bijstand"})
    maanden_bijstand = lezer.getal(gemeente, "maanden_bijstand", "gemeente.maanden_bijstand", 0, MAX_MAANDEN_BIJSTAND,
                                   geheel=True, naam=N_("Het aantal maanden bijstand"))
    code, eigen_verrekening, eigen_vier_weken = _gemeente(lezer, gemeente.get("code"), peildatum)
    # what the situation says wins; else the gemeente's own method; else the first (most common) one
    verrekening = lezer.keuze({"verrekening": _of(gemeente.get("verrekening"), eigen_verrekening)}, "verrekening",
                              "gemeente.verrekening", VERREKENINGEN)
    vier_weken = lezer.keuze({"vier_weken": _of(gemeente.get("vier_weken"), eigen_vier_weken)}, "vier_weken",
                             "gemeente.vier_weken", VIER_WEKEN)
    kosten_werk = _kosten_werk(lezer, situatie)
    aantal_maanden = lezer.getal(situatie, "maanden", "maanden", 1, MAX_MAANDEN, MAANDEN_PER_JAAR, geheel=True,
                                 naam=N_("Het aantal maanden"))
    if werk and werk.start and werk.eind and werk.eind < werk.start.replace(day=1):
        lezer.fout("werk.eind", _("De laatste maand van je werk ligt voor de eerste maand."))
    if werk and werk.eerste_betaling and werk.eerste_betaling < (werk.start or peildatum.replace(day=1)):
        lezer.fout("werk.eerste_betaling", _("De eerste betaling ligt voor de eerste dag van je werk."))
    if werk and werk.eerste_betaling and werk.loonbetaling == "maand":
        lezer.fout("werk.eerste_betaling", _("Een eerste betaaldag hoort bij loon per 4 weken of per week."))
    dit_jaar = round(sum(g.bedrag for g in giften_per_maand if g.maand.year == peildatum.year), 2)
    if situatie.get("giften_dit_jaar") is not None and giften < dit_jaar:
        lezer.fout("giften", _("De giften per maand in het jaar van de peildatum zijn samen meer dan de giften dit "
                               "jaar."))
    elif situatie.get("giften_dit_jaar") is None:
        giften = dit_jaar
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
        verrekening=verrekening,
        vier_weken=vier_weken,
        maanden=aantal_maanden,
        kinderopvang=kinderopvang,
        partner_vrijlating_maanden_gehad=partner_maanden if gehuwd else None,
        partner_recht_op_bijstand=partner_recht,
        gemeente=code,
        kosten_werk=kosten_werk,
        maanden_bijstand=maanden_bijstand,
        giften=giften_per_maand,
    )


def _of(waarde, anders):
    return anders if waarde is None else waarde


def _gemeente(lezer: _Lezer, ruw, peildatum: dt.date) -> tuple[str | None, str | None, str | None]:
    """The gemeente's CBS code, and its own verrekening and 4-weekly method (None: the gemeente did not publish it)."""
    if ruw is None:
        return None, None, None
    from . import gemeenten  # the gemeente data reads this module's choices
    from .gemeenten.effecten import standaard_verrekening

    gemeente = gemeenten.zoek(ruw)
    if gemeente is None:
        lezer.fout("gemeente.code", _("Deze gemeente kennen we niet. Schrijf de naam, bijvoorbeeld Utrecht, of de "
                                      "CBS-code, bijvoorbeeld GM0344. Laat het leeg, dan rekenen we met de landelijke "
                                      "regels."))
        return None, None, None
    return (gemeente.code, *standaard_verrekening(gemeenten.profiel(gemeente.code), peildatum))


def _kosten_werk(lezer: _Lezer, situatie: dict) -> KostenWerk | None:
    ruw = lezer.mapping(situatie, "kosten_werk", {"reiskosten_per_maand", "vergoeding_per_maand", "overige_per_maand"})
    if not ruw:
        return None
    namen = {"reiskosten_per_maand": N_("De reiskosten"),
             # Translators: the allowance an employer pays for the costs of working.
             "vergoeding_per_maand": N_("De vergoeding"),
             "overige_per_maand": N_("De andere kosten")}
    bedragen = {sleutel: lezer.getal(ruw, sleutel, f"kosten_werk.{sleutel}", 0, MAX_NETTO_PER_MAAND, 0.0, naam=naam)
                for sleutel, naam in namen.items()}
    return KostenWerk(**bedragen)


def _kinderopvang(lezer: _Lezer, ruw, kinderen: tuple[int, ...]) -> tuple[Opvang, ...]:
    if ruw is None:
        return ()
    if not isinstance(ruw, list) or len(ruw) > MAX_KINDEREN:
        # Translators: %(n)s is the largest number of children (15).
        lezer.fout("kinderopvang", ngettext("Geef de kinderopvang als lijst, hoogstens %(n)s kind.",
                                            "Geef de kinderopvang als lijst, hoogstens %(n)s kinderen.",
                                            MAX_KINDEREN) % {"n": MAX_KINDEREN})
        return ()
    opvang = []
    for nummer, item in enumerate(ruw):
        veld = f"kinderopvang.{nummer}"
        if not isinstance(item, dict) or set(item) - {"kind", "soort", "uren_per_maand", "uurprijs"}:
            # Translators: JSON for the API: keep it as it is.
            lezer.fout(veld, _('Geef per kind {"kind": 0, "soort": "dagopvang", "uren_per_maand": 80, '
                               '"uurprijs": 10.5}.'))
            continue
        kind = lezer.getal(item, "kind", f"{veld}.kind", 0, max(0, len(kinderen) - 1), geheel=True,
                           naam=N_("Het nummer van het kind"))
        if kind is None or not kinderen:
            # Translators: huishouden.kinderen is a field of the input (JSON): keep it as it is.
            lezer.fout(f"{veld}.kind", _("Kies een kind uit huishouden.kinderen (0 is het eerste kind)."))
            continue
        soort = lezer.keuze(item, "soort", f"{veld}.soort", OPVANG_SOORTEN)
        uren = lezer.getal(item, "uren_per_maand", f"{veld}.uren_per_maand", 0, MAX_UREN_OPVANG,
                           naam=N_("Het aantal uren per maand"))
        prijs = lezer.getal(item, "uurprijs", f"{veld}.uurprijs", 0, MAX_UURPRIJS_OPVANG, naam=N_("De prijs per uur"))
        if uren is None or prijs is None:
            for sleutel, waarde in (("uren_per_maand", uren), ("uurprijs", prijs)):
                if waarde is None:  # missing or null; a wrong value already has its own message
                    lezer.fout(f"{veld}.{sleutel}", _("Vul hier een getal in."))
            continue
        opvang.append(Opvang(kind, soort, uren, prijs))
    return tuple(opvang)


def _kinderen(lezer: _Lezer, ruw, leefvorm: str, jonger_dan: int) -> tuple[int, ...]:
    if not isinstance(ruw, list) or len(ruw) > MAX_KINDEREN:
        # Translators: [4, 9] is JSON: keep it; %(n)s is the largest number of children (15).
        lezer.fout("huishouden.kinderen", _("Geef de leeftijden van de kinderen als lijst, bijvoorbeeld [4, 9] "
                                            "(hoogstens %(n)s).") % {"n": MAX_KINDEREN})
        return ()
    leeftijden = []
    for nummer, leeftijd in enumerate(ruw, start=1):
        if isinstance(leeftijd, bool) or not isinstance(leeftijd, int) or not 0 <= leeftijd < jonger_dan:
            # Translators: %(nummer)s counts the children from 1; %(hoogste)s is the highest age (17).
            lezer.fout("huishouden.kinderen", _("De leeftijd van kind %(nummer)s moet een heel getal van 0 tot en met "
                                                "%(hoogste)s zijn.") % {"nummer": nummer, "hoogste": jonger_dan - 1})
            return ()
        leeftijden.append(leeftijd)
    if leefvorm == "alleenstaande_ouder" and not leeftijden:
        lezer.fout("huishouden.kinderen", _("Een alleenstaande ouder heeft minstens één kind jonger dan 18. Vul de "
                                            "leeftijd in."))
    if leefvorm == "alleenstaand" and leeftijden:
        lezer.fout("huishouden.kinderen", _("Woon je alleen met je kinderen? Kies dan alleenstaande ouder."))
    return tuple(leeftijden)
