import io
import re

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from django.utils import timezone, translation
from PIL import Image

from core.absolute import absolute_url
from core.enums import PublicationStatus
from demo import practices as demo
from demo.practices import covers
from practices import services
from practices.models import Document, Practice
from tests.factories.portal import OrganisationFactory, TargetGroupFactory, ThemeFactory
from tests.factories.practices import PracticeFactory

pytestmark = pytest.mark.django_db


def jpeg(width, height):
    buffer = io.BytesIO()
    Image.new("RGB", (width, height), "teal").save(buffer, format="JPEG")
    return SimpleUploadedFile("cover.jpg", buffer.getvalue(), content_type="image/jpeg")


def image_size(field_file):
    with field_file.open("rb"), Image.open(field_file) as image:
        return image.size


def test_admin_add_makes_a_latin_slug_and_stores_completeness(moderator_client):
    organisation = OrganisationFactory()
    theme = ThemeFactory()
    data = {
        "title_bg": "Център за социални инициативи",
        "title_en": "Centre for social initiatives",
        "slug": "",
        "summary_bg": "Обобщение.",
        "summary_en": "Summary.",
        "status": PublicationStatus.DRAFT,
        "transfer_stage": "studied",
        "country": "IT",
        "source_organisation": organisation.pk,
        "themes": [theme.pk],
        "tags": "общини, Италия",
        "Document_practices-TOTAL_FORMS": "0",
        "Document_practices-INITIAL_FORMS": "0",
    }

    response = moderator_client.post(reverse("admin:practices_practice_add"), data)

    practice = Practice.objects.get()
    assert response.status_code == 302
    assert practice.slug == "tsentar-za-sotsialni-initsiativi"
    assert practice.completeness == 10
    assert sorted(practice.tags.names()) == ["Италия", "общини"]


def test_admin_publish_action_publishes_and_stamps_the_time(moderator_client):
    drafts = PracticeFactory.create_batch(2, status=PublicationStatus.DRAFT, published_at=None)

    response = moderator_client.post(
        reverse("admin:practices_practice_changelist"),
        {"action": "publish", "_selected_action": [p.pk for p in drafts]},
        follow=True,
    )

    assert "2 практики са публикувани." in response.content.decode()
    assert [(p.status, p.published_at is not None) for p in Practice.objects.all()] == [("published", True)] * 2


def test_admin_review_action_records_the_reviewer(moderator_client, moderator):
    practice = PracticeFactory()

    moderator_client.post(
        reverse("admin:practices_practice_changelist"), {"action": "mark_reviewed", "_selected_action": [practice.pk]}
    )

    practice.refresh_from_db()
    assert practice.reviewed_by == moderator
    assert practice.reviewed_at is not None


def test_save_practice_makes_cover_renditions_once():
    practice = PracticeFactory.build(cover_image=jpeg(2400, 1200), source_organisation=OrganisationFactory())

    services.save_practice(practice=practice, cover_changed=True)

    practice.refresh_from_db()
    sizes = [image_size(image) for image in (practice.cover_small, practice.cover_medium, practice.cover_image)]
    assert sizes == [(480, 240), (960, 480), (1600, 800)]
    assert (practice.cover_width, practice.cover_height) == (1600, 800)


def test_completeness_counts_both_languages_and_links():
    practice = PracticeFactory(description_bg="Описание", description_en="Description", contact_email="a@example.org")
    practice.target_groups.set([TargetGroupFactory()])

    services.update_practice_completeness(practice=practice)

    # summary and description in both languages, contact and a target group: 6 of 31 items.
    assert Practice.objects.get(pk=practice.pk).completeness == round(100 * 6 / 31)


def test_demo_practices_load_twice_without_duplicates(capsys):
    class Out:
        def write(self, text):
            print(text)

    demo.load(stdout=Out())
    demo.load(stdout=Out())

    assert Practice.objects.count() == 13
    assert Document.objects.count() == 5
    handbook = Document.objects.get(slug="social-cooperation-handbook")
    assert (handbook.language, handbook.file_format, handbook.practices.get().slug) == (
        "bg",
        "pdf",
        "virtual-social-cooperative",
    )
    assert Practice.objects.get(slug="citta-sociale").country.code == "IT"
    assert "13 practices, 5 documents" in capsys.readouterr().out


def test_admin_changelist_filters_by_review_and_completeness(moderator_client):
    PracticeFactory(title_bg="Прегледана пълна", reviewed_at=timezone.now(), completeness=90)
    PracticeFactory(title_bg="Непрегледана", completeness=20)

    response = moderator_client.get(
        reverse("admin:practices_practice_changelist"), {"reviewed": "yes", "complete": "yes"}
    )

    assert [p.title_bg for p in response.context["cl"].result_list] == ["Прегледана пълна"]


@pytest.mark.parametrize("name", ["admin:practices_practice_add", "admin:practices_document_add"])
def test_admin_add_forms_show_both_language_tabs(moderator_client, name):
    content = moderator_client.get(reverse(name)).content.decode()

    assert 'name="title_bg"' in content and 'name="title_en"' in content


def country_choices(response):
    (spec,) = [spec for spec in response.context["cl"].filter_specs if getattr(spec, "parameter_name", "") == "country"]
    return [name for _code, name in spec.lookup_choices]


@pytest.mark.parametrize(("language", "names"), [("bg", ["Италия", "Португалия"]), ("en", ["Italy", "Portugal"])])
@pytest.mark.parametrize(
    ("changelist", "factory"),
    [
        ("admin:practices_practice_changelist", PracticeFactory),
        ("admin:directory_organisation_changelist", OrganisationFactory),
    ],
)
def test_admin_country_filter_lists_only_the_countries_in_use(moderator_client, language, names, changelist, factory):
    factory(country="IT")
    factory(country="IT")
    portuguese = factory(country="PT")
    url = reverse(changelist)

    everything = moderator_client.get(url, HTTP_ACCEPT_LANGUAGE=language)
    narrowed = moderator_client.get(url, {"country": "PT"}, HTTP_ACCEPT_LANGUAGE=language)

    assert country_choices(everything) == names
    assert list(narrowed.context["cl"].result_list) == [portuguese]


@pytest.mark.parametrize(
    ("language", "alt", "credit"),
    [
        ("bg", "Жени в работилница", "Снимка: ИРИСС, CC BY 4.0"),
        ("en", "Women in a workshop", "Photo: IRISS, CC BY 4.0"),
    ],
)
def test_cover_with_its_description_and_credit_on_the_page_in_lists_and_in_open_graph(client, language, alt, credit):
    practice = PracticeFactory.build(
        cover_image=jpeg(2400, 1200),
        cover_alt_bg="Жени в работилница",
        cover_alt_en="Women in a workshop",
        cover_credit_bg="Снимка: ИРИСС, CC BY 4.0",
        cover_credit_en="Photo: IRISS, CC BY 4.0",
        source_organisation=OrganisationFactory(),
    )
    services.save_practice(practice=practice, cover_changed=True)

    with translation.override(language):
        page = client.get(practice.get_absolute_url()).content.decode()
        listing = client.get(reverse("practices:practice-list")).content.decode()

    assert f'<figcaption class="practice__credit">{credit}</figcaption>' in page
    assert re.search(rf'<img class="practice__cover" src="[^"]+-960\.jpg"[^>]*alt="{alt}"', page)
    assert f'<meta property="og:image" content="{absolute_url(practice.cover_image)}">' in page
    assert f'<meta property="og:image:alt" content="{alt}">' in page
    assert re.search(rf'<img class="practice-card__image" src="[^"]+-480\.jpg"[^>]*alt="{alt}"', listing)


def test_cover_without_a_credit_shows_no_empty_caption(client):
    practice = PracticeFactory.build(cover_image=jpeg(800, 400), source_organisation=OrganisationFactory())
    services.save_practice(practice=practice, cover_changed=True)

    page = client.get(f"/en/practices/{practice.slug}/").content.decode()

    assert 'class="practice__cover"' in page
    assert "figcaption" not in page


def test_moderator_gives_the_cover_a_credit_in_both_languages(moderator_client):
    html = moderator_client.get(reverse("admin:practices_practice_add")).content.decode()

    assert 'name="cover_credit_bg"' in html and 'name="cover_credit_en"' in html


def test_demo_practices_get_their_own_drawn_covers_with_description_and_credit():
    demo.load(stdout=io.StringIO())
    first = {practice.slug: practice.cover_image.name for practice in Practice.objects.all()}
    demo.load(stdout=io.StringIO())

    practices = list(Practice.objects.all())
    assert {practice.slug: practice.cover_image.name for practice in practices} == first  # kept, not drawn again
    assert all(practice.cover_small and practice.cover_medium for practice in practices)
    assert {(p.cover_alt_bg, p.cover_alt_en, p.cover_credit_bg, p.cover_credit_en) for p in practices} == {
        (*covers.ALT, *covers.CREDIT)
    }
    assert covers.draw_cover("citta-sociale").read() == covers.draw_cover("citta-sociale").read()
    assert covers.draw_cover("citta-sociale").read() != covers.draw_cover("fuse").read()
