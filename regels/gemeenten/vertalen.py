"""Babel extractor for the gemeente files: the texts in them that a person reads become msgids of the regels
catalogue, each with its line in the file and a translator comment naming the gemeente and the field.

Those texts are a profile's steps (`stappen: - tekst`), its notes on what we could not find (`onbekend`) and the
`toelichting` of the values whose toelichting `effecten` shows. Source titles, URLs, quotes from the source
(`citaat`), the names of gemeenten and of their regelingen stay Dutch: they name Dutch pages and rules.

`laden` keeps the Dutch text; `effecten` translates it where it puts it in a result (`regels.taal.gettext`).
"""

from __future__ import annotations

from collections.abc import Iterator

import yaml

# The kinds of value whose `toelichting` a person reads (effecten: the individuele inkomenstoeslag, the verrekening).
TOELICHTING_GETOOND = ("individuele_inkomenstoeslag", "verrekening")


def _velden(node) -> dict:
    """A YAML mapping node as {key: value node}; {} for anything else."""
    if not isinstance(node, yaml.MappingNode):
        return {}
    return {sleutel.value: waarde for sleutel, waarde in node.value if isinstance(sleutel, yaml.ScalarNode)}


def _tekst(node) -> bool:
    return isinstance(node, yaml.ScalarNode) and bool(node.value)


def teksten(bron) -> Iterator[tuple[int, str, str]]:
    """(line, text, translator comment) for every text a person reads in one gemeente file."""
    wortel = _velden(yaml.compose(bron))
    gemeente = wortel["naam"].value if _tekst(wortel.get("naam")) else "?"
    stappen = wortel.get("stappen")
    for nummer, stap in enumerate(stappen.value if isinstance(stappen, yaml.SequenceNode) else (), start=1):
        tekst = _velden(stap).get("tekst")
        if _tekst(tekst):
            yield (tekst.start_mark.line + 1, tekst.value,
                   f"Translators: gemeente {gemeente}, step {nummer} of what to do (stappen).")
    for onderwerp, tekst in _velden(wortel.get("onbekend")).items():
        if _tekst(tekst):
            yield (tekst.start_mark.line + 1, tekst.value,
                   f"Translators: gemeente {gemeente}, what we could not find out about {onderwerp} (onbekend).")
    for sleutel, waarde in _velden(wortel.get("waarden")).items():
        velden = _velden(waarde)
        soort, tekst = velden.get("soort"), velden.get("toelichting")
        if _tekst(soort) and soort.value in TOELICHTING_GETOOND and _tekst(tekst):
            yield (tekst.start_mark.line + 1, tekst.value,
                   f"Translators: gemeente {gemeente}, explanation of its rule {sleutel} (toelichting).")


def extract_yaml(fileobj, keywords, comment_tags, options):
    """Babel's extractor interface: (line, function name, message, comments)."""
    for regel, tekst, opmerking in teksten(fileobj.read().decode("utf-8")):
        yield regel, None, tekst, [opmerking]
