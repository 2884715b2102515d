from django.urls import path

from portal.feeds import LatestNewsFeed
from portal.views import accounts, news, organisations, projects, search, shell

app_name = "portal"

urlpatterns = [
    path("", shell.HomeView.as_view(), name="home"),
    path("news/", news.PostListView.as_view(), name="news-list"),
    path("news/feed/", LatestNewsFeed(), name="news-feed"),
    path("news/<slug:slug>/", news.PostDetailView.as_view(), name="news-detail"),
    path("organisations/", organisations.OrganisationListView.as_view(), name="organisation-list"),
    path("organisations/<slug:slug>/", organisations.OrganisationDetailView.as_view(), name="organisation-detail"),
    path("projects/", projects.ProjectListView.as_view(), name="project-list"),
    path("projects/<slug:slug>/", projects.ProjectDetailView.as_view(), name="project-detail"),
    path("profile/", accounts.ProfileEditView.as_view(), name="profile-edit"),
    path("people/<int:pk>/", accounts.ProfileDetailView.as_view(), name="profile-detail"),
    path("search/", search.search, name="search"),
]
