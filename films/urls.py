from django.urls import path

from core.feeds import feed_patterns

from . import views
from .feeds import FilmFeed

app_name = "films"

urlpatterns = [
    path("", views.FilmListView.as_view(), name="film-list"),
    *feed_patterns("feed/", FilmFeed, name="film-feed"),
    path("<slug:slug>/", views.FilmDetailView.as_view(), name="film-detail"),
    path("<slug:slug>/transcript/", views.TranscriptView.as_view(), name="film-transcript"),
    path("<slug:slug>/subtitles/<slug:language>.vtt", views.track_vtt, name="track-vtt"),
    path("<slug:slug>/subtitles/<slug:language>.srt", views.track_srt, name="track-srt"),
]
