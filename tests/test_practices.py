import json

import pytest
from django.core.cache import cache
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from core.enums import PublicationStatus
from core.slugs import slug_from_title, transliterate_bulgarian
from practices.enums import TransferStage
from practices.models import Practice
from practices.services import publish_practices
from tests.factories.portal import OrganisationFactory, TargetGroupFactory, ThemeFactory
from tests.factories.practices import DocumentFactory, PracticeFactory
from tests.searching import plain

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def _empty_page_cache():
    """Factories write without the services, so no test may see a page cached by another."""
    cache.clear()


def url(name, language="bg", **kwargs):
    with translation.override(language):
        return reverse(f"practices:{name}", kwargs=kwargs or None)


def titles(response, language="bg"):
    return [getattr(practice, f"title_{language}") for practice in response.context["practices"]]


@pytest.mark.parametrize(("language", "heading"), [("bg", "Практики"), ("en", "Practices")])
def test_practice_list_shows_published_practices_in_both_languages(client, language, heading):
    PracticeFactory(title_bg="Градски център", title_en="City centre")
    PracticeFactory(title_bg="Чернова", title_en="Draft one", status=PublicationStatus.DRAFT)

    response = client.get(url("practice-list", language))

    content = response.content.decode()
    assert f"<h1>{heading}</h1>" in content
    assert titles(response, language) == (["Градски център"] if language == "bg" else ["City centre"])
    assert "Чернова" not in content and "Draft one" not in content


def test_practice_detail_of_draft_is_not_found_for_the_public(client):
    draft = PracticeFactory(status=PublicationStatus.DRAFT)

    response = client.get(url("practice-detail", slug=draft.slug))

    assert response.status_code == 404


def test_practice_detail_of_draft_is_shown_to_moderators_with_a_banner(moderator_client):
    draft = PracticeFactory(status=PublicationStatus.DRAFT, title_bg="Скрита")

    response = moderator_client.get(url("practice-detail", slug=draft.slug))

    assert "Скрита" in response.content.decode()
    assert '<meta name="robots" content="noindex">' in response.content.decode()


def test_practice_list_filters_combine_and_facets_count_the_other_filters(client):
    care, housing = ThemeFactory(slug="care"), ThemeFactory(slug="housing")
    PracticeFactory(title_bg="Италия грижа", country="IT", themes=[care])
    PracticeFactory(title_bg="Италия жилища", country="IT", themes=[housing])
    PracticeFactory(title_bg="Полша грижа", country="PL", themes=[care])

    response = client.get(url("practice-list"), {"country": "IT", "theme": "care"})

    assert titles(response) == ["Италия грижа"]
    facets = {
        name: {value: count for value, _label, count, _selected in options}
        for name, _l, options in response.context["facets"]
    }
    assert facets["country"] == {"IT": 1, "PL": 1}
    assert facets["theme"] == {"care": 1, "housing": 1}
    assert 'value="IT" selected' in response.content.decode()


def test_practice_list_filters_by_stage_group_tag_and_flags(client):
    older = TargetGroupFactory(slug="older")
    wanted = PracticeFactory(
        title_en="Wanted",
        transfer_stage=TransferStage.PILOTED,
        target_groups=[older],
        tags=["mentoring"],
        reviewed_at=timezone.now(),
        completeness=90,
    )
    PracticeFactory(
        title_en="Unreviewed", transfer_stage=TransferStage.PILOTED, target_groups=[older], tags=["mentoring"]
    )

    response = client.get(
        url("practice-list", "en"),
        {"stage": "piloted", "group": "older", "tag": "mentoring", "reviewed": "1", "complete": "1"},
    )

    assert titles(response, "en") == [wanted.title_en]
    assert response.context["flag_counts"] == {"reviewed": 1, "complete": 1}


def test_practice_list_ignores_an_invalid_filter_value(client):
    PracticeFactory(title_bg="Единствена")

    response = client.get(url("practice-list"), {"country": "XX", "stage": "nonsense"})

    assert titles(response) == ["Единствена"]


def test_practice_list_sorts_by_title_in_the_page_language(client):
    PracticeFactory(title_bg="Бета", title_en="Zulu")
    PracticeFactory(title_bg="Алфа", title_en="Yankee")

    bulgarian = client.get(url("practice-list"), {"sort": "title"})
    english = client.get(url("practice-list", "en"), {"sort": "title"})

    assert titles(bulgarian) == ["Алфа", "Бета"]
    assert titles(english, "en") == ["Yankee", "Zulu"]


def test_practice_list_paginates_and_keeps_filters(client):
    for _ in range(21):
        PracticeFactory(country="FR")

    response = client.get(url("practice-list"), {"country": "FR", "page": 2})

    assert len(response.context["practices"]) == 1
    assert 'href="?country=FR&amp;page=1"' in response.content.decode()


def test_practice_list_chart_links_each_country_to_its_filter(client):
    PracticeFactory(country="IT")
    PracticeFactory(country="IT")
    PracticeFactory(country="PT")

    response = client.get(url("practice-list", "en"))

    content = response.content.decode()
    assert [(bar["code"], bar["count"]) for bar in response.context["country_chart"]["bars"]] == [("IT", 2), ("PT", 1)]
    assert '<a href="?country=IT">Italy</a></th>' in content
    bars = response.context["country_chart"]["bars"]
    assert [(bar["name"], bar["length"]) for bar in bars] == [("Italy", 100), ("Portugal", 50)]


@pytest.mark.parametrize("count", [5, 50])
def test_practice_list_query_count_does_not_grow(client, django_assert_num_queries, count):
    theme = ThemeFactory()
    for practice in PracticeFactory.create_batch(count, themes=[theme], tags=["a", "b"]):
        DocumentFactory(practices=[practice])

    # site settings; one query for every facet's counts (their options' names with them), both flags and the
    # total; the page of practices; one for their themes and every card badge
    with django_assert_num_queries(4):
        client.get(url("practice-list"))


@pytest.mark.parametrize("count", [5, 50])
def test_signed_in_practice_list_reads_only_the_visitor_once_its_fragment_is_warm(
    client, django_assert_num_queries, participant, count
):
    for practice in PracticeFactory.create_batch(count, themes=[ThemeFactory()], tags=["a", "b"]):
        DocumentFactory(practices=[practice])
    client.force_login(participant)

    # Cold: the visitor and their personal facts, then the list as an anonymous visitor reads it.
    with django_assert_num_queries(6):
        client.get(url("practice-list"), {"sort": "title"})
    # Warm: nothing; the visitor comes from the cache, the list is the shared fragment practice-list.
    with django_assert_num_queries(0):
        response = client.get(url("practice-list"), {"sort": "title"})
    assert response.content.decode().count('<article class="practice-card">') == min(count, 20)


@pytest.mark.parametrize("count", [5, 50])
@pytest.mark.parametrize(("signed_in", "cold", "warm"), [(False, 8, 0), (True, 10, 1)])
def test_practice_detail_query_count_does_not_grow(
    client, django_assert_num_queries, participant, count, signed_in, cold, warm
):
    themes = ThemeFactory.create_batch(3)
    practices = PracticeFactory.create_batch(count, themes=themes, tags=["a", "b"])
    DocumentFactory.create_batch(3, practices=practices[:1])
    if signed_in:
        client.force_login(participant)

    # Site settings, the practice, its documents, its films, the events where it was presented, the discussion
    # under the page, the related practices (ranked and read in one query), and one query for the names the page
    # and its related cards list (partners, themes, groups, tags) with the cards' badges. Signed in also: the user
    # and one query for what core.personal keeps per reader. Warm, the body is the shared fragment (signed in) or
    # the whole page is cached.
    with django_assert_num_queries(cold):
        client.get(url("practice-detail", slug=practices[0].slug))
    with django_assert_num_queries(warm):
        client.get(url("practice-detail", slug=practices[0].slug))


@pytest.mark.parametrize("language", ["bg", "en"])
def test_practice_detail_has_print_stylesheet_open_graph_and_json_ld(client, language):
    practice = PracticeFactory(title_bg="Грижа </script>", title_en="Care </script>", country="IT")

    content = client.get(url("practice-detail", language, slug=practice.slug)).content.decode()

    assert 'href="/static/css/practices-print.css" media="print"' in content
    expected_title = "Грижа &lt;/script&gt;" if language == "bg" else "Care &lt;/script&gt;"
    assert f'<meta property="og:title" content="{expected_title}">' in content
    assert "\\u003C/script\\u003E" in content
    data = json.loads(content.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["@type"] == "CreativeWork"
    assert data["name"] == ("Грижа </script>" if language == "bg" else "Care </script>")
    assert data["spatialCoverage"]["identifier"] == "IT"


@pytest.mark.parametrize("language", ["bg", "en"])
def test_practice_detail_lists_partners_themes_groups_and_tags_in_its_language(client, language):
    themes = [
        ThemeFactory(name_bg="Заетост", name_en="Employment", position=2),
        ThemeFactory(name_bg="Грижа", name_en="Care", position=1),
    ]
    group = TargetGroupFactory(name_bg="Възрастни хора", name_en="Older people")
    partner = OrganisationFactory(name_bg="Община Перник", name_en="Pernik Municipality")
    practice = PracticeFactory(themes=themes, target_groups=[group], tags=["село"])
    practice.partners.add(partner)

    content = client.get(url("practice-detail", language, slug=practice.slug)).content.decode()

    english = language == "en"
    facts = content.split('<dl class="practice-facts">')[1].split("</dl>")[0]
    care, employment = ("Care", "Employment") if english else ("Грижа", "Заетост")
    assert facts.index(f">{care}</a>") < facts.index(f">{employment}</a>")
    assert f'?theme={themes[1].slug}">{care}</a>' in facts
    assert f'?group={group.slug}">{"Older people" if english else "Възрастни хора"}</a>' in facts
    assert f'href="{partner.get_absolute_url()}">{"Pernik Municipality" if english else "Община Перник"}</a>' in facts
    # The tag has no English name yet: the English page shows the Bulgarian one, marked as such.
    assert ('<span lang="bg">село</span>' if english else ">село</a>") in facts
    data = json.loads(content.split('<script type="application/ld+json">')[1].split("</script>")[0])
    assert data["keywords"] == [care, employment, "село"]
    assert data["audience"] == [{"@type": "Audience", "audienceType": "Older people" if english else "Възрастни хора"}]


def test_practice_detail_shows_translation_notice_when_english_is_missing(client):
    practice = PracticeFactory(summary_en="", description_bg="Само на български.")

    content = client.get(url("practice-detail", "en", slug=practice.slug)).content.decode()

    assert "This text has not been translated into this language yet" in content
    assert "Само на български." in content


def test_practice_detail_renders_markdown_without_scripts(client):
    practice = PracticeFactory(description_bg="**силно** <script>alert(1)</script>")

    content = client.get(url("practice-detail", slug=practice.slug)).content.decode()

    assert "<strong>силно</strong>" in content
    assert "<script>alert(1)</script>" not in content


def test_practice_detail_lists_attached_published_documents_and_related_practices(client):
    theme = ThemeFactory()
    practice = PracticeFactory(themes=[theme])
    related = PracticeFactory(themes=[theme], title_bg="Сродна")
    DocumentFactory(practices=[practice], title_bg="Наръчник", language="en")
    DocumentFactory(practices=[practice], title_bg="Чернова документ", status=PublicationStatus.DRAFT)

    response = client.get(url("practice-detail", slug=practice.slug))

    content = response.content.decode()
    assert "Наръчник" in content
    assert '<span class="document-meta__language">' in content
    assert "Чернова документ" not in content
    assert list(response.context["related_practices"]) == [related]


@pytest.mark.parametrize("language", ["bg", "en"])
def test_related_practices_rank_shared_tags_double_and_show_their_themes(client, language):
    care, housing = ThemeFactory(name_bg="Грижа", name_en="Care"), ThemeFactory(name_bg="Жилища", name_en="Housing")
    practice = PracticeFactory(themes=[care], tags=["кооперация", "село"])
    one_tag_and_the_theme = PracticeFactory(themes=[care, housing], tags=["село"], title_en="Tag and theme")
    the_theme_only = PracticeFactory(themes=[care], title_en="Theme only")
    both_tags = PracticeFactory(themes=[housing], tags=["кооперация", "село"], title_en="Both tags")
    PracticeFactory(themes=[care], tags=["кооперация", "село"], status=PublicationStatus.DRAFT)
    PracticeFactory(themes=[housing], title_en="Nothing shared")

    response = client.get(url("practice-detail", language, slug=practice.slug))

    # Two shared tags score 4, a tag and the theme 3, the theme alone 1; a draft is never shown.
    assert list(response.context["related_practices"]) == [both_tags, one_tag_and_the_theme, the_theme_only]
    related = response.content.decode().split('id="section-related"')[1]
    names = ("Грижа", "Жилища") if language == "bg" else ("Care", "Housing")
    # Each card lists its own themes, in the page's language and curated order.
    cards = related.split('<article class="practice-card">')[1:]
    assert [[name for name in names if f"<li>{name}</li>" in card] for card in cards] == [
        [names[1]],
        list(names),
        [names[0]],
    ]


@pytest.mark.parametrize("language", ["bg", "en"])
def test_compare_shows_two_to_four_practices_side_by_side(client, language):
    care = ThemeFactory(name_bg="Грижа", name_en="Care", position=1)
    youth = ThemeFactory(name_bg="Младежи", name_en="Youth", position=2)
    group = TargetGroupFactory(name_bg="Възрастни хора", name_en="Older people")
    first = PracticeFactory(title_en="First", themes=[youth, care], target_groups=[group])
    second = PracticeFactory(title_en="Second")

    response = client.get(url("practice-compare", language), {"p": [first.slug, second.slug]})

    assert response.context["practices"] == [first, second]
    content = response.content.decode()
    assert (first.title_bg if language == "bg" else "First") in content
    # Each practice's themes in curated order and its groups, in the page's language; none for the second.
    assert ("<td>Care, Youth</td>" if language == "en" else "<td>Грижа, Младежи</td>") in content
    assert ("<td>Older people</td>" if language == "en" else "<td>Възрастни хора</td>") in content


@pytest.mark.parametrize(
    ("chosen", "language", "message"),
    [
        (1, "bg", "Отметнете между 2 и 4 практики"),
        (5, "en", "Tick between 2 and 4 practices to compare; you ticked 5."),
    ],
)
def test_compare_explains_a_wrong_number_of_practices(client, chosen, language, message):
    practices = PracticeFactory.create_batch(chosen)

    response = client.get(url("practice-compare", language), {"p": [p.slug for p in practices]}, follow=True)

    assert response.redirect_chain[-1][0].startswith(url("practice-list", language) + "?p=")
    assert message in response.content.decode()
    assert response.content.decode().count('form="compare-form" checked>') == chosen


@pytest.mark.parametrize(
    ("title", "slug"),
    [
        (
            "Социалното коопериране – стари традиции, нови възможности",
            "sotsialnoto-kooperirane-stari-traditsii-novi-vazmozhnosti",
        ),
        ("Щастлива история", "shtastliva-istoria"),
        ("Città sociale", "citta-sociale"),
    ],
)
def test_slug_from_title_uses_streamlined_transliteration(title, slug):
    assert slug_from_title(title) == slug


def test_transliteration_keeps_case():
    assert transliterate_bulgarian("Юлия Цветкова") == "Yulia Tsvetkova"


def test_sitemap_lists_published_practices_in_both_languages_and_no_drafts(client):
    published = PracticeFactory(slug="published-one")
    PracticeFactory(slug="draft-one", status=PublicationStatus.DRAFT)

    content = client.get("/sitemap.xml").content.decode()

    assert f"/bg/practices/{published.slug}/</loc>" in content
    assert f"/en/practices/{published.slug}/</loc>" in content
    assert "draft-one" not in content


def test_practices_model_default_ordering_is_newest_first():
    older = PracticeFactory(published_at=timezone.now() - timezone.timedelta(days=2))
    newer = PracticeFactory()

    assert list(Practice.objects.all()) == [newer, older]


def test_anonymous_practice_list_is_served_from_the_cache_until_a_practice_is_published(
    client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    PracticeFactory(title_bg="Първа")
    draft = PracticeFactory(title_bg="Втора", status=PublicationStatus.DRAFT, published_at=None)
    client.get(url("practice-list"))

    with django_assert_num_queries(0):
        cached = client.get(url("practice-list"))
    with django_capture_on_commit_callbacks(execute=True):
        publish_practices(practices=[draft])
    fresh = client.get(url("practice-list"))

    assert "Втора" not in cached.content.decode()
    assert "Втора" in fresh.content.decode()


def test_signed_in_visitors_never_get_the_anonymous_page_cache(moderator_client):
    draft = PracticeFactory(title_bg="Чернова за модератори", status=PublicationStatus.DRAFT)
    Client().get(url("practice-detail", slug=draft.slug))

    response = moderator_client.get(url("practice-detail", slug=draft.slug))

    assert "Чернова за модератори" in response.content.decode()


def test_practice_list_sorts_by_most_discussed(client):
    from django.contrib.contenttypes.models import ContentType

    from forum.models import Discussion

    quiet, lively, busy = (
        PracticeFactory(title_en="Quiet"),
        PracticeFactory(title_en="Lively"),
        PracticeFactory(title_en="Busy"),
    )
    practice_type = ContentType.objects.get_for_model(Practice)
    Discussion.objects.create(content_type=practice_type, object_id=lively.pk, post_count=3)
    Discussion.objects.create(content_type=practice_type, object_id=busy.pk, post_count=7)

    response = client.get(url("practice-list", "en"), {"sort": "discussed"})
    exported = client.get("/en/data/practices.json", {"sort": "discussed"}).json()

    assert titles(response, "en") == ["Busy", "Lively", "Quiet"]
    assert [row["title_en"] for row in exported["results"]] == ["Busy", "Lively", "Quiet"]
    assert quiet.title_en == "Quiet"


def test_practice_cards_say_when_films_and_documents_are_attached(client):
    """The badges come from the practices and films apps through core.badges; practices does not import films."""
    from tests.factories.films import FilmFactory

    with_both, bare = PracticeFactory(title_en="With both"), PracticeFactory(title_en="Bare")
    FilmFactory(practices=[with_both])
    DocumentFactory(practices=[with_both])

    response = client.get(url("practice-list", "en"))

    badges = {p.title_en: [str(badge.label) for badge in p.badges] for p in response.context["practices"]}
    assert badges == {"With both": ["Documents attached", "Films attached"], "Bare": []}
    assert response.content.decode().count("Films attached") == 1
    assert bare.title_en == "Bare"


@pytest.mark.parametrize("language", ["bg", "en"])
def test_site_search_finds_published_practices_and_documents(client, language, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        PracticeFactory(title_bg="Социален кооператив", title_en="Social cooperative")
        PracticeFactory(title_bg="Кооператив чернова", title_en="Cooperative draft", status=PublicationStatus.DRAFT)
        DocumentFactory(title_bg="Наръчник за кооперативи", title_en="Cooperative handbook")

    with translation.override(language):
        response = client.get(reverse("portal:search"), {"q": "кооператив" if language == "bg" else "cooperative"})

    titles = sorted(plain(result.title) for result in response.context["results"])
    expected = (
        ["Наръчник за кооперативи", "Социален кооператив"]
        if language == "bg"
        else ["Cooperative handbook", "Social cooperative"]
    )
    assert titles == expected


def test_organisation_page_lists_its_published_practices_and_documents(client):
    practice = PracticeFactory(title_bg="Практика на организацията")
    PracticeFactory(
        title_bg="Скрита практика", source_organisation=practice.source_organisation, status=PublicationStatus.DRAFT
    )
    DocumentFactory(title_bg="Издаден наръчник", publisher=practice.source_organisation)

    content = client.get(practice.source_organisation.get_absolute_url()).content.decode()

    assert "Практика на организацията" in content
    assert "Издаден наръчник" in content
    assert "Скрита практика" not in content


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("bg", ["Грижа (2)", "Заетост (1)", 'lang="en">Housing (1)']),
        ("en", ["Care (2)", 'lang="bg">Заетост (1)', "Housing (1)"]),
    ],
)
def test_theme_options_keep_the_curated_order_and_show_each_name_in_its_language(client, language, expected):
    care = ThemeFactory(name_bg="Грижа", name_en="Care", position=1)
    employment = ThemeFactory(name_bg="Заетост", name_en="", position=2)
    housing = ThemeFactory(name_bg="", name_en="Housing", position=3)
    unused = ThemeFactory(name_bg="Празна", name_en="Unused", position=0)
    PracticeFactory(themes=[housing, care])
    PracticeFactory(themes=[employment, care])

    html = client.get(url("practice-list", language)).content.decode()
    select = html[html.index('name="theme"') : html.index("</select>", html.index('name="theme"'))]

    positions = [select.index(f"{text}</option>") for text in expected]
    assert positions == sorted(positions)
    assert unused.slug not in select


def test_practice_list_keeps_a_rare_chosen_tag_selected(client):
    from practices import queries

    for number in range(queries.TAG_FACET_LIMIT + 1):
        PracticeFactory(tags=[f"common-{number}", "shared"] if number else ["rare", "shared"])

    response = client.get(url("practice-list", "en"), {"tag": "rare"})

    assert 'value="rare" selected lang="bg">rare (1)</option>' in response.content.decode()  # no English name yet


def test_practice_titled_like_a_list_page_gets_a_slug_that_does_not_shadow_it():
    from practices.services import save_practice

    practice = PracticeFactory.build(slug="", title_bg="Compare", source_organisation=OrganisationFactory())

    save_practice(practice=practice)

    assert practice.slug == "compare-2"


def test_practice_list_keeps_a_chosen_country_without_practices_selected(client):
    PracticeFactory(country="IT")

    response = client.get(url("practice-list", "en"), {"country": "MT"})

    assert titles(response, "en") == []
    assert 'value="MT" selected>Malta (0)</option>' in response.content.decode()
    assert "No practice matches all these filters." in response.content.decode()


def test_print_link_leads_to_the_handout_view_without_javascript(client):
    practice = PracticeFactory(title_bg="Град на социалните инициативи")

    page = client.get(practice.get_absolute_url()).content.decode()
    handout = client.get(practice.get_absolute_url(), {"print": "1"}).content.decode()

    assert '<a class="button button--secondary" href="?print=1" data-print-page>Отпечатване на практиката</a>' in page
    assert 'practices-print.css" media="print">' in page
    assert 'practices-print.css">' in handout
    assert '<meta name="robots" content="noindex">' in handout
    assert "Град на социалните инициативи" in handout
