from django.urls import path

from exchange import views

app_name = "exchange"

urlpatterns = [
    path("", views.ListingListView.as_view(), name="listing-list"),
    path("new/", views.ListingCreateView.as_view(), name="listing-create"),
    path("matches/<int:pk>/taken-up/", views.match_take_up, name="match-take-up"),
    path("<slug:slug>/", views.ListingDetailView.as_view(), name="listing-detail"),
    path("<slug:slug>/edit/", views.ListingEditView.as_view(), name="listing-edit"),
]
