from django.conf.urls.i18n import i18n_patterns
from django.urls import path

from calculator.views import afdruk, api, drukte, pages, resultaat, samen, vergelijk, vragen

urlpatterns = i18n_patterns(
    path("", pages.home, name="home"),
    path("privacy/", pages.privacy, name="privacy"),
    path("over/", pages.over, name="over"),
    path("over/bedragen/", pages.bedragen, name="bedragen"),
    path("over/vertalingen/", pages.vertalingen, name="vertalingen"),
    path("woorden/", pages.woorden, name="woorden"),
    path("over/niet-uitgerekend/", pages.niet_uitgerekend, name="niet_uitgerekend"),
    path("vragen/<slug:naam>/", vragen.vraag, name="vraag"),
    path("controleer/", vragen.controle, name="controle"),
    path("samen/", samen.samen, name="samen"),
    path("samen/leidraad/", samen.leidraad, name="leidraad"),
    path("vergelijk/", vergelijk.vergelijk, name="vergelijk"),
    path("resultaat/", resultaat.resultaat, name="resultaat"),
    path("resultaat/meenemen/", resultaat.meenemen, name="meenemen"),
    path("resultaat/pdf/", afdruk.resultaat_pdf, name="resultaat_pdf"),
    path("resultaat/verslag/", afdruk.verslag_pdf, name="verslag_pdf"),
    # nginx shows these pages when its PDF rate limit is reached (error_page 429).
    path("resultaat/pdf/te-druk/", drukte.pdf_te_druk, name="pdf_te_druk"),
    path("resultaat/verslag/te-druk/", drukte.pdf_te_druk, {"pdf": "verslag_pdf"}, name="verslag_te_druk"),
    # Dutch at /, every other language under its prefix (/en/, /ar/, ...): the language lives in the URL only.
    prefix_default_language=False,
) + [
    # The JSON API for a gemeente's own systems (README, "Voor de gemeente").
    path("api/v1/bereken", api.bereken, name="api_bereken"),
    path("api/v1/sweep", api.sweep, name="api_sweep"),
    path("api/v1/maanden", api.maanden, name="api_maanden"),
    path("api/v1/tijdlijn", api.tijdlijn, name="api_tijdlijn"),
    path("api/v1/openapi.json", api.openapi, name="api_openapi"),
]

handler404 = "calculator.views.pages.niet_gevonden"
handler500 = "calculator.views.pages.serverfout"
