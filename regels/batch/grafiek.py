"""A horizontal bar chart as inline SVG: no script, no style sheet, no outside request; text for screen readers."""

from __future__ import annotations

from html import escape

BREEDTE, LABEL, WAARDE = 720, 230, 110  # px: the whole chart, the labels on the left, the values on the right
BALK, TUSSEN, RAND = 26, 10, 8
KLEUR, TEKST = "#154273", "#1a1a1a"  # contrast with white above 7:1


def staafgrafiek(naam: str, titel: str, beschrijving: str, staven: list[tuple[str, float, str]]) -> str:
    """`staven`: (label, value, value as text); `naam` makes the ids unique on the page."""
    hoogte = 2 * RAND + len(staven) * (BALK + TUSSEN)
    grootste = max((waarde for _, waarde, _ in staven), default=0) or 1
    ruimte = BREEDTE - LABEL - WAARDE
    delen = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {BREEDTE} {hoogte}" width="100%" role="img" '
             f'aria-labelledby="{naam}-titel {naam}-uitleg" font-family="sans-serif" font-size="15">',
             f'<title id="{naam}-titel">{escape(titel)}</title>',
             f'<desc id="{naam}-uitleg">{escape(beschrijving)}</desc>']
    for nummer, (label, waarde, tekst) in enumerate(staven):
        y = RAND + nummer * (BALK + TUSSEN)
        midden = y + BALK / 2 + 5
        lengte = max(0.0, waarde) / grootste * ruimte
        delen += [f'<text x="{LABEL - 8}" y="{midden:.1f}" text-anchor="end" fill="{TEKST}">{escape(label)}</text>',
                  f'<rect x="{LABEL}" y="{y}" width="{lengte:.1f}" height="{BALK}" fill="{KLEUR}"/>',
                  f'<text x="{LABEL + lengte + 6:.1f}" y="{midden:.1f}" fill="{TEKST}">{escape(tekst)}</text>']
    delen.append("</svg>")
    return "\n".join(delen)
