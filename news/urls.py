from django.urls import path

from core.feeds import feed_patterns
from news import views
from news.feeds import LatestNewsFeed, TaggedNewsFeed

app_name = "news"

urlpatterns = [
    path("", views.NewsPostListView.as_view(), name="post-list"),
    *feed_patterns("feed/", LatestNewsFeed, name="feed"),
    *feed_patterns("tags/<str:tag>/feed/", TaggedNewsFeed, name="tag-feed"),
    path("<slug:slug>/", views.NewsPostDetailView.as_view(), name="post-detail"),
]
