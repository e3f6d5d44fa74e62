"""The glossary: the Dutch words a person meets in letters from the gemeente and Dienst Toeslagen.

The words stay Dutch in every language (they are what the letters say); only the short explanation is translated,
in each language's catalogue. Used by /woorden/, the result page and the PDF.
"""

from __future__ import annotations

from typing import NamedTuple

from django.utils.functional import Promise
from django.utils.text import slugify
from django.utils.translation import gettext_lazy


class Woord(NamedTuple):
    woord: str  # the Dutch word, never translated
    uitleg: Promise  # a short explanation in plain language (B1), translated
    ook: tuple[str, ...] = ()  # other Dutch words for the same thing, as letters may use them

    @property
    def anker(self) -> str:
        """The id of the word on /woorden/, so another page can link to it."""
        return f"woord-{slugify(self.woord)}"


WOORDEN: tuple[Woord, ...] = (
    # Translators: glossary: explains the Dutch word "aanvullende bijstand"; it stays Dutch.
    # Translate only the explanation.
    Woord("aanvullende bijstand", gettext_lazy(
        "Bijstand die je krijgt naast je loon. Je loon is dan te laag om van te leven, en de gemeente vult "
        "het aan.")),
    # Translators: glossary: explains the Dutch word "bijstand"; it stays Dutch.
    # Translate only the explanation.
    Woord("bijstand", gettext_lazy(
        "Geld van de gemeente als je niet genoeg inkomen hebt om van te leven. De regels staan in de "
        "Participatiewet.")),
    # Translators: glossary: explains the Dutch word "bijstandsnorm"; it stays Dutch.
    # Translate only the explanation.
    Woord("bijstandsnorm", gettext_lazy(
        "Het bedrag dat je volgens de wet per maand nodig hebt om van te leven. Hoe hoog het is, hangt af van"
        " je leeftijd en met wie je woont.")),
    # Translators: glossary: explains the Dutch word "bruto loon" (gross wage); it stays Dutch.
    # Translate only the explanation.
    Woord("bruto loon", gettext_lazy(
        "Je loon voordat de belasting en de premies eraf gaan. Het staat op je loonstrook.")),
    # Translators: glossary: explains the Dutch word "bufferbudget"; it stays Dutch.
    # Translate only the explanation.
    Woord("bufferbudget", gettext_lazy(
        "Geld van de gemeente voor een maand waarin je door wisselend loon te weinig hebt. Vraag je gemeente "
        "of je het kunt krijgen.")),
    # Translators: glossary: explains the Dutch word "Dienst Toeslagen"; it stays Dutch.
    # Translate only the explanation.
    Woord("Dienst Toeslagen", gettext_lazy(
        "De dienst van de overheid die de toeslagen betaalt, zoals zorgtoeslag en huurtoeslag. Vroeger heette"
        " dit Belastingdienst/Toeslagen.")),
    # Translators: glossary: explains the Dutch word "gemeente" (municipality); it stays Dutch.
    # Translate only the explanation.
    Woord("gemeente", gettext_lazy(
        "De gemeente waar je woont. De gemeente betaalt je bijstand en beslist erover.")),
    # Translators: glossary: explains the Dutch word "giftengrens"; it stays Dutch.
    # Translate only the explanation.
    Woord("giftengrens", gettext_lazy(
        "Hoeveel giften je per jaar mag krijgen zonder dat je bijstand lager wordt. Een gift is bijvoorbeeld "
        "geld of boodschappen van familie.")),
    # Translators: glossary: explains the Dutch word "huurtoeslag"; it stays Dutch.
    # Translate only the explanation.
    Woord("huurtoeslag", gettext_lazy(
        "Geld van Dienst Toeslagen om je huur te helpen betalen. Hoeveel je krijgt, hangt af van je huur en "
        "je inkomen.")),
    # Translators: glossary: explains the Dutch word "jaaropgaaf" (annual statement); it stays Dutch.
    # Translate only the explanation.
    Woord("jaaropgaaf", gettext_lazy(
        "Een overzicht van wat je in een jaar hebt verdiend of gekregen. Je krijgt het van je werkgever en van "
        "de gemeente.")),
    # Translators: glossary: explains the Dutch word "kale huur" (basic rent); it stays Dutch.
    # Translate only the explanation.
    Woord("kale huur", gettext_lazy(
        "Je huur zonder servicekosten en zonder water en energie. Het staat in je huurcontract.")),
    # Translators: glossary: explains the Dutch word "kindgebonden budget"; it stays Dutch.
    # Translate only the explanation.
    Woord("kindgebonden budget", gettext_lazy(
        "Geld van Dienst Toeslagen voor ouders, voor de kosten van hun kinderen. Hoeveel je krijgt, hangt af "
        "van je inkomen.")),
    # Translators: glossary: explains the Dutch word "kinderbijslag" (child benefit); it stays Dutch.
    # Translate only the explanation.
    Woord("kinderbijslag", gettext_lazy(
        "Geld van de SVB voor de kosten van je kinderen. Het hangt niet af van je inkomen.")),
    # Translators: glossary: explains the Dutch word "kinderopvangtoeslag"; it stays Dutch.
    # Translate only the explanation.
    Woord("kinderopvangtoeslag", gettext_lazy(
        "Geld van Dienst Toeslagen voor de kosten van kinderopvang als je werkt. Je moet het zelf aanvragen.")),
    # Translators: glossary: explains the Dutch word "klantmanager" (who handles your bijstand at the gemeente);
    # it stays Dutch.
    # Translate only the explanation.
    Woord("klantmanager", gettext_lazy(
        "Je vaste contactpersoon bij de gemeente. Je klantmanager regelt je bijstand en helpt je bij vragen over "
        "werk.")),
    # Translators: glossary: explains the Dutch word "kostendeler"; it stays Dutch.
    # Translate only the explanation.
    Woord("kostendeler", gettext_lazy(
        "Een volwassene die in hetzelfde huis woont als jij. Woon je met andere volwassenen, dan krijg je "
        "meestal minder bijstand, omdat je kosten kunt delen.")),
    # Translators: glossary: explains the Dutch word "loonstrook" (payslip); it stays Dutch.
    # Translate only the explanation.
    Woord("loonstrook", gettext_lazy(
        "Het overzicht dat je werkgever je bij elk loon geeft. Je ziet er je bruto loon, wat eraf gaat en je "
        "netto loon.")),
    # Translators: glossary: explains the Dutch word "minimumloon" (minimum wage); it stays Dutch.
    # Translate only the explanation.
    Woord("minimumloon", gettext_lazy(
        "Het laagste loon dat een werkgever je volgens de wet mag betalen. Het bedrag verandert regelmatig.")),
    # Translators: glossary: explains the Dutch word "netto loon" (net wage); it stays Dutch.
    # Translate only the explanation.
    Woord("netto loon", gettext_lazy(
        "Het loon dat je echt op je bankrekening krijgt. De belasting en de premies zijn er al af.")),
    # Translators: glossary: explains the Dutch word "peildatum" (the reference date of a calculation); it stays Dutch.
    # Translate only the explanation.
    Woord("peildatum", gettext_lazy(
        "De datum waarvan we de regels en bedragen gebruiken. Regels en bedragen veranderen soms, daarom is "
        "de datum belangrijk.")),
    # Translators: glossary: explains the Dutch word "terugvordering" (claim to pay back); it stays Dutch.
    # Translate only the explanation.
    Woord("terugvordering", gettext_lazy(
        "Geld dat je terug moet betalen, omdat je te veel hebt gekregen. De gemeente of Dienst Toeslagen vraagt "
        "het dan terug.")),
    # Translators: glossary: explains the Dutch word "toeslag" (allowance); it stays Dutch.
    # Translate only the explanation.
    Woord("toeslag", gettext_lazy(
        "Geld van Dienst Toeslagen voor vaste kosten, zoals je zorgverzekering, je huur of je kinderen. Je "
        "krijgt het vooraf, elke maand.")),
    # Translators: glossary: explains the Dutch word "toeslagpartner"; it stays Dutch.
    # Translate only the explanation.
    Woord("toeslagpartner", gettext_lazy(
        "De persoon met wie je samen toeslagen krijgt, meestal je partner. Het inkomen van jullie allebei "
        "telt mee.")),
    # Translators: glossary: explains the Dutch word "toetsingsinkomen"; it stays Dutch.
    # Translate only the explanation.
    Woord("toetsingsinkomen", gettext_lazy(
        "Je inkomen in een heel jaar, waarmee Dienst Toeslagen je toeslagen uitrekent. Ook je bijstand telt "
        "mee.")),
    # Translators: glossary: explains the Dutch word "uitstroompremie"; it stays Dutch.
    # Translate only the explanation.
    Woord("uitstroompremie", gettext_lazy(
        "Geld dat sommige gemeenten geven als je door werk geen bijstand meer nodig hebt. Vraag je gemeente "
        "of zij dit geven.")),
    # Translators: glossary: explains the Dutch word "vakantiegeld" (holiday pay); it stays Dutch.
    # Translate only the explanation.
    Woord("vakantiegeld", gettext_lazy(
        "Extra geld dat je één keer per jaar krijgt, meestal in mei of juni. Je krijgt het bij je loon en ook"
        " bij je bijstand.")),
    # Translators: glossary: explains the Dutch word "verrekening"; it stays Dutch.
    # Translate only the explanation.
    Woord("verrekening", gettext_lazy(
        "De gemeente haalt je loon van je bijstand af. Dat gebeurt vaak een maand later dan je je loon "
        "krijgt.")),
    # Translators: glossary: explains the Dutch words "vrijlating" and "inkomstenvrijlating"; they stay Dutch.
    # Translate only the explanation.
    Woord("vrijlating", gettext_lazy(
        "Een deel van je loon dat je mag houden naast je bijstand. Dat deel haalt de gemeente niet van je "
        "bijstand af."), ook=("inkomstenvrijlating",)),
    # Translators: glossary: explains the Dutch word "zorgtoeslag"; it stays Dutch.
    # Translate only the explanation.
    Woord("zorgtoeslag", gettext_lazy(
        "Geld van Dienst Toeslagen om je zorgverzekering te helpen betalen. Hoeveel je krijgt, hangt af van "
        "je inkomen.")),
)
