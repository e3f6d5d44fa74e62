"""The giften explanations answer "mag mijn moeder boodschappen brengen?" (Participatiewet art. 31 lid 2 m, art. 18 lid 8)."""

import regels


def _teksten(giften: float) -> list[str]:
    uitkomst = regels.bereken({"peildatum": "2026-05-01", "giften_dit_jaar": giften})
    return [u["tekst"] for u in uitkomst["uitleg"] if u["onderwerp"] == "giften"]


def test_onder_de_grens_staat_wat_telt_wat_er_nog_bij_kan_en_wat_er_boven_de_grens_gebeurt():
    teksten = _teksten(300)
    assert any("Boodschappen, geld en rekeningen" in t for t in teksten)
    assert any("voedselbank telt niet mee" in t for t in teksten)
    assert any("Je kunt nog €\xa0900,00 krijgen" in t for t in teksten)
    assert any(t.startswith("Krijg je meer dan de grens?") for t in teksten)


def test_boven_de_grens_staat_hoeveel_erboven_en_dat_de_gemeente_beslist():
    uitkomst = regels.bereken({"peildatum": "2026-05-01", "giften_dit_jaar": 1500})
    giften = [u for u in uitkomst["uitleg"] if u["onderwerp"] == "giften"]
    boven = [u for u in giften if "€\xa0300,00 meer gekregen dan de grens" in u["tekst"]]
    assert len(boven) == 1 and boven[0]["gemeente_beslist"] is True
    assert not any(u["tekst"].startswith("Krijg je meer dan de grens?") for u in giften)
