from django.urls import path
from django.views.generic import TemplateView

app_name = "films"

urlpatterns = [
    path("", TemplateView.as_view(template_name="portal/section_placeholder.html"), name="video-list"),
]
