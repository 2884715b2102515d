from django.urls import path

from portal.views import search, shell

app_name = "portal"

urlpatterns = [
    path("", shell.HomeView.as_view(), name="home"),
    path("search/", search.search, name="search"),
    path("privacy/", shell.PrivacyView.as_view(), name="privacy"),
]
