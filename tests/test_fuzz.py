"""No 5xx from anything a person or a script can send: every route with fuzzed query parameters, and the JSON API
with bodies generated from its OpenAPI document (and spoiled on purpose).

The routes start from a complete household (partner, two children with childcare, 4-weekly pay, flex hours), so a
fuzzed value reaches the calculation and not only the first question. The API's bodies follow the schema's types,
enums and arrays; a leaf may be replaced by a wrong type, null, an integer of 400 digits or an odd string. Every
answer is 200 with the command line's JSON or 400 with a Dutch message per field (never 500).
"""

from __future__ import annotations

import copy
import json
from urllib.parse import urlencode

import pytest
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openapi_core import OpenAPI
from openapi_core.contrib.django import DjangoOpenAPIRequest, DjangoOpenAPIResponse

from calculator import antwoorden as a
from calculator.views.api import openapi_document
from tests.test_foute_invoer import SITUATIE

# A complete household with every optional part filled in.
HUISHOUDEN = {"lv": "partner", "lt": "34", "plt": "36", "kk": "2,6", "kd": "0", "hr": "720", "u": "20",
              "ul": "14.71", "pbm": "1200", "st": "2026-07", "bt": "vier_weken", "vg": "per_maand", "wp": "nee",
              "ulo": "12", "uhi": "30", "o1": "dagopvang", "ou1": "80", "op1": "10.5", "o2": "bso", "ou2": "40",
              "op2": "9", "vm": "2", "med": "ja", "pvm": "4", "gf": "300", "pd": "2026-09-01", "gv": "schatten",
              "gw": "werkdagen"}
ROUTES = ["/", "/over/bedragen/", *(f"/vragen/{stap.naam}/" for stap in a.STAPPEN), "/controleer/", "/resultaat/",
          "/resultaat/meenemen/", "/resultaat/verslag/", "/resultaat/pdf/", "/samen/", "/vergelijk/"]
# What people (and scripts) type: near-misses of numbers and dates, huge numbers, other alphabets.
RARE_TEKST = st.sampled_from([
    "", " ", "abc", "1_000", "1e309", "-1", "0", "00", "1,100", "1.100", "1,100.5,3", "€ 14,-", "NaN", "inf", "∞",
    "١٢", "１２", "9" * 100, "-0", "0x10", "1-13-2027", "13-1-2027", "1-1-2147483648", "1-1-9999999999999999",
    "2027-02-30", "0000-00-00", "2026-13", "13-2026", "maart 2027", "ja", "nee", "geen", "maand", "dagopvang",
    "4,9,17", "4 en 9", "'", '"', "<b>", "\x00", "\u202e", "a" * 101,
])
WAARDE = st.one_of(RARE_TEKST, st.text(max_size=12), st.integers(-10, 10**6).map(str),
                   st.decimals(-1000, 100_000, places=3, allow_nan=False).map(str))


@st.composite
def queries(draw) -> dict[str, str]:
    """The household with a few parameters changed, added or dropped."""
    query = dict(HUISHOUDEN)
    for naam in draw(st.lists(st.sampled_from(a.ALLE_VELDEN + ("verstuurd", "aanpassen")), max_size=4)):
        if draw(st.booleans()) and naam in query:
            del query[naam]
        else:
            query[naam] = draw(WAARDE)
    return query


@pytest.fixture(autouse=True)
def ruime_limieten(settings):
    settings.PDF_PER_MINUUT = settings.API_PER_MINUUT = 100_000


@settings(max_examples=200, deadline=None, suppress_health_check=list(HealthCheck))
@given(route=st.sampled_from(ROUTES), query=queries(), htmx=st.booleans())
def test_geen_route_geeft_een_serverfout(route, query, htmx):
    if route.endswith("pdf/") and query.get("verstuurd"):
        route = "/resultaat/"  # a PDF costs ~0.5 s: a few are made, the rest of the time goes to other pages
    extra = {"HTTP_HX_REQUEST": "true"} if htmx else {}
    response = Client().get(f"{route}?{urlencode(query)}", **extra)
    assert response.status_code < 500, (route, query)


# --- The JSON API, from its OpenAPI document -------------------------------------------------------------------

REUS = 10 ** 400
FOUT = st.sampled_from([None, "x", "", [], {}, True, REUS, -REUS, 1e308, -0.0, "2026-13", "1-13-2027", [None]])


def uit_schema(schema: dict, componenten: dict, fout_kans: bool = True) -> st.SearchStrategy:
    """Values that follow a schema of the OpenAPI document (types, enums, arrays, objects), with wrong leaves."""
    if "$ref" in schema:
        return uit_schema(componenten[schema["$ref"].rsplit("/", 1)[1]], componenten, fout_kans)
    soorten = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
    goed = []
    for soort in soorten:
        if "enum" in schema:
            goed.append(st.sampled_from(schema["enum"]))
        elif soort == "object":
            eigenschappen = {k: uit_schema(v, componenten, fout_kans) for k, v in schema.get("properties", {}).items()}
            nodig = set(schema.get("required", ()))
            goed.append(st.fixed_dictionaries({k: v for k, v in eigenschappen.items() if k in nodig},
                                              optional={k: v for k, v in eigenschappen.items() if k not in nodig}))
            continue  # an object is never replaced as a whole: its leaves are
        elif soort == "array":
            goed.append(st.lists(uit_schema(schema["items"], componenten, fout_kans),
                                 min_size=schema.get("minItems", 0), max_size=min(schema.get("maxItems", 4), 4)))
        elif soort == "integer":
            goed.append(st.integers(-2, 130))
        elif soort == "number":
            goed.append(st.one_of(st.integers(0, 3000), st.floats(-1, 5000, allow_nan=False)))
        elif soort == "boolean":
            goed.append(st.booleans())
        elif soort == "null":
            goed.append(st.none())
        elif schema.get("format") == "date":
            goed.append(st.dates().map(dt_iso))
        elif "JJJJ-MM" in schema.get("description", ""):
            goed.append(st.dates().map(lambda d: d.isoformat()[:7]))
        else:
            goed.append(st.text(max_size=8))
    strategie = st.one_of(goed)
    if fout_kans and "object" not in soorten:
        strategie = st.one_of(strategie, strategie, strategie, strategie, strategie, FOUT)
    return strategie


def dt_iso(datum) -> str:
    return datum.isoformat()


@pytest.fixture(scope="module")
def api():
    return OpenAPI.from_dict(openapi_document())


DOCUMENT = openapi_document()
COMPONENTEN = DOCUMENT["components"]["schemas"]
VERZOEKEN = {
    "/api/v1/bereken": uit_schema({"$ref": "#/Situatie"}, COMPONENTEN),
    "/api/v1/maanden": uit_schema({"$ref": "#/Situatie"}, COMPONENTEN),
    "/api/v1/sweep": uit_schema({"$ref": "#/SweepVerzoek"}, COMPONENTEN),
}




def _bladeren(waarde, pad: tuple = ()) -> list[tuple]:
    """The paths to every leaf of a JSON value."""
    if isinstance(waarde, dict):
        return [p for k, v in waarde.items() for p in _bladeren(v, (*pad, k))]
    if isinstance(waarde, list):
        return [p for i, v in enumerate(waarde) for p in _bladeren(v, (*pad, i))]
    return [pad]


BLADEREN = _bladeren(SITUATIE)
BLAD = st.one_of(st.integers(-2, 130), st.floats(-1, 5000, allow_nan=False), st.booleans(), st.text(max_size=8),
                 st.dates().map(dt_iso), FOUT)


@st.composite
def bijna_geldig(draw) -> dict:
    """The full household of the regression tests with up to three leaves changed: mostly computed (200)."""
    situatie = copy.deepcopy(SITUATIE)
    for pad in draw(st.lists(st.sampled_from(BLADEREN), max_size=3)):
        plek = situatie
        for deel in pad[:-1]:
            plek = plek[deel]
        plek[pad[-1]] = draw(BLAD)
    return situatie


VERZOEKEN_BIJNA_GELDIG = {
    "/api/v1/bereken": bijna_geldig(),
    "/api/v1/maanden": bijna_geldig(),
    "/api/v1/sweep": st.fixed_dictionaries({"situatie": bijna_geldig(),
                                            "uren": st.lists(st.one_of(st.integers(0, 60), BLAD), min_size=1,
                                                             max_size=3)}),
}


@settings(max_examples=300, deadline=None, suppress_health_check=list(HealthCheck))
@given(data=st.data(), soort=st.sampled_from([VERZOEKEN, VERZOEKEN_BIJNA_GELDIG]))
def test_de_api_antwoordt_200_of_400_met_een_melding_per_veld(api, data, soort):
    pad = data.draw(st.sampled_from(sorted(soort)))
    body = data.draw(soort[pad])
    response = Client().post(pad, data=json.dumps(body), content_type="application/json")
    assert response.status_code in (200, 400), (pad, body)
    api.validate_response(DjangoOpenAPIRequest(response.wsgi_request), DjangoOpenAPIResponse(response))
    if response.status_code == 400:
        fouten = response.json()["fouten"]
        assert fouten and all(isinstance(m, str) and m.endswith((".", "?")) for m in fouten.values())


def test_het_huishouden_van_de_fuzztest_krijgt_een_uitkomst(client, bereken_spion):
    """The fuzzed links start from a household that is computed, so a fuzzed value reaches the calculation."""
    response = client.get(f"/resultaat/?{urlencode(HUISHOUDEN)}")
    assert response.status_code == 200
    assert any(s.get("kinderopvang") and s["werk"].get("rooster") for s in bereken_spion if "werk" in s)
