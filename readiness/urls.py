from django.urls import path

from readiness import views

app_name = "readiness"

urlpatterns = [
    path("", views.IntroView.as_view(), name="intro"),
    path("start/", views.StartView.as_view(), name="start"),
    path("<int:pk>/", views.ResumeView.as_view(), name="assessment"),
    path("<int:pk>/step/<int:step>/", views.StepView.as_view(), name="step"),
    path("<int:pk>/result/", views.ResultView.as_view(), name="result"),
    path("<int:pk>/report/", views.ReportView.as_view(), name="report"),
    path("<int:pk>/answers.csv", views.answers_csv, name="answers-csv"),
    path("<int:pk>/share/", views.share, name="share"),
    path("<int:pk>/stop-sharing/", views.stop_sharing, name="stop-sharing"),
    path("shared/<str:token>/", views.SharedResultView.as_view(), name="shared"),
    path("organisations/<slug:slug>/", views.OrganisationView.as_view(), name="organisation"),
]
