from django.urls import path

from initiatives import views

app_name = "initiatives"

urlpatterns = [
    path("", views.call_list, name="call-list"),
    path("archive/", views.call_archive, name="call-archive"),
    path("new/", views.call_create, name="call-create"),
    path("<slug:slug>/", views.call_detail, name="call-detail"),
    path("<slug:slug>/edit/", views.call_edit, name="call-edit"),
    path("<slug:slug>/interest/", views.express_interest, name="call-interest"),
]
