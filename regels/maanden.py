"""Maand voor maand: what lands on the bank account in each month, and why.

The average result (`bereken`) spreads everything over the year. People on bijstand live month by month: the first
salary arrives while the bijstand is still full, the gemeente deducts it a month later, the vrijlating stops after
some months, vakantiegeld comes in May and the bijstand's vakantietoeslag in June, kinderbijslag per quarter, and
Dienst Toeslagen settles the year afterwards. This module follows the months, with the same rules as `bereken`:
each month takes the rules in force on its first day (a calendar that crosses 1 January 2027 applies art. 34a from
January), and the bijstand over a month comes from the one function where income meets the norm
(`berekening.bijstand_bij_inkomen`).

Assumptions, said in the explanations: salary is paid at the end of the period it is for; a month's bijstand is paid
in that month (the day differs per gemeente); the person's situation before the first month was the same without
this work; after the last month it stays as in the last month (for the toeslagen of that year).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field, replace


from . import REGELS_VERSIE
from .berekening import (Verdiener, _verdiener, _werkende, bijstand_bij_inkomen, huurtoeslag_huishouden,
                         overgangsrecht_vrijlating, partner_maanden_gehad, vakantiegeld_apart,
                         waarschuwingen_ontbrekende_data)
from .bijstand import bijstandsnorm, pensioengerechtigd
from .gemeenten import profiel as gemeente_profiel
from .gemeenten import weergavenaam, zoek
from .gemeenten.effecten import gemeente_uitleg, premies, regelingen
from .huurtoeslag import huurtoeslag
from .invoer import Situatie, Werk
from .kalender import (MAANDEN_PER_JAAR, maand_tekst, MAANDEN_PER_KWARTAAL, MAANDNAMEN, eerste_van, maand_iso, maand_uit_iso,
                       plus_maanden)
from .kinderbijslag import kinderbijslag_per_kwartaal
from .kindgebonden_budget import kindgebonden_budget
from .kinderopvangtoeslag import kinderopvangtoeslag
from .loon import GEEN_LOON, benutte_loonheffingskorting, bereken_loon
from .loonbetaling import Betaling, betalingen, in_maand, vakantiegeld_netto, vakantiegeld_uitbetaald
from .parameters import PROCENT, Waarden, terugblik_op, vroegste_datum, waarden_op
from .taal import N_, gettext as _, ngettext
from .toetsingsinkomen import toetsingsinkomen
from .uitleg import bedrag, procent, uitleg
from .verrekening import VERREKENING_TEKST, geteld_inkomen
from .vrijlating import GEEN_VRIJLATING, vrijlating_regel
from .zorgtoeslag import zorgtoeslag

PW = "participatiewet."
NA_LAATSTE_MAAND = 2  # months of salary payments computed after the time line, for working-day counting
BETALING = PW + "art45_betaling."
BUFFER = PW + "art34b_bufferbudget.maximum_per_jaar"
AWIR = "awir.betaling."
PREMIE_MAXIMUM = PW + "art31_premie.maximum_per_jaar"
TOESLAGEN = ("zorgtoeslag", "huurtoeslag", "kindgebonden_budget")


def _profiel(s: Situatie):
    """The gemeente's profile (None: no gemeente given, or none of its rules known)."""
    return gemeente_profiel(s.gemeente) if s.gemeente else None


def regels_op(maand: dt.date) -> Waarden:
    """The rules in force on the first day of a month (months before the data starts use the first data)."""
    return waarden_op(max(maand, vroegste_datum()))


@dataclass
class Maand:
    """Everything about one calendar month; amounts are what lands in that month."""

    maand: dt.date
    w: Waarden
    norm: float
    loon_bruto: float = 0.0
    loon_netto: float = 0.0
    partner_loon_netto: float = 0.0  # the partner's pay (and vakantiegeld in its month): the household's money
    betalingen: int = 0
    vakantiegeld_bruto: float = 0.0
    vakantiegeld_netto: float = 0.0
    geteld_inkomen: float = 0.0  # the person's net income the gemeente counts for this month
    netto_met_vakantiegeld: float = 0.0  # both salaries with the vakantiegeld built up this month (a regeling's test)
    gehad: tuple[int, int] = (0, 0)  # months of vrijlating used before this month (person, partner)
    recht: object = None  # BijstandBijInkomen over this month, on its own income (what the person is entitled to)
    bijstand: float = 0.0  # paid in this month (the monthly part)
    verrekend_inkomen: float = 0.0
    verrekend_inkomen_van: dt.date | None = None
    vrijlating: float = 0.0
    vakantietoeslag_bijstand: float = 0.0
    terugvordering: float = 0.0
    toeslagen: dict = field(default_factory=dict)
    kinderbijslag: float = 0.0
    bufferbudget: float = 0.0
    onder_norm: float = 0.0
    nog_af: float = 0.0  # income not yet deducted at the end of this month, carried to the next
    giften: float = 0.0  # what gifts above the yearly limit in the month before took off the bijstand settled now
    gift_kost: float = 0.0  # what this month's gifts above the limit take off the right over this month
    kinderopvangtoeslag: float = 0.0
    kinderopvang_kosten: float = 0.0
    premie: float = 0.0  # the gemeente's premies paid this month (art. 31 lid 2 j)
    premie_boven: float = 0.0  # the part above the year's maximum of art. 31 lid 2 j: income of this month
    premies: list = field(default_factory=list)  # the gemeente's premies of this month (paid or to ask about)
    kosten_werk: float = 0.0  # costs of working minus the employer's reimbursement, in a month of work
    boven_grens: list = field(default_factory=list)  # the gemeente's minimaregelingen whose limit is passed this month
    onder_grens: list = field(default_factory=list)  # ... whose limit the income is back under this month
    uitleg: list = field(default_factory=list)

    @property
    def totaal(self) -> float:
        return round(self.loon_netto + self.partner_loon_netto + self.vakantiegeld_netto + self.bijstand
                     + self.vakantietoeslag_bijstand - self.terugvordering + sum(self.toeslagen.values()) + self.kinderbijslag
                     + self.kinderopvangtoeslag - self.kinderopvang_kosten + self.premie, 2)


class Tijdlijn:
    """The months of one situation: from a year before the first month (for the June vakantietoeslag and the
    toeslagen year) to the end of the year of the last month."""

    def __init__(self, s: Situatie):
        self.s = s
        self.eerste = eerste_van(s.peildatum)
        self.laatste = plus_maanden(self.eerste, s.maanden - 1)
        self.van = dt.date(self.eerste.year - 1, self.eerste.month, 1)
        self.tot = dt.date(self.laatste.year, MAANDEN_PER_JAAR, 1)
        self.werk = s.werk
        self.startdatum = (s.werk.start or self.eerste) if s.werk else None  # the first day of work
        self.start = eerste_van(self.startdatum) if s.werk else None  # its month
        self.maanden: dict[dt.date, Maand] = {}
        maand = self.van
        while maand <= self.tot:
            w = regels_op(maand)
            # The norm of the month itself, also before the data is complete (the June vakantietoeslag over it).
            self.maanden[maand] = Maand(maand, w, bijstandsnorm(s, terugblik_op(maand)).bedrag)
            maand = plus_maanden(maand, 1)
        self.betalingen = self._betalingen()
        self._partner = self._partner_loon()
        self.giften = self._giften_als_inkomen()
        self.profiel = _profiel(s)
        self._premies()
        self._kosten()

    def _aow(self, m: Maand) -> bool:
        return pensioengerechtigd(self.s.leeftijd, m.w)

    def _betalingen(self) -> list[Betaling]:
        if not self.werk:
            return []
        start = max(self.startdatum, self.van)
        # Payments a little past the last month too: a period paid next month has working days in this one.
        return betalingen(self.werk, start, plus_maanden(self.tot, NA_LAATSTE_MAAND), regels_op,
                          pensioengerechtigd(self.s.leeftijd, regels_op(start)), self.s.gehuwd)

    def _giften_als_inkomen(self) -> dict[dt.date, float]:
        """Per month, the gifts above the yearly limit that count as income of that month (art. 31 lid 1, lid 2 m).

        Gifts are added up per calendar year in the order of their months; the part above the limit counts in the
        month in which the total passes it. The yearly total given without months (`giften_dit_jaar`) counts in the
        peildatum's month, as far as the gifts per month in that year do not already explain it.
        """
        s = self.s
        per_maand: dict[dt.date, float] = {}
        for gift in s.giften:
            per_maand[gift.maand] = per_maand.get(gift.maand, 0.0) + gift.bedrag
        al_genoemd = sum(b for m, b in per_maand.items() if m.year == self.eerste.year)
        if s.giften_dit_jaar > al_genoemd:
            per_maand[self.eerste] = per_maand.get(self.eerste, 0.0) + s.giften_dit_jaar - al_genoemd
        inkomen: dict[dt.date, float] = {}
        totaal_per_jaar: dict[int, float] = {}
        for maand in sorted(per_maand):
            grens = regels_op(dt.date(maand.year, 1, 1))[PW + "art31_giften.grens_per_jaar"]
            eerder = totaal_per_jaar.get(maand.year, 0.0)
            totaal_per_jaar[maand.year] = eerder + per_maand[maand]
            boven = max(0.0, totaal_per_jaar[maand.year] - grens) - max(0.0, eerder - grens)
            if boven:
                inkomen[maand] = round(boven, 2)
        return inkomen

    def _premies(self) -> None:
        """The gemeente's premies in the month it pays them, while the person works (the month before it).

        A premie is free up to the yearly maximum of art. 31 lid 2 j (per calendar year, over all premies); what it
        pays more counts as income of its month. A premie whose condition we cannot check is only named."""
        if self.profiel is None or not self.werk:
            return
        gebruikt: dict[int, float] = {}
        for p in premies(self.profiel, self.s.peildatum, self.startdatum, self.s.leeftijd, self.s.maanden_bijstand):
            m = self.maanden.get(maand_uit_iso(p["maand"]))
            if m is None or not self.werkt(plus_maanden(m.maand, -1)):
                continue
            m.premies.append(p)
            if p["voldaan"]:
                ruimte = max(0.0, m.w[PREMIE_MAXIMUM] - gebruikt.get(m.maand.year, 0.0))
                m.premie = round(m.premie + p["bedrag"], 2)
                m.premie_boven = round(m.premie_boven + max(0.0, p["bedrag"] - ruimte), 2)
                gebruikt[m.maand.year] = gebruikt.get(m.maand.year, 0.0) + p["bedrag"]

    def _kosten(self) -> None:
        """The costs of working (minus the employer's reimbursement) in every month with work."""
        if self.s.kosten_werk is None or not self.werk:
            return
        for m in self.maanden.values():
            if self.werkt(m.maand):
                m.kosten_werk = self.s.kosten_werk.per_maand

    def _partner_loon(self):
        if not self.s.gehuwd or not self.s.partner_werk:
            return lambda w: GEEN_LOON
        return lambda w: bereken_loon(self.s.partner_werk, w, pensioengerechtigd(self.s.partner_leeftijd, w), True)

    def werkt(self, maand: dt.date) -> bool:
        return bool(self.werk) and self.start <= maand and (self.werk.eind is None or maand <= self.werk.eind)

    def inkomen(self) -> None:
        """Salary, vakantiegeld and the income the gemeente counts, per month."""
        for maand, m in self.maanden.items():
            if self.s.gehuwd and self.s.partner_werk:
                partner, apart = self._partner(m.w), vakantiegeld_apart(self.s.partner_werk)
                m.partner_loon_netto = _verdiener(partner, GEEN_VRIJLATING, False, apart).netto
                m.netto_met_vakantiegeld = round(partner.netto_loonstrook
                                                 + partner.vakantiegeld_netto_per_jaar / MAANDEN_PER_JAAR, 2)
                if apart and MAANDNAMEN[maand.month - 1] == self.s.partner_werk.vakantiegeld:
                    m.partner_loon_netto = round(m.partner_loon_netto + partner.vakantiegeld_netto_per_jaar, 2)
            if not self.werk:
                continue
            deze = in_maand(self.betalingen, maand)
            m.betalingen = len(deze)
            m.loon_bruto = round(sum(b.bruto for b in deze), 2)
            m.loon_netto = round(sum(b.netto for b in deze), 2)
            m.vakantiegeld_bruto = vakantiegeld_uitbetaald(self.werk, self.betalingen, maand)
            if m.vakantiegeld_bruto:
                gewoon = m.loon_bruto / max(1, m.betalingen) if m.betalingen else 0.0
                m.vakantiegeld_netto = vakantiegeld_netto(m.vakantiegeld_bruto, gewoon, m.w, self._aow(m), self.s.gehuwd)
            per_periode = 0.0 if self.werk.vakantiegeld_apart else m.vakantiegeld_netto
            opbouw = sum(b.vakantiegeld_bruto for b in deze) if self.werk.vakantiegeld_apart else 0.0
            m.netto_met_vakantiegeld = round(m.netto_met_vakantiegeld + m.loon_netto + per_periode + (
                vakantiegeld_netto(opbouw, m.loon_bruto / m.betalingen, m.w, self._aow(m), self.s.gehuwd)
                if opbouw else 0.0), 2)
            m.geteld_inkomen = geteld_inkomen(self.werk.loonbetaling, self.s.vier_weken, self.betalingen, maand,
                                              per_periode)

    def verdieners(self, m: Maand, inkomen: float, gehad: int, partner_gehad: int) -> tuple[Verdiener, ...]:
        s = self.s
        regel = vrijlating_regel(replace(_werkende(s, s.leeftijd, s.medisch_urenbeperkt), maanden_gehad=gehad), m.w)
        ik = Verdiener(inkomen, regel, self._aow(m), vakantiegeld_apart(self.werk))
        if not s.gehuwd:
            return (ik,)
        partner_aow = pensioengerechtigd(s.partner_leeftijd, m.w)
        partner_regel = vrijlating_regel(replace(_werkende(s, s.partner_leeftijd, False), maanden_gehad=partner_gehad),
                                         m.w)
        return ik, _verdiener(self._partner(m.w), partner_regel, partner_aow, vakantiegeld_apart(s.partner_werk))


@dataclass
class Teller:
    """Months of vrijlating used, for the person and the partner.

    Art. 31 lid 2 n counts months in which a vrijlating was given ("gedurende ten hoogste zes maanden"). Art. 31
    lid 2 r and art. 34a lid 1 a give it "gedurende een aaneengesloten periode": once such a vrijlating has begun,
    every calendar month counts, also a month without work or without bijstand (a flex worker's busy month). Months
    of vrijlating already had on the peildatum under such a rule mean its period is running.
    """

    ik: int
    partner: int
    lopend: list = field(default_factory=lambda: [False, False])

    @property
    def stand(self) -> tuple[int, int]:
        return self.ik, self.partner

    def begin(self, verdieners: tuple[Verdiener, ...]) -> None:
        """The peildatum's month: a consecutive period with months already had is running."""
        for index, (v, gehad) in enumerate(zip(verdieners, self.stand)):
            self.lopend[index] = self.lopend[index] or (v.regel.aaneengesloten and gehad > 0)

    def tel(self, verdieners: tuple[Verdiener, ...], vrijlating_gegeven: bool) -> None:
        for index, v in enumerate(verdieners):
            gegeven = vrijlating_gegeven and v.netto > 0 and v.regel.bedrag(v.netto) > 0
            lopend = v.regel.aaneengesloten and (self.lopend[index] or gegeven)
            if gegeven or lopend:
                if index:
                    self.partner += 1
                else:
                    self.ik += 1
            self.lopend[index] = lopend


def _bijstand(t: Tijdlijn) -> None:
    """The bijstand per month: what the person is entitled to, and what the gemeente pays when (its method).

    The right over a month comes from that month's own income, judged by that month's rules, norm and count of
    vrijlating months (art. 45 lid 1; art. 32 lid 1 onder b: income belongs to the month it relates to), also when the
    gemeente deducts it a month later. Every method is one ledger: in a month the gemeente pays an advance for that
    month and settles the month before (its right minus its advance):

    - `volgende_maand` (achteraf): the advance is the bijstand without this work, so a month pays the norm minus the
      previous month's income (Divosa Werkwijzer §4.3);
    - `zelfde_maand`: no advance, so a month pays the right over the month before (§4.2);
    - `schatten`: the advance is the bijstand on the estimated income.

    Out of the bijstand for good (no right in any later month), no advance is paid: the settlement of the last month
    is then a claim, as high as the last earned salary that was not yet deducted (§4.3; art. 58 lid 2 onder f), never
    capped at the last payment. Income that is more than a month's payment is deducted from the next months (art. 58
    lid 4). So over a complete spell of bijstand, what is paid minus the claims equals the sum of the rights.
    """
    s = t.s
    teller = Teller(s.vrijlating_maanden_gehad, partner_maanden_gehad(s))
    maanden = list(t.maanden.values())
    for m in maanden:
        verdieners = t.verdieners(m, m.geteld_inkomen, *teller.stand)
        if m.maand == t.eerste:
            teller.begin(verdieners)
        m.gehad = teller.stand
        gift = t.giften.get(m.maand, 0.0)
        m.recht = bijstand_bij_inkomen(m.norm, verdieners, m.w, gift + m.premie_boven)
        if gift:
            zonder = bijstand_bij_inkomen(m.norm, verdieners, m.w, m.premie_boven).bijstand
            m.gift_kost = round(zonder.maanddeel - m.recht.bijstand.maanddeel, 2)
        teller.tel(verdieners, m.recht.vrijlating > 0)
    uit = [all(n.recht.bijstand.totaal == 0 for n in maanden[i:]) for i in range(len(maanden))]
    voorschot = _voorschot(t)
    # The month before the time line: no work, its advance settled as for any month.
    eerste = maanden[0]
    te_verrekenen = 0.0 if s.verrekening != "zelfde_maand" else _zonder_eigen_werk(t, eerste).bijstand.maanddeel
    nog_af = 0.0  # income not yet deducted, carried to the next month
    for index, m in enumerate(maanden):
        vorige = maanden[index - 1] if index else None
        vooraf = None if uit[index] else voorschot(m)
        nu = round((vooraf.bijstand.maanddeel if vooraf else 0.0) + te_verrekenen - nog_af, 2)
        if vorige is not None and s.verrekening != "schatten":
            m.vrijlating = vorige.recht.vrijlating
            if vorige.geteld_inkomen:
                m.verrekend_inkomen, m.verrekend_inkomen_van = vorige.geteld_inkomen, vorige.maand
        elif vooraf is not None and s.verrekening == "schatten":
            m.vrijlating = vooraf.vrijlating
            if vooraf.inkomen:
                m.verrekend_inkomen, m.verrekend_inkomen_van = vooraf.inkomen, m.maand
        if vorige is not None:
            m.giften = vorige.gift_kost
        if nu < 0 and uit[index]:
            m.terugvordering, nog_af = -nu, 0.0
        else:
            m.bijstand, nog_af = max(0.0, nu), round(max(0.0, -nu), 2)
        m.nog_af = nog_af
        te_verrekenen = round(m.recht.bijstand.maanddeel - (vooraf.bijstand.maanddeel if vooraf else 0.0), 2)


def _voorschot(t: Tijdlijn):
    """The gemeente's advance for a month, before its payslip: None under `zelfde_maand` (it waits)."""
    if t.s.verrekening == "zelfde_maand":
        return lambda m: None
    if t.s.verrekening == "volgende_maand":
        return lambda m: _zonder_eigen_werk(t, m)
    schatting = _schatting(t)
    return lambda m: bijstand_bij_inkomen(m.norm, t.verdieners(m, schatting(m.maand), *m.gehad), m.w)


def _zonder_eigen_werk(t: Tijdlijn, m: Maand):
    return bijstand_bij_inkomen(m.norm, t.verdieners(m, 0.0, *m.gehad), m.w)


def _schatting(t: Tijdlijn):
    """The income a gemeente estimates in advance: the usual month (no rooster), while the work lasts."""
    if not t.werk:
        return lambda maand: 0.0
    gewoon = replace(t.werk, rooster=())
    lijst = betalingen(gewoon, max(t.start, t.van), t.tot, regels_op, pensioengerechtigd(t.s.leeftijd, regels_op(t.start)),
                       t.s.gehuwd)
    per_periode = not t.werk.vakantiegeld_apart

    def schatting(maand: dt.date) -> float:
        if not t.werkt(maand):
            return 0.0
        vakantiegeld = t.maanden[maand].vakantiegeld_netto if per_periode else 0.0
        return geteld_inkomen(gewoon.loonbetaling, t.s.vier_weken, lijst, maand, vakantiegeld)
    return schatting


def _vakantietoeslag(t: Tijdlijn) -> None:
    """Kept apart every month and paid in June over the twelve months before (art. 45 lid 1), or after the
    bijstand ends (within three months; shown in the month after)."""
    opgebouwd = 0.0
    maanden = list(t.maanden.values())
    for index, m in enumerate(maanden):
        juni = m.maand.month == int(m.w[BETALING + "vakantietoeslag_maand"])
        gestopt = index and maanden[index - 1].recht.bijstand.totaal > 0 and all(
            n.recht.bijstand.totaal == 0 for n in maanden[index:])
        if juni or gestopt:
            m.vakantietoeslag_bijstand, opgebouwd = round(opgebouwd, 2), 0.0
        opgebouwd += m.recht.bijstand.vakantietoeslag


@dataclass(frozen=True)
class ToeslagJaar:
    """One toeslag over one calendar year: the voorschot with and without reporting the new income, and the
    definitive amount on the year's real toetsingsinkomen (AWIR art. 16, 19, 24, 26, 26a)."""

    voorschot_zonder_doorgeven: float
    voorschot_met_doorgeven: float
    definitief: float
    grens: float  # art. 26a: a terugvordering up to this amount is not reclaimed

    def _terug(self, voorschot: float) -> float:
        return round(max(0.0, voorschot - self.definitief), 2)

    def als_dict(self) -> dict:
        zonder, met = self._terug(self.voorschot_zonder_doorgeven), self._terug(self.voorschot_met_doorgeven)
        return {
            "voorschot_zonder_doorgeven": round(self.voorschot_zonder_doorgeven, 2),
            "voorschot_met_doorgeven": round(self.voorschot_met_doorgeven, 2),
            "definitief": round(self.definitief, 2),
            "terugbetalen_zonder_doorgeven": zonder if zonder > self.grens else 0.0,
            "terugbetalen_met_doorgeven": met if met > self.grens else 0.0,
            "te_veel_zonder_doorgeven": zonder,
            "nabetaling": round(max(0.0, self.definitief - self.voorschot_met_doorgeven), 2),
        }


def _toeslag_per_maand(naam: str, ti: float, s: Situatie, w: Waarden) -> float:
    if naam == "zorgtoeslag":
        return zorgtoeslag(ti, s.gehuwd, w)[0]
    if naam == "huurtoeslag":
        return huurtoeslag(s.kale_huur, huurtoeslag_huishouden(s, w), ti, w)[0]
    return kindgebonden_budget(s.kinderen, s.gehuwd, ti, w)[0]


def _toetsingsinkomen_jaar(t: Tijdlijn, jaar: int, zonder_werk: bool) -> float:
    s = t.s
    if s.toetsingsinkomen is not None:
        return s.toetsingsinkomen
    maanden = [m for m in t.maanden.values() if m.maand.year == jaar]
    laatste = maanden[-1]
    while len(maanden) < MAANDEN_PER_JAAR:  # months outside the time line: the year goes on as its last month
        maanden.append(laatste)
    w = regels_op(dt.date(jaar, 1, 1))
    # The jaaropgaaf: the bijstand paid in this year (Wet LB 1964 art. 13a: enjoyed when paid), so the first month's
    # full payment and June's vakantietoeslag count, and a claim settled in the year comes off.
    netto_bijstand = sum((_zonder_eigen_werk(t, m).bijstand.totaal if zonder_werk
                          else m.bijstand + m.vakantietoeslag_bijstand - m.terugvordering) for m in maanden)
    eigen = 0.0 if zonder_werk else sum(m.loon_bruto + m.vakantiegeld_bruto for m in maanden)
    aow = pensioengerechtigd(s.leeftijd, w)
    lonen = [(eigen, benutte_loonheffingskorting(eigen, w, aow, s.gehuwd), aow)]
    if s.gehuwd:
        partner, partner_aow = t._partner(w).bruto_per_jaar, pensioengerechtigd(s.partner_leeftijd, w)
        lonen.append((partner, benutte_loonheffingskorting(partner, w, partner_aow, True), partner_aow))
    return toetsingsinkomen(lonen, netto_bijstand, s.gehuwd, w)[0]


def _toeslagen(t: Tijdlijn) -> dict:
    """Per toeslag: the monthly voorschot paid (reporting the new income in time) and the settlement per year."""
    s = t.s
    jaren: dict[int, dict[str, ToeslagJaar]] = {}
    voorschotten: dict[dt.date, dict[str, float]] = {}
    gemeld = plus_maanden(t.start, 2) if t.start else None  # reported after the first payslip: two voorschotten later
    for jaar in sorted({m.maand.year for m in t.maanden.values()}):
        w = regels_op(dt.date(jaar, 1, 1))
        ti_nu, ti_echt = _toetsingsinkomen_jaar(t, jaar, True), _toetsingsinkomen_jaar(t, jaar, False)
        jaren[jaar] = {}
        for naam in TOESLAGEN:
            oud = _toeslag_per_maand(naam, ti_nu, s, w)
            definitief = _toeslag_per_maand(naam, ti_echt, s, w) * MAANDEN_PER_JAAR
            betaald = 0.0
            for nummer in range(1, MAANDEN_PER_JAAR + 1):
                maand = dt.date(jaar, nummer, 1)
                if gemeld is None or maand < gemeld or ti_echt == ti_nu:
                    bedrag_maand = oud
                else:
                    over = MAANDEN_PER_JAAR - nummer + 1
                    bedrag_maand = float(math.floor(max(0.0, definitief - betaald) / over))
                betaald += bedrag_maand
                voorschotten.setdefault(maand, {})[naam] = bedrag_maand
            jaren[jaar][naam] = ToeslagJaar(oud * MAANDEN_PER_JAAR, betaald, definitief,
                                            w[AWIR + "terugvordering_niet_tot"])
    vooruit = int(regels_op(t.eerste)[AWIR + "voorschot_maanden_vooruit"])
    for m in t.maanden.values():
        voor = voorschotten.get(plus_maanden(m.maand, vooruit))
        m.toeslagen = dict(voor) if voor else dict(voorschotten[m.maand])
    return jaren


def _kinderopvang(t: Tijdlijn) -> None:
    """In months with work: the childcare bill and the toeslag on the year's toetsingsinkomen (in that month)."""
    if not t.s.kinderopvang:
        return
    for m in t.maanden.values():
        partner_werkt = not t.s.gehuwd or t._partner(m.w).bruto_per_jaar > 0
        if t.werkt(m.maand):
            ti = _toetsingsinkomen_jaar(t, m.maand.year, False)
            opvang = kinderopvangtoeslag(t.s.kinderopvang, partner_werkt, ti, m.w)[0]
            m.kinderopvangtoeslag, m.kinderopvang_kosten = opvang.toeslag, opvang.kosten


def _kinderbijslag(t: Tijdlijn) -> None:
    """Per quarter, paid when the quarter is over (the month after)."""
    if not t.s.kinderen:
        return
    for m in t.maanden.values():
        later = int(m.w["kinderbijslag.betaling.betaald_maanden_na_kwartaal"])
        kwartaal_einde = plus_maanden(m.maand, -later)
        if kwartaal_einde.month % MAANDEN_PER_KWARTAAL == 0:
            begin = plus_maanden(kwartaal_einde, 1 - MAANDEN_PER_KWARTAAL)
            m.kinderbijslag = kinderbijslag_per_kwartaal(t.s.kinderen, regels_op(begin))


def _onder_norm_en_buffer(t: Tijdlijn) -> None:
    """How far the household's money in a month (both salaries and the bijstand) falls below the monthly part of the
    household's norm, and what a gemeente may add (art. 34b)."""
    gebruikt: dict[int, float] = {}
    for m in t.maanden.values():
        maanddeel = m.norm - round(m.norm * m.w[PW + "art19_vakantietoeslag.percentage"], 2)
        geld = m.loon_netto + m.partner_loon_netto + m.bijstand - m.terugvordering
        heeft_bijstand = m.bijstand > 0 or m.recht.bijstand.totaal > 0
        m.onder_norm = round(max(0.0, maanddeel - geld), 2) if heeft_bijstand or m.terugvordering else 0.0
        # Art. 34b lid 2: the bufferbudget may also settle bijstand paid too much because work income was counted,
        # which is the claim when the bijstand ends.
        nodig = max(m.onder_norm, m.terugvordering)
        if nodig and m.w.geldt(BUFFER) and (m.loon_netto or m.verrekend_inkomen or m.terugvordering):
            over = m.w[BUFFER] - gebruikt.get(m.maand.year, 0.0)
            m.bufferbudget = round(min(nodig, max(0.0, over)), 2)
            gebruikt[m.maand.year] = gebruikt.get(m.maand.year, 0.0) + m.bufferbudget


def _maand(maand: dt.date) -> str:
    """The month's name in the language of the sentences (maart, March, marzec)."""
    return maand_tekst(maand)


BEGIN_WERK = {
    "volgende_maand": N_("In %(maand)s begin je met werken. Deze maand krijg je je loon én je bijstand zonder aftrek. "
                         "De gemeente haalt dit loon de maand erna van je bijstand af. Houd dit geld dus apart."),
    "zelfde_maand": N_("In %(maand)s begin je met werken. De bijstand over deze maand krijg je pas als je je "
                       "loonstrook hebt ingeleverd, begin volgende maand."),
    "schatten": N_("In %(maand)s begin je met werken. De gemeente schat je loon en betaalt daarop je bijstand. Het "
                   "verschil met je echte loon verrekent ze de maand erna."),
}


def _uitleg(t: Tijdlijn, zichtbaar: list[Maand]) -> None:
    """The B1 sentences for the months in which something happens."""
    s = t.s
    art45 = BETALING + "vakantietoeslag_maand"
    vorige = None
    for m in zichtbaar:
        w = m.w
        zinnen = m.uitleg
        maand = _maand(m.maand)
        if t.werk and m.maand == max(t.start, t.eerste) and t.werkt(m.maand):
            zinnen.append(uitleg("verrekening", " ".join((
                _(BEGIN_WERK[s.verrekening]) % {"maand": maand},
                # Translators: %(methode)s says how the gemeente deducts the wage, e.g. "achteraf: het loon van een
                # maand gaat de maand erna van je bijstand af".
                _("Zo verrekent jouw gemeente: %(methode)s. Vraag je gemeente hoe zij het doet.")
                % {"methode": _(VERREKENING_TEKST[s.verrekening])})), w, art45,
                artikel=("Participatiewet artikel 45, eerste lid, en artikel 58, vierde lid", "45"),
                gemeente_beslist=True))
        if m.betalingen > 1:
            loon = [ngettext("In %(maand)s krijg je %(n)s keer loon.", "In %(maand)s krijg je %(n)s keer loon.",
                             m.betalingen) % {"maand": maand, "n": m.betalingen}]
            if s.vier_weken == "dertien_twaalfde" and t.werk.loonbetaling == "vier_weken":
                loon.append(_("Je gemeente rekent elke maand met 13/12 van je loon per 4 weken. Daardoor krijg je elke "
                              "maand iets minder bijstand, maar de extra betaling mag je houden."))
            zinnen.append(uitleg("loon", " ".join(loon), w, art45,
                                 artikel=("Participatiewet artikel 45, eerste lid", "45"), gemeente_beslist=True))
        if m.vakantiegeld_netto and t.werk.vakantiegeld_apart:
            zinnen.append(uitleg("vakantiegeld", _(
                "In %(maand)s krijg je vakantiegeld van je werkgever: %(bedrag)s netto. Dat gaat niet van je bijstand "
                "af. De gemeente houdt daarvoor elke maand minder vakantiegeld van je bijstand apart.")
                % {"maand": maand, "bedrag": bedrag(m.vakantiegeld_netto)},
                w, "regeling_participatiewet.art11_vakantieaanspraak.schijf1_percentage"))
        if m.vakantietoeslag_bijstand:
            zinnen.append(uitleg("vakantiegeld", _(
                "In %(maand)s betaalt de gemeente het vakantiegeld van de bijstand: %(bedrag)s. Dat is 5 procent van "
                "je bijstand, min wat je werkgever aan vakantiegeld voor je opbouwt.")
                % {"maand": maand, "bedrag": bedrag(m.vakantietoeslag_bijstand)}, w, art45,
                artikel=("Participatiewet artikel 19, derde lid, en artikel 45, eerste lid", "45")))
        if vorige and vorige.vrijlating > 0 and m.vrijlating == 0 and m.verrekend_inkomen > 0 and m.bijstand > 0:
            zinnen.append(uitleg("vrijlating", _(
                "Vanaf %(maand)s krijg je geen vrijlating meer. Dan gaat je hele netto loon van je bijstand af.")
                % {"maand": maand}, w,
                PW + ("art34a_vrijlating.maanden" if w.geldt(PW + "art34a_vrijlating.maanden")
                      else "art31_vrijlating_arbeid.algemeen_maanden")))
        if vorige and m.maand.year != vorige.maand.year and w.geldt(PW + "art34a_vrijlating.percentage") \
                and not vorige.w.geldt(PW + "art34a_vrijlating.percentage") and (m.verrekend_inkomen or m.loon_netto):
            # Translators: %(jaar)s is a year, e.g. 2027.
            zinnen.append(uitleg("vrijlating", _(
                "Vanaf januari %(jaar)s gelden nieuwe regels voor de vrijlating: 15 procent van je netto loon, zonder "
                "maximum, hoogstens 12 maanden.") % {"jaar": m.maand.year}, w,
                PW + "art34a_vrijlating.percentage", gemeente_beslist=True))
        if t.werk and t.werk.eind and m.maand == plus_maanden(t.werk.eind, 1) and m.verrekend_inkomen:
            zinnen.append(uitleg("verrekening", _(
                "Je laatste loon kreeg je in %(laatste)s. Dat haalt de gemeente in %(maand)s nog van je bijstand af. "
                "Houd daar rekening mee.") % {"laatste": _maand(t.werk.eind), "maand": maand},
                w, art45, artikel=("Participatiewet artikel 58, vierde lid", "58"), gemeente_beslist=True))
        if m.terugvordering:
            tekst = _("In %(maand)s krijg je geen bijstand meer. De gemeente kan dan %(bedrag)s terugvragen: het loon "
                      "van de maand ervoor ging nog niet van je bijstand af.") % {
                "maand": maand, "bedrag": bedrag(m.terugvordering)}
            if m.bufferbudget:
                tekst += " " + _("Je gemeente kan dit uit het bufferbudget betalen, tot %(maximum)s per jaar. Dat is "
                                 "geen recht: je gemeente beslist. Vraag er zelf naar.") % {
                    "maximum": bedrag(w[BUFFER], centen=False)}
                zinnen.append(uitleg("bufferbudget", tekst, w, BUFFER,
                                     artikel=("Participatiewet artikel 34b, tweede lid, en artikel 58", "34b"),
                                     gemeente_beslist=True))
            else:
                zinnen.append(uitleg("verrekening", tekst, w, art45, artikel=("Participatiewet artikel 58", "58"),
                                     gemeente_beslist=True))
        if m.onder_norm and not m.terugvordering:
            tekst = _("In %(maand)s heb je %(bedrag)s minder dan de bijstandsnorm om van te leven.") % {
                "maand": maand, "bedrag": bedrag(m.onder_norm)}
            if m.bufferbudget:
                tekst += " " + _("Je gemeente kan je dan helpen met een bufferbudget, hier tot %(bedrag)s. Dat is geen "
                                 "recht: je gemeente beslist. Vraag er zelf naar.") % {"bedrag": bedrag(m.bufferbudget)}
                zinnen.append(uitleg("bufferbudget", tekst, w, BUFFER, gemeente_beslist=True))
            else:
                zinnen.append(uitleg("bijstand", tekst + " " + _("Vraag je gemeente of ze dat kan opvangen."), w, art45,
                                     artikel=("Participatiewet artikel 45, eerste lid", "45"), gemeente_beslist=True))
        if m.giften:
            zinnen.append(uitleg("giften", _(
                "In %(gift_maand)s kwam je boven de grens voor giften. Wat erboven is, telt als inkomen van "
                "%(gift_maand)s. Daardoor gaat er in %(maand)s %(bedrag)s van je bijstand af, maar nooit meer dan je "
                "bijstand over die maand. Je gemeente mag meer vrijlaten. Sommige gemeenten tellen een eenmalige gift "
                "als vermogen: vraag hoe jouw gemeente het doet.") % {
                    "gift_maand": _maand(plus_maanden(m.maand, -1)), "maand": maand, "bedrag": bedrag(m.giften)}, w,
                PW + "art31_giften.grens_per_jaar", gemeente_beslist=True))
        _gemeente_uitleg(t, m, vorige)
        if m.kinderbijslag:
            zinnen.append(uitleg("kinderbijslag", _(
                "In %(maand)s betaalt de SVB de kinderbijslag over het vorige kwartaal: %(bedrag)s.")
                % {"maand": maand, "bedrag": bedrag(m.kinderbijslag)}, w,
                "kinderbijslag.betaling.betaald_maanden_na_kwartaal"))
        voor_maand = plus_maanden(m.maand, int(w[AWIR + "voorschot_maanden_vooruit"]))
        if vorige and any(m.toeslagen[n] != vorige.toeslagen[n] for n in TOESLAGEN) and voor_maand.month > 1:
            zinnen.append(uitleg("toeslagen", _(
                "In %(maand)s verandert je voorschot op de toeslagen, omdat je je nieuwe inkomen hebt doorgegeven. "
                "Dienst Toeslagen betaalt rond de 20e voor de maand erna.") % {"maand": maand}, w,
                AWIR + "voorschot_maanden_vooruit"))
        vorige = m


def _gemeente_uitleg(t: Tijdlijn, m: Maand, vorige: Maand | None) -> None:
    """The costs of working from the first month of work, the gemeente's premies in their month, and the month in
    which the household's income passes a minimaregeling's limit (the same test as the average result)."""
    w, zinnen = m.w, m.uitleg
    if m.kosten_werk and (vorige is None or not vorige.kosten_werk):
        k = t.s.kosten_werk

        def kosten() -> str:
            bedragen = {"maand": _maand(m.maand), "kosten": bedrag(k.per_maand),
                        "reiskosten": bedrag(k.reiskosten_per_maand), "overige": bedrag(k.overige_per_maand),
                        "vergoeding": bedrag(k.vergoeding_per_maand)}
            return " ".join((
                (_("Vanaf %(maand)s kost werken je %(kosten)s per maand: reiskosten %(reiskosten)s en andere kosten "
                   "%(overige)s, min %(vergoeding)s vergoeding van je werkgever.") if k.vergoeding_per_maand else
                 _("Vanaf %(maand)s kost werken je %(kosten)s per maand: reiskosten %(reiskosten)s en andere kosten "
                   "%(overige)s.")) % bedragen,
                _("Die kosten gaan niet van je bijstand af, maar je houdt wel minder over."),
                _("We rekenen ze in elke maand waarin je werkt.")))
        zinnen.append(uitleg("kosten_werk", kosten, w, PW + "art31_giften.grens_per_jaar",
                             artikel=("Participatiewet artikel 31, tweede lid, onderdeel g", "31")))
    naam = weergavenaam(zoek(t.s.gemeente)) if t.s.gemeente else ""
    for p in m.premies:
        premie = {"maand": _maand(m.maand), "gemeente": naam, "premie": p["naam"], "bedrag": bedrag(p["bedrag"])}
        if p["voldaan"]:
            # Translators: %(gemeente)s is the gemeente's name, %(premie)s the name of its premie (in Dutch).
            zin = [_("In %(maand)s betaalt %(gemeente)s je de %(premie)s: %(bedrag)s. De premie telt niet als inkomen "
                     "voor de bijstand, tot %(maximum)s per kalenderjaar.")
                   % (premie | {"maximum": bedrag(w[PREMIE_MAXIMUM])})]
            if m.premie_boven:
                zin.append(_("Je krijgt dit jaar meer premie dan dat. Daarom telt %(boven)s als inkomen: dat gaat van "
                             "je bijstand af.") % {"boven": bedrag(m.premie_boven)})
        elif p["voldaan"] is None:
            n = p["min_maanden_bijstand"]
            # Translators: %(gemeente)s is the gemeente's name, %(premie)s the name of its premie (in Dutch).
            zin = [ngettext("In %(maand)s betaalt %(gemeente)s misschien de %(premie)s (%(bedrag)s), als je voor je "
                            "werk minstens %(n)s maand bijstand had. Vraag je gemeente of je de premie krijgt. We "
                            "tellen hem nog niet mee.",
                            "In %(maand)s betaalt %(gemeente)s misschien de %(premie)s (%(bedrag)s), als je voor je "
                            "werk minstens %(n)s maanden bijstand had. Vraag je gemeente of je de premie krijgt. We "
                            "tellen hem nog niet mee.", n) % (premie | {"n": n})]
        else:
            continue
        # Translators: %(bron)s is the title of the gemeente's page or regulation (in Dutch).
        zin.append(_("Bron van de premie: %(bron)s.") % {"bron": p["bron"]})
        zinnen.append(uitleg("premie", " ".join(zin), w, PREMIE_MAXIMUM, gemeente_beslist=True))
    for r in m.boven_grens:
        zinnen.append(gemeente_uitleg("gemeente_regeling", lambda r=r: _(
            "Vanaf %(maand)s kom je boven de grens van de %(regeling)s (%(gemeente)s): je netto inkomen (loon en "
            "bijstand samen, %(inkomen)s) is hoger dan %(procent)s van je bijstandsnorm (%(grens)s). Vraag je gemeente "
            "wat dit voor jou betekent.") % _grens(m, r, naam), r["_waarde"]))
    for r in m.onder_grens:
        zinnen.append(gemeente_uitleg("gemeente_regeling", lambda r=r: _(
            "Vanaf %(maand)s kom je weer onder de grens van de %(regeling)s (%(gemeente)s): je netto inkomen (loon en "
            "bijstand samen, %(inkomen)s) is niet hoger dan %(procent)s van je bijstandsnorm (%(grens)s). Vraag je "
            "gemeente of je de regeling weer kunt krijgen.") % _grens(m, r, naam), r["_waarde"]))


def _grens(m: Maand, r: dict, gemeente: str) -> dict:
    """The placeholders of a sentence about a minimaregeling's limit (its name and the gemeente's stay Dutch)."""
    return {"maand": _maand(m.maand), "regeling": r["naam"], "gemeente": gemeente, "inkomen": bedrag(r["inkomen"]),
            "procent": procent(r["grens_procent"] / PROCENT), "grens": bedrag(r["grens"])}


def _grenzen(t: Tijdlijn) -> None:
    """The month of work in which the household's income first passes a minimaregeling's limit (again, after a
    month under it), and the month of work in which it is back under that limit (for example when the vrijlating
    ends and the bijstand gets lower)."""
    if t.profiel is None or not t.werk:
        return
    eerder: set[str] = set()
    for m in t.maanden.values():
        if not t.werkt(m.maand):
            eerder = set()
            continue
        gevonden = _regelingen(t, m)
        boven = [r for r in gevonden if not r["blijft"]]
        m.boven_grens = [r for r in boven if r["sleutel"] not in eerder]
        m.onder_grens = [r for r in gevonden if r["blijft"] and r["sleutel"] in eerder]
        eerder = {r["sleutel"] for r in boven}


def _regelingen(t: Tijdlijn, m: Maand) -> list[dict]:
    """Each minimaregeling of the gemeente against this month's own income, as the average result tests it: both
    salaries with the vakantiegeld built up in the month (not the payout in May), and the bijstand over the month."""
    return regelingen(t.profiel, m.maand, m.norm, m.netto_met_vakantiegeld + m.recht.bijstand.totaal)


def tijdlijn(s: Situatie) -> tuple[Tijdlijn, dict]:
    """Every month of the time line computed (also the year before the first month), and the toeslagen per year."""
    t = Tijdlijn(s)
    t.inkomen()
    _bijstand(t)
    _vakantietoeslag(t)
    jaren = _toeslagen(t)
    _kinderbijslag(t)
    _kinderopvang(t)
    _onder_norm_en_buffer(t)
    _grenzen(t)
    return t, jaren


def bereken_maanden(s: Situatie, met_uitleg: bool = True) -> dict:
    t, jaren = tijdlijn(s)
    zichtbaar = [t.maanden[plus_maanden(t.eerste, i)] for i in range(s.maanden)]
    if met_uitleg:
        _uitleg(t, zichtbaar)
    waarschuwingen = list(s.waarschuwingen)
    for m in zichtbaar:
        waarschuwingen += waarschuwingen_ontbrekende_data(m.w) + overgangsrecht_vrijlating(
            m.gehad[0], bool(m.geteld_inkomen), m.w)
    return {
        "peildatum": s.peildatum.isoformat(),
        "regels_versie": REGELS_VERSIE,
        "verrekening": s.verrekening,
        "maanden": [_als_dict(m) for m in zichtbaar],
        "toeslagen_jaar": {str(jaar): {naam: tj.als_dict() for naam, tj in per.items()}
                           for jaar, per in jaren.items() if jaar in {m.maand.year for m in zichtbaar}},
        "waarschuwingen": list(dict.fromkeys(waarschuwingen)),
    }


def _als_dict(m: Maand) -> dict:
    uitkomst = {
        "maand": maand_iso(m.maand),
        "bijstandsnorm": m.norm,
        "loon_bruto": m.loon_bruto,
        "loon_netto": m.loon_netto,
        "partner_loon_netto": m.partner_loon_netto,
        "loonbetalingen": m.betalingen,
        "vakantiegeld_netto": m.vakantiegeld_netto,
        "verrekend_inkomen": round(m.verrekend_inkomen, 2),
        "verrekend_inkomen_van": maand_iso(m.verrekend_inkomen_van) if m.verrekend_inkomen_van else None,
        "vrijlating": m.vrijlating,
        "vrijlating_maanden_gehad": m.gehad[0],
        "bijstand": m.bijstand,
        "vakantietoeslag_bijstand": m.vakantietoeslag_bijstand,
        "terugvordering": m.terugvordering,
        "giften_van_bijstand": m.giften,
        "bijstand_over_maand": m.recht.bijstand.totaal,
        **{naam: m.toeslagen[naam] for naam in TOESLAGEN},
        "kinderbijslag": m.kinderbijslag,
        "kinderopvangtoeslag": m.kinderopvangtoeslag,
        "kinderopvang_kosten": m.kinderopvang_kosten,
        "bufferbudget": m.bufferbudget,
        "premie_gemeente": m.premie,
        "totaal": m.totaal,
        "kosten_van_werken": m.kosten_werk,
        "totaal_na_kosten": round(m.totaal - m.kosten_werk, 2),
        "onder_norm": m.onder_norm,
        "boven_grens": [r["naam"] for r in m.boven_grens],
        "onder_grens": [r["naam"] for r in m.onder_grens],
        "uitleg": [u.als_dict() for u in m.uitleg],
    }
    return uitkomst
