from django.urls import path

from enquiries import views

app_name = "enquiries"

urlpatterns = [
    path("", views.AskView.as_view(), name="ask"),
    path("sent/", views.SentView.as_view(), name="sent"),
    path("desk/", views.DeskView.as_view(), name="desk"),
    path("desk/<int:pk>/", views.desk_detail, name="desk-detail"),
    path("answers/", views.AnswerListView.as_view(), name="answer-list"),
    path("answers/<slug:slug>/", views.AnswerDetailView.as_view(), name="answer-detail"),
    path("<str:token>/", views.follow, name="follow"),
    path("<str:token>/confirm/", views.confirm, name="confirm"),
]
