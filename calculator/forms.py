"""Django forms: one per question page, plus the small form on the result page.

The field names are the short query parameters of `calculator.antwoorden`,
so a form can be bound to the answers in the URL directly. The forms only
check that an answer is usable (a number, within sensible bounds); they
hold no rule. The bounds are the same as those the rules package accepts.

Messages are in plain Dutch (B1) and say what to do, GOV.UK style; they are translatable. Texts made at import
time (labels, help texts, choices, a field's own messages) are lazy: they are translated when they are shown.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from decimal import ROUND_HALF_DOWN, Decimal

from babel.dates import get_month_names
from django import forms
from django.core.exceptions import ValidationError
from django.utils.functional import lazy
from django.utils.translation import gettext as _, gettext_lazy, ngettext, ngettext_lazy

import regels
import regels.gemeenten
from regels.loon import minimumuurloon as _minimumuurloon
from regels.parameters import waarden_op
from regels.uitleg import datum as datum_tekst
from calculator import plausibel
from calculator.formatting import euro
from calculator.getallen import GeenGetal, getal_nl, getal_tekst, lees_getal
from regels.invoer import MAX_KINDEREN, MAX_NETTO_PER_MAAND, MAX_UREN_OPVANG, MAX_UURPRIJS_OPVANG

# Ages shown in questions, read from the rules' data (Participatiewet art. 1, 13 and 19a), not rules of the web app.
KOSTENDELER_LEEFTIJD = int(regels.waarde(regels.KOSTENDELER_LEEFTIJD, dt.date.today()))
MINIMUMLEEFTIJD = int(regels.waarde(regels.MINIMUMLEEFTIJD, dt.date.today()))
KIND_JONGER_DAN = int(regels.waarde(regels.KIND_JONGER_DAN, dt.date.today()))
MAX_LEEFTIJD = 120
# From this age the full minimum wage applies (Wet minimumloon art. 7); below it the minimumjeugdloon.
MINIMUMLOON_VOLWASSEN_VANAF = "wet_minimumloon.minimumloon.volwassen_vanaf"


def _ingevuld(tekst, **waarden) -> str:
    return str(tekst) % waarden


def _samen(*zinnen) -> str:
    return " ".join(str(zin) for zin in zinnen)


# Lazy versions for texts made at import time: `later(gettext_lazy("Vul %(naam)s in."), naam=...)` fills in the
# placeholders, and `zinnen(...)` joins whole sentences, in the language of the moment the text is shown.
later = lazy(_ingevuld, str)
zinnen = lazy(_samen, str)


def minimumloon_volwassen_vanaf(peildatum: dt.date) -> int:
    return int(regels.waarde(MINIMUMLOON_VOLWASSEN_VANAF, peildatum))


def minimumuurloon(leeftijd: int, peildatum: dt.date) -> Decimal:
    """The legal minimum gross hourly wage for this age (the jeugdloon below 21), as regels computes it.

    In cents, as a wage is written: a wage of this amount or more is not below the minimum (as in regels' warning).
    """
    return Decimal(str(_minimumuurloon(leeftijd, waarden_op(peildatum)))).quantize(Decimal("0.01"), ROUND_HALF_DOWN)


def minimumloon_hint(leeftijd: int | None, peildatum: dt.date) -> dict:
    """What the work question says about the minimum wage: the adult amount, and the jeugdloon for this age."""
    vanaf = minimumloon_volwassen_vanaf(peildatum)
    hint = {"volwassen": Decimal(str(regels.waarde(regels.MINIMUMUURLOON_21, peildatum))), "volwassen_vanaf": vanaf,
            "jeugd": False}
    if leeftijd is not None and leeftijd < vanaf:
        hint.update(jeugd=True, leeftijd=leeftijd, bedrag=minimumuurloon(leeftijd, peildatum))
    return hint


def onder_minimumloon(leeftijd: int, uurloon: Decimal, peildatum: dt.date) -> str | None:
    """A plain sentence when the hourly wage is below the legal minimum for this age; None when it is not."""
    minimum = minimumuurloon(leeftijd, peildatum)
    if uurloon >= minimum:
        return None
    vanaf = minimumloon_volwassen_vanaf(peildatum)
    waarden = {"uurloon": euro(uurloon), "minimum": euro(minimum)}
    if leeftijd < vanaf:
        zin = ngettext("Je uurloon is %(uurloon)s. Dat is minder dan het minimumloon voor %(leeftijd)s jaar: "
                       "%(minimum)s bruto per uur.",
                       "Je uurloon is %(uurloon)s. Dat is minder dan het minimumloon voor %(leeftijd)s jaar: "
                       "%(minimum)s bruto per uur.", leeftijd) % {**waarden, "leeftijd": leeftijd}
    else:
        zin = ngettext("Je uurloon is %(uurloon)s. Dat is minder dan het minimumloon voor %(leeftijd)s jaar en "
                       "ouder: %(minimum)s bruto per uur.",
                       "Je uurloon is %(uurloon)s. Dat is minder dan het minimumloon voor %(leeftijd)s jaar en "
                       "ouder: %(minimum)s bruto per uur.", vanaf) % {**waarden, "leeftijd": vanaf}
    return " ".join((zin, _("Een werkgever moet minstens het minimumloon betalen.")))


class GetalVeld(forms.CharField):
    """A number typed as text (inputmode decimal/numeric), with Dutch messages.

    `naam` is what to fill in, as it reads in "Vul … in." ("je leeftijd"); `te_laag` and `te_hoog` are whole
    sentences for an answer out of bounds. Returns the number (an int when `geheel`, else a Decimal): the one value
    that is shown back, written into the URL and computed with. An empty
    answer is refused unless `verplicht=False`; then it is None ("not given").
    """

    def __init__(self, *, naam: str, minimum: float, maximum: float, geheel: bool = False,
                 voorbeeld: str = "", te_laag: str, te_hoog: str, verplicht: bool = True,
                 verplicht_melding: str = "", voor: str = "", **kwargs):
        self.naam = naam
        self.voor = voor  # shown before the box, e.g. "€" (the label says "in euro" as well)
        self.minimum = Decimal(str(minimum))
        self.maximum = Decimal(str(maximum))
        self.geheel = geheel
        self.voorbeeld = voorbeeld
        self.te_laag = te_laag
        self.te_hoog = te_hoog
        kwargs.setdefault("required", verplicht)
        kwargs.setdefault("max_length", 20)
        super().__init__(**kwargs)
        # Translators: %(naam)s is what to fill in, e.g. "je leeftijd" (your age).
        self.error_messages["required"] = verplicht_melding or later(gettext_lazy("Vul %(naam)s in."), naam=naam)
        # Translators: %(naam)s is what to fill in, e.g. "je leeftijd" (your age).
        self.error_messages["max_length"] = later(gettext_lazy("Vul %(naam)s in met alleen cijfers."), naam=naam)
        self.widget.attrs.update({
            "inputmode": "numeric" if geheel else "decimal",
            "autocomplete": "off",
            "spellcheck": "false",
        })

    def clean(self, value):
        tekst = super().clean(value)
        if tekst in self.empty_values:
            return None
        waarden = {"naam": self.naam, "voorbeeld": self.voorbeeld}
        try:
            getal = lees_getal(tekst)
        except GeenGetal:
            # Translators: %(naam)s is what to fill in, e.g. "je leeftijd" (your age); %(voorbeeld)s a number.
            melding = (_("Vul %(naam)s in met alleen cijfers, bijvoorbeeld %(voorbeeld)s.") if self.voorbeeld
                       else _("Vul %(naam)s in met alleen cijfers."))
            raise ValidationError(melding % waarden, code="invalid") from None
        if self.geheel and getal != getal.to_integral_value():
            # Translators: %(naam)s is what to fill in, e.g. "je leeftijd" (your age); %(voorbeeld)s a number.
            melding = (_("Vul %(naam)s in als heel getal, zonder komma, bijvoorbeeld %(voorbeeld)s.") if self.voorbeeld
                       else _("Vul %(naam)s in als heel getal, zonder komma."))
            raise ValidationError(melding % waarden, code="invalid")
        if not self.geheel and getal != getal.quantize(Decimal("0.01")):
            # Translators: %(naam)s is what to fill in, e.g. "je bruto uurloon" (your gross hourly wage).
            raise ValidationError(_("Vul %(naam)s in met hoogstens 2 cijfers na de komma.") % waarden, code="invalid")
        if getal < self.minimum:
            raise ValidationError(self.te_laag, code="min")
        if getal > self.maximum:
            raise ValidationError(self.te_hoog, code="max")
        return int(getal) if self.geheel else Decimal(getal_tekst(getal))

    def prepare_value(self, value):
        """What the text box shows: a number in Dutch notation ("14,71"); text that is no number, as typed."""
        if isinstance(value, (int, Decimal)):
            return getal_nl(value)
        try:
            return getal_nl(lees_getal(value)) if value else value
        except GeenGetal:
            return value


_MAANDNAMEN = {naam: nummer for nummer, naam in get_month_names("wide", locale="nl_NL").items()}
_MAANDNAMEN |= {naam: nummer for nummer, naam in get_month_names("abbreviated", locale="nl_NL").items()}


class Maand(dt.date):
    """A month: the first day of it, written as 2027-03 in a link."""

    def isoformat(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"


class MaandVeld(forms.CharField):
    """A month typed as "3-2027", "03/2027", "maart 2027", "mrt. 2027", "2027-03" (what links carry), or a month's
    name alone ("februari": the next February).

    Returns the first day of the month; the box shows it back as mm-jjjj.
    """

    def __init__(self, *, eerste: dt.date, laatste: dt.date, met_dag: bool = False, **kwargs):
        kwargs.setdefault("max_length", 20)
        super().__init__(**kwargs)
        self.eerste, self.laatste, self.met_dag = eerste, laatste, met_dag
        self.error_messages["max_length"] = self.error_messages["invalid"] = (
            gettext_lazy("Vul een datum in als dag-maand-jaar, bijvoorbeeld 05-01-2027, of een maand als maand-jaar, "
                         "bijvoorbeeld 01-2027.") if met_dag
            else gettext_lazy("Vul een maand in als maand-jaar, bijvoorbeeld 03-2027."))
        self.widget.attrs.update({"autocomplete": "off", "spellcheck": "false"})

    def _lees(self, tekst: str) -> dt.date | None:
        """A month; with `met_dag` also a day (a plain date, written in full in a link)."""
        return self.lees(tekst) or (DatumVeld.lees(tekst.strip()) if self.met_dag else None)

    @staticmethod
    def lees(tekst: str) -> dt.date | None:
        tekst = tekst.strip().lower()
        if m := re.fullmatch(r"([0-9]{4})-([0-9]{1,2})", tekst):
            jaar, maand = int(m[1]), int(m[2])
        elif m := re.fullmatch(r"([0-9]{1,2})\s*[-/.\s]\s*([0-9]{4})", tekst):
            maand, jaar = int(m[1]), int(m[2])
        elif (m := re.fullmatch(r"([a-z]+)\.?\s+([0-9]{4})", tekst)) and m[1] in _MAANDNAMEN:
            maand, jaar = _MAANDNAMEN[m[1]], int(m[2])
        elif (m := re.fullmatch(r"([a-z]+)\.?", tekst)) and m[1] in _MAANDNAMEN:
            # "februari" without a year: the next February (this month itself when it is February now).
            vandaag = dt.date.today()
            maand = _MAANDNAMEN[m[1]]
            jaar = vandaag.year if maand >= vandaag.month else vandaag.year + 1
        else:
            return None
        try:
            return Maand(jaar, maand, 1)
        except ValueError:
            return None

    def clean(self, value) -> dt.date | None:
        tekst = super().clean(value)
        if tekst in self.empty_values:
            return None
        maand = self._lees(tekst)
        if maand is None:
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        if not self.eerste <= maand.replace(day=1) <= self.laatste:
            # Translators: %(eerste)s and %(laatste)s are months written as 01-2026.
            raise ValidationError(_("Vul een maand in van %(eerste)s tot en met %(laatste)s.")
                                  % {"eerste": self.eerste.strftime("%m-%Y"), "laatste": self.laatste.strftime("%m-%Y")},
                                  code="max")
        return maand

    def prepare_value(self, value):
        maand = value if isinstance(value, dt.date) else self._lees(value) if value else None
        if maand is None:
            return value
        return maand.strftime("%m-%Y") if isinstance(maand, Maand) else maand.strftime("%d-%m-%Y")


class Keuze(forms.ChoiceField):
    """Radio buttons with a Dutch 'choose one' message."""

    def __init__(self, *, keuzes, melding: str, **kwargs):
        super().__init__(choices=keuzes, widget=forms.RadioSelect, **kwargs)
        self.error_messages["required"] = melding
        self.error_messages["invalid_choice"] = melding


CONTROLE = "controle"  # error code of a "Klopt dit?" check: the answer is possible, the person confirms it
BEVESTIGD = "ok"  # suffix of the hidden field that holds a confirmed answer: hrok, mlok, pbmok, ou1ok, a2mlok


def bevestig_veld(**kwargs) -> forms.CharField:
    """The hidden field beside an answer that can get "Klopt dit?": the answer the person confirmed."""
    return forms.CharField(widget=forms.HiddenInput, required=False, max_length=20, **kwargs)


def _bevestigd(tekst: str | None) -> Decimal | None:
    try:
        return lees_getal(tekst) if tekst else None
    except GeenGetal:
        return None


def klopt_dit(form: forms.Form, naam: str, twijfel: str | None) -> None:
    """"Klopt dit?" on field `naam` when `twijfel` says why its answer looks odd (see `calculator.plausibel`).

    The answer stands when the hidden field `<naam>ok` holds the same value: the page that asks puts it there, so
    the next Volgende confirms it. A changed answer is asked about again; an answer that looks fine leaves the
    hidden field out of the link.
    """
    ok = naam + BEVESTIGD
    waarde = form.cleaned_data.get(naam)
    if twijfel is None or waarde is None:
        form.cleaned_data[ok] = None
    elif _bevestigd(form.data.get(form.add_prefix(ok))) == waarde:
        form.cleaned_data[ok] = waarde
    else:
        form.add_error(naam, controle_fout(twijfel))
        form.cleaned_data.pop(ok, None)
        form.data = {**form.data, form.add_prefix(ok): getal_tekst(waarde)}


def controle_fout(twijfel: str) -> ValidationError:
    """A "Klopt dit?" message: why the answer looks odd, then which button confirms it (`knop_in_controles`)."""
    # Translators: %(twijfel)s is one or more whole sentences that say why an answer looks odd; %(knop)s is the
    # name of the page's button, e.g. "Volgende" (Next).
    return ValidationError(_("%(twijfel)s Kies dan nog een keer %(knop)s."), code=CONTROLE,
                           params={"twijfel": twijfel, "knop": VOLGENDE})


# Translators: the button that goes on to the next question.
VOLGENDE = gettext_lazy("Volgende")


def alleen_controle(*formulieren: forms.Form) -> bool:
    """Whether the forms have errors and every one is a "Klopt dit?" check rather than a mistake."""
    fouten = [fout for form in formulieren for lijst in form.errors.as_data().values() for fout in lijst]
    return bool(fouten) and all(fout.code == CONTROLE for fout in fouten)


def knop_in_controles(form: forms.Form, knop: str) -> None:
    """A "Klopt dit?" message says to choose Volgende again; on a page whose button has another name, that name."""
    for lijst in form.errors.values():
        for fout in lijst.data:
            if getattr(fout, "code", None) == CONTROLE and fout.params:
                fout.params = {**fout.params, "knop": knop}


class Vraag(forms.Form):
    """Base class of a question page.

    - `titel`: the question, shown as the page's h1.
    - `waarom`: one line that says why we ask it.
    - `antwoorden`: all answers so far (some questions depend on the leefvorm).
    """

    titel: str = ""
    waarom: str = ""
    standaard: dict[str, str] = {}  # answers that hold when the URL has none (the person gets them and sees them)
    titel_veld = ""  # a radio field whose legend is the page's question (h1) on its question page
    # Fields that only matter after a choice on the same page: field -> condition (CSS class "als-<condition>",
    # shown and hidden by the stylesheet with :has(), so without JavaScript; static/css/app.css).
    toon_als: dict[str, str] = {}

    def __init__(self, *args, antwoorden: dict[str, str] | None = None, **kwargs):
        kwargs.setdefault("auto_id", "id_%s")
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("initial", dict(self.standaard))
        super().__init__(*args, **kwargs)
        self.antwoorden = antwoorden or {}

    @property
    def alleen_controle(self) -> bool:
        return alleen_controle(self)

    @property
    def met_partner(self) -> bool:
        return self.antwoorden.get("lv") == "partner"


LEEFVORMEN = [
    ("alleen", gettext_lazy("Ik woon alleen, of met andere volwassenen")),
    ("partner", gettext_lazy("Ik woon met mijn partner (getrouwd of samenwonend)")),
    ("ouder", gettext_lazy("Ik woon alleen met mijn kinderen (alleenstaande ouder)")),
]
JA = gettext_lazy("Ja")
NEE = gettext_lazy("Nee")
KIES_JA_OF_NEE = gettext_lazy("Kies ja of nee.")


class LeefvormForm(Vraag):
    titel = gettext_lazy("Hoe woon je?")
    titel_veld = "lv"
    waarom = gettext_lazy("De bijstand is anders voor iemand alleen, voor een stel en voor een ouder met kinderen.")
    lv = Keuze(keuzes=LEEFVORMEN, melding=gettext_lazy("Kies hoe je woont."), label=gettext_lazy("Hoe woon je?"))


class LeeftijdForm(Vraag):
    titel = gettext_lazy("Hoe oud ben je?")
    waarom = gettext_lazy("Je leeftijd telt mee voor de bijstand, het minimumloon en de zorgtoeslag.")
    toon_als = {"plt": "partner", "prb": "partner"}

    # Translators: what to fill in, in "Vul … in." (Enter …).
    lt = GetalVeld(naam=gettext_lazy("je leeftijd"), minimum=MINIMUMLEEFTIJD, maximum=MAX_LEEFTIJD, geheel=True,
                   voorbeeld="35",
                   te_laag=later(ngettext_lazy("Deze rekenhulp is voor mensen van %(n)s jaar en ouder.",
                                               "Deze rekenhulp is voor mensen van %(n)s jaar en ouder.",
                                               MINIMUMLEEFTIJD), n=MINIMUMLEEFTIJD),
                   te_hoog=later(ngettext_lazy("Vul een leeftijd van %(n)s jaar of jonger in.",
                                               "Vul een leeftijd van %(n)s jaar of jonger in.", MAX_LEEFTIJD),
                                 n=MAX_LEEFTIJD),
                   label=gettext_lazy("Je leeftijd"), help_text=gettext_lazy("In jaren."))
    # Translators: what to fill in, in "Vul … in." (Enter …).
    plt = GetalVeld(naam=gettext_lazy("de leeftijd van je partner"), minimum=MINIMUMLEEFTIJD, maximum=MAX_LEEFTIJD,
                    geheel=True, voorbeeld="34",
                    te_laag=later(ngettext_lazy("Vul een leeftijd van %(n)s jaar of ouder in voor je partner.",
                                                "Vul een leeftijd van %(n)s jaar of ouder in voor je partner.",
                                                MINIMUMLEEFTIJD), n=MINIMUMLEEFTIJD),
                    te_hoog=later(ngettext_lazy("Vul een leeftijd van %(n)s jaar of jonger in voor je partner.",
                                                "Vul een leeftijd van %(n)s jaar of jonger in voor je partner.",
                                                MAX_LEEFTIJD), n=MAX_LEEFTIJD),
                    label=gettext_lazy("De leeftijd van je partner"), help_text=gettext_lazy("In jaren."))
    prb = Keuze(keuzes=[("ja", JA), ("nee", gettext_lazy("Nee, mijn partner heeft geen recht op bijstand"))],
                melding=KIES_JA_OF_NEE, label=gettext_lazy("Heeft je partner ook recht op bijstand?"),
                help_text=gettext_lazy("Meestal wel. Soms niet: bijvoorbeeld als je partner studeert met "
                                       "studiefinanciering, in de gevangenis zit of geen verblijfsvergunning heeft. "
                                       "Weet je het niet? Kies ja."))
    standaard = {"prb": "ja"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.met_partner:
            self.titel = _("Hoe oud zijn jullie?")
        else:
            del self.fields["plt"], self.fields["prb"]


# Between ages: a comma, semicolon, slash, space or the word "en"; the word "jaar" may follow an age.
_TUSSEN_LEEFTIJDEN = re.compile(r"[,;/\s]+|\ben\b", re.IGNORECASE)
_JAAR = re.compile(r"\b(jaar|jr)\b\.?", re.IGNORECASE)


class KinderenForm(Vraag):
    titel = gettext_lazy("Hoe oud zijn je kinderen?")
    # Translators: %(n)s is an age in years.
    waarom = later(gettext_lazy("Voor kinderen jonger dan %(n)s krijg je kinderbijslag en misschien kindgebonden "
                                "budget."), n=KIND_JONGER_DAN)
    toon_als = {"kk": "kinderen"}

    kk = forms.CharField(
        # Translators: %(n)s is an age in years.
        label=later(gettext_lazy("Leeftijden van je kinderen jonger dan %(n)s"), n=KIND_JONGER_DAN),
        help_text=gettext_lazy("Zet een komma tussen de leeftijden. Bijvoorbeeld: 4, 9. Een baby is 0."),
        max_length=100,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        veld = self.fields["kk"]
        veld.widget.attrs.update({"inputmode": "text", "autocomplete": "off", "spellcheck": "false"})
        if self.met_partner:
            # Translators: %(n)s is an age in years.
            self.titel = _("Hebben jullie kinderen jonger dan %(n)s?") % {"n": KIND_JONGER_DAN}
            veld.required = False
            # Translators: %(n)s is an age in years.
            veld.help_text = _("Zet een komma tussen de leeftijden. Bijvoorbeeld: 4, 9. Geen kinderen jonger dan "
                               "%(n)s? Laat dit leeg.") % {"n": KIND_JONGER_DAN}
        veld.error_messages["required"] = _("Vul de leeftijd van je kinderen in.")
        veld.error_messages["max_length"] = _("Vul alleen de leeftijden in, met een komma ertussen.")

    def clean_kk(self) -> tuple[int, ...]:
        """Ages as people write them: "4, 9", "4 en 9", "4;9", "4 jaar en 9 jaar". Only the digits 0-9 count."""
        tekst = _JAAR.sub(" ", self.cleaned_data.get("kk", ""))
        leeftijden = []
        for deel in filter(None, _TUSSEN_LEEFTIJDEN.split(tekst)):
            if not re.fullmatch(r"[0-9]{1,3}", deel):
                raise ValidationError(_("Vul de leeftijden in met alleen cijfers en komma's, bijvoorbeeld 4, 9."))
            leeftijd = int(deel)
            if leeftijd >= KIND_JONGER_DAN:
                # Translators: %(n)s is an age in years.
                raise ValidationError(_("Vul alleen kinderen jonger dan %(n)s in. Een kind van %(n)s of ouder telt als "
                                        "volwassene in huis.") % {"n": KIND_JONGER_DAN})
            leeftijden.append(leeftijd)
        if len(leeftijden) > MAX_KINDEREN:
            raise ValidationError(ngettext("Vul hoogstens %(n)s kind in.", "Vul hoogstens %(n)s kinderen in.",
                                           MAX_KINDEREN) % {"n": MAX_KINDEREN})
        if not leeftijden and not self.met_partner:
            raise ValidationError(_("Vul de leeftijd van je kinderen in."))
        return tuple(leeftijden)


JA_NEE = [("nee", NEE), ("ja", JA)]


class HuisgenotenForm(Vraag):
    """First yes or no, then how many. The link holds only the number: `kd=0` is no (so older links still work)."""

    titel = later(ngettext_lazy("Wonen er nog andere mensen van %(n)s jaar of ouder bij je?",
                                "Wonen er nog andere mensen van %(n)s jaar of ouder bij je?", KOSTENDELER_LEEFTIJD),
                  n=KOSTENDELER_LEEFTIJD)
    waarom = gettext_lazy("Woon je met andere volwassenen, dan kun je de kosten delen. Daardoor kan je bijstand "
                          "lager zijn.")
    titel_veld = "kdj"
    toon_als = {"kd": "kdj-ja"}

    kdj = Keuze(
        keuzes=JA_NEE, melding=gettext_lazy("Kies of er nog andere volwassenen bij je wonen."),
        label=titel,
        help_text=gettext_lazy("Bijvoorbeeld je zoon van 28 die bij je woont. Tel je partner niet mee, en ook niet "
                               "iemand die bij je huurt of een student met studiefinanciering."),
    )
    kd = GetalVeld(
        # Translators: what to fill in, in "Vul … in." (Enter …).
        naam=gettext_lazy("het aantal andere volwassenen"), minimum=0, maximum=10, geheel=True, voorbeeld="1",
        verplicht=False,
        # Translators: "Nee" (No) is the answer to choose on this question.
        te_laag=gettext_lazy("Vul een aantal van 1 of meer in. Woont er niemand anders? Kies dan Nee."),
        te_hoog=gettext_lazy("Vul een aantal van 10 of minder in."),
        label=later(ngettext_lazy("Hoeveel mensen van %(n)s jaar of ouder wonen er nog meer bij je?",
                                  "Hoeveel mensen van %(n)s jaar of ouder wonen er nog meer bij je?",
                                  KOSTENDELER_LEEFTIJD), n=KOSTENDELER_LEEFTIJD),
        # Translators: "Ja" (Yes) is the answer chosen above.
        help_text=gettext_lazy("Alleen als je Ja kiest."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound and not self.data.get("kdj") and self.data.get("kd"):
            # A link holds only the number: 0 means no, more means yes.
            try:
                aantal = lees_getal(self.data["kd"])
            except GeenGetal:
                aantal = None
            if aantal is not None:
                self.data = {**self.data, "kdj": "nee" if aantal == 0 else "ja"}

    def clean(self):
        data = super().clean()
        if data.get("kdj") == "nee":
            data["kd"] = 0
            self.errors.pop("kd", None)
        elif data.get("kdj") == "ja" and "kd" not in self.errors:
            if data.get("kd") is None:
                self.add_error("kd", _("Vul in hoeveel andere volwassenen er bij je wonen."))
            elif data["kd"] == 0:
                self.add_error("kd", ngettext("Woont er niemand anders van %(n)s jaar of ouder bij je? Kies dan Nee.",
                                              "Woont er niemand anders van %(n)s jaar of ouder bij je? Kies dan Nee.",
                                              KOSTENDELER_LEEFTIJD) % {"n": KOSTENDELER_LEEFTIJD})
        data["kdj"] = None  # not in the link: the number says it
        return data


class HuurForm(Vraag):
    titel = gettext_lazy("Hoeveel is je kale huur per maand?")
    waarom = gettext_lazy("Je huur telt mee voor de huurtoeslag.")

    hr = GetalVeld(voor="€",
        # Translators: what to fill in, in "Vul … in." (Enter …).
        naam=gettext_lazy("je kale huur"), minimum=0, maximum=5000, voorbeeld="650",
        te_laag=gettext_lazy("De huur kan niet negatief zijn."),
        te_hoog=gettext_lazy("Vul een huur van 5.000 euro of minder in."),
        verplicht=False,
        label=gettext_lazy("Je kale huur per maand"),
        help_text=gettext_lazy("Kale huur is de huur zonder servicekosten, water en energie. "
                               "Het staat in je huurcontract."),
    )
    # Translators: a checkbox; the same words are quoted in "Kies dan: ik weet het niet, of ik huur niet."
    hrn = forms.BooleanField(required=False, label=gettext_lazy("Ik weet het niet, of ik huur niet"))
    # The rent the person confirmed after "Klopt dit?" (above the maximale huurgrens, or very low).
    hrok = bevestig_veld()

    def clean(self):
        data = super().clean()
        if data.get("hrn"):
            data["hr"] = None
            data["hrok"] = None
            self.errors.pop("hr", None)
            return data
        if self.errors:
            return data
        huur = data.get("hr")
        if huur is None:
            self.add_error("hr", _("Vul je kale huur in, of kies: ik weet het niet, of ik huur niet."))
            return data
        grens = Decimal(str(regels.waarde(regels.MAXIMALE_HUURGRENS, dt.date.today())))
        if huur > grens:
            twijfel = _("Je kale huur is %(huur)s per maand. Dat is meer dan %(grens)s: boven dat bedrag krijg je geen "
                        "huurtoeslag. Staan er servicekosten, water of energie in het bedrag? Haal die er dan af. "
                        "Klopt het bedrag?") % {"huur": euro(huur), "grens": euro(grens)}
        else:
            twijfel = plausibel.bedrag(self.data.get("hr"), huur, plausibel.HUUR, self.fields["hr"].maximum)
            if twijfel and huur == 0:
                twijfel = " ".join((twijfel, _("Huur je niet? Kies dan: ik weet het niet, of ik huur niet.")))
        klopt_dit(self, "hr", twijfel)
        return data


# How work is entered (`wv`): on its question page a link switches; on the one-page form these are radio buttons.
WERK_VORMEN = [("", gettext_lazy("Ik weet mijn uren en mijn uurloon")),
               ("maand", gettext_lazy("Ik weet mijn bruto of netto maandloon"))]
UUR_PER_WEEK_MAX = gettext_lazy("Vul 60 uur per week of minder in.")
UURLOON_MIN = gettext_lazy("Vul een uurloon van minstens 1 euro in.")
UURLOON_MAX = gettext_lazy("Vul een uurloon van 500 euro of minder in.")
KLEINER_BEDRAG = gettext_lazy("Vul een kleiner bedrag in.")


class WerkForm(Vraag):
    """Work: hours x hourly wage (default), or a monthly wage (`wv` = bruto/netto)."""

    titel = gettext_lazy("Hoeveel ga je werken?")
    waarom = gettext_lazy("Met je uren en je loon rekenen we uit wat je overhoudt.")
    toon_als = {"u": "per-uur", "ul": "per-uur", "ml": "per-maand", "mt": "per-maand", "pbm": "partner",
                "pu": "partner", "pul": "partner"}

    wv = forms.CharField(widget=forms.HiddenInput, required=False)
    # Translators: what to fill in, in "Vul … in." (Enter …).
    u = GetalVeld(naam=gettext_lazy("het aantal uren per week"), minimum=1, maximum=60, voorbeeld="16",
                  te_laag=gettext_lazy("Vul minstens 1 uur per week in."),
                  te_hoog=gettext_lazy("Vul 60 uur per week of minder in. Meer uren kunnen we niet uitrekenen."),
                  label=gettext_lazy("Uren per week"),
                  help_text=gettext_lazy("Hoeveel uur werk je per week? Bijvoorbeeld 16."))
    # Translators: what to fill in, in "Vul … in." (Enter …).
    ul = GetalVeld(voor="€", naam=gettext_lazy("je bruto uurloon"), minimum=1, maximum=500, voorbeeld="14,71",
                   te_laag=UURLOON_MIN, te_hoog=UURLOON_MAX,
                   label=gettext_lazy("Bruto uurloon in euro"),
                   help_text=gettext_lazy("Bruto is vóór belasting. Het staat in je contract of op je loonstrook."))
    # Translators: what to fill in, in "Vul … in." (Enter …).
    ml = GetalVeld(voor="€", naam=gettext_lazy("je maandloon"), minimum=1, maximum=30000, voorbeeld="1.100",
                   te_laag=gettext_lazy("Vul een maandloon van minstens 1 euro in."),
                   te_hoog=gettext_lazy("Vul een maandloon van 30.000 euro of minder in."),
                   label=gettext_lazy("Je loon per maand in euro"),
                   help_text=gettext_lazy("Het staat op je loonstrook of in je contract. Zonder vakantiegeld."))
    mt = Keuze(keuzes=[("bruto", gettext_lazy("Bruto (vóór belasting)")),
                       ("netto", gettext_lazy("Netto (wat je op je rekening krijgt)"))],
               melding=gettext_lazy("Kies of je loon bruto of netto is."), label=gettext_lazy("Is dit bruto of netto?"))
    # Translators: what to fill in, in "Vul … in." (Enter …).
    pbm = GetalVeld(voor="€", naam=gettext_lazy("het bruto maandloon van je partner"), minimum=0, maximum=50000,
                    voorbeeld="900",
                    te_laag=gettext_lazy("Het loon van je partner kan niet negatief zijn."),
                    te_hoog=gettext_lazy("Vul een maandloon van 50.000 euro of minder in."),
                    verplicht=False,
                    label=gettext_lazy("Bruto maandloon van je partner in euro (als je partner werkt)"),
                    help_text=gettext_lazy("Werkt je partner niet? Laat dit leeg. Weet je de uren en het uurloon? Vul "
                                           "die hieronder in."))
    # Translators: what to fill in, in "Vul … in." (Enter …).
    pu = GetalVeld(naam=gettext_lazy("de uren per week van je partner"), minimum=1, maximum=60, voorbeeld="8",
                   verplicht=False, te_laag=gettext_lazy("Vul minstens 1 uur per week in."), te_hoog=UUR_PER_WEEK_MAX,
                   label=gettext_lazy("Of: hoeveel uur per week werkt je partner?"))
    # Translators: what to fill in, in "Vul … in." (Enter …).
    pul = GetalVeld(voor="€", naam=gettext_lazy("het bruto uurloon van je partner"), minimum=1, maximum=500,
                    voorbeeld="14,71", verplicht=False, te_laag=UURLOON_MIN, te_hoog=UURLOON_MAX,
                    label=gettext_lazy("Uurloon van je partner (bruto), in euro"))
    mlok = bevestig_veld()  # a monthly wage confirmed after "Klopt dit?"
    pbmok = bevestig_veld()  # the same for the partner's wage

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.per_maand:
            del self.fields["u"], self.fields["ul"]
        else:
            del self.fields["ml"], self.fields["mt"], self.fields["mlok"]
        if not self.met_partner:
            del self.fields["pbm"], self.fields["pu"], self.fields["pul"], self.fields["pbmok"]

    def clean(self):
        data = super().clean()
        pu, pul, pbm = data.get("pu"), data.get("pul"), data.get("pbm")
        if (pu is None) != (pul is None) and "pu" not in self.errors and "pul" not in self.errors:
            veld = "pul" if pul is None else "pu"
            self.add_error(veld, _("Vul de uren per week én het bruto uurloon van je partner in, of laat allebei "
                                   "leeg."))
        elif pu is not None and pbm:
            self.add_error("pbm", _("Vul het loon van je partner op één manier in: per maand, of uren en uurloon."))
        if "ml" in self.fields and "ml" not in self.errors and data.get("ml") is not None:
            klopt_dit(self, "ml", plausibel.bedrag(self.data.get("ml"), data["ml"], plausibel.JE_LOON,
                                                   self.fields["ml"].maximum))
        if "pbm" in self.fields and "pbm" not in self.errors and data.get("pbm"):  # 0 or empty: no work
            klopt_dit(self, "pbm", plausibel.bedrag(self.data.get("pbm"), data["pbm"], plausibel.LOON_PARTNER,
                                                    self.fields["pbm"].maximum))
        return data

    @property
    def per_maand(self) -> bool:
        bron = self.data if self.is_bound else self.antwoorden
        return bron.get("wv") == "maand"


class WerkpatroonForm(Vraag):
    """When the work starts, how the salary is paid, and whether the hours change from month to month."""

    titel = gettext_lazy("Hoe krijg je je loon?")
    waarom = gettext_lazy("Je loon en je bijstand komen niet altijd in dezelfde maand. Zo rekenen we uit wat er elke "
                          "maand op je rekening komt. Weet je iets niet? Laat dan staan wat er al is ingevuld.")
    standaard = {"bt": "maand", "vg": "mei", "wp": "ja"}
    toon_als = {"ulo": "wisselend", "uhi": "wisselend"}

    st = MaandVeld(eerste=dt.date(dt.date.today().year - 1, 1, 1), laatste=dt.date(dt.date.today().year + 3, 12, 1),
                   met_dag=True, required=False, label=gettext_lazy("Wanneer begin je met dit werk?"),
                   help_text=gettext_lazy("Een maand, bijvoorbeeld 03-2027, of je eerste werkdag, bijvoorbeeld "
                                          "05-01-2027. De dag telt bij loon per 4 weken of per week: daarmee beginnen "
                                          "de perioden. Werk je al? Vul dan in wanneer je begon. Leeg is deze maand."))
    bt = Keuze(keuzes=[("maand", gettext_lazy("Per maand")),
                       ("vier_weken", gettext_lazy("Per 4 weken (13 keer per jaar)")),
                       ("week", gettext_lazy("Per week"))],
               melding=gettext_lazy("Kies hoe vaak je loon krijgt."), label=gettext_lazy("Hoe vaak krijg je loon?"),
               help_text=gettext_lazy("Het staat in je contract of op je loonstrook."))
    vg = Keuze(keuzes=[("mei", gettext_lazy("Eén keer per jaar, in mei")),
                       ("juni", gettext_lazy("Eén keer per jaar, in juni")),
                       ("per_maand", gettext_lazy("Bij elk loon (dat is vaak zo bij uitzendwerk)"))],
               melding=gettext_lazy("Kies wanneer je vakantiegeld krijgt."),
               label=gettext_lazy("Wanneer krijg je vakantiegeld?"))
    wp = Keuze(keuzes=[("ja", gettext_lazy("Ja, ongeveer evenveel")), ("nee", gettext_lazy("Nee, het wisselt"))],
               melding=KIES_JA_OF_NEE, label=gettext_lazy("Werk je elke maand ongeveer evenveel uren?"))
    # Translators: what to fill in, in "Vul … in." (Enter …).
    ulo = GetalVeld(naam=gettext_lazy("het aantal uren in een rustige maand"), minimum=0, maximum=60, verplicht=False,
                    voorbeeld="10", te_hoog=UUR_PER_WEEK_MAX, te_laag=gettext_lazy("Vul 0 uur of meer in."),
                    label=gettext_lazy("Uren per week in een rustige maand"),
                    help_text=gettext_lazy("Alleen invullen als je uren wisselen."))
    # Translators: what to fill in, in "Vul … in." (Enter …).
    uhi = GetalVeld(naam=gettext_lazy("het aantal uren in een drukke maand"), minimum=0, maximum=60, verplicht=False,
                    voorbeeld="30", te_hoog=UUR_PER_WEEK_MAX, te_laag=gettext_lazy("Vul 0 uur of meer in."),
                    label=gettext_lazy("Uren per week in een drukke maand"),
                    help_text=gettext_lazy("Alleen invullen als je uren wisselen."))

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.antwoorden.get("wv") == "maand":
            del self.fields["ulo"], self.fields["uhi"]

    def clean(self):
        data = super().clean()
        if data.get("wp") == "nee" and "ulo" in self.fields:
            meldingen = {"ulo": _("Vul in hoeveel uur per week je in een rustige maand werkt."),
                         "uhi": _("Vul in hoeveel uur per week je in een drukke maand werkt.")}
            for veld, melding in meldingen.items():
                if data.get(veld) is None and veld not in self.errors:
                    self.add_error(veld, melding)
        if data.get("wp") != "nee":
            data["ulo"] = data["uhi"] = None
        return data


OPVANG_SOORTEN = [("geen", gettext_lazy("Geen kinderopvang")),
                  ("dagopvang", gettext_lazy("Kinderdagverblijf (dagopvang)")),
                  ("bso", gettext_lazy("Buitenschoolse opvang (bso)")), ("gastouder", gettext_lazy("Gastouder"))]


def kinderen(antwoorden: dict[str, str]) -> tuple[int, ...]:
    """The children's ages as the children question reads them (empty when that answer is missing or wrong)."""
    form = KinderenForm({"kk": antwoorden.get("kk", "")}, antwoorden=antwoorden)
    return form.cleaned_data["kk"] if form.is_valid() else ()


class KinderopvangForm(Vraag):
    """Per child: which kind of childcare, how many hours a month and the price per hour (o1/ou1/op1, o2/...)."""

    titel = gettext_lazy("Gaan je kinderen naar de kinderopvang?")
    waarom = gettext_lazy("Als je werkt, betaalt de Belastingdienst een groot deel van de kinderopvang. Dat heet "
                          "kinderopvangtoeslag. Die is er tot je kind naar de middelbare school gaat. Wat je zelf "
                          "betaalt, halen we af van wat je overhoudt.")
    standaard = {f"o{i}": "geen" for i in range(1, MAX_KINDEREN + 1)}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kinderen = kinderen(self.antwoorden)
        for i, leeftijd in enumerate(self.kinderen, start=1):
            kind = {"leeftijd": leeftijd}
            self.fields[f"o{i}"] = Keuze(
                keuzes=OPVANG_SOORTEN, melding=_("Kies welke opvang, of geen kinderopvang."), initial="geen",
                # Translators: %(leeftijd)s is the child's age in years.
                label=_("Welke opvang heeft je kind van %(leeftijd)s?") % kind)
            self.fields[f"ou{i}"] = GetalVeld(
                # Translators: what to fill in, in "Vul … in." (Enter …).
                naam=_("het aantal uren per maand"), minimum=1, maximum=MAX_UREN_OPVANG, verplicht=False,
                voorbeeld="80",
                # Translators: %(leeftijd)s is the child's age in years.
                label=_("Hoeveel uur per maand gaat je kind van %(leeftijd)s naar de opvang?") % kind,
                te_laag=_("Het aantal uren per maand is te laag."),
                te_hoog=ngettext("Een maand heeft hoogstens %(n)s uur.", "Een maand heeft hoogstens %(n)s uur.",
                                 MAX_UREN_OPVANG) % {"n": MAX_UREN_OPVANG},
                help_text=_("Het staat op je contract of de rekening van de opvang. Bijvoorbeeld 80."))
            self.fields[f"op{i}"] = GetalVeld(
                # Translators: what to fill in, in "Vul … in." (Enter …).
                naam=_("de prijs per uur"), voor="€", minimum=Decimal("0.01"), maximum=MAX_UURPRIJS_OPVANG,
                verplicht=False, voorbeeld="10,50",
                # Translators: %(leeftijd)s is the child's age in years.
                label=_("Wat kost een uur opvang voor je kind van %(leeftijd)s? In euro.") % kind,
                te_laag=_("De prijs per uur is te laag."), te_hoog=_("De prijs per uur is te hoog."),
                help_text=_("Bijvoorbeeld 10,50."))
            self.fields[f"ou{i}{BEVESTIGD}"] = bevestig_veld()  # hours confirmed after "Klopt dit?"

    def groepen(self) -> list[tuple[int, list]]:
        """(age, [choice, hours, price, confirmed hours]) per child, for the template."""
        return [(leeftijd, [self[f"o{i}"], self[f"ou{i}"], self[f"op{i}"], self[f"ou{i}{BEVESTIGD}"]])
                for i, leeftijd in enumerate(self.kinderen, start=1)]

    def clean(self):
        data = super().clean()
        for i in range(1, len(self.kinderen) + 1):
            if data.get(f"o{i}", "geen") == "geen":
                data[f"ou{i}"] = data[f"op{i}"] = data[f"ou{i}{BEVESTIGD}"] = None
                continue
            if f"ou{i}" not in self.errors and data.get(f"ou{i}") is not None:
                klopt_dit(self, f"ou{i}", plausibel.uren_per_maand(self.data.get(f"ou{i}"), data[f"ou{i}"],
                                                                   MAX_UREN_OPVANG))
            for veld, melding in ((f"ou{i}", _("Vul in hoeveel uur per maand je kind naar de opvang gaat.")),
                                  (f"op{i}", _("Vul in wat een uur opvang kost."))):
                if data.get(veld) is None and veld not in self.errors:
                    self.add_error(veld, melding)
        return data


def partner_werkt(antwoorden: dict[str, str]) -> bool:
    """Whether the answers hold a partner's wage above 0 (as the work question reads it): per month, or hours and an
    hourly wage."""
    try:
        if antwoorden.get("pu") and antwoorden.get("pul"):
            return lees_getal(antwoorden["pu"]) > 0 and lees_getal(antwoorden["pul"]) > 0
        return bool(antwoorden.get("pbm")) and lees_getal(antwoorden["pbm"]) > 0
    except GeenGetal:
        return False


class VrijlatingForm(Vraag):
    titel = gettext_lazy("Heb je al eerder een vrijlating gehad?")
    waarom = gettext_lazy("Met een inkomstenvrijlating mag je een deel van je loon houden, naast je bijstand. Dat kan "
                          "maar een beperkt aantal maanden. Weet je het niet? Laat dan staan wat er al is ingevuld.")
    # "Weet ik niet": never had one, not medisch urenbeperkt. The result page says so.
    standaard = {"vm": "0", "med": "nee"}

    vm = GetalVeld(
        # Translators: what to fill in, in "Vul … in." (Enter …).
        naam=gettext_lazy("het aantal maanden"), minimum=0, maximum=600, geheel=True, voorbeeld="0",
        te_laag=gettext_lazy("Het aantal maanden kan niet lager zijn dan 0."),
        te_hoog=gettext_lazy("Vul een aantal maanden van 600 of minder in."),
        verplicht_melding=gettext_lazy("Vul het aantal maanden in. Weet je het niet, of nooit gehad? Vul 0 in."),
        label=gettext_lazy("Hoeveel maanden heb je al een inkomstenvrijlating gehad?"),
        help_text=gettext_lazy("Tel alleen de maanden sinds je huidige bijstand begon. Nooit gehad of weet je het "
                               "niet? Vul 0 in. Je klantmanager kan het je vertellen."),
    )
    med = Keuze(
        keuzes=[("nee", NEE), ("ja", JA)],
        melding=KIES_JA_OF_NEE,
        label=gettext_lazy("Kun je door je gezondheid minder uren werken?"),
        help_text=gettext_lazy("Dit heet medisch urenbeperkt. Een arts heeft dan vastgesteld dat je niet "
                               "volledig kunt werken. Dan gelden andere regels voor de vrijlating."),
    )
    pvm = GetalVeld(
        # Translators: what to fill in, in "Vul … in." (Enter …).
        naam=gettext_lazy("het aantal maanden van je partner"), minimum=0, maximum=600, geheel=True, voorbeeld="0",
        verplicht=False, te_laag=gettext_lazy("Het aantal maanden kan niet lager zijn dan 0."),
        te_hoog=gettext_lazy("Vul een aantal maanden van 600 of minder in."),
        label=gettext_lazy("Hoeveel maanden heeft je partner al een inkomstenvrijlating gehad?"),
        help_text=gettext_lazy("Je partner werkt ook. Ook je partner mag een deel van het loon houden, een beperkt "
                               "aantal maanden. Weet je het niet? Laat het leeg. Dan rekenen we met hetzelfde aantal "
                               "als bij jou."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not (self.met_partner and partner_werkt(self.antwoorden)):
            del self.fields["pvm"]


class GiftenForm(Vraag):
    titel = gettext_lazy("Hoeveel giften heb je dit jaar gekregen?")
    waarom = gettext_lazy("Je mag per jaar een bedrag aan giften krijgen naast je bijstand. Zo weet je hoeveel er nog "
                          "bij kan.")

    gf = GetalVeld(
        # Translators: what to fill in, in "Vul … in." (Enter …).
        naam=gettext_lazy("het bedrag aan giften"), voor="€", minimum=0, maximum=1_000_000, voorbeeld="300",
        te_laag=gettext_lazy("Het bedrag kan niet negatief zijn. Niets gekregen? Vul 0 in of laat het leeg."),
        te_hoog=KLEINER_BEDRAG,
        verplicht=False,
        label=gettext_lazy("Giften dit jaar, samen, in euro"),
        help_text=gettext_lazy("Tel alles bij elkaar op: geld, boodschappen, en rekeningen die iemand voor je "
                               "betaalde. Bijvoorbeeld boodschappen van je moeder. Niets gekregen? Vul 0 in of laat "
                               "het leeg."),
    )
    gfm = MaandVeld(eerste=dt.date(dt.date.today().year - 1, 1, 1), laatste=dt.date(dt.date.today().year + 3, 12, 1),
                    required=False, label=gettext_lazy("In welke maand kreeg je het meeste? (mag leeg)"),
                    help_text=gettext_lazy("Bijvoorbeeld 03-2026. Komt er een gift boven de grens, dan telt die als "
                                           "inkomen van die maand. Leeg is deze maand."))
    gfok = bevestig_veld()  # an amount written as "1,500" that the person confirmed

    def clean(self):
        data = super().clean()
        if "gf" not in self.errors and data.get("gf") is not None:
            klopt_dit(self, "gf", plausibel.bedrag(self.data.get("gf"), data["gf"], plausibel.GIFTEN,
                                                   self.fields["gf"].maximum, laag=plausibel.GEEN_GRENS))
        return data

    def clean_gf(self):
        """Left empty: nothing received, € 0 (the result says it counts with € 0)."""
        gf = self.cleaned_data.get("gf")
        return Decimal(0) if gf is None else gf


class GemeenteVeld(forms.CharField):
    """A gemeente typed as its name (or CBS code). Cleans to the CBS code, which is what links carry; shows the name.

    `lijst`: the names for the browser's own suggestions (a <datalist>, no script needed).
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("required", False)
        kwargs.setdefault("max_length", 100)
        super().__init__(**kwargs)
        self.error_messages["max_length"] = gettext_lazy("Vul alleen de naam van je gemeente in, bijvoorbeeld "
                                                         "Utrecht.")
        self.widget.attrs.update({"autocomplete": "off", "spellcheck": "false"})

    @property
    def lijst(self) -> list[str]:
        return [regels.gemeenten.weergavenaam(g) for g in regels.gemeenten.alle_gemeenten()]

    def clean(self, value) -> str:
        tekst = super().clean(value)
        if not tekst:
            return ""
        gemeente = regels.gemeenten.zoek(tekst)
        if gemeente is None:
            raise ValidationError(_("Deze gemeente kennen we (nog) niet. Kijk of de naam goed is geschreven. Staat "
                                    "je gemeente er niet bij? Laat het vak leeg: dan rekenen we met de landelijke "
                                    "regels."), code="onbekend")
        return gemeente.code

    def prepare_value(self, value):
        gemeente = regels.gemeenten.zoek(value) if value else None
        return regels.gemeenten.weergavenaam(gemeente) if gemeente else value


class GemeenteForm(Vraag):
    titel = gettext_lazy("In welke gemeente woon je?")
    waarom = gettext_lazy("Je gemeente beslist zelf over een paar dingen, zoals de giftengrens, premies en regelingen "
                          "voor een laag inkomen. Weet je het niet, of wil je het niet zeggen? Laat het leeg en ga "
                          "verder.")
    standaard = {"gm": ""}  # skipping is an answer: then the national rules apply

    gm = GemeenteVeld(label=gettext_lazy("Je gemeente"),
                      help_text=gettext_lazy("Typ de naam van je gemeente, bijvoorbeeld Den Haag. Dit mag je leeg "
                                             "laten."))


def _kosten_veld(naam: str, geen: str, voorbeeld: str, label: str, help_text: str) -> GetalVeld:
    """An amount of money per month for the costs of working; 0 when there is none (`geen`: "Geen reiskosten?")."""
    return GetalVeld(naam=naam, voor="€", minimum=0, maximum=MAX_NETTO_PER_MAAND, voorbeeld=voorbeeld,
                     te_laag=zinnen(gettext_lazy("Dit bedrag kan niet negatief zijn."), geen, VUL_0_IN),
                     te_hoog=KLEINER_BEDRAG,
                     verplicht_melding=zinnen(later(gettext_lazy("Vul %(naam)s in."), naam=naam), geen, VUL_0_IN),
                     label=label, help_text=help_text)


VUL_0_IN = gettext_lazy("Vul 0 in.")


class KostenWerkForm(Vraag):
    titel = gettext_lazy("Wat kost werken je per maand?")
    waarom = gettext_lazy("Naar je werk reizen of werkkleding kopen kost geld. Zo zie je wat je echt overhoudt. "
                          "Weet je het niet? Laat 0 staan.")
    standaard = {"kr": "0", "kv": "0", "ko": "0"}

    # Translators: the first text is what to fill in, in "Vul … in." (Enter …).
    kr = _kosten_veld(gettext_lazy("je reiskosten"), gettext_lazy("Geen reiskosten?"), "60",
                      gettext_lazy("Reiskosten per maand, in euro"),
                      gettext_lazy("Bijvoorbeeld je bus- of treinkaartje, of benzine voor je auto."))
    # Translators: the first text is what to fill in, in "Vul … in." (Enter …): the travel allowance of the employer.
    kv = _kosten_veld(gettext_lazy("de vergoeding"), gettext_lazy("Geen vergoeding?"), "40",
                      gettext_lazy("Reiskostenvergoeding van je werkgever per maand, in euro"),
                      gettext_lazy("Wat je werkgever je voor reizen terugbetaalt, naast je loon. Meestal is die "
                                   "belastingvrij en gaat hij niet van je bijstand af."))
    # Translators: the first text is what to fill in, in "Vul … in." (Enter …).
    ko = _kosten_veld(gettext_lazy("de andere kosten"), gettext_lazy("Geen andere kosten?"), "15",
                      gettext_lazy("Andere kosten van werken per maand, in euro"),
                      gettext_lazy("Bijvoorbeeld werkkleding, gereedschap of extra uren oppas."))
    # Amounts written as "1,100" that the person confirmed (small costs are normal: only the notation is asked).
    krok, kvok, kook = bevestig_veld(), bevestig_veld(), bevestig_veld()
    BEDRAGEN = {"kr": plausibel.REISKOSTEN, "kv": plausibel.VERGOEDING, "ko": plausibel.ANDERE_KOSTEN}

    def clean(self):
        data = super().clean()
        for veld, zin in self.BEDRAGEN.items():
            if veld not in self.errors and data.get(veld) is not None:
                klopt_dit(self, veld, plausibel.bedrag(self.data.get(veld), data[veld], zin, self.fields[veld].maximum,
                                                       laag=plausibel.GEEN_GRENS))
        return data


# A date as people write it here: day-month-year with "-", "/", "." or a space between ("1-3-2027", "01/03/27"),
# or as a link carries it (ISO, "2027-03-01"). Nothing else: "1-13-2027" is refused, never read as 13 January
# (Babel's parse_date swaps day and month when the month is over 12, so it is not used here).
_DAG_MAAND_JAAR = re.compile(r"([0-9]{1,2})\s*[-/.\s]\s*([0-9]{1,2})\s*[-/.\s]\s*([0-9]{4,}|[0-9]{2})")
_ISO_DATUM = re.compile(r"([0-9]{4,})-([0-9]{2})-([0-9]{2})")
EEUW = 2000  # "1-3-27" is 2027


class DatumVeld(forms.CharField):
    """A date typed as day-month-year ("1-3-2026", "01/03/2026", "1.3.26") or as ISO (what links carry).

    Day and month are never swapped: a date that is not day-month-year is refused with an example. A date outside
    the dates the rules know (`regels.peildatum_bereik`) gets a message with that range. The box always shows the
    date back as dd-mm-jjjj.
    """

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", 20)
        super().__init__(**kwargs)
        self.error_messages["max_length"] = self.error_messages["invalid"] = gettext_lazy(
            "Vul een datum in als dag-maand-jaar, bijvoorbeeld 15-03-2026.")
        self.widget.attrs.update({"autocomplete": "off", "spellcheck": "false"})

    @staticmethod
    def _delen(tekst: str) -> tuple[int, int, int] | None:
        """(year, month, day) as written, or None when it is not written as a date."""
        tekst = tekst.strip()
        if m := _ISO_DATUM.fullmatch(tekst):
            return int(m[1]), int(m[2]), int(m[3])
        if m := _DAG_MAAND_JAAR.fullmatch(tekst):
            return int(m[3]) + (EEUW if len(m[3]) == 2 else 0), int(m[2]), int(m[1])
        return None

    @classmethod
    def lees(cls, tekst: str) -> dt.date | None:
        delen = cls._delen(tekst)
        if delen is None or delen[0] > dt.MAXYEAR:
            return None
        try:
            return dt.date(*delen)
        except ValueError:
            return None

    def clean(self, value) -> dt.date | None:
        tekst = super().clean(value)
        if tekst in self.empty_values:
            return None
        datum = self.lees(tekst)
        delen = self._delen(tekst)
        # A year past 9999 ("1-1-2147483648") is written as a date, just far outside the range: say the range.
        if datum is None and not (delen and delen[0] > dt.MAXYEAR and 1 <= delen[1] <= 12 and 1 <= delen[2] <= 31):
            raise ValidationError(self.error_messages["invalid"], code="invalid")
        eerste, laatste = regels.peildatum_bereik()
        if datum is None or not eerste <= datum <= laatste:
            # Translators: %(eerste)s and %(laatste)s are dates, e.g. "1 januari 2025".
            raise ValidationError(_("Met deze datum kunnen we niet rekenen. Kies een datum van %(eerste)s tot en met "
                                    "%(laatste)s.") % {"eerste": datum_tekst(eerste), "laatste": datum_tekst(laatste)},
                                  code="max")
        return datum

    def prepare_value(self, value):
        datum = value if isinstance(value, dt.date) else self.lees(value) if value else None
        return datum.strftime("%d-%m-%Y") if datum else value


class AanpassenForm(forms.Form):
    """The small form on the result page: hours, wage, other scenarios, peildatum."""

    # Translators: what to fill in, in "Vul … in." (Enter …): the hours of the 2nd number of hours to compare.
    s1 = GetalVeld(naam=gettext_lazy("het aantal uren van de 2e keuze"), minimum=0, maximum=60, verplicht=False,
                   te_hoog=UUR_PER_WEEK_MAX, te_laag=gettext_lazy("Vul 0 uur of meer in."),
                   # Translators: label of a box for a number of hours per week to compare with.
                   label=gettext_lazy("Vergelijk ook met (uren)"))
    # Translators: what to fill in, in "Vul … in." (Enter …): the hours of the 3rd number of hours to compare.
    s2 = GetalVeld(naam=gettext_lazy("het aantal uren van de 3e keuze"), minimum=0, maximum=60, verplicht=False,
                   te_hoog=UUR_PER_WEEK_MAX, te_laag=gettext_lazy("Vul 0 uur of meer in."),
                   # Translators: label of the next box after "Vergelijk ook met (uren)" (Also compare with (hours)).
                   label=gettext_lazy("en met (uren)"))
    # Translators: what to fill in, in "Vul … in." (Enter …): the hours of the 4th number of hours to compare.
    s3 = GetalVeld(naam=gettext_lazy("het aantal uren van de 4e keuze"), minimum=0, maximum=60, verplicht=False,
                   te_hoog=UUR_PER_WEEK_MAX, te_laag=gettext_lazy("Vul 0 uur of meer in."),
                   label=gettext_lazy("en met (uren)"))
    pd = DatumVeld(required=False, label=gettext_lazy("Rekenen voor de datum"),
                   help_text=gettext_lazy("Schrijf de datum als dag-maand-jaar, bijvoorbeeld 01-03-2027. Leeg is "
                                          "vandaag. Kies een datum in de toekomst om met de regels van dat moment te "
                                          "rekenen."))
    # Asked only beside a premie of the gemeente that needs it (resultaat/_gemeente.html); empty: not known.
    # Translators: what to fill in, in "Vul … in." (Enter …).
    bm = GetalVeld(naam=gettext_lazy("het aantal maanden"), minimum=0, maximum=600, geheel=True, verplicht=False,
                   te_laag=gettext_lazy("Vul 0 maanden of meer in."),
                   te_hoog=gettext_lazy("Vul 600 maanden of minder in."),
                   label=gettext_lazy("Hoe lang heb je al bijstand? (in maanden)"),
                   help_text=gettext_lazy("Weet je het niet? Laat het leeg. Dan zeggen we: vraag je gemeente."))

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "id_%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_pd(self):
        return self.cleaned_data.get("pd") or dt.date.today()


class PeildatumForm(forms.Form):
    """The date on the page with every amount and its source."""

    pd = DatumVeld(required=False, label=gettext_lazy("Bedragen op een andere datum"),
                   help_text=gettext_lazy("Schrijf de datum als dag-maand-jaar, bijvoorbeeld 01-01-2027."))

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "id_%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


VERREKENINGEN = [
    ("volgende_maand", gettext_lazy("Achteraf: je loon gaat de maand erna van je bijstand af")),
    ("zelfde_maand", gettext_lazy("Op de maand: je bijstand komt pas als je je loonstrook hebt ingeleverd")),
    ("schatten", gettext_lazy("Met een schatting: de gemeente schat je loon, het verschil komt de maand erna")),
]
VIER_WEKEN = [
    ("dertien_twaalfde", gettext_lazy("Elke maand 13/12 van je loon per 4 weken")),
    ("per_betaling", gettext_lazy("Elke betaling in de maand waarin je hem krijgt")),
    ("werkdagen", gettext_lazy("Verdeeld over de werkdagen van elke maand")),
]


class VerrekeningForm(forms.Form):
    """How the gemeente settles income (its own policy): on the result page, beside the month view."""

    standaard = {"gv": VERREKENINGEN[0][0], "gw": VIER_WEKEN[0][0]}

    gv = Keuze(keuzes=VERREKENINGEN, melding=gettext_lazy("Kies hoe je gemeente je loon verrekent."), required=False,
               label=gettext_lazy("Hoe verrekent jouw gemeente je loon?"),
               help_text=gettext_lazy("Dit beslist je gemeente. Weet je het niet? Dan rekenen we met achteraf "
                                      "verrekenen. Vraag je klantmanager hoe jouw gemeente het doet."))
    gw = Keuze(keuzes=VIER_WEKEN, melding=gettext_lazy("Kies hoe je gemeente loon per 4 weken telt."), required=False,
               label=gettext_lazy("Hoe telt je gemeente loon per 4 weken?"),
               help_text=gettext_lazy("Weet je het niet? Dan rekenen we met 13/12: zo doen de meeste gemeenten het."))

    def __init__(self, *args, per_vier_weken: bool = False, **kwargs):
        kwargs.setdefault("auto_id", "id_%s")
        kwargs.setdefault("label_suffix", "")
        kwargs.setdefault("initial", dict(self.standaard))
        super().__init__(*args, **kwargs)
        if not per_vier_weken:
            del self.fields["gw"]

    def clean_gv(self) -> str:
        return self.cleaned_data.get("gv") or VERREKENINGEN[0][0]

    def clean_gw(self) -> str:
        return self.cleaned_data.get("gw") or VIER_WEKEN[0][0]


AANBIEDINGEN = 4  # offers side by side on the comparison page


def _kopie(veld: forms.Field, **anders) -> forms.Field:
    """A field of a question form, with a few attributes changed (same checks, same Dutch messages)."""
    nieuw = copy.deepcopy(veld)
    for naam, waarde in anders.items():
        setattr(nieuw, naam, waarde)
    return nieuw


class AanbodForm(forms.Form):
    """One job offer on the comparison page: hours per week x gross hourly wage, or a wage per month.

    The same fields (and messages) as the work question, none required. The field names carry the offer's
    number without Django's dash (prefix "a2": a2u, a2ul, a2ml, a2mt), so the link stays readable.
    Hours without a wage use `eigen_uurloon`: more (or fewer) hours at the job in the answers.
    """

    u = _kopie(WerkForm.base_fields["u"], required=False, help_text="")
    ul = _kopie(WerkForm.base_fields["ul"], required=False, label=gettext_lazy("Bruto uurloon"),
                help_text=gettext_lazy("Leeg: hetzelfde uurloon als nu."))
    ml = _kopie(WerkForm.base_fields["ml"], required=False, label=gettext_lazy("Loon per maand"),
                help_text=gettext_lazy("Zonder vakantiegeld."))
    mt = _kopie(WerkForm.base_fields["mt"], required=False)
    # Each offer on its own calendar: its first month and how often it pays (empty: as in the answers).
    st = _kopie(WerkpatroonForm.base_fields["st"], required=False, label=gettext_lazy("Eerste maand van dit werk"),
                help_text=gettext_lazy("Bijvoorbeeld 03-2027. Leeg: zoals in je antwoorden."))
    bt = _kopie(WerkpatroonForm.base_fields["bt"], required=False,
                help_text=gettext_lazy("Leeg: zoals in je antwoorden."))
    mlok = bevestig_veld()

    def __init__(self, *args, nummer: int, eigen_uurloon: Decimal | None = None, **kwargs):
        kwargs.setdefault("auto_id", "id_%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, prefix=f"a{nummer}", **kwargs)
        self.nummer = nummer
        # Translators: the name of a job offer on the comparison page, e.g. "Aanbod 2" (Offer 2).
        self.naam = _("Aanbod %(nummer)s") % {"nummer": nummer}
        self.eigen_uurloon = eigen_uurloon
        self.zelfde_uurloon = False
        if eigen_uurloon is None:
            self.fields["ul"].help_text = ""

    def add_prefix(self, field_name: str) -> str:
        return f"{self.prefix}{field_name}" if self.prefix else field_name

    @property
    def leeg(self) -> bool:
        return not any((self.data.get(self.add_prefix(v)) or "").strip() for v in ("u", "ul", "ml"))

    def clean(self):
        data = super().clean()
        if self.errors or self.leeg:
            return data
        uren, uurloon, maandloon = data.get("u"), data.get("ul"), data.get("ml")
        if maandloon is not None:
            if uren is not None or uurloon is not None:
                self.add_error("ml", _("Vul uren en uurloon in, of een loon per maand. Niet allebei."))
                return data
            data["mt"] = data.get("mt") or "bruto"
            klopt_dit(self, "ml", plausibel.bedrag(self.data.get(self.add_prefix("ml")), maandloon, plausibel.HET_LOON,
                                                   self.fields["ml"].maximum))
        elif uren is None:
            self.add_error("u", _("Vul het aantal uren per week in."))
        elif uurloon is None:
            if self.eigen_uurloon is None:
                self.add_error("ul", _("Vul het bruto uurloon in."))
            else:
                data["ul"] = self.eigen_uurloon
                self.zelfde_uurloon = True
        return data

    def werk(self) -> dict:
        """The offer as the work answers of `calculator.antwoorden` (cleaned values), with its own first month
        and pay rhythm when it has them."""
        d = self.cleaned_data
        eigen = {veld: d[veld] for veld in ("st", "bt") if d.get(veld)}
        if d.get("ml") is not None:
            return {"wv": "maand", "ml": d["ml"], "mt": d["mt"], **eigen}
        return {"wv": "", "u": d["u"], "ul": d["ul"], **eigen}
