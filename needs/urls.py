from django.urls import path

from needs import views

app_name = "needs"

urlpatterns = [
    path("", views.SurveyListView.as_view(), name="survey-list"),
    path("places/<slug:code>/", views.PlaceView.as_view(), name="place"),
    path("<slug:slug>/", views.SurveyView.as_view(), name="survey"),
    path("<slug:slug>/sent/", views.SentView.as_view(), name="sent"),
    path("<slug:slug>/confirm/<str:token>/", views.ConfirmView.as_view(), name="confirm"),
    path("<slug:slug>/results/", views.ResultsView.as_view(), name="results"),
    path("<slug:slug>/results.csv", views.results_csv, name="results-csv"),
]
