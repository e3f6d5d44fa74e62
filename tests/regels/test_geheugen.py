"""A batch run shares tax table rows and uitstroom searches between households; outside it nothing is kept, as the
privacy promise says no answer stays on the server."""

import regels
from regels import geheugen
from regels.batch.invoer import situatie
from regels.geheugen import onthouden
from tests.batch_data import caseload

UREN = range(0, 41, 5)
SITUATIES = [situatie(rij, "2026-03-01", 0) for rij in caseload(30, zaad=3)]


def test_buiten_een_batch_blijft_niets_bewaard():
    regels.sweep(SITUATIES[0], UREN, met_uitleg=False)
    regels.bereken(SITUATIES[0])
    assert geheugen._GEHEUGEN.get() is None


def test_in_een_batch_dezelfde_uitkomsten_en_na_afloop_vergeten():
    los = [regels.sweep(s, UREN, met_uitleg=False) for s in SITUATIES]
    with onthouden():
        samen = [regels.sweep(s, UREN, met_uitleg=False) for s in SITUATIES]
        assert geheugen._GEHEUGEN.get()
    assert samen == los
    assert geheugen._GEHEUGEN.get() is None
