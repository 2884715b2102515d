from django.urls import path

from services import views

app_name = "services"

urlpatterns = [
    path("", views.ServiceListView.as_view(), name="service-list"),
    path("new/", views.ServiceCreateView.as_view(), name="service-create"),
    path("<slug:slug>/", views.ServiceDetailView.as_view(), name="service-detail"),
    path("<slug:slug>/referral/", views.ReferralSlipView.as_view(), name="service-referral"),
    path("<slug:slug>/edit/", views.ServiceUpdateView.as_view(), name="service-edit"),
]
