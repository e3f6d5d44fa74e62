"""Bijstand (Participatiewet): the bijstandsnorm for a household and the aanvullende bijstand on top of income.

The norms include the vakantietoeslag (art. 19 lid 3), so every amount here is a monthly average over the year.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from .invoer import Situatie
from .parameters import Waarden
from .uitleg import Uitleg, bedrag, procent, uitleg
from .vakantietoeslag import BijstandOverMaand

PW = "participatiewet."
GEHUWDEN = 2  # two people in the norm for gehuwden


@dataclass(frozen=True)
class Norm:
    bedrag: float
    uitleg: Uitleg
    meer: tuple[Uitleg, ...] = ()  # a further rule on top of the norm (art. 24a)


def pensioengerechtigd(leeftijd: int | None, w: Waarden) -> bool:
    return leeftijd is not None and leeftijd >= w["aow.pensioengerechtigde_leeftijd.leeftijd"]


def _medebewoners(aantal: int, w: Waarden) -> str:
    leeftijd = int(w[PW + "art19a_kostendelende_medebewoner.minimumleeftijd"])
    return f"andere volwassene{'n' if aantal > 1 else ''} van {leeftijd} jaar of ouder"


def _jong(leeftijd: int, w: Waarden) -> bool:
    return leeftijd < w[PW + "art21_normen.minimumleeftijd"]


def _jonge_leeftijden(w: Waarden) -> str:
    """The ages of the jongerennorm in words, from the data: "18, 19 of 20"."""
    leeftijden = [str(a) for a in range(int(w[PW + "art13_uitsluitingen.minimumleeftijd"]),
                                        int(w[PW + "art21_normen.minimumleeftijd"]))]
    return ", ".join(leeftijden[:-1]) + " of " + leeftijden[-1] if len(leeftijden) > 1 else leeftijden[0]


def _kostendelersnorm_per_persoon(aantal: int, basisnorm: float, w: Waarden) -> float:
    """Art. 22a lid 1: (40 % + A x 30 %) / A x B, with A the number of people who share the costs; in cents."""
    p = PW + "art22a_kostendelersnorm."
    return round((w[p + "basis_percentage"] + aantal * w[p + "percentage_per_persoon"]) / aantal * basisnorm, 2)


def _alleenstaande_norm(s: Situatie, w: Waarden) -> Norm:
    ouder = s.leefvorm == "alleenstaande_ouder"
    wie = "alleenstaande ouder" if ouder else "alleenstaande"
    if _jong(s.leeftijd, w):
        pad = PW + ("art20_jongerennormen.alleenstaande_ouder" if ouder else "art20_jongerennormen.alleenstaande")
        tekst = (f"Je bent {s.leeftijd} jaar. Voor een {wie} van {_jonge_leeftijden(w)} jaar is de norm {bedrag(w[pad])} per maand. "
                 "Kunnen je ouders je niet onderhouden? Dan kan je gemeente de norm verhogen.")
        return Norm(w[pad], uitleg("bijstandsnorm", tekst, w, pad))
    aow = pensioengerechtigd(s.leeftijd, w)
    pad = PW + ("art22_normen_pensioengerechtigden.alleenstaande" if aow else "art21_normen.alleenstaande")
    if s.kostendelers == 0:
        tekst = (f"Je bent {wie}{' met AOW-leeftijd' if aow else ''} en woont zonder andere volwassenen. "
                 f"Je bijstandsnorm is {bedrag(w[pad])} per maand, inclusief vakantiegeld.")
        return Norm(w[pad], uitleg("bijstandsnorm", tekst, w, pad))
    basis = PW + ("art22_normen_pensioengerechtigden.gehuwden" if aow else "art21_normen.gehuwden")
    aantal = s.kostendelers + 1
    norm = _kostendelersnorm_per_persoon(aantal, w[basis], w)
    tekst = (f"Je woont met {s.kostendelers} {_medebewoners(s.kostendelers, w)}. "
             f"Jullie delen de kosten, dus geldt de kostendelersnorm: {bedrag(norm)} per maand voor jou.")
    return Norm(norm, uitleg("bijstandsnorm", tekst, w, PW + "art22a_kostendelersnorm.basis_percentage"))


def _gehuwden_norm(s: Situatie, w: Waarden) -> Norm:
    kinderen = bool(s.kinderen)
    jong = [_jong(s.leeftijd, w), _jong(s.partner_leeftijd, w)]
    aow = [pensioengerechtigd(s.leeftijd, w), pensioengerechtigd(s.partner_leeftijd, w)]
    j = PW + "art20_jongerennormen."
    if all(jong):
        pad = j + ("gehuwden_beiden_jong_met_kinderen" if kinderen else "gehuwden_beiden_jong")
        tekst = f"Jullie zijn allebei {_jonge_leeftijden(w)} jaar. Jullie norm is samen {bedrag(w[pad])} per maand."
        return Norm(w[pad], uitleg("bijstandsnorm", tekst, w, pad))
    if any(jong):
        oudste_aow = aow[0] or aow[1]
        if s.kostendelers == 0 or oudste_aow:
            pad = j + ("gehuwden_een_jong_met_kinderen" if kinderen else "gehuwden_een_jong")
            tekst = (f"Een van jullie is jonger dan {int(w[PW + 'art21_normen.minimumleeftijd'])}. Jullie norm is samen {bedrag(w[pad])} per maand."
                     + (" Voor jullie situatie (een partner met AOW-leeftijd) bepaalt je gemeente de norm precies."
                        if oudste_aow else ""))
            return Norm(w[pad], uitleg("bijstandsnorm", tekst, w, pad, gemeente_beslist=oudste_aow))
        deel = PW + "art22a_kostendelersnorm." + (
            "jonge_echtgenoot_met_kinderen" if kinderen else "jonge_echtgenoot_zonder_kinderen")
        oudere = _kostendelersnorm_per_persoon(s.kostendelers + 1, w[PW + "art21_normen.gehuwden"], w)
        norm = w[deel] + oudere
        tekst = (f"Een van jullie is jonger dan {int(w[PW + 'art21_normen.minimumleeftijd'])} en er "
                 f"{'wonen' if s.kostendelers > 1 else 'woont'} {s.kostendelers} {_medebewoners(s.kostendelers, w)} "
                 "bij jullie. "
                 f"Jullie norm is {bedrag(w[deel])} plus {bedrag(oudere)} = {bedrag(norm)} per maand.")
        return Norm(norm, uitleg("bijstandsnorm", tekst, w, deel))
    p22 = PW + "art22_normen_pensioengerechtigden."
    if all(aow):
        basis = [p22 + "gehuwden", p22 + "gehuwden"]
        gewone = p22 + "gehuwden"
    elif any(aow):
        basis = [p22 + ("gehuwden" if a else "gehuwden_een_pensioengerechtigd") for a in aow]
        gewone = p22 + "gehuwden_een_pensioengerechtigd"
    else:
        basis = [PW + "art21_normen.gehuwden"] * GEHUWDEN
        gewone = PW + "art21_normen.gehuwden"
    if s.kostendelers == 0:
        tekst = (f"Jullie zijn gehuwd of wonen samen, zonder andere volwassenen in huis. "
                 f"Jullie bijstandsnorm is samen {bedrag(w[gewone])} per maand, inclusief vakantiegeld.")
        return Norm(w[gewone], uitleg("bijstandsnorm", tekst, w, gewone))
    aantal = s.kostendelers + GEHUWDEN
    norm = sum(_kostendelersnorm_per_persoon(aantal, w[b], w) for b in basis)
    tekst = (f"Jullie wonen met {s.kostendelers} {_medebewoners(s.kostendelers, w)}. "
             f"Jullie delen de kosten, dus geldt de kostendelersnorm: samen {bedrag(norm)} per maand.")
    return Norm(norm, uitleg("bijstandsnorm", tekst, w, PW + "art22a_kostendelersnorm.basis_percentage"))


ART24 = PW + "art24_partner_zonder_recht."
ALO_KOP = "kindgebonden_budget.kindgebonden_budget.alleenstaande_ouderkop"


def _norm_partner_zonder_recht(s: Situatie, w: Waarden) -> Norm:
    """Art. 24: half the gehuwdennorm with a partner of the same age; art. 24a (2027): plus a share of the ALO-kop.

    Art. 24 applies from 21 without kostendelers, and below 21. From 21 with kostendelers it does not; then the
    person's own share of the kostendelersnorm (art. 22a lid 1) is the norm.
    """
    jong = _jong(s.leeftijd, w)
    if s.kostendelers and not jong:
        basis = (PW + "art22_normen_pensioengerechtigden.gehuwden" if pensioengerechtigd(s.leeftijd, w)
                 else PW + "art21_normen.gehuwden")
        norm = _kostendelersnorm_per_persoon(s.kostendelers + GEHUWDEN, w[basis], w)
        tekst = (f"Je partner heeft geen recht op bijstand, en je woont met {s.kostendelers} "
                 f"{_medebewoners(s.kostendelers, w)}. Dan geldt de kostendelersnorm voor jou alleen: "
                 f"{bedrag(norm)} per maand. Je gemeente stelt je norm precies vast.")
        return Norm(norm, uitleg("bijstandsnorm", tekst, w, PW + "art22a_kostendelersnorm.basis_percentage",
                                 gemeente_beslist=True))
    als_gehuwd = _gehuwden_norm(replace(s, partner_leeftijd=s.leeftijd, partner_recht_op_bijstand=True), w).bedrag
    norm = round(als_gehuwd * w[ART24 + "percentage"], 2)
    tekst = (f"Je partner heeft geen recht op bijstand. Dan krijg jij de helft van de norm voor een stel: "
             f"{procent(w[ART24 + 'percentage'])} van {bedrag(als_gehuwd)} is {bedrag(norm)} per maand. "
             "Het inkomen van je partner telt wel mee.")
    delen = [uitleg("bijstandsnorm", tekst, w, ART24 + "percentage")]
    noemer = ART24 + "art24a_deel_van_alleenstaande_ouderkop"
    if s.kinderen and w.geldt(noemer):
        verhoging = round(w[ALO_KOP] / w[noemer], 2)
        norm = round(norm + verhoging, 2)
        delen.append(uitleg("bijstandsnorm", lambda: (
            f"Je hebt een kind. Daarom gaat je norm {bedrag(verhoging)} per maand omhoog: een twaalfde van de "
            f"alleenstaande-ouderkop van het kindgebonden budget. Je norm is dan {bedrag(norm)} per maand."),
            w, noemer))
    return Norm(norm, delen[0], tuple(delen[1:]))


def bijstandsnorm(s: Situatie, w: Waarden) -> Norm:
    """The household's norm per month including vakantietoeslag (art. 20, 21, 22, 22a, 24, 24a)."""
    if s.gehuwd and not s.partner_recht_op_bijstand:
        return _norm_partner_zonder_recht(s, w)
    return _gehuwden_norm(s, w) if s.gehuwd else _alleenstaande_norm(s, w)


def bijstand_uitleg(norm: float, inkomen: float, vrijlating: float, b: BijstandOverMaand, w: Waarden,
                    gehuwd: bool = False) -> Uitleg:
    pad = PW + "art19_vakantietoeslag.percentage"
    jullie, jij = ("Jullie", "jullie") if gehuwd else ("Je", "je")
    krijgt = "krijgen jullie" if gehuwd else "krijg je"
    if inkomen > 0 and b.totaal == 0:
        return uitleg("bijstand", lambda: (
            f"{jullie} netto loon ({bedrag(inkomen)}) is hoger dan de norm ({bedrag(norm)}). "
            f"{jullie} {'hebben' if gehuwd else 'hebt'} dan geen bijstand meer nodig."),
            w, pad, artikel=("Participatiewet artikel 19, tweede en derde lid", "19"))

    def tekst() -> str:
        if inkomen == 0:
            zinnen = (f"{jullie} {'hebben' if gehuwd else 'hebt'} geen ander inkomen. {jullie} "
                      f"{'krijgen' if gehuwd else 'krijgt'} de hele norm: {bedrag(b.totaal)} per maand.")
        else:
            zinnen = (f"{jullie} netto loon ({bedrag(inkomen)} per maand, zonder vakantiegeld) gaat van de norm "
                      f"({bedrag(norm)}) af"
                      + (f", maar {bedrag(vrijlating)} daarvan {'mogen' if gehuwd else 'mag'} {jij} houden"
                         if vrijlating else "")
                      + f". Dan is {jullie.lower()} bijstand {bedrag(b.totaal)} per maand.")
        if b.vakantietoeslag:
            zinnen += (f" Daarvan houdt de gemeente elke maand {bedrag(b.vakantietoeslag)} apart als vakantiegeld. "
                       f"Dat {krijgt} in juni. Elke maand {krijgt} dus {bedrag(b.maanddeel)}.")
        return zinnen
    return uitleg("bijstand", tekst, w, pad, artikel=("Participatiewet artikel 19, tweede en derde lid, en artikel 45",
                                                        "19"))
