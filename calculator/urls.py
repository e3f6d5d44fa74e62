from django.urls import path

from calculator.views import pages

urlpatterns = [
    path("", pages.home, name="home"),
    path("privacy/", pages.privacy, name="privacy"),
    path("over/", pages.over, name="over"),
]

handler404 = "calculator.views.pages.niet_gevonden"
handler500 = "calculator.views.pages.serverfout"
