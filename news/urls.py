from django.urls import path

from news import views
from news.feeds import LatestNewsFeed

app_name = "news"

urlpatterns = [
    path("", views.NewsPostListView.as_view(), name="post-list"),
    path("feed/", LatestNewsFeed(), name="feed"),
    path("<slug:slug>/", views.NewsPostDetailView.as_view(), name="post-detail"),
]
