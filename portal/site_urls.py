from django.urls import path

from portal.views import opendata, pages, search, shell

app_name = "portal"

urlpatterns = [
    path("", shell.home_page, name="home"),
    path("search/", search.search, name="search"),
    path("search/suggest/", search.suggest, name="search-suggest"),
    path("privacy/", shell.PrivacyView.as_view(), name="privacy"),
    path("about/", pages.about_page, name="about"),
    path("terms/", pages.terms_page, name="terms"),
    path("contact/", pages.ContactView.as_view(), name="contact"),
    path("data/", opendata.DataIndexView.as_view(), name="data-index"),
    path("data/<slug:dataset>/", opendata.CodebookView.as_view(), name="dataset-codebook"),
    path("data/<slug:dataset>.csv", opendata.dataset_csv, name="dataset-csv"),
    path("data/<slug:dataset>.json", opendata.dataset_json, name="dataset-json"),
]
