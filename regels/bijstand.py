"""Bijstand (Participatiewet): the bijstandsnorm for a household and the aanvullende bijstand on top of income.

The norms include the vakantietoeslag (art. 19 lid 3), so every amount here is a monthly average over the year.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from babel.lists import format_list

from .invoer import Situatie
from .parameters import Waarden
from .taal import gettext as _, ngettext, taal_locale
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


def _kostendeler_leeftijd(w: Waarden) -> int:
    return int(w[PW + "art19a_kostendelende_medebewoner.minimumleeftijd"])


def _jong(leeftijd: int, w: Waarden) -> bool:
    return leeftijd < w[PW + "art21_normen.minimumleeftijd"]


def _jonge_leeftijden(w: Waarden) -> tuple[str, int]:
    """The ages of the jongerennorm in words, from the data: "18, 19 of 20" (Babel's list in the current language),
    and the last age, which decides the plural of "jaar"."""
    leeftijden = range(int(w[PW + "art13_uitsluitingen.minimumleeftijd"]), int(w[PW + "art21_normen.minimumleeftijd"]))
    return format_list([str(a) for a in leeftijden], style="or", locale=taal_locale()), leeftijden[-1]


def _kostendelersnorm_per_persoon(aantal: int, basisnorm: float, w: Waarden) -> float:
    """Art. 22a lid 1: (40 % + A x 30 %) / A x B, with A the number of people who share the costs; in cents."""
    p = PW + "art22a_kostendelersnorm."
    return round((w[p + "basis_percentage"] + aantal * w[p + "percentage_per_persoon"]) / aantal * basisnorm, 2)


def _jong_alleenstaand(s: Situatie, w: Waarden, ouder: bool, norm: float) -> str:
    leeftijden, laatste = _jonge_leeftijden(w)
    if ouder:
        # Translators: %(leeftijden)s is a list of ages, such as "18, 19 of 20".
        voor_wie = ngettext("Voor een alleenstaande ouder van %(leeftijden)s jaar is de norm %(norm)s per maand.",
                            "Voor een alleenstaande ouder van %(leeftijden)s jaar is de norm %(norm)s per maand.",
                            laatste)
    else:
        # Translators: %(leeftijden)s is a list of ages, such as "18, 19 of 20".
        voor_wie = ngettext("Voor een alleenstaande van %(leeftijden)s jaar is de norm %(norm)s per maand.",
                            "Voor een alleenstaande van %(leeftijden)s jaar is de norm %(norm)s per maand.", laatste)
    return " ".join((
        ngettext("Je bent %(leeftijd)s jaar.", "Je bent %(leeftijd)s jaar.", s.leeftijd) % {"leeftijd": s.leeftijd},
        voor_wie % {"leeftijden": leeftijden, "norm": bedrag(norm)},
        _("Kunnen je ouders je niet onderhouden? Dan kan je gemeente de norm verhogen.")))


def _alleen_wonend(ouder: bool, aow: bool, norm: float) -> str:
    if ouder and aow:
        zin = _("Je bent alleenstaande ouder met AOW-leeftijd en woont zonder andere volwassenen.")
    elif ouder:
        zin = _("Je bent alleenstaande ouder en woont zonder andere volwassenen.")
    elif aow:
        zin = _("Je bent alleenstaande met AOW-leeftijd en woont zonder andere volwassenen.")
    else:
        zin = _("Je bent alleenstaande en woont zonder andere volwassenen.")
    return zin + " " + _("Je bijstandsnorm is %(norm)s per maand, inclusief vakantiegeld.") % {"norm": bedrag(norm)}


def _alleenstaande_norm(s: Situatie, w: Waarden) -> Norm:
    ouder = s.leefvorm == "alleenstaande_ouder"
    if _jong(s.leeftijd, w):
        pad = PW + ("art20_jongerennormen.alleenstaande_ouder" if ouder else "art20_jongerennormen.alleenstaande")
        return Norm(w[pad], uitleg("bijstandsnorm", lambda: _jong_alleenstaand(s, w, ouder, w[pad]), w, pad))
    aow = pensioengerechtigd(s.leeftijd, w)
    pad = PW + ("art22_normen_pensioengerechtigden.alleenstaande" if aow else "art21_normen.alleenstaande")
    if s.kostendelers == 0:
        return Norm(w[pad], uitleg("bijstandsnorm", lambda: _alleen_wonend(ouder, aow, w[pad]), w, pad))
    basis = PW + ("art22_normen_pensioengerechtigden.gehuwden" if aow else "art21_normen.gehuwden")
    aantal = s.kostendelers + 1
    norm = _kostendelersnorm_per_persoon(aantal, w[basis], w)

    def tekst() -> str:
        # Translators: %(aantal)s other adults of %(leeftijd)s (27) or older live with the person.
        return ngettext(
            "Je woont met %(aantal)s andere volwassene van %(leeftijd)s jaar of ouder. Jullie delen de kosten, dus "
            "geldt de kostendelersnorm: %(norm)s per maand voor jou.",
            "Je woont met %(aantal)s andere volwassenen van %(leeftijd)s jaar of ouder. Jullie delen de kosten, dus "
            "geldt de kostendelersnorm: %(norm)s per maand voor jou.",
            s.kostendelers) % {"aantal": s.kostendelers, "leeftijd": _kostendeler_leeftijd(w), "norm": bedrag(norm)}
    return Norm(norm, uitleg("bijstandsnorm", tekst, w, PW + "art22a_kostendelersnorm.basis_percentage"))


def _gehuwden_norm(s: Situatie, w: Waarden) -> Norm:
    kinderen = bool(s.kinderen)
    jong = [_jong(s.leeftijd, w), _jong(s.partner_leeftijd, w)]
    aow = [pensioengerechtigd(s.leeftijd, w), pensioengerechtigd(s.partner_leeftijd, w)]
    j = PW + "art20_jongerennormen."
    if all(jong):
        pad = j + ("gehuwden_beiden_jong_met_kinderen" if kinderen else "gehuwden_beiden_jong")

        def beiden_jong() -> str:
            leeftijden, laatste = _jonge_leeftijden(w)
            # Translators: %(leeftijden)s is a list of ages, such as "18, 19 of 20".
            return ngettext("Jullie zijn allebei %(leeftijden)s jaar. Jullie norm is samen %(norm)s per maand.",
                            "Jullie zijn allebei %(leeftijden)s jaar. Jullie norm is samen %(norm)s per maand.",
                            laatste) % {"leeftijden": leeftijden, "norm": bedrag(w[pad])}
        return Norm(w[pad], uitleg("bijstandsnorm", beiden_jong, w, pad))
    volwassen = int(w[PW + "art21_normen.minimumleeftijd"])
    if any(jong):
        oudste_aow = aow[0] or aow[1]
        if s.kostendelers == 0 or oudste_aow:
            pad = j + ("gehuwden_een_jong_met_kinderen" if kinderen else "gehuwden_een_jong")

            def een_jong() -> str:
                # Translators: %(leeftijd)s is the age from which the norm for adults applies (21).
                zin = _("Een van jullie is jonger dan %(leeftijd)s. Jullie norm is samen %(norm)s per maand.") % {
                    "leeftijd": volwassen, "norm": bedrag(w[pad])}
                if oudste_aow:
                    zin += " " + _("Voor jullie situatie (een partner met AOW-leeftijd) bepaalt je gemeente de norm "
                                   "precies.")
                return zin
            return Norm(w[pad], uitleg("bijstandsnorm", een_jong, w, pad, gemeente_beslist=oudste_aow))
        deel = PW + "art22a_kostendelersnorm." + (
            "jonge_echtgenoot_met_kinderen" if kinderen else "jonge_echtgenoot_zonder_kinderen")
        oudere = _kostendelersnorm_per_persoon(s.kostendelers + 1, w[PW + "art21_normen.gehuwden"], w)
        norm = w[deel] + oudere

        def een_jong_met_medebewoners() -> str:
            # Translators: %(leeftijd)s is the age from which the norm for adults applies (21); %(aantal)s other
            # adults of %(kostendeler_leeftijd)s (27) or older live with the couple; then the sum of two norms.
            return ngettext(
                "Een van jullie is jonger dan %(leeftijd)s en er woont %(aantal)s andere volwassene van "
                "%(kostendeler_leeftijd)s jaar of ouder bij jullie. Jullie norm is %(deel)s plus %(oudere)s = "
                "%(norm)s per maand.",
                "Een van jullie is jonger dan %(leeftijd)s en er wonen %(aantal)s andere volwassenen van "
                "%(kostendeler_leeftijd)s jaar of ouder bij jullie. Jullie norm is %(deel)s plus %(oudere)s = "
                "%(norm)s per maand.",
                s.kostendelers) % {"leeftijd": volwassen, "aantal": s.kostendelers,
                                   "kostendeler_leeftijd": _kostendeler_leeftijd(w), "deel": bedrag(w[deel]),
                                   "oudere": bedrag(oudere), "norm": bedrag(norm)}
        return Norm(norm, uitleg("bijstandsnorm", een_jong_met_medebewoners, w, deel))
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
        return Norm(w[gewone], uitleg("bijstandsnorm", lambda: _(
            "Jullie zijn gehuwd of wonen samen, zonder andere volwassenen in huis. Jullie bijstandsnorm is samen "
            "%(norm)s per maand, inclusief vakantiegeld.") % {"norm": bedrag(w[gewone])}, w, gewone))
    aantal = s.kostendelers + GEHUWDEN
    norm = sum(_kostendelersnorm_per_persoon(aantal, w[b], w) for b in basis)

    def tekst() -> str:
        # Translators: %(aantal)s other adults of %(leeftijd)s (27) or older live with the couple.
        return ngettext(
            "Jullie wonen met %(aantal)s andere volwassene van %(leeftijd)s jaar of ouder. Jullie delen de kosten, "
            "dus geldt de kostendelersnorm: samen %(norm)s per maand.",
            "Jullie wonen met %(aantal)s andere volwassenen van %(leeftijd)s jaar of ouder. Jullie delen de kosten, "
            "dus geldt de kostendelersnorm: samen %(norm)s per maand.",
            s.kostendelers) % {"aantal": s.kostendelers, "leeftijd": _kostendeler_leeftijd(w), "norm": bedrag(norm)}
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

        def met_medebewoners() -> str:
            # Translators: %(aantal)s other adults of %(leeftijd)s (27) or older live with the person.
            return ngettext(
                "Je partner heeft geen recht op bijstand, en je woont met %(aantal)s andere volwassene van "
                "%(leeftijd)s jaar of ouder. Dan geldt de kostendelersnorm voor jou alleen: %(norm)s per maand. Je "
                "gemeente stelt je norm precies vast.",
                "Je partner heeft geen recht op bijstand, en je woont met %(aantal)s andere volwassenen van "
                "%(leeftijd)s jaar of ouder. Dan geldt de kostendelersnorm voor jou alleen: %(norm)s per maand. Je "
                "gemeente stelt je norm precies vast.",
                s.kostendelers) % {"aantal": s.kostendelers, "leeftijd": _kostendeler_leeftijd(w),
                                   "norm": bedrag(norm)}
        return Norm(norm, uitleg("bijstandsnorm", met_medebewoners, w, PW + "art22a_kostendelersnorm.basis_percentage",
                                 gemeente_beslist=True))
    als_gehuwd = _gehuwden_norm(replace(s, partner_leeftijd=s.leeftijd, partner_recht_op_bijstand=True), w).bedrag
    norm = round(als_gehuwd * w[ART24 + "percentage"], 2)
    # Translators: "%(percentage)s van %(gehuwd)s is %(norm)s": 50 % of the norm for a couple is the norm.
    delen = [uitleg("bijstandsnorm", lambda: _(
        "Je partner heeft geen recht op bijstand. Dan krijg jij de helft van de norm voor een stel: %(percentage)s van "
        "%(gehuwd)s is %(norm)s per maand. Het inkomen van je partner telt wel mee.") % {
            "percentage": procent(w[ART24 + "percentage"]), "gehuwd": bedrag(als_gehuwd), "norm": bedrag(norm)},
        w, ART24 + "percentage")]
    noemer = ART24 + "art24a_deel_van_alleenstaande_ouderkop"
    if s.kinderen and w.geldt(noemer):
        verhoging = round(w[ALO_KOP] / w[noemer], 2)
        norm = round(norm + verhoging, 2)
        delen.append(uitleg("bijstandsnorm", lambda: _(
            "Je hebt een kind. Daarom gaat je norm %(verhoging)s per maand omhoog: een twaalfde van de "
            "alleenstaande-ouderkop van het kindgebonden budget. Je norm is dan %(norm)s per maand.") % {
                "verhoging": bedrag(verhoging), "norm": bedrag(norm)},
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
    if inkomen > 0 and b.totaal == 0:
        def hoger() -> str:
            getallen = {"inkomen": bedrag(inkomen), "norm": bedrag(norm)}
            if gehuwd:
                return _("Jullie netto loon (%(inkomen)s) is hoger dan de norm (%(norm)s). Jullie hebben dan geen "
                         "bijstand meer nodig.") % getallen
            return _("Je netto loon (%(inkomen)s) is hoger dan de norm (%(norm)s). Je hebt dan geen bijstand meer "
                     "nodig.") % getallen
        return uitleg("bijstand", hoger, w, pad, artikel=("Participatiewet artikel 19, tweede en derde lid", "19"))

    def tekst() -> str:
        getallen = {"inkomen": bedrag(inkomen), "norm": bedrag(norm), "vrijlating": bedrag(vrijlating),
                    "bijstand": bedrag(b.totaal), "vakantietoeslag": bedrag(b.vakantietoeslag),
                    "maanddeel": bedrag(b.maanddeel)}
        if inkomen == 0 and gehuwd:
            zinnen = [_("Jullie hebben geen ander inkomen. Jullie krijgen de hele norm: %(bijstand)s per maand.")]
        elif inkomen == 0:
            zinnen = [_("Je hebt geen ander inkomen. Je krijgt de hele norm: %(bijstand)s per maand.")]
        elif vrijlating and gehuwd:
            zinnen = [_("Jullie netto loon (%(inkomen)s per maand, zonder vakantiegeld) gaat van de norm (%(norm)s) "
                        "af, maar %(vrijlating)s daarvan mogen jullie houden. Dan is jullie bijstand %(bijstand)s per "
                        "maand.")]
        elif vrijlating:
            zinnen = [_("Je netto loon (%(inkomen)s per maand, zonder vakantiegeld) gaat van de norm (%(norm)s) af, "
                        "maar %(vrijlating)s daarvan mag je houden. Dan is je bijstand %(bijstand)s per maand.")]
        elif gehuwd:
            zinnen = [_("Jullie netto loon (%(inkomen)s per maand, zonder vakantiegeld) gaat van de norm (%(norm)s) "
                        "af. Dan is jullie bijstand %(bijstand)s per maand.")]
        else:
            zinnen = [_("Je netto loon (%(inkomen)s per maand, zonder vakantiegeld) gaat van de norm (%(norm)s) af. "
                        "Dan is je bijstand %(bijstand)s per maand.")]
        if b.vakantietoeslag and gehuwd:
            zinnen.append(_("Daarvan houdt de gemeente elke maand %(vakantietoeslag)s apart als vakantiegeld. Dat "
                            "krijgen jullie in juni. Elke maand krijgen jullie dus %(maanddeel)s."))
        elif b.vakantietoeslag:
            zinnen.append(_("Daarvan houdt de gemeente elke maand %(vakantietoeslag)s apart als vakantiegeld. Dat "
                            "krijg je in juni. Elke maand krijg je dus %(maanddeel)s."))
        return " ".join(zin % getallen for zin in zinnen)
    return uitleg("bijstand", tekst, w, pad, artikel=("Participatiewet artikel 19, tweede en derde lid, en artikel 45",
                                                        "19"))
