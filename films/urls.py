from django.urls import path

from . import views

app_name = "films"

urlpatterns = [
    path("", views.FilmListView.as_view(), name="film-list"),
    path("<slug:slug>/", views.FilmDetailView.as_view(), name="film-detail"),
    path("<slug:slug>/transcript/", views.TranscriptView.as_view(), name="film-transcript"),
    path("<slug:slug>/subtitles/<slug:language>.vtt", views.track_vtt, name="track-vtt"),
    path("<slug:slug>/subtitles/<slug:language>.srt", views.track_srt, name="track-srt"),
]
