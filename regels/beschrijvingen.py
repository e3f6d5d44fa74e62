"""Babel extractor for the data files: each parameter's `beschrijving` (what the value is, in one Dutch sentence)
becomes a msgid of the regels catalogue. The page of all amounts and the `parameters` command show it, in the
current language (`regels.api.parameters_op`). The law's citations and the sources' titles stay Dutch."""

from __future__ import annotations

import yaml


def extract_beschrijvingen(fileobj, keywords, comment_tags, options):
    """Babel's extractor interface: (line, function name, message, comments)."""
    wortel = yaml.compose(fileobj.read().decode("utf-8"))
    groep = next((w for s, w in wortel.value if s.value == "parameters"), None) if wortel else None
    for naam, parameter in groep.value if isinstance(groep, yaml.MappingNode) else ():
        for sleutel, waarde in parameter.value:
            if sleutel.value == "beschrijving" and waarde.value:
                yield (waarde.start_mark.line + 1, None, waarde.value,
                       [f"Translators: what the amount or number '{naam.value}' is, on the page of all amounts."])
