"""Finding Dutch sentences left in a page that should be in another language.

A page is cut into text runs: the text of each block element (a paragraph, a heading, a table cell, a label, an
option) with its inline elements, and each text attribute a person meets (aria-label, title, alt, placeholder,
data-label, the meta description). Left out: scripts and styles, and every element inside the page with
`lang="nl"`, which marks Dutch on purpose (a glossary word, a legal citation, the language switch's "Nederlands").

A run is a Dutch sentence when, after taking out the words that stay Dutch in every language (the glossary, the
gemeente names) and web addresses, three or more of its words are frequent Dutch words that are no words in
English, Turkish or Polish; or, in a short run (a heading, a label), two that are at least half of its words.
Arabic shares no word with Dutch at all.
"""

from __future__ import annotations

import functools
import re
from xml.etree.ElementTree import Element

import tinyhtml5  # WeasyPrint's HTML parser (a dependency of the PDF), HTML5's parsing rules

DREMPEL = 3  # this many Dutch words in one run make it a Dutch sentence
KORT = 2  # or, in a short run (a heading, a label, an error message), this many when they are half its words

# Frequent in Dutch, and no (common) word in English, Turkish or Polish. Left out on purpose, though frequent:
# de, en (Turkish "the most"), te, je, ze, na (Polish), is, in, of, die, met, over, door, week, per, later (English),
# dan (a Turkish suffix after an apostrophe: 2026'dan), van (English), kan (Turkish "blood"), mag, er, op.
NEDERLANDSE_WOORDEN = frozenset("""
    aan alle alleen als andere antwoorden bedrag bedragen bekijk berekening bij dat daarna deze dit dus eerst eerste
    elke gaan gaat geen gemiddeld goed heb hebben hebt heeft het hier hoe hoeveel houd houdt huur iemand iets ik
    ingevuld invoer invullen jaar jij jou jouw jullie kale kies kinderen klopt kloppen komt krijg krijgen krijgt kun
    kunnen kunt leeftijd loon maand maanden maar meer mensen minder mijn moet moeten naar niet niets nog nu ongeveer
    ons onze ook overhoudt rekenhulp samen terug uit uitkomst uren uur uurloon veel volgende voor vraag vragen vul
    waar wanneer wat weet wel welk welke werk werken werkt wij woon wonen woont wordt worden zijn ziet zonder
""".split())

# The glossary's words stay Dutch in every language (I18N.md); calculator/woordenlijst.py is the list once it exists.
WOORDENLIJST = (
    "bijstand", "aanvullende bijstand", "bijstandsnorm", "vrijlating", "inkomstenvrijlating", "toeslag",
    "toeslagen", "zorgtoeslag", "huurtoeslag", "kindgebonden budget", "kinderbijslag", "kinderopvangtoeslag",
    "jaaropgaaf", "klantmanager", "kostendeler", "toeslagpartner", "peildatum", "giftengrens", "bufferbudget",
    "Dienst Toeslagen", "gemeente", "loonstrook", "verrekening", "toetsingsinkomen", "uitstroompremie",
    "bruto loon", "netto loon", "minimumloon", "vakantiegeld", "terugvordering",
)

OVERSLAAN = frozenset({"script", "style", "template"})
INLINE = frozenset({
    "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "dfn", "em", "i", "kbd", "mark", "q", "s", "samp",
    "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr", "ins", "del", "output", "meter", "progress",
})
# data-label: the column name a narrow table shows before each cell (CSS content: attr(data-label)).
TEKST_ATTRIBUTEN = ("aria-label", "aria-description", "aria-roledescription", "title", "alt", "placeholder",
                    "data-label")
KNOP_TYPES = frozenset({"submit", "button", "reset"})
ADRES = re.compile(r"\b(?:https?://|www\.)\S+|\S+@\S+\.\w+|(?<!\S)/[\w/.\-?=&%]+")
WOORD = re.compile(r"[^\W\d_]+")
BIDI_ISOLATEN = re.compile("[\u2066-\u2069]")


@functools.lru_cache(maxsize=1)
def _vaste_namen() -> re.Pattern:
    """Every glossary word and gemeente name as one pattern, longest first (so "bruto loon" before "loon")."""
    import regels.gemeenten

    namen = set(WOORDENLIJST)
    try:
        from calculator.woordenlijst import WOORDEN
    except ImportError:
        pass
    else:
        namen.update(n for w in WOORDEN for n in (w.woord, *w.ook))
    for g in regels.gemeenten.alle_gemeenten():
        namen.update((g.naam, *g.ook, regels.gemeenten.weergavenaam(g)))
    gesorteerd = sorted(namen, key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, gesorteerd)) + r")(?!\w)", re.IGNORECASE)


def _woorden(tekst: str) -> list[str]:
    """The words of a text, once the glossary words, gemeente names and addresses are out."""
    return WOORD.findall(_vaste_namen().sub(" ", ADRES.sub(" ", tekst)).lower())


def is_nederlands(tekst: str) -> bool:
    woorden = _woorden(tekst)
    nederlands = sum(w in NEDERLANDSE_WOORDEN for w in woorden)
    return nederlands >= DREMPEL or (nederlands >= KORT and 2 * nederlands >= len(woorden))


def _naam(el: Element) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rsplit("}", 1)[-1].lower()


def _nederlands_gemarkeerd(el: Element) -> bool:
    """lang="nl" on an element inside the page (the page's own language, on <html>, is checked apart)."""
    lang = el.get("lang") or el.get("{http://www.w3.org/XML/1998/namespace}lang") or ""
    return lang.lower() == "nl" or lang.lower().startswith("nl-")


def tekstblokken(html: str) -> list[str]:
    """Every text run of the page (see the module's docstring), whitespace collapsed, bidi isolates taken out."""
    blokken: list[str] = []

    def attributen(el: Element) -> None:
        naam = _naam(el)
        for attr in TEKST_ATTRIBUTEN:
            if el.get(attr):
                blokken.append(el.get(attr))
        if naam == "meta" and (el.get("name") or "").lower() == "description" and el.get("content"):
            blokken.append(el.get("content"))
        if naam == "input" and (el.get("type") or "").lower() in KNOP_TYPES and el.get("value"):
            blokken.append(el.get("value"))

    def loop(el: Element, huidig: list[str]) -> None:
        """Add el's text to `huidig` (the run it is in); a block element starts its own run."""
        naam = _naam(el)
        if naam in OVERSLAAN or (naam != "html" and _nederlands_gemarkeerd(el)):
            return
        attributen(el)
        eigen = huidig if naam in INLINE else []
        if el.text:
            eigen.append(el.text)
        for kind in el:
            loop(kind, eigen)
            if kind.tail:
                eigen.append(kind.tail)
        if eigen is not huidig:
            blokken.append("".join(eigen))
            huidig.append(" ")  # a block inside a run separates the words around it

    wortel = tinyhtml5.parse(html)
    loop(wortel, [])
    schoon = (" ".join(BIDI_ISOLATEN.sub("", b).split()) for b in blokken)
    return [b for b in schoon if b]


def nederlandse_zinnen(html: str) -> list[str]:
    """The text runs of the page that are Dutch sentences, in page order, each once."""
    return list(dict.fromkeys(b for b in tekstblokken(html) if is_nederlands(b)))


def zinnen_bericht(adres: str, zinnen: list[str]) -> str:
    """The assertion message: every Dutch sentence on the page, one a line, for the translators."""
    regels_ = "\n".join(f"  - {z}" for z in zinnen)
    return f"{len(zinnen)} Nederlandse zin(nen) op {adres}:\n{regels_}"


# A pseudo-translation: every text that goes through gettext comes out with accented vowels ("Volgende" becomes
# "Vólgéndé"), so it is no Dutch any more; a text that does not go through gettext stays Dutch and is found.
_NIET_VERTALEN = re.compile(r"<[^>]*>|%\([^)]*\)[sdif]|%[sdif%]|\{[^{}]*\}|&#?\w+;")
_ACCENTEN = str.maketrans("aeiouAEIOU", "áéíóúÁÉÍÓÚ")


def pseudo(tekst: str) -> str:
    """`tekst` with accented vowels, outside tags, placeholders and entities."""
    delen, begin = [], 0
    for m in _NIET_VERTALEN.finditer(tekst):
        delen += [tekst[begin:m.start()].translate(_ACCENTEN), m.group(0)]
        begin = m.end()
    return "".join(delen) + tekst[begin:].translate(_ACCENTEN)
