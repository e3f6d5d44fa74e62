"""The words in a PDF page's margins, in the page's language.

The margins are drawn from pdf.css (`@page`), where no template reaches; the translated words travel to it as
named strings (`string-set` on <html>), which pdf.css places with `string(...)` around the page counters.
"""

from __future__ import annotations

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

register = template.Library()

PAGINA, PAGINAS = "%(pagina)s", "%(paginas)s"


def _css_tekst(tekst: str) -> str:
    """A CSS string: quotes and backslashes escaped, line breaks as spaces (the spaces around the page counters
    stay); `<` and `>` escaped, as this stands in a <style>."""
    schoon = " ".join(tekst.splitlines())
    return '"' + "".join(f"\\{ord(t):x} " if t in '"\\<>' else t for t in schoon) + '"'


@register.simple_tag
def paginakop_css() -> str:
    """`html { string-set: ... }` with the page header's title and the words around "page 2 of 8"."""
    # Translators: in the top margin of every page of the PDF, after the product name.
    titel = _("Wat houd ik over? · Uitleg van je berekening")
    # Translators: in the top margin of the short report; %(datum)s is the date it was made, e.g. "7 december 2026".
    verslag = _("Wat houd ik over? · Kort verslag van %(datum)s")
    # Translators: in the top margin of every PDF page: "Pagina 2 van 8". Keep both placeholders, page first.
    pagina = _("Pagina %(pagina)s van %(paginas)s")
    verslag_voor, _tussen, verslag_na = verslag.partition("%(datum)s")
    if pagina.find(PAGINA) < pagina.find(PAGINAS):
        voor, rest = pagina.split(PAGINA, 1)
        tussen, na = rest.split(PAGINAS, 1)
    else:  # a translation that names the total first would put the counters in the wrong order: 2 / 8
        voor, tussen, na = "", " / ", ""
    namen = {"titel": titel, "verslag-voor": verslag_voor, "verslag-na": verslag_na,
             "pagina-voor": voor, "pagina-tussen": tussen, "pagina-na": na}
    waarden = ", ".join(f"{naam} {_css_tekst(tekst)}" for naam, tekst in namen.items())
    return mark_safe(f"<style>html {{ string-set: {waarden}; }}</style>")  # every text escaped by _css_tekst
