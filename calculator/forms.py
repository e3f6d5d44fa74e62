"""Django forms: one per question page, plus the small form on the result page.

The field names are the short query parameters of `calculator.antwoorden`,
so a form can be bound to the answers in the URL directly. The forms only
check that an answer is usable (a number, within sensible bounds); they
hold no rule. The bounds are the same as those the rules package accepts.

Messages are in plain Dutch (B1) and say what to do, GOV.UK style.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from django import forms
from django.core.exceptions import ValidationError

import regels

# Shown in a question; read from the rules' data (art. 19a Participatiewet), not a rule of the web app.
KOSTENDELER_LEEFTIJD = int(regels.waarde(regels.KOSTENDELER_LEEFTIJD, dt.date.today()))

# A number as people type it: "14,71", "14.71", "€ 1.100", "1.100,50", "650".
_DUIZENDTALLEN = re.compile(r"^\d{1,3}(\.\d{3})+$")


def lees_getal(tekst: str) -> Decimal | None:
    """Read a Dutch or plain number; None when it is not a number."""
    schoon = re.sub(r"[\s\u00a0€]", "", tekst).replace("\u2212", "-")
    if "," in schoon:
        schoon = schoon.replace(".", "").replace(",", ".")
    elif _DUIZENDTALLEN.match(schoon.lstrip("-")):
        schoon = schoon.replace(".", "")
    if not re.fullmatch(r"-?\d+(\.\d+)?", schoon):
        return None
    try:
        return Decimal(schoon)
    except InvalidOperation:
        return None


def getal_tekst(waarde: Decimal) -> str:
    """Canonical form for the URL: '14.71', '650', '0'."""
    tekst = format(waarde.normalize(), "f")
    return "0" if tekst in {"-0", ""} else tekst


def getal_nl(waarde: str) -> str:
    """How a stored number is shown back in a text box: '14.71' -> '14,71'."""
    return waarde.replace(".", ",")


class GetalVeld(forms.CharField):
    """A number typed as text (inputmode decimal/numeric), with Dutch messages.

    Returns the canonical string (e.g. '14.71'), so answers travel unchanged
    through the URL. `leeg` is what an empty answer means (None: required).
    """

    def __init__(self, *, naam: str, minimum: float, maximum: float, geheel: bool = False,
                 voorbeeld: str = "", te_laag: str = "", te_hoog: str = "", leeg: str | None = None,
                 verplicht_melding: str = "", voor: str = "", **kwargs):
        self.naam = naam
        self.voor = voor  # shown before the box, e.g. "€" (the label says "in euro" as well)
        self.minimum = Decimal(str(minimum))
        self.maximum = Decimal(str(maximum))
        self.geheel = geheel
        self.voorbeeld = voorbeeld
        self.te_laag = te_laag
        self.te_hoog = te_hoog
        self.leeg = leeg
        kwargs.setdefault("required", leeg is None)
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
            return self.leeg
        getal = lees_getal(tekst)
        voorbeeld = f", bijvoorbeeld {self.voorbeeld}" if self.voorbeeld else ""
        if getal is None:
            raise ValidationError(f"Vul {self.naam} in met alleen cijfers{voorbeeld}.", code="invalid")
        if self.geheel and getal != getal.to_integral_value():
            raise ValidationError(f"Vul {self.naam} in als heel getal, zonder komma{voorbeeld}.", code="invalid")
        if not self.geheel and getal != getal.quantize(Decimal("0.01")):
            raise ValidationError(f"Vul {self.naam} in met hoogstens 2 cijfers na de komma.", code="invalid")
        if getal < self.minimum:
            raise ValidationError(self.te_laag or f"{self.naam.capitalize()} is te laag.", code="min")
        if getal > self.maximum:
            raise ValidationError(self.te_hoog or f"{self.naam.capitalize()} is te hoog.", code="max")
        return getal_tekst(getal)


class Keuze(forms.ChoiceField):
    """Radio buttons with a Dutch 'choose one' message."""

    def __init__(self, *, keuzes, melding: str, **kwargs):
        super().__init__(choices=keuzes, widget=forms.RadioSelect, **kwargs)
        self.error_messages["required"] = melding
        self.error_messages["invalid_choice"] = melding


class Vraag(forms.Form):
    """Base class of a question page.

    - `titel`: the question, shown as the page's h1.
    - `waarom`: one line that says why we ask it.
    - `antwoorden`: all answers so far (some questions depend on the leefvorm).
    """

    titel = ""
    waarom = ""

    def __init__(self, *args, antwoorden: dict[str, str] | None = None, **kwargs):
        kwargs.setdefault("auto_id", "id_%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)
        self.antwoorden = antwoorden or {}

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
    waarom = "De bijstand is anders voor iemand alleen, voor een stel en voor een ouder met kinderen."
    lv = Keuze(keuzes=LEEFVORMEN, melding="Kies hoe je woont.", label="Hoe woon je?")


class LeeftijdForm(Vraag):
    titel = "Hoe oud ben je?"
    waarom = "Je leeftijd telt mee voor de bijstand, het minimumloon en de zorgtoeslag."

    lt = GetalVeld(naam="je leeftijd", minimum=18, maximum=120, geheel=True, voorbeeld="35",
                   te_laag="Deze rekenhulp is voor mensen van 18 jaar en ouder.",
                   te_hoog="Vul een leeftijd van 120 jaar of jonger in.",
                   label="Je leeftijd", help_text="In jaren.")
    plt = GetalVeld(naam="de leeftijd van je partner", minimum=18, maximum=120, geheel=True,
                    voorbeeld="34",
                    te_laag="Vul een leeftijd van 18 jaar of ouder in voor je partner.",
                    te_hoog="Vul een leeftijd van 120 jaar of jonger in voor je partner.",
                    label="De leeftijd van je partner", help_text="In jaren.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.met_partner:
            self.titel = "Hoe oud zijn jullie?"
        else:
            del self.fields["plt"]


MAX_KINDEREN = 15


class KinderenForm(Vraag):
    titel = "Hoe oud zijn je kinderen?"
    waarom = "Voor kinderen jonger dan 18 krijg je kinderbijslag en misschien kindgebonden budget."

    kk = forms.CharField(
        label="Leeftijden van je kinderen jonger dan 18",
        help_text="Zet een komma tussen de leeftijden. Bijvoorbeeld: 4, 9. Een baby is 0.",
        max_length=100,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        veld = self.fields["kk"]
        veld.widget.attrs.update({"inputmode": "text", "autocomplete": "off", "spellcheck": "false"})
        if self.met_partner:
            self.titel = "Hebben jullie kinderen jonger dan 18?"
            veld.required = False
            veld.help_text = ("Zet een komma tussen de leeftijden. Bijvoorbeeld: 4, 9. "
                              "Geen kinderen jonger dan 18? Laat dit leeg.")
        veld.error_messages["required"] = "Vul de leeftijd van je kinderen in."
        veld.error_messages["max_length"] = "Vul alleen de leeftijden in, met een komma ertussen."

    def clean_kk(self) -> str:
        tekst = self.cleaned_data.get("kk", "")
        delen = [deel.strip() for deel in re.split(r"[,;\s]+", tekst) if deel.strip()]
        leeftijden = []
        for deel in delen:
            if not deel.isdigit():
                raise ValidationError("Vul de leeftijden in met alleen cijfers en komma's, bijvoorbeeld 4, 9.")
            leeftijd = int(deel)
            if leeftijd > 17:
                raise ValidationError("Vul alleen kinderen jonger dan 18 in. Een kind van 18 of ouder telt "
                                      "als volwassene in huis.")
            leeftijden.append(leeftijd)
        if len(leeftijden) > MAX_KINDEREN:
            raise ValidationError(f"Vul hoogstens {MAX_KINDEREN} kinderen in.")
        if not leeftijden and not self.met_partner:
            raise ValidationError("Vul de leeftijd van je kinderen in.")
        return ",".join(str(leeftijd) for leeftijd in leeftijden)


class HuisgenotenForm(Vraag):
    titel = "Wonen er nog andere volwassenen bij je?"
    waarom = "Woon je met andere volwassenen, dan kun je de kosten delen. Daardoor kan je bijstand lager zijn."

    kd = GetalVeld(
        naam="het aantal andere volwassenen", minimum=0, maximum=10, geheel=True, voorbeeld="1",
        te_laag="Het aantal kan niet lager zijn dan 0. Woont er niemand anders? Vul 0 in.",
        te_hoog="Vul een aantal van 10 of minder in.",
        verplicht_melding="Vul het aantal andere volwassenen in. Woont er niemand anders? Vul 0 in.",
        label=f"Hoeveel mensen van {KOSTENDELER_LEEFTIJD} jaar of ouder wonen er nog meer bij je?",
        help_text=("Bijvoorbeeld je zoon van 28 die bij je woont. Tel je partner niet mee, en ook niet "
                   "iemand die bij je huurt of een student met studiefinanciering. Niemand? Vul 0 in."),
    )


class HuurForm(Vraag):
    titel = "Hoeveel is je kale huur per maand?"
    waarom = "Je huur telt mee voor de huurtoeslag."

    hr = GetalVeld(voor="€", 
        naam="je kale huur", minimum=0, maximum=5000, voorbeeld="650",
        te_laag="De huur kan niet negatief zijn.",
        te_hoog="Vul een huur van 5.000 euro of minder in.",
        leeg="",
        label="Je kale huur per maand",
        help_text=("Kale huur is de huur zonder servicekosten, water en energie. "
                   "Het staat in je huurcontract."),
    )
    hrn = forms.BooleanField(required=False, label="Ik weet het niet, of ik huur niet")

    def clean(self):
        data = super().clean()
        if not self.errors and not data.get("hr") and not data.get("hrn"):
            self.add_error("hr", "Vul je kale huur in, of kies: ik weet het niet, of ik huur niet.")
        if data.get("hrn"):
            data["hr"] = ""
            self.errors.pop("hr", None)
        return data


class WerkForm(Vraag):
    """Work: hours x hourly wage (default), or a monthly wage (`wv` = bruto/netto)."""

    titel = "Hoeveel ga je werken?"
    waarom = "Met je uren en je loon rekenen we uit wat je overhoudt."

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
                    leeg="",
                    label="Bruto maandloon van je partner in euro (als je partner werkt)",
                    help_text="Werkt je partner niet? Laat dit leeg.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.per_maand:
            del self.fields["u"], self.fields["ul"]
        else:
            del self.fields["ml"], self.fields["mt"]
        if not self.met_partner:
            del self.fields["pbm"]

    @property
    def per_maand(self) -> bool:
        bron = self.data if self.is_bound else self.antwoorden
        return bron.get("wv") == "maand"


class VrijlatingForm(Vraag):
    titel = "Heb je al eerder een vrijlating gehad?"
    waarom = ("Met een inkomstenvrijlating mag je een deel van je loon houden, naast je bijstand. "
              "Dat kan maar een beperkt aantal maanden.")

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


class GiftenForm(Vraag):
    titel = "Hoeveel giften heb je dit jaar gekregen?"
    waarom = "Je mag per jaar een bedrag aan giften krijgen naast je bijstand. Zo weet je hoeveel er nog bij kan."

    gf = GetalVeld(
        naam="het bedrag aan giften", voor="€", minimum=0, maximum=1_000_000, voorbeeld="300",
        te_laag="Het bedrag kan niet negatief zijn. Niets gekregen? Vul 0 in.",
        te_hoog="Vul een kleiner bedrag in.",
        leeg="0",
        label="Giften dit jaar, samen, in euro",
        help_text=("Tel alles bij elkaar op: geld, boodschappen, en rekeningen die iemand voor je betaalde. "
                   "Bijvoorbeeld boodschappen van je moeder. Niets gekregen? Laat dit leeg of vul 0 in."),
    )


class DatumVeld(forms.DateField):
    def __init__(self, **kwargs):
        super().__init__(input_formats=["%Y-%m-%d", "%d-%m-%Y"], **kwargs)
        self.error_messages["invalid"] = "Vul een datum in als dag-maand-jaar, bijvoorbeeld 15-03-2026."


class AanpassenForm(forms.Form):
    """The small form on the result page: hours, wage, other scenarios, peildatum."""

    s1 = GetalVeld(naam="het aantal uren van de 2e keuze", minimum=0, maximum=60, leeg="",
                   te_hoog="Vul 60 uur per week of minder in.", te_laag="Vul 0 uur of meer in.",
                   label="Vergelijk ook met (uren)")
    s2 = GetalVeld(naam="het aantal uren van de 3e keuze", minimum=0, maximum=60, leeg="",
                   te_hoog="Vul 60 uur per week of minder in.", te_laag="Vul 0 uur of meer in.",
                   label="en met (uren)")
    s3 = GetalVeld(naam="het aantal uren van de 4e keuze", minimum=0, maximum=60, leeg="",
                   te_hoog="Vul 60 uur per week of minder in.", te_laag="Vul 0 uur of meer in.",
                   label="en met (uren)")
    pd = DatumVeld(required=False, label="Rekenen voor de datum",
                   help_text="Leeg is vandaag. Kies een datum in de toekomst om met de regels van dat moment te rekenen.",
                   widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"))

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("auto_id", "id_%s")
        kwargs.setdefault("label_suffix", "")
        super().__init__(*args, **kwargs)

    def clean_pd(self):
        return self.cleaned_data.get("pd") or dt.date.today()
