from django.urls import path

from practices.views import documents, practices

app_name = "practices"

urlpatterns = [
    path("practices/", practices.PracticeListView.as_view(), name="practice-list"),
    path("practices/compare/", practices.PracticeCompareView.as_view(), name="practice-compare"),
    path("practices/<slug:slug>/", practices.PracticeDetailView.as_view(), name="practice-detail"),
    path("documents/", documents.DocumentListView.as_view(), name="document-list"),
    path("documents/<slug:slug>/", documents.DocumentDetailView.as_view(), name="document-detail"),
    path("documents/<slug:slug>/download/", documents.document_download, name="document-download"),
]
