"""The three households of the journey tests: answers as in the URL, and the same as regels input."""

from __future__ import annotations

from urllib.parse import urlencode

# As in a link: 0 months of vrijlating and not medisch urenbeperkt are the defaults (vm=0, med=nee), left out.
ALLEENSTAANDE = {"lv": "alleen", "lt": "35", "kd": "0", "hr": "650", "u": "16", "ul": "15", "gf": "0"}
ALLEENSTAANDE_OUDER = {"lv": "ouder", "lt": "32", "kk": "4,9", "kd": "0", "hr": "700", "u": "20", "ul": "14.71",
                       "gf": "0"}
STEL = {"lv": "partner", "lt": "38", "plt": "36", "kk": "", "kd": "1", "hrn": "1", "u": "12", "ul": "16",
        "pbm": "900", "gf": "0"}

# The same households written directly as regels situations (not via calculator.antwoorden),
# so a mistake in the mapping shows up as a difference.
SITUATIES = {
    "alleenstaande": {
        "huishouden": {"leefvorm": "alleenstaand", "leeftijd": 35, "kostendelers": 0, "kale_huur": 650.0},
        "werk": {"uren_per_week": 16, "bruto_uurloon": 15.0},
    },
    "alleenstaande_ouder": {
        "huishouden": {"leefvorm": "alleenstaande_ouder", "leeftijd": 32, "kinderen": [4, 9],
                       "kostendelers": 0, "kale_huur": 700.0},
        "werk": {"uren_per_week": 20, "bruto_uurloon": 14.71},
    },
    "stel": {
        "huishouden": {"leefvorm": "gehuwd", "leeftijd": 38, "partner_leeftijd": 36, "kostendelers": 1},
        "werk": {"uren_per_week": 12, "bruto_uurloon": 16.0},
        "partner_werk": {"bruto_per_maand": 900.0},
    },
}
HUISHOUDENS = {
    "alleenstaande": ALLEENSTAANDE,
    "alleenstaande_ouder": ALLEENSTAANDE_OUDER,
    "stel": STEL,
}


def q(antwoorden: dict, **extra) -> str:
    return urlencode({**antwoorden, **extra})


def zonder_werk(situatie: dict) -> dict:
    return {k: v for k, v in situatie.items() if k != "werk"}


def verwachte_kop(situatie: dict) -> tuple[str, str]:
    """The headline and the sentence under it, written out from regels.tijdlijn (independent of the templates):
    the first phase's ordinary month (the median, in whole euros), and nu's over the same months."""
    import regels
    from calculator.formatting import euro, euro_rond
    from regels.kalender import maand_tekst
    import datetime as dt

    lijn = regels.tijdlijn(situatie)
    fasen = lijn["fasen"]
    start = maand_tekst(dt.date.fromisoformat(lijn["start"] + "-01"), met_jaar=True)
    werk = situatie["werk"]
    if "bruto_uurloon" in werk:
        u = werk["uren_per_week"]
        uren = str(int(u)) if u == int(u) else str(u).replace(".", ",")
        begin = f"Als je {uren} uur per week werkt voor {euro(werk['bruto_uurloon'])} per uur, heb je vanaf {start}"
    else:
        begin = f"Met dit werk heb je vanaf {start}"
    eerste = f" de eerste {fasen[0]['maanden']} maanden" if len(fasen) > 1 else ""
    h1 = f"{begin}{eerste} elke maand ongeveer {euro_rond(fasen[0]['gewoon'])}."
    return h1, f"Nu, zonder dit werk, heb je elke maand ongeveer {euro_rond(fasen[0]['nu_gewoon'])}."
