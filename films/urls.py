from django.urls import path

from . import views

app_name = "films"

urlpatterns = [
    path("", views.VideoListView.as_view(), name="video-list"),
    path("<slug:slug>/", views.VideoDetailView.as_view(), name="video-detail"),
    path("<slug:slug>/transcript/", views.TranscriptView.as_view(), name="video-transcript"),
    path("<slug:slug>/subtitles/<slug:language>.vtt", views.track_vtt, name="track-vtt"),
    path("<slug:slug>/subtitles/<slug:language>.srt", views.track_srt, name="track-srt"),
]
