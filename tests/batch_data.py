"""Generated caseloads for the batch tests and benchmark: rows as a gemeente's CSV has them (every value as text)."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from regels.batch.invoer import KOLOMMEN


def caseload(aantal: int, zaad: int = 14) -> list[dict[str, str]]:
    """Valid households of every kind, with empty cells where a default applies."""
    kans = random.Random(zaad)
    rijen = []
    for nummer in range(aantal):
        leefvorm = kans.choices(["alleenstaand", "alleenstaande_ouder", "gehuwd"], [55, 20, 25])[0]
        kinderen = []
        if leefvorm == "alleenstaande_ouder" or (leefvorm == "gehuwd" and kans.random() < 0.5):
            kinderen = [kans.randint(0, 17) for _ in range(kans.randint(1, 3))]
        gehuwd = leefvorm == "gehuwd"
        rijen.append({
            "referentie": f"K{nummer:06d}",
            "leefvorm": leefvorm,
            "leeftijd": str(kans.randint(21, 66)),
            "partner_leeftijd": str(kans.randint(21, 66)) if gehuwd else "",
            "kinderen": ";".join(map(str, kinderen)),
            "kostendelers": kans.choice(["", "0", "0", "0", "1", "2"]),
            "kale_huur": f"{kans.uniform(450, 900):.2f}" if kans.random() < 0.6 else "",
            "bruto_uurloon": f"{kans.uniform(14.71, 22):.2f}",
            "vrijlating_maanden_gehad": kans.choice(["", str(kans.randint(0, 40))]),
            "medisch_urenbeperkt": kans.choices(["", "nee", "ja"], [40, 55, 5])[0],
            "partner_bruto_per_maand": f"{kans.uniform(400, 1500):.2f}" if gehuwd and kans.random() < 0.3 else "",
            "giften_dit_jaar": kans.choice(["", "0", str(kans.randint(0, 2000))]),
        })
    return rijen


def schrijf_csv(rijen: list[dict[str, str]], pad: Path, scheiding: str = ",") -> Path:
    with pad.open("w", newline="", encoding="utf-8") as bestand:
        schrijver = csv.DictWriter(bestand, fieldnames=KOLOMMEN, delimiter=scheiding)
        schrijver.writeheader()
        schrijver.writerows(rijen)
    return pad


def situatie_van_rij(rij: dict[str, str], uren: float, peildatum: str) -> dict:
    """The situation written out by hand from a CSV row (not through the batch's own mapping); a `start` column,
    when filled in, is the first month of work."""
    huis = {"leefvorm": rij["leefvorm"], "leeftijd": int(rij["leeftijd"])}
    for kolom in ("partner_leeftijd", "kostendelers"):
        if rij[kolom]:
            huis[kolom] = int(rij[kolom])
    if rij["kinderen"]:
        huis["kinderen"] = [int(k) for k in rij["kinderen"].split(";")]
    if rij["kale_huur"]:
        huis["kale_huur"] = float(rij["kale_huur"])
    situatie = {"peildatum": peildatum, "huishouden": huis,
                "werk": {"uren_per_week": uren, "bruto_uurloon": float(rij["bruto_uurloon"])},
                "vrijlating": {"medisch_urenbeperkt": rij["medisch_urenbeperkt"] == "ja"}}
    if rij.get("start"):
        situatie["werk"]["start"] = rij["start"]
    if rij["vrijlating_maanden_gehad"]:
        situatie["vrijlating"]["maanden_gehad"] = int(rij["vrijlating_maanden_gehad"])
    if rij["partner_bruto_per_maand"]:
        situatie["partner_werk"] = {"bruto_per_maand": float(rij["partner_bruto_per_maand"])}
    if rij["giften_dit_jaar"]:
        situatie["giften_dit_jaar"] = float(rij["giften_dit_jaar"])
    return situatie
