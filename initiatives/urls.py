from django.urls import path

from core.feeds import feed_patterns
from initiatives import views
from initiatives.feeds import OpenCallsFeed

app_name = "initiatives"

urlpatterns = [
    path("", views.call_list, name="call-list"),
    path("archive/", views.call_archive, name="call-archive"),
    path("new/", views.call_create, name="call-create"),
    *feed_patterns("feed/", OpenCallsFeed, name="feed"),
    path("<slug:slug>/", views.call_detail, name="call-detail"),
    path("<slug:slug>/edit/", views.call_edit, name="call-edit"),
    path("<slug:slug>/interest/", views.express_interest, name="call-interest"),
]
