from django.urls import path
from django.views.generic import TemplateView

from portal.views import shell

app_name = "portal"

urlpatterns = [
    path("", shell.HomeView.as_view(), name="home"),
    # Placeholders, replaced as the foundation lands.
    path("news/", TemplateView.as_view(template_name="portal/section_placeholder.html"), name="news-list"),
    path("organisations/", TemplateView.as_view(template_name="portal/section_placeholder.html"), name="organisation-list"),
    path("projects/", TemplateView.as_view(template_name="portal/section_placeholder.html"), name="project-list"),
    path("profile/", TemplateView.as_view(template_name="portal/section_placeholder.html"), name="profile-edit"),
    path("search/", TemplateView.as_view(template_name="portal/section_placeholder.html"), name="search"),
]
