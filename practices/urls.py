from django.urls import path
from django.views.generic import TemplateView

app_name = "practices"

# Placeholder section pages, replaced as the practices, films and documents land.
urlpatterns = [
    path("practices/", TemplateView.as_view(template_name="portal/section_placeholder.html"), name="practice-list"),
    path("documents/", TemplateView.as_view(template_name="portal/section_placeholder.html"), name="document-list"),
]
