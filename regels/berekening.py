"""One calculation: a household and a work scenario in, every monthly amount with its explanation out."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from . import REGELS_VERSIE
from .bijstand import Norm, bijstand_uitleg, bijstandsnorm, pensioengerechtigd
from .geheugen import onthoud
from .gemeenten.effecten import GemeenteDeel, gemeente_bij_inkomen, gemeente_deel, giftengrens
from .giften import Giften, giften
from .huurtoeslag import Huishouden, huurtoeslag
from .invoer import Situatie, Werk
from .kosten_werk import kosten_van_werken
from .vakantietoeslag import (BijstandOverMaand, bijstand_over_maand, recht_over_maand, vakantieaanspraak,
                              vakantieaanspraak_uitleg)
from .kindgebonden_budget import kindgebonden_budget
from .kinderopvangtoeslag import kinderopvangtoeslag
from .kinderbijslag import kinderbijslag
from .kalender import MAANDEN_PER_JAAR, WEKEN_PER_JAAR
from .loon import (GEEN_LOON, Loon, bereken_loon, bruto_uit_uren, loon_uit_bruto, minimumuurloon,
                   netto_maandloon)
from .parameters import PARAMETERS, PEILDATA_IN_GEHEUGEN, Waarden, waarden_op
from .taal import N_, gettext as _, huidige_taal, ngettext
from .toetsingsinkomen import NB, toetsingsinkomen
from .uitleg import Uitleg, bedrag, uitleg
from .uitleg import datum as datum_tekst
from .vrijlating import (ART34A, GEEN_VRIJLATING, VrijlatingRegel, Werkende, geen_vrijlating_zonder_bijstand,
                         vrijlating_regel)
from .zorgtoeslag import zorgtoeslag

# The subjects of amounts that are not yet known or still a proposal, listed between brackets in a warning.
ONDERWERPEN = {
    # Translators: a subject in a list between brackets: "Sommige bedragen zijn nog een voorstel (…)".
    "participatiewet": N_("bijstand en vrijlating"),
    # Translators: a subject in a list between brackets: "Sommige bedragen zijn nog een voorstel (…)".
    "aow": N_("de AOW-leeftijd"),
    # Translators: a subject in a list between brackets: "Sommige bedragen zijn nog een voorstel (…)".
    "wet_minimumloon": N_("het minimumloon"),
    # Translators: a subject in a list between brackets: "Sommige bedragen zijn nog een voorstel (…)".
    "wet_inkomstenbelasting": N_("de loonbelasting"),
    # Translators: a subject in a list between brackets: "Sommige bedragen zijn nog een voorstel (…)".
    "zorgtoeslag": N_("zorgtoeslag"),
    # Translators: a subject in a list between brackets: "Sommige bedragen zijn nog een voorstel (…)".
    "huurtoeslag": N_("huurtoeslag"),
    # Translators: a subject in a list between brackets: "Sommige bedragen zijn nog een voorstel (…)".
    "kindgebonden_budget": N_("kindgebonden budget"),
    # Translators: a subject in a list between brackets: "Sommige bedragen zijn nog een voorstel (…)".
    "kinderbijslag": N_("kinderbijslag"),
    # Translators: a subject in a list between brackets: "Sommige bedragen zijn nog een voorstel (…)".
    "awir": N_("de regels voor alle toeslagen"),
    # Translators: a subject in a list between brackets: "Sommige bedragen zijn nog een voorstel (…)".
    "regeling_participatiewet": N_("het vakantiegeld bij werk en bijstand"),
    # Translators: a subject in a list between brackets: "Sommige bedragen zijn nog een voorstel (…)".
    "kinderopvangtoeslag": N_("kinderopvangtoeslag"),
}
ART34A_PERCENTAGE = ART34A + "percentage"
CENT = 1 / 100  # precision of the uitstroom search
ZOEK_TOT_BRUTO = 20_000.0  # above this gross monthly wage nobody in the data's norms still needs bijstand
HALVE_CENT = 0.005
AWIR_ART8 = ("Algemene wet inkomensafhankelijke regelingen artikel 8", "8")


def met_zin(u: Uitleg, zin: Callable[[], str]) -> Uitleg:
    """The same explanation with one more sentence, still written only when read (both in the language then)."""
    return Uitleg(u.onderwerp, lambda: f"{u.tekst} {zin()}", u.bron, u.url, u.gemeente_beslist)


@dataclass(frozen=True)
class Uitstroom:
    """The gross monthly wage (and hours, if work is entered per hour) from which no bijstand is needed."""

    bruto_per_maand: float | None
    uren_per_week: float | None


def waarschuwingen_ontbrekende_data(w: Waarden) -> list[str]:
    """What the user must know about the data of this date: amounts not yet known, and amounts still a proposal."""
    return list(_meldingen_over_data(w, huidige_taal()))


def _onderwerpen(paden) -> str:
    return ", ".join(sorted({_(ONDERWERPEN[pad.split(".")[0]]) for pad in paden}))


@lru_cache(maxsize=PEILDATA_IN_GEHEUGEN)
def _meldingen_over_data(w: Waarden, taal: str) -> tuple[str, ...]:
    """Once per date's values (they are shared per date, `waarden_op`) and language: a month view asks it for every
    month. Only about the data, never about a person."""
    meldingen = []
    if w.voorstellen:
        # Translators: %(onderwerpen)s lists subjects, such as "het minimumloon, zorgtoeslag".
        meldingen.append(_("Sommige bedragen zijn nog een voorstel (%(onderwerpen)s). Dit bedrag is nog een voorstel: "
                           "het kan nog veranderen. Zo rekenen we tot de echte bedragen bekend zijn.")
                         % {"onderwerpen": _onderwerpen(w.voorstellen)})
    for datum, parameters in sorted(w.ontbrekend.items()):
        # Translators: %(datum)s is a date (1 januari 2027); %(onderwerpen)s lists subjects, such as "zorgtoeslag".
        meldingen.append(_("De bedragen vanaf %(datum)s zijn nog niet allemaal bekend (%(onderwerpen)s). We rekenen "
                           "daarvoor met de laatst bekende bedragen. De uitkomst is daardoor minder precies.")
                         % {"datum": datum_tekst(datum), "onderwerpen": _onderwerpen(p.pad for p in parameters)})
    return tuple(meldingen)


def _werkende(s: Situatie, leeftijd: int, medisch: bool, maanden_gehad: int | None = None) -> Werkende:
    jongste = min(s.kinderen) if s.leefvorm == "alleenstaande_ouder" and s.kinderen else None
    return Werkende(leeftijd, s.vrijlating_maanden_gehad if maanden_gehad is None else maanden_gehad, medisch, jongste)


def partner_maanden_gehad(s: Situatie) -> int:
    """The partner's months of vrijlating: as given, or else the same as the person's (said in a warning)."""
    if s.partner_vrijlating_maanden_gehad is None:
        return s.vrijlating_maanden_gehad
    return s.partner_vrijlating_maanden_gehad


@dataclass(frozen=True)
class Verdiener:
    """One earner in one month, as the gemeente counts the income: the net, the vrijlating rule, the AOW age."""

    netto: float  # net income from work that counts this month
    regel: VrijlatingRegel
    aow: bool
    vakantiegeld_apart: bool = True  # paid once a year: the gemeente uses the vakantieaanspraak


@dataclass(frozen=True)
class BijstandBijInkomen:
    """The bijstand over one month next to income from work (art. 19, 31 lid 2 n/r/y or 34a, Regeling art. 10-11)."""

    inkomen: float
    vrijlating: float
    vakantieaanspraak: float
    bijstand: BijstandOverMaand


def bijstand_bij_inkomen(norm: float, verdieners: tuple[Verdiener, ...], w: Waarden,
                         overig: float = 0.0) -> BijstandBijInkomen:
    """The one place where income from work meets the norm: the average result and every month use it.

    `overig` is other income of the month that has no vrijlating and no vakantieaanspraak: gifts above the yearly
    limit (art. 31 lid 1 and lid 2 m), counted in the month they came in.
    """
    inkomen = round(sum(v.netto for v in verdieners), 2)
    vrij = [v.regel.bedrag(v.netto) for v in verdieners]
    if recht_over_maand(norm, inkomen + overig, sum(vrij)) == 0:
        vrij = [0.0] * len(verdieners)  # the vrijlating exists only "voor zover hij algemene bijstand ontvangt"
    aanspraak = round(sum(vakantieaanspraak(v.netto - vrijgelaten, w, v.aow)
                          for v, vrijgelaten in zip(verdieners, vrij) if v.vakantiegeld_apart), 2)
    vrijlating = round(sum(vrij), 2)
    return BijstandBijInkomen(inkomen, vrijlating, aanspraak,
                              bijstand_over_maand(norm, round(inkomen + overig, 2), vrijlating, aanspraak, w))


def vakantiegeld_apart(werk: Werk | None) -> bool:
    """Whether vakantiegeld comes once a year, so the gemeente uses the vakantieaanspraak (also without work)."""
    return werk is None or werk.vakantiegeld_apart


def _verdiener(loon: Loon, regel: VrijlatingRegel, aow: bool, apart: bool) -> Verdiener:
    """An ordinary month: the payslip; with vakantiegeld paid every month (not `apart`), the vakantiegeld too."""
    netto = loon.netto_loonstrook + (0.0 if apart else loon.vakantiegeld_netto_per_jaar / MAANDEN_PER_JAAR)
    return Verdiener(round(netto, 2), regel, aow, apart)


def zoek_uitstroom(s: Situatie, norm: float, partner: Verdiener, regel: VrijlatingRegel,
                   w: Waarden, aow: bool) -> Uitstroom:
    """Find the gross monthly wage of the person from which the gemeente pays no bijstand any more."""
    bruto = _uitstroom_bruto(norm, partner, regel, w, aow, s.gehuwd, vakantiegeld_apart(s.werk))
    if not bruto:  # None: bijstand at any wage; 0.0: no bijstand, even without work
        return Uitstroom(bruto, bruto)
    uurloon = s.werk.bruto_uurloon if s.werk else None
    uren = bruto * MAANDEN_PER_JAAR / WEKEN_PER_JAAR / uurloon if uurloon else None
    return Uitstroom(round(bruto, 2), round(uren, 1) if uren is not None else None)


@onthoud
def _uitstroom_bruto(norm: float, partner: Verdiener, regel: VrijlatingRegel, w: Waarden, aow: bool, gehuwd: bool,
                     apart: bool) -> float | None:
    """The search by bisection, unrounded. It depends on these alone, not on the hours or the hourly wage, so in a
    batch run (see `geheugen`) the households with the same norm, partner and vrijlating share one search."""

    def tekort(bruto: float) -> float:
        if apart:  # only the payslip counts: no need for the yearly wage
            ik = Verdiener(round(netto_maandloon(bruto, w, aow, gehuwd), 2), regel, aow)
        else:
            ik = _verdiener(loon_uit_bruto(bruto, w, aow, gehuwd), regel, aow, apart)
        return bijstand_bij_inkomen(norm, (ik, partner), w).bijstand.totaal

    if tekort(0.0) <= 0:
        return 0.0
    laag, hoog = 0.0, ZOEK_TOT_BRUTO
    if tekort(hoog) > 0:
        return None
    while hoog - laag > CENT:
        midden = (laag + hoog) / 2
        if tekort(midden) > 0:
            laag = midden
        else:
            hoog = midden
    return hoog


def uitstroom_uitleg(u: Uitstroom, w: Waarden) -> Uitleg:
    pad = "participatiewet.art21_normen.alleenstaande"
    artikel = ("Participatiewet artikel 19, eerste en tweede lid", "19")

    def tekst() -> str:
        if u.bruto_per_maand is None:
            return _("Met dit inkomen blijf je bijstand houden.")
        if u.bruto_per_maand == 0:
            return _("Jullie inkomen is al hoger dan de bijstandsnorm. Dan is er geen recht op bijstand.")
        if u.uren_per_week is not None:
            # Translators: %(uren)s is a number of hours with one decimal in Dutch notation (12,5), so no plural
            # forms: write "hours" as for a number with a decimal. %(bruto)s is an amount.
            return _("Bij dit uurloon heb je vanaf ongeveer %(uren)s uur per week (ongeveer %(bruto)s bruto per maand) "
                     "geen bijstand meer nodig.") % {"uren": str(u.uren_per_week).replace(".", ","),
                                                      "bruto": bedrag(u.bruto_per_maand, centen=False)}
        return _("Vanaf ongeveer %(bruto)s bruto per maand heb je geen bijstand meer nodig.") % {
            "bruto": bedrag(u.bruto_per_maand, centen=False)}
    return uitleg("uitstroom", tekst, w, pad, artikel=artikel)


def _toetsingsinkomen(s: Situatie, loon: Loon, partner_loon: Loon, bijstand: float, w: Waarden) -> tuple[float, Uitleg]:
    if s.toetsingsinkomen is not None:
        return s.toetsingsinkomen, uitleg("toetsingsinkomen", lambda: _(
            "Je hebt zelf je toetsingsinkomen ingevuld: %(bedrag)s per jaar. Daarmee rekenen we de toeslagen uit.") % {
                "bedrag": bedrag(s.toetsingsinkomen, centen=False)},
            w, "awir.tegemoetkoming.minimum_per_jaar", artikel=AWIR_ART8)
    personen = [(loon, s.leeftijd), (partner_loon, s.partner_leeftijd)] if s.gehuwd else [(loon, s.leeftijd)]
    lonen = [(eigen.bruto_per_jaar, eigen.benutte_loonheffingskorting, pensioengerechtigd(leeftijd, w))
             for eigen, leeftijd in personen]
    totaal, bruto_loon, bruto_bijstand = toetsingsinkomen(lonen, bijstand * MAANDEN_PER_JAAR, s.gehuwd, w)
    if not bruto_bijstand:
        return totaal, uitleg("toetsingsinkomen", lambda: _(
            "Voor de toeslagen telt je loon per jaar vóór belasting, met vakantiegeld: %(bedrag)s. Dit heet je "
            "toetsingsinkomen.") % {"bedrag": bedrag(bruto_loon, centen=False)},
            w, "awir.tegemoetkoming.minimum_per_jaar", artikel=AWIR_ART8)

    def tekst() -> str:
        getallen = {"loon": bedrag(bruto_loon, centen=False), "bijstand": bedrag(bruto_bijstand, centen=False),
                    "totaal": bedrag(totaal, centen=False)}
        if bruto_loon:
            inkomen = _("Voor de toeslagen telt je inkomen per jaar vóór belasting: %(loon)s loon (met vakantiegeld) "
                        "en %(bijstand)s bijstand. Samen is dat %(totaal)s. Dit heet je toetsingsinkomen.")
        else:
            inkomen = _("Voor de toeslagen telt je inkomen per jaar vóór belasting: %(bijstand)s bijstand. Dit heet "
                        "je toetsingsinkomen.")
        # Who applies the loonheffingskorting decides how the gemeente grosses up the bijstand (Normenbrief
        # bijlage VI): the employer (bijstandspercentagetarief), or nobody else (rows A and B: loonheffingskorting
        # and first bracket).
        iemand_werkt = any(eigen.bruto_per_jaar > 0 for eigen, _leeftijd in personen)
        korting = (_("Je werkgever gebruikt al een deel van je loonheffingskorting. De gemeente rekent met wat er over "
                     "is.") if iemand_werkt else
                   _("De gemeente past daarbij de loonheffingskorting toe, omdat niemand anders dat doet."))
        return " ".join((inkomen % getallen,
                         _("Daarvoor rekent de gemeente je netto bijstand om naar bruto, zoals op je jaaropgaaf."),
                         korting,
                         _("In de loop van het jaar houdt de gemeente voorlopig minder loonheffing in; op je "
                           "jaaropgaaf staat het definitieve bedrag.")))
    return totaal, uitleg("toetsingsinkomen", tekst, w, NB + "percentage_e")


def overgangsrecht_vrijlating(maanden_gehad: int, werkt: bool, w: Waarden) -> list[str]:
    """Art. 34a replaces the old vrijlatingen; the transitional rule (art. 78ff lid 2-4) is not yet published."""
    if not (w.geldt(ART34A_PERCENTAGE) and maanden_gehad and werkt):
        return []
    start = PARAMETERS[ART34A_PERCENTAGE].waarden[0].vanaf
    # Translators: %(datum)s is a date (1 januari 2027).
    return [_("Vanaf %(datum)s geldt een nieuwe vrijlating. Hoe de maanden vrijlating die je al had meetellen, staat "
              "nog niet vast: die overgangsregel is nog niet gepubliceerd. We tellen ze mee. Vraag je gemeente hoe zij "
              "het doen.") % {"datum": datum_tekst(start)}]


def _minimumloon_waarschuwing(werk: Werk | None, leeftijd: int, w: Waarden, partner: bool = False) -> list[str]:
    if werk is None or not werk.bruto_uurloon:
        return []
    minimum = minimumuurloon(leeftijd, w)
    if werk.bruto_uurloon + HALVE_CENT >= minimum:
        return []
    getallen = {"uurloon": bedrag(werk.bruto_uurloon), "leeftijd": leeftijd, "minimum": bedrag(minimum)}
    if partner:
        # Translators: about the partner's hourly wage; %(leeftijd)s is the partner's age.
        return [ngettext("Het uurloon (%(uurloon)s) is lager dan het wettelijk minimumloon voor %(leeftijd)s jaar "
                         "(%(minimum)s per uur). Een werkgever moet minstens het minimumloon betalen.",
                         "Het uurloon (%(uurloon)s) is lager dan het wettelijk minimumloon voor %(leeftijd)s jaar "
                         "(%(minimum)s per uur). Een werkgever moet minstens het minimumloon betalen.",
                         leeftijd) % getallen]
    return [ngettext("Je uurloon (%(uurloon)s) is lager dan het wettelijk minimumloon voor %(leeftijd)s jaar "
                     "(%(minimum)s per uur). Een werkgever moet minstens het minimumloon betalen.",
                     "Je uurloon (%(uurloon)s) is lager dan het wettelijk minimumloon voor %(leeftijd)s jaar "
                     "(%(minimum)s per uur). Een werkgever moet minstens het minimumloon betalen.",
                     leeftijd) % getallen]


@dataclass(frozen=True)
class Huishouddeel:
    """Everything that does not depend on the person's own work: computed once per household, also in a sweep."""

    w: Waarden
    norm: Norm
    aow: bool
    partner_loon: Loon
    partner: Verdiener
    regel: VrijlatingRegel
    partner_regel: VrijlatingRegel
    huishouden: Huishouden
    kinderbijslag: float
    giften: Giften
    giften_bedragen: dict  # giften.als_dict(), the same at every number of hours
    uitstroom: Uitstroom
    # explanations that do not change with the hours, already as dicts
    uitleg_norm: tuple[dict, ...]
    uitleg_partner_loon: tuple[dict, ...]
    uitleg_uitstroom: dict
    uitleg_achteraf: tuple[dict, ...]
    waarschuwingen: tuple[str, ...]
    kostendeler_leeftijd: int
    gemeente: GemeenteDeel | None = None  # the gemeente's own rules, when the situation names a gemeente


def huurtoeslag_huishouden(s: Situatie, w: Waarden) -> Huishouden:
    """Who counts for the huurtoeslag: the person, a partner, the children and the kostendelers."""
    return Huishouden(
        personen=1 + (1 if s.gehuwd else 0) + len(s.kinderen) + s.kostendelers,
        iedereen_jonger_dan_21=max(s.leeftijd, s.partner_leeftijd or 0) < w["huurtoeslag.huurtoeslag.jongeren_tot"]
        and s.kostendelers == 0,
        kinderen=bool(s.kinderen),
    )


def huishouddeel(s: Situatie) -> Huishouddeel:
    w = waarden_op(s.peildatum)
    waarschuwingen = list(s.waarschuwingen) + waarschuwingen_ontbrekende_data(w)
    norm = bijstandsnorm(s, w)
    aow = pensioengerechtigd(s.leeftijd, w)
    partner_aow = pensioengerechtigd(s.partner_leeftijd, w)
    partner_loon = bereken_loon(s.partner_werk, w, partner_aow, s.gehuwd) if s.gehuwd else GEEN_LOON
    partner_loon_uitleg = (_loon_uitleg(partner_loon, w, partner=True).als_dict(),) if partner_loon.bruto_per_jaar \
        else ()
    waarschuwingen += _minimumloon_waarschuwing(s.werk, s.leeftijd, w)
    if s.gehuwd:
        waarschuwingen += _minimumloon_waarschuwing(s.partner_werk, s.partner_leeftijd, w, partner=True)
    if aow or partner_aow:
        # Translators: AIO is the bijstand for people with the AOW age (aanvullende inkomensvoorziening ouderen).
        waarschuwingen.append(_("Met de AOW-leeftijd telt je AOW-uitkering als inkomen. Deze rekenhulp vraagt daar "
                                "niet naar en rekent alsof je alleen bijstand (AIO) krijgt. Ook de belasting op loon "
                                "rekenen we eenvoudig uit (zonder arbeidskorting). Vraag de SVB om een precieze "
                                "berekening."))
    waarschuwingen += overgangsrecht_vrijlating(s.vrijlating_maanden_gehad, bool(s.werk or s.partner_werk), w)
    if s.kostendelers and s.kale_huur is not None:
        waarschuwingen.append(_("Het inkomen van je medebewoners telt mee voor de huurtoeslag. Dat weten we niet, "
                                "dus we rekenen alsof zij geen inkomen hebben. Je huurtoeslag kan lager zijn."))
    regel = vrijlating_regel(_werkende(s, s.leeftijd, s.medisch_urenbeperkt), w)
    partner_regel = vrijlating_regel(_werkende(s, s.partner_leeftijd, False, partner_maanden_gehad(s)), w) \
        if s.gehuwd else GEEN_VRIJLATING
    if s.gehuwd and s.partner_werk and s.partner_vrijlating_maanden_gehad is None:
        waarschuwingen.append(_("Hoeveel maanden vrijlating je partner al had, weten we niet. We rekenen met "
                                "hetzelfde aantal als voor jou. Vraag je klantmanager hoe het voor je partner zit."))
    huishouden = huurtoeslag_huishouden(s, w)
    partner = _verdiener(partner_loon, partner_regel, partner_aow, vakantiegeld_apart(s.partner_werk))
    uitstroom = zoek_uitstroom(s, norm.bedrag, partner, regel, w, aow)
    kb, kb_uitleg = kinderbijslag(s.kinderen, w)
    deel = _gemeente_deel(s)
    gift = giften(s.giften_dit_jaar, w, giftengrens(deel.profiel, s.gehuwd, s.peildatum) if deel else None)
    return Huishouddeel(
        w=w, norm=norm, aow=aow, partner_loon=partner_loon, partner=partner, regel=regel, partner_regel=partner_regel,
        huishouden=huishouden, kinderbijslag=kb, giften=gift, giften_bedragen=gift.als_dict(), uitstroom=uitstroom,
        uitleg_norm=tuple(u.als_dict() for u in (norm.uitleg, *norm.meer)), uitleg_partner_loon=partner_loon_uitleg,
        uitleg_uitstroom=uitstroom_uitleg(uitstroom, w).als_dict(),
        uitleg_achteraf=tuple(u.als_dict() for u in (kb_uitleg, *gift.uitleg)),
        waarschuwingen=tuple(waarschuwingen),
        kostendeler_leeftijd=int(w["participatiewet.art19a_kostendelende_medebewoner.minimumleeftijd"]),
        gemeente=deel,
    )


def _gemeente_deel(s: Situatie) -> GemeenteDeel | None:
    if s.gemeente is None:
        return None
    from . import gemeenten
    from .gemeenten.effecten import standaard_verrekening

    gemeente = gemeenten.zoek(s.gemeente)
    eigen = standaard_verrekening(gemeenten.profiel(gemeente.code), s.peildatum)[0]
    start = s.werk.start if s.werk and s.werk.start else s.peildatum.replace(day=1)
    return gemeente_deel(gemeente, s.peildatum, s.leefvorm, s.kinderen, s.leeftijd, start,
                         verrekening_gekozen=eigen is not None and s.verrekening != eigen,
                         maanden_bijstand=s.maanden_bijstand)


def bereken_situatie(s: Situatie, met_uitleg: bool = True) -> dict:
    """Compute everything for one checked situation.

    Without `met_uitleg` the result has no explanations (and their sentences are never written): for a batch.
    """
    h = huishouddeel(s)
    return bereken_loon_in_huishouden(s, h, bereken_loon(s.werk, h.w, h.aow, s.gehuwd), met_uitleg)


def bereken_bij_uren(s: Situatie, h: Huishouddeel, uren: float, met_uitleg: bool = True) -> dict:
    """One point of a sweep: the person works `uren` hours per week at the situation's hourly wage."""
    loon = loon_uit_bruto(bruto_uit_uren(uren, s.werk.bruto_uurloon), h.w, h.aow, s.gehuwd)
    return bereken_loon_in_huishouden(s, h, loon, met_uitleg)


def bereken_loon_in_huishouden(s: Situatie, h: Huishouddeel, loon: Loon, met_uitleg: bool) -> dict:
    """Everything for the person's wage `loon` in the household part `h`, which a sweep computes once."""
    w = h.w
    ik = _verdiener(loon, h.regel, h.aow, vakantiegeld_apart(s.werk))
    maand = bijstand_bij_inkomen(h.norm.bedrag, (ik, h.partner), w)
    bijstand = maand.bijstand.totaal
    ti, ti_uitleg = _toetsingsinkomen(s, loon, h.partner_loon, bijstand, w)
    zt, zt_uitleg = zorgtoeslag(ti, s.gehuwd, w)
    ht, ht_uitleg = huurtoeslag(s.kale_huur, h.huishouden, ti, w)
    kgb, kgb_uitleg = kindgebonden_budget(s.kinderen, s.gehuwd, ti, w)
    werkt = loon.bruto_per_jaar > 0 and (not s.gehuwd or h.partner_loon.bruto_per_jaar > 0)
    opvang, opvang_uitleg = kinderopvangtoeslag(s.kinderopvang, werkt, ti, w)

    per_maand = {
        "bijstandsnorm": round(h.norm.bedrag, 2),
        "bruto_loon": round(loon.bruto_gemiddeld_per_maand + h.partner_loon.bruto_gemiddeld_per_maand, 2),
        "netto_loon": round(round(loon.netto_gemiddeld_per_maand, 2)
                            + round(h.partner_loon.netto_gemiddeld_per_maand, 2), 2),
        # The rest is already in cents (or whole euros) where it is computed: rounding again would change nothing.
        "loonstrook_netto": maand.inkomen,
        "vrijlating": maand.vrijlating,
        "vakantieaanspraak": maand.vakantieaanspraak if bijstand else 0.0,
        "bijstand": bijstand,
        "bijstand_maanddeel": maand.bijstand.maanddeel,
        "vakantietoeslag_bijstand": maand.bijstand.vakantietoeslag,
        "zorgtoeslag": zt,
        "huurtoeslag": ht,
        "kindgebonden_budget": kgb,
        "kinderbijslag": h.kinderbijslag,
        "kinderopvangtoeslag": opvang.toeslag,
        "kinderopvang_eigen_deel": opvang.eigen_deel,
    }
    per_maand["totaal"] = round(sum(per_maand[k] for k in (
        "netto_loon", "bijstand", "zorgtoeslag", "huurtoeslag", "kindgebonden_budget", "kinderbijslag"))
        - per_maand["kinderopvang_eigen_deel"], 2)
    werkt_zelf = loon.bruto_per_jaar > 0 or h.partner_loon.bruto_per_jaar > 0
    kosten, kosten_uitleg = kosten_van_werken(s.kosten_werk, werkt_zelf, per_maand["totaal"], w, met_uitleg)
    gemeente, gemeente_uitleg = (gemeente_bij_inkomen(h.gemeente, s.peildatum, per_maand["bijstandsnorm"],
                                                      per_maand["netto_loon"] + bijstand, met_uitleg)
                                 if h.gemeente else (None, []))
    if met_uitleg:
        if s.kale_huur is not None:
            # Translators: %(leeftijd)s is the age from which a medebewoner is a kostendeler (27).
            ht_uitleg = met_zin(ht_uitleg, lambda: _(
                "Wonen er ook volwassenen jonger dan %(leeftijd)s bij je? Die vragen we niet. Zij en hun inkomen "
                "tellen wel mee voor de huurtoeslag.") % {"leeftijd": h.kostendeler_leeftijd})
        na_bijstand = (ti_uitleg, zt_uitleg, ht_uitleg, kgb_uitleg, *([opvang_uitleg] if opvang_uitleg else []))
        uitleg_lijst = [*h.uitleg_norm, *h.uitleg_partner_loon,
                        *(u.als_dict() for u in _uitleg_bijstand(s, h, loon, ik, maand)), h.uitleg_uitstroom,
                        *(u.als_dict() for u in na_bijstand), *h.uitleg_achteraf,
                        *(u.als_dict() for u in (*kosten_uitleg, *gemeente_uitleg))]
    else:
        uitleg_lijst = []
    return {
        "peildatum": s.peildatum.isoformat(),
        "regels_versie": REGELS_VERSIE,
        "per_maand": per_maand,
        "per_jaar": {"toetsingsinkomen": round(ti, 2)},
        "giften": {**h.giften_bedragen, "van_bijstand_af": round(min(h.giften.boven_grens, bijstand), 2)},
        "vrijlating_maanden_over": h.regel.maanden_over if ik.netto > 0 and maand.vrijlating > 0 else None,
        "uitstroom": {"bruto_per_maand": h.uitstroom.bruto_per_maand, "uren_per_week": h.uitstroom.uren_per_week},
        "uitleg": uitleg_lijst,
        "waarschuwingen": list(h.waarschuwingen),
        **({"kosten_werk": kosten} if kosten else {}),
        **({"gemeente": gemeente} if gemeente else {}),
    }


def _uitleg_bijstand(s: Situatie, h: Huishouddeel, loon: Loon, ik: Verdiener,
                     maand: BijstandBijInkomen) -> list[Uitleg]:
    """The explanations from the wage to the bijstand: wage, vrijlating, bijstand, vakantieaanspraak."""
    w = h.w
    bijstand = maand.bijstand.totaal
    uitleg_lijst = [_loon_uitleg(loon, w)] if loon.bruto_per_jaar else []
    if bijstand == 0 and maand.inkomen > 0:
        uitleg_lijst.append(geen_vrijlating_zonder_bijstand(h.regel, w, s.gehuwd))
    else:
        if ik.netto > 0:
            uitleg_lijst.append(h.regel.uitleg(ik.netto, w))
        if h.partner.netto > 0:
            uitleg_lijst.append(h.partner_regel.uitleg(h.partner.netto, w, partner=True))
    uitleg_lijst.append(bijstand_uitleg(h.norm.bedrag, maand.inkomen, maand.vrijlating, maand.bijstand, w, s.gehuwd))
    if maand.vakantieaanspraak and bijstand:
        uitleg_lijst.append(vakantieaanspraak_uitleg(maand.vakantieaanspraak, w))
    return uitleg_lijst


def _loon_uitleg(loon: Loon, w: Waarden, partner: bool = False) -> Uitleg:
    """The person's wage, or (`partner`) the partner's."""
    vakantiegeld = loon.bruto_per_jaar - loon.bruto_per_maand * MAANDEN_PER_JAAR

    def tekst() -> str:
        getallen = {"bruto": bedrag(loon.bruto_per_maand), "vakantiegeld": bedrag(vakantiegeld),
                    "loonbelasting": bedrag(loon.loonheffing_per_jaar / MAANDEN_PER_JAAR),
                    "netto": bedrag(loon.netto_gemiddeld_per_maand)}
        if partner:
            verdient = _("Je partner verdient %(bruto)s bruto per maand. Daar komt %(vakantiegeld)s vakantiegeld "
                         "per jaar bij. Na loonbelasting (%(loonbelasting)s per maand) is dat gemiddeld %(netto)s "
                         "netto per maand, met het vakantiegeld erbij.")
        else:
            verdient = _("Je verdient %(bruto)s bruto per maand. Daar komt %(vakantiegeld)s vakantiegeld per jaar bij. "
                         "Na loonbelasting (%(loonbelasting)s per maand) is dat gemiddeld %(netto)s netto per maand, "
                         "met het vakantiegeld erbij.")
        return " ".join((verdient % getallen, _("We gaan ervan uit dat de werkgever de loonheffingskorting toepast en "
                                                "dat er geen pensioenpremie af gaat.")))
    return uitleg("loon", tekst, w, "wet_inkomstenbelasting.tarief.schijf1_tarief")
