from django.urls import path

from core.feeds import feed_patterns
from newsletter import views
from newsletter.feeds import IssueFeed

app_name = "newsletter"

urlpatterns = [
    path("", views.subscribe, name="subscribe"),
    path("subscribed/", views.subscribed, name="subscribed"),
    path("subscribe-me/", views.subscribe_me, name="subscribe-me"),
    path("confirm/<str:token>/", views.confirm, name="confirm"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("preferences/<str:token>/", views.manage, name="manage"),
    path("archive/", views.IssueArchiveView.as_view(), name="issue-list"),
    *feed_patterns("archive/feed/", IssueFeed, name="issue-feed"),
    path("archive/<int:pk>/", views.IssueDetailView.as_view(), name="issue-detail"),
]
