import pytest

PAGINAS = ["/", "/privacy/", "/over/"]


def _controleer_headers(response):
    csp = response.headers.get("Content-Security-Policy")
    assert csp, "Content-Security-Policy ontbreekt"
    assert "default-src 'self'" in csp
    assert "unsafe-inline" not in csp
    assert "unsafe-eval" not in csp
    assert "frame-ancestors 'none'" in csp
    assert response.headers.get("X-Content-Type-Options") == "nosniff"
    assert response.headers.get("Referrer-Policy") == "same-origin"
    assert response.headers.get("X-Frame-Options") == "DENY"
    permissions = response.headers.get("Permissions-Policy")
    assert permissions
    for functie in ("camera=()", "microphone=()", "geolocation=()", "payment=()"):
        assert functie in permissions


@pytest.mark.parametrize("pad", PAGINAS)
def test_pagina_heeft_security_headers_en_geen_cookie(client, pad):
    response = client.get(pad)
    assert response.status_code == 200
    _controleer_headers(response)
    assert "Set-Cookie" not in response.headers
    assert not response.cookies


def test_home_inhoud(client):
    response = client.get("/")
    html = response.content.decode()
    assert '<html lang="nl" dir="ltr">' in html
    assert "Wat houd ik over?" in html
    assert "Dit is een schatting, geen besluit. Je gemeente beslist." in html
    assert "Naar de inhoud" in html
    assert 'id="inhoud"' in html
    # no assets from other websites
    assert "https://" not in html and "http://" not in html


def test_404_is_nederlands_met_headers(client):
    response = client.get("/bestaat-echt-niet/")
    assert response.status_code == 404
    _controleer_headers(response)
    assert "Deze pagina bestaat niet" in response.content.decode()


def test_500_is_nederlands(client, settings):
    from django.urls import path

    def kapot(request):
        raise RuntimeError("test")

    settings.ROOT_URLCONF = type(
        "Urls",
        (),
        {"urlpatterns": [path("kapot/", kapot)], "handler500": "calculator.views.pages.serverfout"},
    )
    client.raise_request_exception = False
    response = client.get("/kapot/")
    assert response.status_code == 500
    assert "Er ging iets mis aan onze kant" in response.content.decode()


def test_post_op_infopagina_mag_niet(client):
    assert client.post("/").status_code == 405
