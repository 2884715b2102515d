import pytest
from django.urls import reverse

from portal.models import SiteSettings
from tests.factories.portal import (
    OrganisationFactory,
    PostFactory,
    ProfileFactory,
    ProjectFactory,
    TargetGroupFactory,
    ThemeFactory,
)

pytestmark = pytest.mark.django_db

EXPECTED = {
    "directory_organisation": "IRISS",
    "directory_project": "FUSE",
    "directory_theme": "Integrated care",
    "directory_targetgroup": "Older people",
    "news_newspost": "Seminar",
    "directory_profile": "Maria",
}


@pytest.mark.parametrize("model", EXPECTED)
def test_moderator_lists_and_adds_every_portal_model(moderator_client, model):
    OrganisationFactory(name_bg="IRISS", name_en="IRISS")
    ProjectFactory(title_bg="FUSE", title_en="FUSE")
    ThemeFactory(name_bg="Integrated care")
    TargetGroupFactory(name_bg="Older people")
    PostFactory(title_bg="Seminar")
    ProfileFactory(display_name="Maria")

    changelist = moderator_client.get(reverse(f"admin:{model}_changelist"))

    assert EXPECTED[model] in changelist.content.decode()
    if model != "directory_profile":
        add_form = moderator_client.get(reverse(f"admin:{model}_add"), HTTP_ACCEPT_LANGUAGE="en")
        assert 'name="_save"' in add_form.content.decode()


def test_site_settings_open_as_a_single_editable_page(moderator_client):
    response = moderator_client.get(reverse("admin:portal_sitesettings_changelist"))

    assert response.status_code == 302
    assert response["Location"] == reverse("admin:portal_sitesettings_change", args=[1])


def test_editing_the_funding_acknowledgement_changes_the_footer(moderator_client):
    moderator_client.post(
        reverse("admin:portal_sitesettings_change", args=[1]),
        {
            "funding_acknowledgement_bg": "Финансирано от ЕСФ.",
            "funding_acknowledgement_en": "Funded by the ESF.",
            "content_licence": "CC-BY-4.0",
        },
    )

    assert SiteSettings.load().funding_acknowledgement_en == "Funded by the ESF."
    assert "Funded by the ESF." in moderator_client.get("/en/").content.decode()


def test_post_saved_in_the_admin_records_its_author(moderator_client, moderator):
    moderator_client.post(
        reverse("admin:news_newspost_add"),
        {
            "title_bg": "Новина", "title_en": "News", "slug": "news", "status": "published",
            "published_at_0": "2026-01-01", "published_at_1": "10:00:00",
            "summary_bg": "Резюме", "summary_en": "Summary", "body_bg": "Текст", "body_en": "Text",
        },
    )  # fmt: skip

    from news.models import NewsPost

    post = NewsPost.objects.get(slug="news")
    assert post.author == moderator
