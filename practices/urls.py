from django.urls import path

from core.feeds import feed_patterns
from practices.feeds import DocumentFeed, PracticeCountryFeed, PracticeFeed, PracticeThemeFeed
from practices.views import documents, practices

app_name = "practices"

urlpatterns = [
    path("practices/", practices.PracticeListView.as_view(), name="practice-list"),
    *feed_patterns("practices/feed/", PracticeFeed, name="practice-feed"),
    *feed_patterns("practices/countries/<str:code>/feed/", PracticeCountryFeed, name="country-feed"),
    *feed_patterns("practices/themes/<slug:slug>/feed/", PracticeThemeFeed, name="theme-feed"),
    path("practices/compare/", practices.PracticeCompareView.as_view(), name="practice-compare"),
    path("practices/<slug:slug>/", practices.PracticeDetailView.as_view(), name="practice-detail"),
    path("documents/", documents.DocumentListView.as_view(), name="document-list"),
    *feed_patterns("documents/feed/", DocumentFeed, name="document-feed"),
    path("documents/<slug:slug>/", documents.DocumentDetailView.as_view(), name="document-detail"),
    path("documents/<slug:slug>/download/", documents.document_download, name="document-download"),
]
