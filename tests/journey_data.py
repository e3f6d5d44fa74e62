"""The three households of the journey tests: answers as in the URL, and the same as regels input."""

from __future__ import annotations

from urllib.parse import urlencode

ALLEENSTAANDE = {"lv": "alleen", "lt": "35", "kd": "0", "hr": "650", "u": "16", "ul": "15",
                 "vm": "0", "med": "nee", "gf": "0"}
ALLEENSTAANDE_OUDER = {"lv": "ouder", "lt": "32", "kk": "4,9", "kd": "0", "hr": "700", "u": "20", "ul": "14.71",
                       "vm": "0", "med": "nee", "gf": "0"}
STEL = {"lv": "partner", "lt": "38", "plt": "36", "kk": "", "kd": "1", "hrn": "1", "u": "12", "ul": "16",
        "pbm": "900", "vm": "0", "med": "nee", "gf": "0"}

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
