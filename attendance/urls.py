from django.urls import path

from attendance import views

app_name = "attendance"

urlpatterns = [
    path("events/<slug:slug>/check-in/<int:day>/", views.check_in_list, name="check-in"),
    path("events/<slug:slug>/check-in/<int:day>/tick/", views.tick, name="tick"),
    path("events/<slug:slug>/check-in/<int:day>/ticks/", views.ticks, name="ticks"),
    path("certificates/", views.verify_lookup, name="certificate-lookup"),
    path("certificates/<str:code>/", views.verify, name="certificate-verify"),
    path("certificates/<str:code>/pdf/", views.certificate_pdf, name="certificate-pdf"),
]
