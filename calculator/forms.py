"""Django forms: one per question page, plus the small form on the result page.

The field names are the short query parameters of `calculator.antwoorden`,
so a form can be bound to the answers in the URL directly. The forms only
check that an answer is usable (a number, within sensible bounds); they
hold no rule. The bounds are the same as those the rules package accepts.

Messages are in plain Dutch (B1) and say what to do, GOV.UK style.
"""

from __future__ import annotations

import copy
import datetime as dt
import re
from decimal import ROUND_HALF_DOWN, Decimal

from babel.dates import get_month_names
from django import forms
from django.core.exceptions import ValidationError

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
    voor = f"{leeftijd} jaar" if leeftijd < vanaf else f"{vanaf} jaar en ouder"
    return (f"Je uurloon is {euro(uurloon)}. Dat is minder dan het minimumloon voor {voor}: {euro(minimum)} "
            "bruto per uur. Een werkgever moet minstens het minimumloon betalen.")

class GetalVeld(forms.CharField):
    """A number typed as text (inputmode decimal/numeric), with Dutch messages.

    Returns the number (an int when `geheel`, else a Decimal): the one value
    that is shown back, written into the URL and computed with. An empty
    answer is refused unless `verplicht=False`; then it is None ("not given").
    """

    def __init__(self, *, naam: str, minimum: float, maximum: float, geheel: bool = False,
                 voorbeeld: str = "", te_laag: str = "", te_hoog: str = "", verplicht: bool = True,
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
        self.error_messages["required"] = verplicht_melding or f"Vul {naam} in."
        self.error_messages["max_length"] = f"Vul {naam} in met alleen cijfers."
        self.widget.attrs.update({
            "inputmode": "numeric" if geheel else "decimal",
            "autocomplete": "off",
            "spellcheck": "false",
        })

    def clean(self, value):
        tekst = super().clean(value)
        if tekst in self.empty_values:
            return None
        voorbeeld = f", bijvoorbeeld {self.voorbeeld}" if self.voorbeeld else ""
        try:
            getal = lees_getal(tekst)
        except GeenGetal:
            raise ValidationError(f"Vul {self.naam} in met alleen cijfers{voorbeeld}.", code="invalid") from None
        if self.geheel and getal != getal.to_integral_value():
            raise ValidationError(f"Vul {self.naam} in als heel getal, zonder komma{voorbeeld}.", code="invalid")
        if not self.geheel and getal != getal.quantize(Decimal("0.01")):
            raise ValidationError(f"Vul {self.naam} in met hoogstens 2 cijfers na de komma.", code="invalid")
        if getal < self.minimum:
            raise ValidationError(self.te_laag or f"{self.naam.capitalize()} is te laag.", code="min")
        if getal > self.maximum:
            raise ValidationError(self.te_hoog or f"{self.naam.capitalize()} is te hoog.", code="max")
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
            "Vul een datum in als dag-maand-jaar, bijvoorbeeld 05-01-2027, of een maand als maand-jaar, bijvoorbeeld "
            "01-2027." if met_dag else "Vul een maand in als maand-jaar, bijvoorbeeld 03-2027.")
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
            raise ValidationError(f"Vul een maand in van {self.eerste.strftime('%m-%Y')} tot en met "
                                  f"{self.laatste.strftime('%m-%Y')}.", code="max")
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
        form.add_error(naam, ValidationError(f"{twijfel} Kies dan nog een keer Volgende.", code=CONTROLE))
        form.cleaned_data.pop(ok, None)
        form.data = {**form.data, form.add_prefix(ok): getal_tekst(waarde)}


def alleen_controle(*formulieren: forms.Form) -> bool:
    """Whether the forms have errors and every one is a "Klopt dit?" check rather than a mistake."""
    fouten = [fout for form in formulieren for lijst in form.errors.as_data().values() for fout in lijst]
    return bool(fouten) and all(fout.code == CONTROLE for fout in fouten)


def knop_in_controles(form: forms.Form, knop: str) -> None:
    """A "Klopt dit?" message says to choose Volgende again; on a page whose button has another name, that name."""
    for lijst in form.errors.values():
        for fout in lijst.data:
            if getattr(fout, "code", None) == CONTROLE:
                fout.message = fout.message.replace("nog een keer Volgende", f"nog een keer {knop}")


class Vraag(forms.Form):
    """Base class of a question page.

    - `titel`: the question, shown as the page's h1.
    - `waarom`: one line that says why we ask it.
    - `antwoorden`: all answers so far (some questions depend on the leefvorm).
    """

    titel = ""
    waarom = ""
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
    ("alleen", "Ik woon alleen, of met andere volwassenen"),
    ("partner", "Ik woon met mijn partner (getrouwd of samenwonend)"),
    ("ouder", "Ik woon alleen met mijn kinderen (alleenstaande ouder)"),
]


class LeefvormForm(Vraag):
    titel = "Hoe woon je?"
    titel_veld = "lv"
    waarom = "De bijstand is anders voor iemand alleen, voor een stel en voor een ouder met kinderen."
    lv = Keuze(keuzes=LEEFVORMEN, melding="Kies hoe je woont.", label="Hoe woon je?")


class LeeftijdForm(Vraag):
    titel = "Hoe oud ben je?"
    waarom = "Je leeftijd telt mee voor de bijstand, het minimumloon en de zorgtoeslag."
    toon_als = {"plt": "partner", "prb": "partner"}

    lt = GetalVeld(naam="je leeftijd", minimum=MINIMUMLEEFTIJD, maximum=MAX_LEEFTIJD, geheel=True, voorbeeld="35",
                   te_laag=f"Deze rekenhulp is voor mensen van {MINIMUMLEEFTIJD} jaar en ouder.",
                   te_hoog=f"Vul een leeftijd van {MAX_LEEFTIJD} jaar of jonger in.",
                   label="Je leeftijd", help_text="In jaren.")
    plt = GetalVeld(naam="de leeftijd van je partner", minimum=MINIMUMLEEFTIJD, maximum=MAX_LEEFTIJD, geheel=True,
                    voorbeeld="34",
                    te_laag=f"Vul een leeftijd van {MINIMUMLEEFTIJD} jaar of ouder in voor je partner.",
                    te_hoog=f"Vul een leeftijd van {MAX_LEEFTIJD} jaar of jonger in voor je partner.",
                    label="De leeftijd van je partner", help_text="In jaren.")
    prb = Keuze(keuzes=[("ja", "Ja"), ("nee", "Nee, mijn partner heeft geen recht op bijstand")],
                melding="Kies ja of nee.", label="Heeft je partner ook recht op bijstand?",
                help_text=("Meestal wel. Soms niet: bijvoorbeeld als je partner studeert met studiefinanciering, in de "
                           "gevangenis zit of geen verblijfsvergunning heeft. Weet je het niet? Kies ja."))
    standaard = {"prb": "ja"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.met_partner:
            self.titel = "Hoe oud zijn jullie?"
        else:
            del self.fields["plt"], self.fields["prb"]


# Between ages: a comma, semicolon, slash, space or the word "en"; the word "jaar" may follow an age.
_TUSSEN_LEEFTIJDEN = re.compile(r"[,;/\s]+|\ben\b", re.IGNORECASE)
_JAAR = re.compile(r"\b(jaar|jr)\b\.?", re.IGNORECASE)


class KinderenForm(Vraag):
    titel = "Hoe oud zijn je kinderen?"
    waarom = f"Voor kinderen jonger dan {KIND_JONGER_DAN} krijg je kinderbijslag en misschien kindgebonden budget."
    toon_als = {"kk": "kinderen"}

    kk = forms.CharField(
        label=f"Leeftijden van je kinderen jonger dan {KIND_JONGER_DAN}",
        help_text="Zet een komma tussen de leeftijden. Bijvoorbeeld: 4, 9. Een baby is 0.",
        max_length=100,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        veld = self.fields["kk"]
        veld.widget.attrs.update({"inputmode": "text", "autocomplete": "off", "spellcheck": "false"})
        if self.met_partner:
            self.titel = f"Hebben jullie kinderen jonger dan {KIND_JONGER_DAN}?"
            veld.required = False
            veld.help_text = ("Zet een komma tussen de leeftijden. Bijvoorbeeld: 4, 9. "
                              f"Geen kinderen jonger dan {KIND_JONGER_DAN}? Laat dit leeg.")
        veld.error_messages["required"] = "Vul de leeftijd van je kinderen in."
        veld.error_messages["max_length"] = "Vul alleen de leeftijden in, met een komma ertussen."

    def clean_kk(self) -> tuple[int, ...]:
        """Ages as people write them: "4, 9", "4 en 9", "4;9", "4 jaar en 9 jaar". Only the digits 0-9 count."""
        tekst = _JAAR.sub(" ", self.cleaned_data.get("kk", ""))
        leeftijden = []
        for deel in filter(None, _TUSSEN_LEEFTIJDEN.split(tekst)):
            if not re.fullmatch(r"[0-9]{1,3}", deel):
                raise ValidationError("Vul de leeftijden in met alleen cijfers en komma's, bijvoorbeeld 4, 9.")
            leeftijd = int(deel)
            if leeftijd >= KIND_JONGER_DAN:
                raise ValidationError(f"Vul alleen kinderen jonger dan {KIND_JONGER_DAN} in. Een kind van "
                                      f"{KIND_JONGER_DAN} of ouder telt als volwassene in huis.")
            leeftijden.append(leeftijd)
        if len(leeftijden) > MAX_KINDEREN:
            raise ValidationError(f"Vul hoogstens {MAX_KINDEREN} kinderen in.")
        if not leeftijden and not self.met_partner:
            raise ValidationError("Vul de leeftijd van je kinderen in.")
        return tuple(leeftijden)


JA_NEE = [("nee", "Nee"), ("ja", "Ja")]


class HuisgenotenForm(Vraag):
    """First yes or no, then how many. The link holds only the number: `kd=0` is no (so older links still work)."""

    titel = f"Wonen er nog andere mensen van {KOSTENDELER_LEEFTIJD} jaar of ouder bij je?"
    waarom = "Woon je met andere volwassenen, dan kun je de kosten delen. Daardoor kan je bijstand lager zijn."
    titel_veld = "kdj"
    toon_als = {"kd": "kdj-ja"}

    kdj = Keuze(
        keuzes=JA_NEE, melding="Kies of er nog andere volwassenen bij je wonen.",
        label=f"Wonen er nog andere mensen van {KOSTENDELER_LEEFTIJD} jaar of ouder bij je?",
        help_text=("Bijvoorbeeld je zoon van 28 die bij je woont. Tel je partner niet mee, en ook niet "
                   "iemand die bij je huurt of een student met studiefinanciering."),
    )
    kd = GetalVeld(
        naam="het aantal andere volwassenen", minimum=0, maximum=10, geheel=True, voorbeeld="1", verplicht=False,
        te_laag="Vul een aantal van 1 of meer in. Woont er niemand anders? Kies dan Nee.",
        te_hoog="Vul een aantal van 10 of minder in.",
        label=f"Hoeveel mensen van {KOSTENDELER_LEEFTIJD} jaar of ouder wonen er nog meer bij je?",
        help_text="Alleen als je Ja kiest.",
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
                self.add_error("kd", "Vul in hoeveel andere volwassenen er bij je wonen.")
            elif data["kd"] == 0:
                self.add_error("kd", "Woont er niemand anders van "
                                     f"{KOSTENDELER_LEEFTIJD} jaar of ouder bij je? Kies dan Nee.")
        data["kdj"] = None  # not in the link: the number says it
        return data


class HuurForm(Vraag):
    titel = "Hoeveel is je kale huur per maand?"
    waarom = "Je huur telt mee voor de huurtoeslag."

    hr = GetalVeld(voor="€", 
        naam="je kale huur", minimum=0, maximum=5000, voorbeeld="650",
        te_laag="De huur kan niet negatief zijn.",
        te_hoog="Vul een huur van 5.000 euro of minder in.",
        verplicht=False,
        label="Je kale huur per maand",
        help_text=("Kale huur is de huur zonder servicekosten, water en energie. "
                   "Het staat in je huurcontract."),
    )
    hrn = forms.BooleanField(required=False, label="Ik weet het niet, of ik huur niet")
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
            self.add_error("hr", "Vul je kale huur in, of kies: ik weet het niet, of ik huur niet.")
            return data
        grens = Decimal(str(regels.waarde(regels.MAXIMALE_HUURGRENS, dt.date.today())))
        if huur > grens:
            twijfel = (f"Je kale huur is {euro(huur)} per maand. Dat is meer dan {euro(grens)}: boven dat bedrag krijg "
                       "je geen huurtoeslag. Staan er servicekosten, water of energie in het bedrag? Haal die er dan "
                       "af. Klopt het bedrag?")
        else:
            twijfel = plausibel.bedrag(self.data.get("hr"), huur, "Je kale huur is", self.fields["hr"].maximum)
            if twijfel and huur == 0:
                twijfel += " Huur je niet? Kies dan: ik weet het niet, of ik huur niet."
        klopt_dit(self, "hr", twijfel)
        return data


# How work is entered (`wv`): on its question page a link switches; on the one-page form these are radio buttons.
WERK_VORMEN = [("", "Ik weet mijn uren en mijn uurloon"), ("maand", "Ik weet mijn bruto of netto maandloon")]


class WerkForm(Vraag):
    """Work: hours x hourly wage (default), or a monthly wage (`wv` = bruto/netto)."""

    titel = "Hoeveel ga je werken?"
    waarom = "Met je uren en je loon rekenen we uit wat je overhoudt."
    toon_als = {"u": "per-uur", "ul": "per-uur", "ml": "per-maand", "mt": "per-maand", "pbm": "partner",
                "pu": "partner", "pul": "partner"}

    wv = forms.CharField(widget=forms.HiddenInput, required=False)
    u = GetalVeld(naam="het aantal uren per week", minimum=1, maximum=60, voorbeeld="16",
                  te_laag="Vul minstens 1 uur per week in.",
                  te_hoog="Vul 60 uur per week of minder in. Meer uren kunnen we niet uitrekenen.",
                  label="Uren per week", help_text="Hoeveel uur werk je per week? Bijvoorbeeld 16.")
    ul = GetalVeld(voor="€", naam="je bruto uurloon", minimum=1, maximum=500, voorbeeld="14,71",
                   te_laag="Vul een uurloon van minstens 1 euro in.",
                   te_hoog="Vul een uurloon van 500 euro of minder in.",
                   label="Bruto uurloon in euro",
                   help_text="Bruto is vóór belasting. Het staat in je contract of op je loonstrook.")
    ml = GetalVeld(voor="€", naam="je maandloon", minimum=1, maximum=30000, voorbeeld="1.100",
                   te_laag="Vul een maandloon van minstens 1 euro in.",
                   te_hoog="Vul een maandloon van 30.000 euro of minder in.",
                   label="Je loon per maand in euro",
                   help_text="Het staat op je loonstrook of in je contract. Zonder vakantiegeld.")
    mt = Keuze(keuzes=[("bruto", "Bruto (vóór belasting)"), ("netto", "Netto (wat je op je rekening krijgt)")],
               melding="Kies of je loon bruto of netto is.", label="Is dit bruto of netto?")
    pbm = GetalVeld(voor="€", naam="het bruto maandloon van je partner", minimum=0, maximum=50000, voorbeeld="900",
                    te_laag="Het loon van je partner kan niet negatief zijn.",
                    te_hoog="Vul een maandloon van 50.000 euro of minder in.",
                    verplicht=False,
                    label="Bruto maandloon van je partner in euro (als je partner werkt)",
                    help_text="Werkt je partner niet? Laat dit leeg. Weet je de uren en het uurloon? Vul die hieronder in.")
    pu = GetalVeld(naam="de uren per week van je partner", minimum=1, maximum=60, voorbeeld="8", verplicht=False,
                   te_laag="Vul minstens 1 uur per week in.", te_hoog="Vul 60 uur per week of minder in.",
                   label="Of: hoeveel uur per week werkt je partner?")
    pul = GetalVeld(voor="€", naam="het bruto uurloon van je partner", minimum=1, maximum=500, voorbeeld="14,71",
                    verplicht=False, te_laag="Vul een uurloon van minstens 1 euro in.",
                    te_hoog="Vul een uurloon van 500 euro of minder in.",
                    label="Uurloon van je partner (bruto), in euro")
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
            self.add_error(veld, "Vul de uren per week én het bruto uurloon van je partner in, of laat allebei leeg.")
        elif pu is not None and pbm:
            self.add_error("pbm", "Vul het loon van je partner op één manier in: per maand, of uren en uurloon.")
        if "ml" in self.fields and "ml" not in self.errors and data.get("ml") is not None:
            klopt_dit(self, "ml", plausibel.bedrag(self.data.get("ml"), data["ml"], "Je loon is",
                                                   self.fields["ml"].maximum))
        if "pbm" in self.fields and "pbm" not in self.errors and data.get("pbm"):  # 0 or empty: no work
            klopt_dit(self, "pbm", plausibel.bedrag(self.data.get("pbm"), data["pbm"], "Het loon van je partner is",
                                                    self.fields["pbm"].maximum))
        return data

    @property
    def per_maand(self) -> bool:
        bron = self.data if self.is_bound else self.antwoorden
        return bron.get("wv") == "maand"


class WerkpatroonForm(Vraag):
    """When the work starts, how the salary is paid, and whether the hours change from month to month."""

    titel = "Hoe krijg je je loon?"
    waarom = ("Je loon en je bijstand komen niet altijd in dezelfde maand. Zo rekenen we uit wat er elke maand op je "
              "rekening komt. Weet je iets niet? Laat dan staan wat er al is ingevuld.")
    standaard = {"bt": "maand", "vg": "mei", "wp": "ja"}
    toon_als = {"ulo": "wisselend", "uhi": "wisselend"}

    st = MaandVeld(eerste=dt.date(dt.date.today().year - 1, 1, 1), laatste=dt.date(dt.date.today().year + 3, 12, 1),
                   met_dag=True, required=False, label="Wanneer begin je met dit werk?",
                   help_text="Een maand, bijvoorbeeld 03-2027, of je eerste werkdag, bijvoorbeeld 05-01-2027. De dag "
                             "telt bij loon per 4 weken of per week: daarmee beginnen de perioden. Werk je al? Vul dan in "
                             "wanneer je begon. Leeg is deze maand.")
    bt = Keuze(keuzes=[("maand", "Per maand"), ("vier_weken", "Per 4 weken (13 keer per jaar)"), ("week", "Per week")],
               melding="Kies hoe vaak je loon krijgt.", label="Hoe vaak krijg je loon?",
               help_text="Het staat in je contract of op je loonstrook.")
    vg = Keuze(keuzes=[("mei", "Eén keer per jaar, in mei"), ("juni", "Eén keer per jaar, in juni"),
                       ("per_maand", "Bij elk loon (dat is vaak zo bij uitzendwerk)")],
               melding="Kies wanneer je vakantiegeld krijgt.", label="Wanneer krijg je vakantiegeld?")
    wp = Keuze(keuzes=[("ja", "Ja, ongeveer evenveel"), ("nee", "Nee, het wisselt")],
               melding="Kies ja of nee.", label="Werk je elke maand ongeveer evenveel uren?")
    ulo = GetalVeld(naam="het aantal uren in een rustige maand", minimum=0, maximum=60, verplicht=False,
                    voorbeeld="10", te_hoog="Vul 60 uur per week of minder in.", te_laag="Vul 0 uur of meer in.",
                    label="Uren per week in een rustige maand", help_text="Alleen invullen als je uren wisselen.")
    uhi = GetalVeld(naam="het aantal uren in een drukke maand", minimum=0, maximum=60, verplicht=False,
                    voorbeeld="30", te_hoog="Vul 60 uur per week of minder in.", te_laag="Vul 0 uur of meer in.",
                    label="Uren per week in een drukke maand", help_text="Alleen invullen als je uren wisselen.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.antwoorden.get("wv") == "maand":
            del self.fields["ulo"], self.fields["uhi"]

    def clean(self):
        data = super().clean()
        if data.get("wp") == "nee" and "ulo" in self.fields:
            for veld, wat in (("ulo", "rustige"), ("uhi", "drukke")):
                if data.get(veld) is None and veld not in self.errors:
                    self.add_error(veld, f"Vul in hoeveel uur per week je in een {wat} maand werkt.")
        if data.get("wp") != "nee":
            data["ulo"] = data["uhi"] = None
        return data


OPVANG_SOORTEN = [("geen", "Geen kinderopvang"), ("dagopvang", "Kinderdagverblijf (dagopvang)"),
                  ("bso", "Buitenschoolse opvang (bso)"), ("gastouder", "Gastouder")]


def kinderen(antwoorden: dict[str, str]) -> tuple[int, ...]:
    """The children's ages as the children question reads them (empty when that answer is missing or wrong)."""
    form = KinderenForm({"kk": antwoorden.get("kk", "")}, antwoorden=antwoorden)
    return form.cleaned_data["kk"] if form.is_valid() else ()


class KinderopvangForm(Vraag):
    """Per child: which kind of childcare, how many hours a month and the price per hour (o1/ou1/op1, o2/...)."""

    titel = "Gaan je kinderen naar de kinderopvang?"
    waarom = ("Als je werkt, betaalt de Belastingdienst een groot deel van de kinderopvang. Dat heet "
              "kinderopvangtoeslag. Die is er tot je kind naar de middelbare school gaat. Wat je zelf betaalt, halen "
              "we af van wat je overhoudt.")
    standaard = {f"o{i}": "geen" for i in range(1, MAX_KINDEREN + 1)}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.kinderen = kinderen(self.antwoorden)
        for i, leeftijd in enumerate(self.kinderen, start=1):
            kind = f"je kind van {leeftijd}"
            self.fields[f"o{i}"] = Keuze(keuzes=OPVANG_SOORTEN, melding="Kies welke opvang, of geen kinderopvang.",
                                         label=f"Welke opvang heeft {kind}?", initial="geen")
            self.fields[f"ou{i}"] = GetalVeld(
                naam="het aantal uren per maand", minimum=1, maximum=MAX_UREN_OPVANG, verplicht=False,
                voorbeeld="80", label=f"Hoeveel uur per maand gaat {kind} naar de opvang?",
                te_hoog=f"Een maand heeft hoogstens {MAX_UREN_OPVANG} uur.",
                help_text="Het staat op je contract of de rekening van de opvang. Bijvoorbeeld 80.")
            self.fields[f"op{i}"] = GetalVeld(
                naam="de prijs per uur", voor="€", minimum=Decimal("0.01"), maximum=MAX_UURPRIJS_OPVANG,
                verplicht=False, voorbeeld="10,50", label=f"Wat kost een uur opvang voor {kind}? In euro.",
                help_text="Bijvoorbeeld 10,50.")
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
            for veld, wat in ((f"ou{i}", "hoeveel uur per maand je kind naar de opvang gaat"),
                              (f"op{i}", "wat een uur opvang kost")):
                if data.get(veld) is None and veld not in self.errors:
                    self.add_error(veld, f"Vul in {wat}.")
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
    titel = "Heb je al eerder een vrijlating gehad?"
    waarom = ("Met een inkomstenvrijlating mag je een deel van je loon houden, naast je bijstand. "
              "Dat kan maar een beperkt aantal maanden. Weet je het niet? Laat dan staan wat er al is ingevuld.")
    # "Weet ik niet": never had one, not medisch urenbeperkt. The result page says so.
    standaard = {"vm": "0", "med": "nee"}

    vm = GetalVeld(
        naam="het aantal maanden", minimum=0, maximum=600, geheel=True, voorbeeld="0",
        te_laag="Het aantal maanden kan niet lager zijn dan 0.",
        te_hoog="Vul een aantal maanden van 600 of minder in.",
        verplicht_melding="Vul het aantal maanden in. Weet je het niet, of nooit gehad? Vul 0 in.",
        label="Hoeveel maanden heb je al een inkomstenvrijlating gehad?",
        help_text=("Tel alleen de maanden sinds je huidige bijstand begon. Nooit gehad of weet je het niet? "
                   "Vul 0 in. Je klantmanager kan het je vertellen."),
    )
    med = Keuze(
        keuzes=[("nee", "Nee"), ("ja", "Ja")],
        melding="Kies ja of nee.",
        label="Kun je door je gezondheid minder uren werken?",
        help_text=("Dit heet medisch urenbeperkt. Een arts heeft dan vastgesteld dat je niet "
                   "volledig kunt werken. Dan gelden andere regels voor de vrijlating."),
    )
    pvm = GetalVeld(
        naam="het aantal maanden van je partner", minimum=0, maximum=600, geheel=True, voorbeeld="0",
        verplicht=False, te_laag="Het aantal maanden kan niet lager zijn dan 0.",
        te_hoog="Vul een aantal maanden van 600 of minder in.",
        label="Hoeveel maanden heeft je partner al een inkomstenvrijlating gehad?",
        help_text=("Je partner werkt ook. Ook je partner mag een deel van het loon houden, een beperkt aantal "
                   "maanden. Weet je het niet? Laat het leeg. Dan rekenen we met hetzelfde aantal als bij jou."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if not (self.met_partner and partner_werkt(self.antwoorden)):
            del self.fields["pvm"]


class GiftenForm(Vraag):
    titel = "Hoeveel giften heb je dit jaar gekregen?"
    waarom = "Je mag per jaar een bedrag aan giften krijgen naast je bijstand. Zo weet je hoeveel er nog bij kan."

    gf = GetalVeld(
        naam="het bedrag aan giften", voor="€", minimum=0, maximum=1_000_000, voorbeeld="300",
        te_laag="Het bedrag kan niet negatief zijn. Niets gekregen? Vul 0 in of laat het leeg.",
        te_hoog="Vul een kleiner bedrag in.",
        verplicht=False,
        label="Giften dit jaar, samen, in euro",
        help_text=("Tel alles bij elkaar op: geld, boodschappen, en rekeningen die iemand voor je betaalde. "
                   "Bijvoorbeeld boodschappen van je moeder. Niets gekregen? Vul 0 in of laat het leeg."),
    )
    gfm = MaandVeld(eerste=dt.date(dt.date.today().year - 1, 1, 1), laatste=dt.date(dt.date.today().year + 3, 12, 1),
                    required=False, label="In welke maand kreeg je het meeste? (mag leeg)",
                    help_text=("Bijvoorbeeld 03-2026. Komt er een gift boven de grens, dan telt die als inkomen van die "
                               "maand. Leeg is deze maand."))
    gfok = bevestig_veld()  # an amount written as "1,500" that the person confirmed

    def clean(self):
        data = super().clean()
        if "gf" not in self.errors and data.get("gf") is not None:
            klopt_dit(self, "gf", plausibel.bedrag(self.data.get("gf"), data["gf"], "Het bedrag aan giften is",
                                                   self.fields["gf"].maximum, laag=plausibel.GEEN_GRENS,
                                                   periode="dit jaar"))
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
        self.error_messages["max_length"] = "Vul alleen de naam van je gemeente in, bijvoorbeeld Utrecht."
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
            raise ValidationError("Deze gemeente kennen we (nog) niet. Kijk of de naam goed is geschreven. Staat je "
                                  "gemeente er niet bij? Laat het vak leeg: dan rekenen we met de landelijke regels.",
                                  code="onbekend")
        return gemeente.code

    def prepare_value(self, value):
        gemeente = regels.gemeenten.zoek(value) if value else None
        return regels.gemeenten.weergavenaam(gemeente) if gemeente else value


class GemeenteForm(Vraag):
    titel = "In welke gemeente woon je?"
    waarom = ("Je gemeente beslist zelf over een paar dingen, zoals de giftengrens, premies en regelingen voor een "
              "laag inkomen. Weet je het niet, of wil je het niet zeggen? Laat het leeg en ga verder.")
    standaard = {"gm": ""}  # skipping is an answer: then the national rules apply

    gm = GemeenteVeld(label="Je gemeente",
                      help_text="Typ de naam van je gemeente, bijvoorbeeld Den Haag. Dit mag je leeg laten.")


def _kosten_veld(naam: str, geen: str, voorbeeld: str, label: str, help_text: str) -> GetalVeld:
    """An amount of money per month for the costs of working; 0 when there is none."""
    return GetalVeld(naam=naam, voor="€", minimum=0, maximum=MAX_NETTO_PER_MAAND, voorbeeld=voorbeeld,
                     te_laag=f"Dit bedrag kan niet negatief zijn. {geen}? Vul 0 in.",
                     te_hoog="Vul een kleiner bedrag in.",
                     verplicht_melding=f"Vul {naam} in. {geen}? Vul 0 in.", label=label, help_text=help_text)


class KostenWerkForm(Vraag):
    titel = "Wat kost werken je per maand?"
    waarom = ("Naar je werk reizen of werkkleding kopen kost geld. Zo zie je wat je echt overhoudt. "
              "Weet je het niet? Laat 0 staan.")
    standaard = {"kr": "0", "kv": "0", "ko": "0"}

    kr = _kosten_veld("je reiskosten", "Geen reiskosten", "60", "Reiskosten per maand, in euro",
                      "Bijvoorbeeld je bus- of treinkaartje, of benzine voor je auto.")
    kv = _kosten_veld("de vergoeding", "Geen vergoeding", "40",
                      "Reiskostenvergoeding van je werkgever per maand, in euro",
                      "Wat je werkgever je voor reizen terugbetaalt, naast je loon. Meestal is die belastingvrij en "
                      "gaat hij niet van je bijstand af.")
    ko = _kosten_veld("de andere kosten", "Geen andere kosten", "15", "Andere kosten van werken per maand, in euro",
                      "Bijvoorbeeld werkkleding, gereedschap of extra uren oppas.")
    # Amounts written as "1,100" that the person confirmed (small costs are normal: only the notation is asked).
    krok, kvok, kook = bevestig_veld(), bevestig_veld(), bevestig_veld()
    BEDRAGEN = {"kr": "Je reiskosten zijn", "kv": "De vergoeding is", "ko": "De andere kosten zijn"}

    def clean(self):
        data = super().clean()
        for veld, wat in self.BEDRAGEN.items():
            if veld not in self.errors and data.get(veld) is not None:
                klopt_dit(self, veld, plausibel.bedrag(self.data.get(veld), data[veld], wat, self.fields[veld].maximum,
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
        self.error_messages["max_length"] = self.error_messages["invalid"] = (
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
            raise ValidationError(f"Met deze datum kunnen we niet rekenen. Kies een datum van {datum_tekst(eerste)} "
                                  f"tot en met {datum_tekst(laatste)}.", code="max")
        return datum

    def prepare_value(self, value):
        datum = value if isinstance(value, dt.date) else self.lees(value) if value else None
        return datum.strftime("%d-%m-%Y") if datum else value


class AanpassenForm(forms.Form):
    """The small form on the result page: hours, wage, other scenarios, peildatum."""

    s1 = GetalVeld(naam="het aantal uren van de 2e keuze", minimum=0, maximum=60, verplicht=False,
                   te_hoog="Vul 60 uur per week of minder in.", te_laag="Vul 0 uur of meer in.",
                   label="Vergelijk ook met (uren)")
    s2 = GetalVeld(naam="het aantal uren van de 3e keuze", minimum=0, maximum=60, verplicht=False,
                   te_hoog="Vul 60 uur per week of minder in.", te_laag="Vul 0 uur of meer in.",
                   label="en met (uren)")
    s3 = GetalVeld(naam="het aantal uren van de 4e keuze", minimum=0, maximum=60, verplicht=False,
                   te_hoog="Vul 60 uur per week of minder in.", te_laag="Vul 0 uur of meer in.",
                   label="en met (uren)")
    pd = DatumVeld(required=False, label="Rekenen voor de datum",
                   help_text=("Schrijf de datum als dag-maand-jaar, bijvoorbeeld 01-03-2027. Leeg is vandaag. "
                              "Kies een datum in de toekomst om met de regels van dat moment te rekenen."))
    # Asked only beside a premie of the gemeente that needs it (resultaat/_gemeente.html); empty: not known.
    bm = GetalVeld(naam="het aantal maanden", minimum=0, maximum=600, geheel=True, verplicht=False,
                   te_laag="Vul 0 maanden of meer in.", te_hoog="Vul 600 maanden of minder in.",
                   label="Hoe lang heb je al bijstand? (in maanden)",
                   help_text="Weet je het niet? Laat het leeg. Dan zeggen we: vraag je gemeente.")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "id_%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_pd(self):
        return self.cleaned_data.get("pd") or dt.date.today()


class PeildatumForm(forms.Form):
    """The date on the page with every amount and its source."""

    pd = DatumVeld(required=False, label="Bedragen op een andere datum",
                   help_text="Schrijf de datum als dag-maand-jaar, bijvoorbeeld 01-01-2027.")

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "id_%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)


VERREKENINGEN = [
    ("volgende_maand", "Achteraf: je loon gaat de maand erna van je bijstand af"),
    ("zelfde_maand", "Op de maand: je bijstand komt pas als je je loonstrook hebt ingeleverd"),
    ("schatten", "Met een schatting: de gemeente schat je loon, het verschil komt de maand erna"),
]
VIER_WEKEN = [
    ("dertien_twaalfde", "Elke maand 13/12 van je loon per 4 weken"),
    ("per_betaling", "Elke betaling in de maand waarin je hem krijgt"),
    ("werkdagen", "Verdeeld over de werkdagen van elke maand"),
]


class VerrekeningForm(forms.Form):
    """How the gemeente settles income (its own policy): on the result page, beside the month view."""

    standaard = {"gv": VERREKENINGEN[0][0], "gw": VIER_WEKEN[0][0]}

    gv = Keuze(keuzes=VERREKENINGEN, melding="Kies hoe je gemeente je loon verrekent.", required=False,
               label="Hoe verrekent jouw gemeente je loon?",
               help_text=("Dit beslist je gemeente. Weet je het niet? Dan rekenen we met achteraf verrekenen. "
                          "Vraag je klantmanager hoe jouw gemeente het doet."))
    gw = Keuze(keuzes=VIER_WEKEN, melding="Kies hoe je gemeente loon per 4 weken telt.", required=False,
               label="Hoe telt je gemeente loon per 4 weken?",
               help_text="Weet je het niet? Dan rekenen we met 13/12: zo doen de meeste gemeenten het.")

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
    ul = _kopie(WerkForm.base_fields["ul"], required=False, label="Bruto uurloon",
                help_text="Leeg: hetzelfde uurloon als nu.")
    ml = _kopie(WerkForm.base_fields["ml"], required=False, label="Loon per maand", help_text="Zonder vakantiegeld.")
    mt = _kopie(WerkForm.base_fields["mt"], required=False)
    # Each offer on its own calendar: its first month and how often it pays (empty: as in the answers).
    st = _kopie(WerkpatroonForm.base_fields["st"], required=False, label="Eerste maand van dit werk",
                help_text="Bijvoorbeeld 03-2027. Leeg: zoals in je antwoorden.")
    bt = _kopie(WerkpatroonForm.base_fields["bt"], required=False, help_text="Leeg: zoals in je antwoorden.")
    mlok = bevestig_veld()

    def __init__(self, *args, nummer: int, eigen_uurloon: Decimal | None = None, **kwargs):
        kwargs.setdefault("auto_id", "id_%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, prefix=f"a{nummer}", **kwargs)
        self.nummer = nummer
        self.naam = f"Aanbod {nummer}"
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
                self.add_error("ml", "Vul uren en uurloon in, of een loon per maand. Niet allebei.")
                return data
            data["mt"] = data.get("mt") or "bruto"
            klopt_dit(self, "ml", plausibel.bedrag(self.data.get(self.add_prefix("ml")), maandloon, "Het loon is",
                                                   self.fields["ml"].maximum))
        elif uren is None:
            self.add_error("u", "Vul het aantal uren per week in.")
        elif uurloon is None:
            if self.eigen_uurloon is None:
                self.add_error("ul", "Vul het bruto uurloon in.")
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
