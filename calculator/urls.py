from django.urls import path

from calculator.views import afdruk, pages, resultaat, vragen

urlpatterns = [
    path("", pages.home, name="home"),
    path("privacy/", pages.privacy, name="privacy"),
    path("over/", pages.over, name="over"),
    path("over/bedragen/", pages.bedragen, name="bedragen"),
    path("vragen/<slug:naam>/", vragen.vraag, name="vraag"),
    path("controleer/", vragen.controle, name="controle"),
    path("resultaat/", resultaat.resultaat, name="resultaat"),
    path("resultaat/pdf/", afdruk.resultaat_pdf, name="resultaat_pdf"),
]

handler404 = "calculator.views.pages.niet_gevonden"
handler500 = "calculator.views.pages.serverfout"
