from django.urls import path

from calculator.views import afdruk, api, drukte, pages, resultaat, vragen

urlpatterns = [
    path("", pages.home, name="home"),
    path("privacy/", pages.privacy, name="privacy"),
    path("over/", pages.over, name="over"),
    path("over/bedragen/", pages.bedragen, name="bedragen"),
    path("vragen/<slug:naam>/", vragen.vraag, name="vraag"),
    path("controleer/", vragen.controle, name="controle"),
    path("resultaat/", resultaat.resultaat, name="resultaat"),
    path("resultaat/pdf/", afdruk.resultaat_pdf, name="resultaat_pdf"),
    # nginx shows this page when its PDF rate limit is reached (error_page 429).
    path("resultaat/pdf/te-druk/", drukte.pdf_te_druk, name="pdf_te_druk"),
    # The JSON API for a gemeente's own systems (README, "Voor de gemeente").
    path("api/v1/bereken", api.bereken, name="api_bereken"),
    path("api/v1/sweep", api.sweep, name="api_sweep"),
    path("api/v1/maanden", api.maanden, name="api_maanden"),
    path("api/v1/openapi.json", api.openapi, name="api_openapi"),
]

handler404 = "calculator.views.pages.niet_gevonden"
handler500 = "calculator.views.pages.serverfout"
