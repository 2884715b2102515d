from django.urls import path

from directory.views import memberships, organisations, privacy, profiles, projects

app_name = "directory"

urlpatterns = [
    path("organisations/", organisations.OrganisationListView.as_view(), name="organisation-list"),
    path("organisations/<slug:slug>/", organisations.OrganisationDetailView.as_view(), name="organisation-detail"),
    path("organisations/<slug:slug>/join/", memberships.request_to_join, name="organisation-join"),
    path("organisations/<slug:slug>/leave/", memberships.leave, name="organisation-leave"),
    path("organisations/<slug:slug>/members/", memberships.members, name="organisation-members"),
    path("organisations/<slug:slug>/members/<int:pk>/", memberships.decide, name="organisation-member-decide"),
    path("projects/", projects.ProjectListView.as_view(), name="project-list"),
    path("projects/<slug:slug>/", projects.ProjectDetailView.as_view(), name="project-detail"),
    path("profile/", profiles.ProfileEditView.as_view(), name="profile-edit"),
    path("profile/private-links/", profiles.reset_private_links, name="private-links-reset"),
    path("profile/data/", privacy.export_data, name="profile-data"),
    path("profile/delete/", privacy.DeleteAccountView.as_view(), name="profile-delete"),
    path("people/<int:pk>/", profiles.ProfileDetailView.as_view(), name="profile-detail"),
]
