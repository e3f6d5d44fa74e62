"""The summary for a beleidsmedewerker: one self-contained HTML page with the numbers that matter and SVG charts.

Only totals and averages of the batch's output, never a household; a group of fewer than MIN_GROEP households shows
no numbers of its own. The page loads nothing: its Content-Security-Policy allows only its own style element.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import math
import statistics
from collections import Counter
from dataclasses import dataclass
from html import escape
from pathlib import Path

import pyarrow as pa
import pyarrow.compute as pc

from regels.uitleg import datum

from .draaien import Telling
from .grafiek import staafgrafiek
from .huishouden import ARMOEDEVAL_CENT, REGELINGEN_SCHEIDING
from . import tekst

MIN_GROEP = 5  # fewer households than this in a group: no numbers of their own, so that nobody can be recognised
MAX_BEREIKEN = 8  # armoedeval ranges shown one by one; the rest together
STAP_UREN = 8
HUISHOUDTYPEN = ("alleenstaand", "alleenstaande ouder", "paar zonder kinderen", "paar met kinderen")

STIJL = """
body { font-family: system-ui, sans-serif; font-size: 1.125rem; line-height: 1.5; color: #1a1a1a; background: #fff;
       max-width: 48rem; margin: 0 auto; padding: 1rem 1.5rem 3rem; }
h1 { font-size: 2rem; line-height: 1.2; }
h2 { font-size: 1.5rem; margin-top: 2.5rem; border-top: 2px solid #154273; padding-top: 1rem; }
table { border-collapse: collapse; width: 100%; margin: 1rem 0; }
caption { text-align: left; font-weight: bold; margin-bottom: .5rem; }
th, td { border-bottom: 1px solid #767676; padding: .4rem .6rem; text-align: left; vertical-align: top; }
td.getal, th.getal { text-align: right; font-variant-numeric: tabular-nums; }
figure { margin: 1rem 0; }
figcaption { font-size: 1rem; }
.tabel { overflow-x: auto; }
@media (max-width: 40rem) { body { font-size: 1rem; padding: .5rem .75rem 2rem; } th, td { padding: .3rem; } }
@media print { h2 { break-before: auto; } figure, table { break-inside: avoid; } }
"""


@dataclass(frozen=True)
class Stap:
    van: float
    tot: float
    erbij_per_maand: float
    cent_per_extra_euro: float | None


@dataclass(frozen=True)
class Uitstroom:
    huishoudtype: str
    aantal: int
    mediaan_uren: float | None  # None: too few households, or the median household never leaves bijstand
    binnen_uren: int  # households without bijstand at the highest hours of the run (or before)
    nu_al: int  # households that need no bijstand without working


@dataclass(frozen=True)
class Cijfers:
    peildatum: str
    regels_versie: str
    uren: tuple[float, ...]
    telling: Telling
    armoedeval: int
    bereiken: tuple[tuple[str, int], ...]
    stappen: tuple[Stap, ...]
    uitstroom: tuple[Uitstroom, ...]
    # per (gemeente, regeling): the households that have a gemeente with it, and per number of hours those that lose it
    regelingen: tuple[tuple[str, str, int, tuple[int, ...]], ...] = ()


def cijfers(tabel: pa.Table, telling: Telling) -> Cijfers:
    """The report's numbers from the batch's output table."""
    meta = {k.decode(): v.decode() for k, v in tabel.schema.metadata.items()}
    uren = tuple(float(u) for u in meta["uren_per_week"].split(","))
    goed = tabel.filter(tabel["fouten"].is_null())
    huishoudens = goed.filter(pc.equal(goed["uren_per_week"], uren[0])).select(
        ["huishoudtype", "uitstroom_uren", "armoedeval_van_uren", "armoedeval_tot_uren"]).to_pylist()
    bereiken = Counter((h["armoedeval_van_uren"], h["armoedeval_tot_uren"]) for h in huishoudens
                       if h["armoedeval_van_uren"] is not None)
    return Cijfers(meta["peildatum"], meta["regels_versie"], uren, telling, sum(bereiken.values()),
                   _bereiken(bereiken), _stappen(goed, uren), _uitstroom(huishoudens, uren[-1]),
                   _regelingen(goed, uren))


def _regelingen(goed: pa.Table, uren: tuple[float, ...]) -> tuple[tuple[str, str, int, tuple[int, ...]], ...]:
    """Per gemeente regeling: how many households lose it at each number of hours (0 for a gemeente without it)."""
    if "regelingen_kwijt" not in goed.column_names:
        return ()
    rijen = goed.filter(goed["gemeente"].is_valid()).select(
        ["gemeente", "uren_per_week", "regelingen_kwijt"]).to_pylist()
    per_gemeente = Counter(r["gemeente"] for r in rijen if r["uren_per_week"] == uren[0])
    kwijt: Counter = Counter()
    for r in rijen:
        for regeling in filter(None, (r["regelingen_kwijt"] or "").split(REGELINGEN_SCHEIDING)):
            kwijt[(r["gemeente"], regeling, r["uren_per_week"])] += 1
    soorten = sorted({(g, regeling) for g, regeling, _ in kwijt})
    return tuple((g, regeling, per_gemeente[g], tuple(kwijt[(g, regeling, u)] for u in uren)) for g, regeling in soorten)


def _bereiken(bereiken: Counter) -> tuple[tuple[str, int], ...]:
    los = [(f"van {tekst.uren(van)} tot {tekst.uren(tot)} uur", n)
           for (van, tot), n in bereiken.most_common(MAX_BEREIKEN) if n >= MIN_GROEP]
    rest = sum(bereiken.values()) - sum(n for _, n in los)
    return tuple(los + ([("andere bereiken samen", rest)] if rest else []))


def _stappen(goed: pa.Table, uren: tuple[float, ...]) -> tuple[Stap, ...]:
    """Per step of 8 hours (or per step of the run's hours), the average gain: the same households at each point."""
    punten = [u for u in uren if u % STAP_UREN == 0]
    punten = punten if len(punten) >= 2 else list(uren)
    gemiddeld = {r["uren_per_week"]: r for r in goed.group_by("uren_per_week").aggregate(
        [("totaal", "mean"), ("bruto_loon", "mean")]).to_pylist()}
    if not gemiddeld:
        return ()
    stappen = []
    for van, tot in zip(punten, punten[1:]):
        erbij = gemiddeld[tot]["totaal_mean"] - gemiddeld[van]["totaal_mean"]
        bruto = gemiddeld[tot]["bruto_loon_mean"] - gemiddeld[van]["bruto_loon_mean"]
        stappen.append(Stap(van, tot, erbij, 100 * erbij / bruto if bruto > 0 else None))
    return tuple(stappen)


def _uitstroom(huishoudens: list[dict], hoogste: float) -> tuple[Uitstroom, ...]:
    rijen = []
    for soort in HUISHOUDTYPEN:
        uren = [h["uitstroom_uren"] for h in huishoudens if h["huishoudtype"] == soort]
        if not uren:
            continue
        mediaan = statistics.median_low([math.inf if u is None else u for u in uren])
        zichtbaar = len(uren) >= MIN_GROEP and mediaan != math.inf
        rijen.append(Uitstroom(soort, len(uren), mediaan if zichtbaar else None,
                               sum(1 for u in uren if u is not None and u <= hoogste), uren.count(0.0)))
    return tuple(rijen)


def schrijf_rapport(tabel: pa.Table, telling: Telling, pad: Path) -> None:
    pad.write_text(rapport_html(cijfers(tabel, telling)), encoding="utf-8")


def rapport_html(c: Cijfers) -> str:
    stijl_hash = base64.b64encode(hashlib.sha256(STIJL.encode()).digest()).decode()
    delen = [
        "<!doctype html>", '<html lang="nl">', "<head>", '<meta charset="utf-8">',
        f"<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'sha256-{stijl_hash}'; "
        "base-uri 'none'; form-action 'none'\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        "<title>Meer werken in de bijstand: wat levert het op? – samenvatting van de batch</title>",
        f"<style>{STIJL}</style>", "</head>", "<body>", "<main>",
        "<h1>Meer werken in de bijstand: wat levert het op?</h1>",
        _inleiding(c),
    ]
    if c.telling.huishoudens > c.telling.met_fouten:
        delen += [_armoedeval(c), _stappen_html(c), _uitstroom_html(c), *([_regelingen_html(c)] if c.regelingen else [])]
    delen += ["</main>", "</body>", "</html>", ""]
    return "\n".join(delen)


def _inleiding(c: Cijfers) -> str:
    t = c.telling
    fouten = (f"<li>{tekst.huishoudens(t.met_fouten)} konden we niet berekenen. In het uitvoerbestand staat in de "
              "kolom <code>fouten</code> wat er mis is.</li>" if t.met_fouten else "")
    return f"""<p>Deze samenvatting hoort bij het uitvoerbestand van de batch. Alle bedragen komen uit dezelfde
rekenregels als de rekenhulp voor inwoners (versie {escape(c.regels_versie)}), met de bedragen die gelden op
{datum(dt.date.fromisoformat(c.peildatum))}. Het zijn schattingen, geen besluiten. Bedragen zijn per maand,
gemiddeld over een jaar.</p>
<ul>
<li>{tekst.huishoudens(t.huishoudens)} in het bestand, {tekst.aantal(t.huishoudens - t.met_fouten)} berekend.</li>
{fouten}
<li>Uren werk per week: {escape(', '.join(tekst.uren(u) for u in c.uren))}.</li>
<li>Groepen van minder dan {MIN_GROEP} huishoudens tonen we niet apart, zodat niemand te herkennen is.</li>
</ul>"""


def _armoedeval(c: Cijfers) -> str:
    berekend = c.telling.huishoudens - c.telling.met_fouten
    rijen = "\n".join(f'<tr><td>{escape(label)}</td><td class="getal">{tekst.aantal(n)}</td>'
                      f'<td class="getal">{_procent(n, berekend)}</td></tr>' for label, n in c.bereiken)
    tabel = f"""{_tabel_begin("Huishoudens per bereik van uren waarin meer werken bijna niets oplevert")}
<thead><tr><th scope="col">Uren per week</th><th scope="col" class="getal">Huishoudens</th>
<th scope="col" class="getal">Deel van alle berekende huishoudens</th></tr></thead>
<tbody>
{rijen}
</tbody>
</table></div>""" if c.bereiken else ""
    grafiek = _figuur("armoedeval", "Huishoudens per armoedeval-bereik",
                      "Staafdiagram met het aantal huishoudens per bereik van uren. De cijfers staan ook in de tabel.",
                      [(label, n, tekst.aantal(n)) for label, n in c.bereiken]) if c.bereiken else ""
    return f"""<section aria-labelledby="kop-armoedeval">
<h2 id="kop-armoedeval">Armoedeval</h2>
<p>Een huishouden zit in een armoedeval als het van elke extra euro bruto loon minder dan {ARMOEDEVAL_CENT} cent
overhoudt. De rest gaat op aan minder bijstand, minder toeslagen en loonbelasting. Dat is een grens die we zelf
kiezen voor deze samenvatting, geen regel uit de wet.</p>
<p><strong>{tekst.aantal(c.armoedeval)} van de {tekst.aantal(berekend)} huishoudens
({_procent(c.armoedeval, berekend)})</strong> zitten tussen {tekst.uren(c.uren[0])} en {tekst.uren(c.uren[-1])} uur
per week ergens in een armoedeval. Per huishouden tellen we de langste reeks uren achter elkaar.</p>
{tabel}
{grafiek}
</section>"""


def _stappen_html(c: Cijfers) -> str:
    rijen = "\n".join(
        f'<tr><td>van {tekst.uren(s.van)} naar {tekst.uren(s.tot)} uur</td>'
        f'<td class="getal">{_euro(s.erbij_per_maand)}</td>'
        f'<td class="getal">{_cent(s.cent_per_extra_euro)}</td></tr>' for s in c.stappen)
    stap = "8 uur" if all(s.tot - s.van == STAP_UREN for s in c.stappen) else "een paar uur"
    return f"""<section aria-labelledby="kop-stappen">
<h2 id="kop-stappen">Wat {stap} meer werken gemiddeld oplevert</h2>
<p>Gemiddeld over alle berekende huishoudens: hoeveel ze per maand meer overhouden als ze meer uren werken, en hoeveel
cent ze overhouden van elke extra euro bruto loon.</p>
{_tabel_begin("Gemiddeld erbij per maand, per stap in uren per week")}
<thead><tr><th scope="col">Uren per week</th><th scope="col" class="getal">Gemiddeld erbij per maand</th>
<th scope="col" class="getal">Van elke extra euro bruto houden ze over</th></tr></thead>
<tbody>
{rijen}
</tbody>
</table></div>
{_figuur("stappen", "Gemiddeld erbij per maand per stap in uren",
         "Staafdiagram met wat meer uren werken gemiddeld per maand oplevert. De cijfers staan ook in de tabel.",
         [(f"{tekst.uren(s.van)} naar {tekst.uren(s.tot)} uur", s.erbij_per_maand, _euro(s.erbij_per_maand))
          for s in c.stappen])}
</section>"""


def _uitstroom_html(c: Cijfers) -> str:
    hoogste = tekst.uren(c.uren[-1])
    rijen = "\n".join(
        f'<tr><th scope="row">{escape(u.huishoudtype)}</th>'
        + (f'<td class="getal">{tekst.aantal(u.aantal)}</td><td class="getal">{_mediaan(u)}</td>'
           f'<td class="getal">{_procent(u.binnen_uren, u.aantal)}</td><td class="getal">{tekst.aantal(u.nu_al)}</td>'
           if u.aantal >= MIN_GROEP else
           f'<td class="getal">minder dan {MIN_GROEP}</td><td class="getal">–</td><td class="getal">–</td>'
           '<td class="getal">–</td>') + "</tr>"
        for u in c.uitstroom)
    staven = [(u.huishoudtype, u.mediaan_uren, f"{tekst.uren(round(u.mediaan_uren, 1))} uur") for u in c.uitstroom
              if u.mediaan_uren is not None]
    grafiek = _figuur("uitstroom", "Mediaan van het aantal uren per week tot geen bijstand meer, per huishoudtype",
                      "Staafdiagram met de mediaan van de uren tot uitstroom per huishoudtype. De cijfers staan ook in "
                      "de tabel.", staven) if staven else ""
    return f"""<section aria-labelledby="kop-uitstroom">
<h2 id="kop-uitstroom">Vanaf hoeveel uur geen bijstand meer</h2>
<p>Per huishouden rekenen de regels uit vanaf hoeveel uur per week (bij het eigen uurloon) er geen bijstand meer nodig
is. De mediaan is het middelste huishouden: de helft heeft minder uren nodig, de helft meer.</p>
{_tabel_begin("Uren tot uitstroom uit de bijstand per huishoudtype")}
<thead><tr><th scope="col">Huishoudtype</th><th scope="col" class="getal">Huishoudens</th>
<th scope="col" class="getal">Mediaan uren per week</th>
<th scope="col" class="getal">Geen bijstand meer bij {hoogste} uur of minder</th>
<th scope="col" class="getal">Nu al geen bijstand nodig</th></tr></thead>
<tbody>
{rijen}
</tbody>
</table></div>
{grafiek}
</section>"""


def _regelingen_html(c: Cijfers) -> str:
    kop = "".join(f'<th scope="col" class="getal">{tekst.uren(u)} uur</th>' for u in c.uren)
    rijen = "\n".join(
        f'<tr><th scope="row">{escape(regeling)} ({escape(gemeente)})</th>'
        + "".join(f'<td class="getal">{tekst.aantal(n) if totaal >= MIN_GROEP else "–"}</td>' for n in aantallen)
        + "</tr>" for gemeente, regeling, totaal, aantallen in c.regelingen)
    return f"""<section aria-labelledby="kop-regelingen">
<h2 id="kop-regelingen">Regelingen van de gemeente die huishoudens kwijtraken</h2>
<p>Sommige regelingen van de gemeente stoppen als het inkomen boven een grens komt (een deel van de bijstandsnorm).
Per aantal uren staat hoeveel huishoudens de regeling dan kwijt zijn. Dit beslist de gemeente. We tellen alleen
regelingen met een officiële bron en datum. Bij een gemeente met minder dan {MIN_GROEP} huishoudens staat een streepje.</p>
{_tabel_begin("Huishoudens die een regeling van de gemeente kwijt zijn, per aantal uren per week")}
<thead><tr><th scope="col">Regeling (gemeente)</th>{kop}</tr></thead>
<tbody>
{rijen}
</tbody>
</table></div>
</section>"""


def _tabel_begin(titel: str) -> str:
    """A table that scrolls on its own on a narrow screen (the page does not); focusable, so a keyboard can scroll."""
    return (f'<div class="tabel" role="region" aria-label="{escape(titel)}" tabindex="0">\n'
            f'<table>\n<caption>{escape(titel)}</caption>')


def _figuur(naam: str, titel: str, beschrijving: str, staven: list[tuple[str, float, str]]) -> str:
    return f"""<figure>
{staafgrafiek(naam, titel, beschrijving, staven)}
<figcaption>{escape(titel)}.</figcaption>
</figure>"""


def _mediaan(u: Uitstroom) -> str:
    return "–" if u.mediaan_uren is None else f"{tekst.uren(round(u.mediaan_uren, 1))} uur"


def _procent(deel: int, geheel: int) -> str:
    return f"{round(100 * deel / geheel)}%" if geheel else "–"


def _euro(bedrag: float) -> str:
    teken = "−" if bedrag < 0 else ""
    return f"{teken}€ {tekst.aantal(round(abs(bedrag)))}"


def _cent(cent: float | None) -> str:
    return "–" if cent is None else f"{round(cent)} cent"
