"""The site search: word forms, other spellings, typos, ranking, facets, every kind of content, on both databases.

Content is created inside `indexed()`, which runs the after-commit callbacks as a real commit would: the index is
written by the apps' own receivers, never by the test.
"""

import io
from urllib.parse import quote

import pytest
from django.core.management import call_command
from django.db import connection

from core.enums import PublicationStatus
from core.search.query import SiteSearch, parse, snippet
from films.enums import TrackStatus
from tests.factories.events import EventFactory, SessionFactory, SessionRoleFactory
from tests.factories.films import FilmFactory, SubtitleTrackFactory, make_srt
from tests.factories.forum import PostFactory as ForumPostFactory
from tests.factories.portal import OrganisationFactory, ProjectFactory, ThemeFactory
from tests.factories.portal import PostFactory as NewsFactory
from tests.factories.practices import DocumentFactory, PracticeFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def indexed(django_capture_on_commit_callbacks):
    return lambda: django_capture_on_commit_callbacks(execute=True)


def titles(client, query, language="bg", **params):
    response = client.get(f"/{language}/search/", {"q": query, **params})
    assert response.status_code == 200
    return [hit.title.replace("<mark>", "").replace("</mark>", "") for hit in response.context["results"]]


def found(query, language="bg"):
    search = SiteSearch(query, language=language)
    return [hit.title.replace("<mark>", "").replace("</mark>", "") for hit in search[0:20]]


# Every kind of public content is found; what is not public never is.


def test_every_kind_of_content_is_found(client, indexed):
    with indexed():
        OrganisationFactory(name_bg="Мозайка организация", name_en="Mosaic organisation")
        ProjectFactory(title_bg="Мозайка проект", title_en="Mosaic project")
        NewsFactory(title_bg="Мозайка новина", title_en="Mosaic news")
        PracticeFactory(title_bg="Мозайка практика", title_en="Mosaic practice")
        DocumentFactory(title_bg="Мозайка документ", title_en="Mosaic document")
        session = SessionFactory(
            title_bg="Мозайка сесия", title_en="Mosaic session", day__event__title_bg="Мозайка събитие"
        )
        SessionRoleFactory(session=session, person__name_bg="Мозайка Лектор", person__name_en="Mosaic Speaker")
        film = FilmFactory(title_bg="Мозайка филм", title_en="Mosaic film")
        SubtitleTrackFactory(film=film, language="bg", srt=make_srt(["Тук говорим за мозайка от услуги."]))
        post = ForumPostFactory(discussion__title="Мозайка тема", body="Отговор за мозайката в квартала.")

    response = client.get("/bg/search/", {"q": "мозайка"})

    kinds = sorted(hit.kind for hit in response.context["results"])
    assert kinds == sorted(
        ["organisation", "project", "news", "practice", "document", "session", "event", "person", "film", "cue",
         "thread", "post"]
    )  # fmt: skip
    cue = next(hit for hit in response.context["results"] if hit.kind == "cue")
    assert cue.url == f"{film.get_absolute_url()}?t=0"
    assert "<mark>мозайка</mark>" in cue.snippet
    assert "<mark>Мозайка</mark> тема" in response.content.decode()  # the thread, highlighted
    assert post.discussion.title in titles(client, "мозайка")


def test_hidden_held_and_draft_content_is_never_found(indexed):
    with indexed():
        ForumPostFactory(body="Скрит текст за гълъбите", is_hidden=True, hidden_at="2026-01-01T00:00Z")
        ForumPostFactory(body="Чакащ текст за гълъбите", is_held=True)
        PracticeFactory(title_bg="Чернова за гълъбите", status=PublicationStatus.DRAFT)
        NewsFactory(title_bg="Чернова новина за гълъбите", status=PublicationStatus.DRAFT)
        SubtitleTrackFactory(status=TrackStatus.DRAFT, srt=make_srt(["Неодобрени думи за гълъбите."]))
        EventFactory(title_bg="Чернова на събитие за гълъбите", status="draft")
        visible = PracticeFactory(title_bg="Публикувана практика за гълъбите")

    assert found("гълъбите") == [visible.title_bg]


def test_unpublishing_and_deleting_take_content_out_of_the_search(indexed):
    with indexed():
        practice = PracticeFactory(title_bg="Градина на покрива")
        news = NewsFactory(title_bg="Градина в двора")
    assert len(found("градина")) == 2

    with indexed():
        practice.status = PublicationStatus.DRAFT
        practice.save()
        news.delete()

    assert found("градина") == []


def test_a_hidden_forum_post_leaves_the_search(indexed):
    with indexed():
        post = ForumPostFactory(body="Обсъждаме кооперативите в Родопите.")
    assert found("кооперативите") == [post.discussion.title]

    with indexed():
        post.is_hidden, post.hidden_at = True, post.created_at
        post.save()

    assert found("кооперативите") == []


def test_a_film_is_found_by_words_only_its_subtitles_hold_with_the_moment_linked(client, indexed):
    with indexed():
        film = FilmFactory(title_bg="Разходка", title_en="A walk")
        SubtitleTrackFactory(film=film, language="bg", srt=make_srt(["Начало.", "Тук са кошерите на кооперацията."]))

    results = client.get("/bg/search/", {"q": "кошер"}).context["results"]

    assert [(hit.kind, hit.url) for hit in results] == [("cue", f"{film.get_absolute_url()}?t=3")]
    assert results[0].title == "Разходка (0:03)"


# Matching: word forms, all words, phrases, other scripts, typos.


@pytest.mark.parametrize(
    ("text", "queries"),
    [
        ("Център за социални иновации", ["иновация", "иновации", "иновациите"]),
        ("Подкрепа за социалните предприятия", ["предприятие", "предприятия", "предприятията"]),
        ("Срещи с партньорите от Италия", ["партньор", "партньори", "партньорите"]),
        ("Volunteering with older people", ["volunteers", "volunteer", "volunteering"]),
    ],
)
def test_word_forms_meet(indexed, text, queries):
    with indexed():
        NewsFactory(title_bg=text, title_en=text)

    for query in queries:
        assert found(query) == [text], query


@pytest.mark.parametrize(
    ("text", "queries"),
    [
        ("Иновационни практики в селото", ["иновация", "иновации", "иновационен", "иновационна", "inovatsiya"]),
        ("Център за социални иновации", ["иновационен", "иновационна", "иновационни", "inovatsionni"]),
        ("Общински социални услуги", ["община", "общината", "общини"]),
        ("Услуги на общината", ["общински", "общинска"]),
        ("Партньорство с училищата", ["партньор", "партньори", "партньорски"]),
        ("Клуб на доброволците", ["доброволчество", "доброволческа"]),
        ("Институционална грижа", ["институция", "институции"]),
    ],
)
def test_a_word_meets_the_word_it_was_made_from(indexed, text, queries):
    with indexed():
        NewsFactory(title_bg=text, title_en=text)

    for query in queries:
        assert found(query) == [text], query


def test_words_that_only_look_alike_stay_apart_and_the_form_typed_ranks_first(client, indexed):
    with indexed():
        NewsFactory(title_bg="Социално предприемачество", published_at="2026-02-01T10:00Z")
        NewsFactory(title_bg="Социални предприятия", published_at="2025-01-01T10:00Z")
        NewsFactory(title_bg="Иновационни практики", published_at="2026-02-01T10:00Z")
        NewsFactory(title_bg="Иновации в селото", published_at="2025-01-01T10:00Z")

    assert found("предприятие") == ["Социални предприятия"]
    assert found("предприемачество") == ["Социално предприемачество"]
    assert found("социалност") == ["Социално предприемачество", "Социални предприятия"]
    # The older news holds the word as typed, the newer one only a word made from it.
    assert found("иновация") == ["Иновации в селото", "Иновационни практики"]
    html = client.get("/bg/search/", {"q": "иновация"}).content.decode()
    assert "<mark>Иновационни</mark> практики" in html


def test_every_word_counts_in_any_order_and_a_quoted_phrase_only_as_written(indexed):
    with indexed():
        apart = PracticeFactory(title_bg="Иновации в общините", summary_bg="Социални услуги по домовете.")
        together = PracticeFactory(title_bg="Социални иновации в Италия")
        PracticeFactory(title_bg="Иновации в училище")

    assert sorted(found("иновации социални")) == sorted([apart.title_bg, together.title_bg])
    assert found('"социални иновации"') == [together.title_bg]


def test_more_of_the_words_rank_higher_when_no_result_holds_them_all(client, indexed):
    with indexed():
        PracticeFactory(title_bg="Кооперация в планината")
        PracticeFactory(title_bg="Кооперация на брега на морето")

    assert titles(client, "кооперация морето") == ["Кооперация на брега на морето"]
    response = client.get("/en/search/", {"q": "кооперация пустинята"})
    assert response.context["search"].all_words is False
    assert "No result holds all the words; these hold some of them." in response.content.decode()
    assert len(response.context["results"]) == 2


@pytest.mark.parametrize(
    "query",
    [
        "sotsialni inovatsii",  # the official system
        "socialni inovacii",  # informal c for ц
        "sotsialnite inovatsii",
        "SOCIALNI INOVACII",
    ],
)
def test_latin_spellings_find_cyrillic_content(indexed, query):
    with indexed():
        NewsFactory(title_bg="Социални иновации в Благоевград", title_en="")

    assert found(query) == ["Социални иновации в Благоевград"]


@pytest.mark.parametrize("language", ["bg", "en"])
def test_a_stop_word_typed_in_latin_letters_is_left_out_as_in_cyrillic(client, indexed, language):
    with indexed():
        NewsFactory(title_bg="Грижа за възрастни хора", title_en="")
        NewsFactory(title_bg="Грижа за децата", title_en="")

    response = client.get(f"/{language}/search/", {"q": "grizha za vazrastni"})

    assert response.context["search"].all_words is True
    assert titles(client, "grizha za vazrastni", language) == ["Грижа за възрастни хора"]
    assert titles(client, "grizha na vazrastni", language) == titles(client, "грижа на възрастни", language)


@pytest.mark.parametrize(
    ("content", "query"),
    [
        ("Човешки ресурси", "4oveshki"),  # 4 for ч
        ("Човешки ресурси", "choveshki"),  # official ch, sh
        ("Щастливо детство", "shtastlivo"),  # official sht for щ
        ("Щастливо детство", "6tastlivo"),  # informal 6t for щ
        ("Южна България", "yuzhna"),  # official yu, zh
        ("Южна България", "iuzhna"),  # informal iu
        ("Ябълкова градина", "qbalkova"),  # informal q for я, a for ъ
        ("Ябълкова градина", "yabalkova"),  # official ya, a for ъ
        ("Ябълкова градина", "jabalkova"),  # informal ja
        ("Живот в Сливен", "zhivot"),
        ("Бъдеще за младите", "budeshte"),  # informal u for ъ
        ("Зелена вълна", "zelena valna"),  # official a for ъ
        ("Зелена вълна", "zelena wulna"),  # informal w for в, u for ъ
        ("Майки и деца", "mayki"),  # official y for й
    ],
)
def test_official_and_informal_latin_spellings(indexed, content, query):
    with indexed():
        NewsFactory(title_bg=content, title_en="")

    assert found(query) == [content]


def test_cyrillic_finds_latin_spelling_in_english_content(indexed):
    with indexed():
        NewsFactory(title_bg="", title_en="A seminar in Blagoevgrad", slug="blagoevgrad")

    assert found("Благоевград") == ["A seminar in Blagoevgrad"]


@pytest.mark.parametrize(
    ("content", "typo"),
    [
        ("Доброволчество в общността", "доброволчесво"),  # a letter left out
        ("Партньорство с общината", "партнъорство"),  # ъ for ь
        ("Доброволчество в общността", "доброволчетсво"),  # two letters swapped
        ("Volunteering with older people", "volunterring"),
    ],
)
def test_a_typing_slip_still_finds_and_says_did_you_mean(client, indexed, content, typo):
    with indexed():
        NewsFactory(title_bg=content, title_en=content)

    response = client.get("/bg/search/", {"q": typo})

    assert [hit.kind for hit in response.context["results"]] == ["news"]
    assert response.context["search"].parsed.suggestion
    assert f"?q={quote(response.context['search'].parsed.suggestion)}" in response.content.decode()


def test_only_the_first_two_unknown_words_are_corrected_so_a_query_of_junk_stays_cheap(indexed):
    with indexed():
        NewsFactory(title_bg="Доброволчество партньорство иновации кооперация", title_en="")

    parsed = parse("доброволчесво партнъорство инвоации кооперацця")

    assert parsed.corrections == {"доброволчесво": "доброволчество", "партнъорство": "партньорство"}
    assert found("доброволчесво партнъорство") == ["Доброволчество партньорство иновации кооперация"]


def test_short_words_get_no_typo_tolerance(indexed):
    with indexed():
        NewsFactory(title_bg="Река", title_en="")

    assert found("рака") == []  # four letters, one slip: no guess


def test_case_accents_and_yo_are_folded(indexed):
    with indexed():
        NewsFactory(title_bg="ЦЕНТЪР ЗА ИНОВАЦИИ", title_en="Café culture")

    assert found("център") == ["ЦЕНТЪР ЗА ИНОВАЦИИ"]
    assert found("cafe", language="en") == ["Café culture"]


# The issue's own examples, typed on the Bulgarian pages.


def test_what_people_type_on_the_bulgarian_page(client, indexed):
    with indexed():
        enterprises = PracticeFactory(
            title_bg="Социални предприятия в Шотландия", title_en="Social enterprises in Scotland"
        )
        innovations = NewsFactory(title_bg="Национален център за социални иновации", title_en="A national centre")
        seminar = NewsFactory(title_bg="Семинар в Благоевград", title_en="A seminar in Blagoevgrad")
        volunteers = PracticeFactory(title_bg="Доброволчество между поколенията", title_en="Volunteering across ages")

    assert titles(client, "социалните предприятия")[0] == enterprises.title_bg
    assert titles(client, "sotsialni inovatsii")[0] == innovations.title_bg
    assert titles(client, "socialni inovacii")[0] == innovations.title_bg
    assert titles(client, "Blagoevgrad") == [seminar.title_bg]
    assert titles(client, "доброволчесво") == [volunteers.title_bg]
    assert titles(client, "volunteering") == [volunteers.title_bg]


# Results: ranking, facets, highlighting, pages.


def test_a_title_match_ranks_above_a_body_match_and_newer_above_older(indexed):
    with indexed():
        NewsFactory(title_bg="Годишен отчет", body_bg="Говорихме и за иновациите.", published_at="2026-01-01T10:00Z")
        NewsFactory(title_bg="Иновации в училище", published_at="2025-01-01T10:00Z")
        NewsFactory(title_bg="Иновации в общината", published_at="2026-02-01T10:00Z")

    assert found("иновация") == ["Иновации в общината", "Иновации в училище", "Годишен отчет"]


def test_a_word_in_most_of_the_index_ranks_its_best_entries_and_the_page_says_so(client, indexed, monkeypatch):
    monkeypatch.setattr("core.search.query.MAX_CANDIDATES", 3)
    monkeypatch.setattr("core.search.query.MIN_PER_TERM", 1)
    with indexed():
        for number in range(5):
            NewsFactory(title_bg=f"Кухня {number}", body_bg="Социални услуги.")
        NewsFactory(title_bg="Социални услуги в Смолян", published_at="2025-01-01T10:00Z")
        NewsFactory(title_bg="Социални услуги в Русе", published_at="2026-01-01T10:00Z")

    # The title matches come first among the three best-weighted candidates, and the count says it is not all.
    assert found("социални")[:2] == ["Социални услуги в Русе", "Социални услуги в Смолян"]
    assert len(found("социални")) == 3
    html = client.get("/bg/search/", {"q": "социални"}).content.decode()
    assert "Най-добрите 3 резултата за" in html
    assert "The best 3 results for" in client.get("/en/search/", {"q": "социални"}).content.decode()
    # A rarer word beside it brings every entry holding both: the count is exact again.
    assert found("социални смолян") == ["Социални услуги в Смолян"]
    assert "1 резултат за" in client.get("/bg/search/", {"q": "социални смолян"}).content.decode()


@pytest.mark.parametrize("probed_apart", [4, 0])
def test_a_word_of_several_terms_weighs_each_term_an_entry_holds_capped_or_not(indexed, monkeypatch, probed_apart):
    """The word "social" is two terms: "social" (two entries, both candidates) and "социал" (five, the best two)."""
    monkeypatch.setattr("core.search.query.MAX_CANDIDATES", 4)
    monkeypatch.setattr("core.search.query.MIN_PER_TERM", 1)
    monkeypatch.setattr("core.search.query.PROBED_APART", probed_apart)  # 0: one probe for all the word's terms
    with indexed():
        # Not among the best two of "социал" (of equal weight, the later written entries are), though its title holds
        # it: only a probe finds the title weight beside the body's "social".
        NewsFactory(title_bg="Социални грижи", body_bg="Social care.", title_en="", published_at="2026-04-01T10:00Z")
        NewsFactory(title_bg="Социални кухни", title_en="", published_at="2025-12-01T10:00Z")
        NewsFactory(title_bg="Социални услуги", title_en="", published_at="2026-01-01T10:00Z")
        NewsFactory(title_bg="Кухня", body_bg="Социални грижи.", title_en="")
        NewsFactory(title_bg="Social kitchen", title_en="", published_at="2026-02-01T10:00Z")  # "social" only
        NewsFactory(title_bg="Смолян", body_bg="Социални грижи.", title_en="")
    parsed = parse("social")
    assert parsed.groups == [{"social", "социал"}]
    assert parsed.capped == [{"социал"}]

    # Every title holding the word weighs the same, so the newest comes first; the body matches are not candidates.
    assert found("social") == ["Социални грижи", "Social kitchen", "Социални услуги", "Социални кухни"]
    # A candidate for another word is probed for the capped term: it holds both words.
    assert found("social смолян") == ["Смолян"]


def test_facets_count_what_each_filter_would_find_and_filters_narrow(client, indexed):
    with indexed():
        theme = ThemeFactory(slug="ageing", name_bg="Остаряване", name_en="Ageing")
        PracticeFactory(title_bg="Грижа у дома в Италия", country="IT", themes=[theme])
        PracticeFactory(title_bg="Грижа у дома в Португалия", country="PT")
        NewsFactory(title_bg="Грижа у дома: нова услуга", title_en="")

    response = client.get("/en/search/", {"q": "грижа"})
    facets = {name: {o["label"]: o["count"] for o in options} for name, _h, options in response.context["facets"]}
    assert facets["type"] == {"Practice": 2, "News": 1}
    assert facets["country"] == {"Italy": 1, "Portugal": 1}
    assert facets["theme"] == {"Ageing": 1}
    assert facets["language"] == {"Bulgarian": 3, "English": 2}

    assert titles(client, "грижа", type="practice", country="PT") == ["Грижа у дома в Португалия"]
    assert titles(client, "грижа", theme="ageing") == ["Грижа у дома в Италия"]
    assert titles(client, "грижа", language="bg", type="news") == ["Грижа у дома: нова услуга"]


def test_facets_count_the_results_shown_when_some_hold_every_word(client, indexed):
    with indexed():
        PracticeFactory(title_bg="Кооперация в планината", country="IT")
        PracticeFactory(title_bg="Кооперация на брега на морето", country="PT")
        NewsFactory(title_bg="Морето през зимата", title_en="")

    def facets(**filters):
        response = client.get("/en/search/", {"q": "кооперация морето", **filters})
        return {name: {o["label"]: o["count"] for o in options} for name, _h, options in response.context["facets"]}

    # Only the practice on the coast holds both words: the counts are of it alone, not of the three holding one.
    assert facets() == {"type": {"Practice": 1}, "language": {"Bulgarian": 1, "English": 1}, "country": {"Portugal": 1}}
    # A filter narrows the results, not the counts, which still say what each option would find.
    assert titles(client, "кооперация морето", country="IT") == []
    assert facets(country="IT")["country"] == {"Portugal": 1}
    assert titles(client, "кооперация морето", country="PT") == ["Кооперация на брега на морето"]


def test_matches_are_highlighted_and_content_is_escaped(client, indexed):
    with indexed():
        NewsFactory(title_bg="Клуб <b>смели</b> майки", summary_bg="Майките се срещат <script>alert(1)</script>.")

    html = client.get("/bg/search/", {"q": "майки"}).content.decode()

    assert "Клуб &lt;b&gt;смели&lt;/b&gt; <mark>майки</mark>" in html
    assert "<mark>Майките</mark> се срещат &lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert(1)" not in html


@pytest.mark.parametrize(
    ("size", "at", "expected"),
    [
        (30, 1, "дума0 <mark>иновации</mark> дума2 дума3 дума4 дума5 …"),
        (30, 12, "… дума10 дума11 <mark>иновации</mark> дума13 дума14 дума15 …"),
        (30, 18, "… дума16 дума17 <mark>иновации</mark> дума19 …"),  # no further than the words looked through
        (30, 25, "дума0 дума1 дума2 дума3 дума4 дума5 …"),  # a match past them is not looked for
        (30, None, "дума0 дума1 дума2 дума3 дума4 дума5 …"),
        (4, 2, "дума0 дума1 <mark>иновации</mark> дума3"),
    ],
)
def test_a_snippet_is_the_words_around_the_first_match_looked_through(indexed, monkeypatch, size, at, expected):
    monkeypatch.setattr("core.search.query.SNIPPET_WORDS", 6)
    monkeypatch.setattr("core.search.query.SNIPPET_SCAN", 20)
    with indexed():
        NewsFactory(title_bg="Иновации", title_en="")
    text = [f"дума{number}" for number in range(size)]
    if at is not None:
        text[at] = "иновации"

    assert snippet("  ".join(text), parse("иновации")) == expected


def test_results_are_paged_with_the_query_and_filters_kept(client, indexed):
    with indexed():
        for number in range(25):
            NewsFactory(title_bg=f"Обучение номер {number}")

    first = client.get("/bg/search/", {"q": "обучение", "type": "news"})
    second = client.get("/bg/search/", {"q": "обучение", "type": "news", "page": 2})

    assert len(first.context["results"]) == 20
    assert len(second.context["results"]) == 5
    assert (
        'href="?q=%D0%BE%D0%B1%D1%83%D1%87%D0%B5%D0%BD%D0%B8%D0%B5&amp;type=news&amp;page=2"' in first.content.decode()
    )
    assert {hit.title for hit in first.context["results"]}.isdisjoint(hit.title for hit in second.context["results"])


@pytest.mark.parametrize(
    "query",
    [
        "<script>alert(1)</script>",
        "' OR 1=1 --",
        "социални " * 300,
        "!!! ??? ...",
        "и на за от",
        "%_%",
        'a"b„c“',
        "\x01\x02",
        "x" * 2000,
        # Eight long unknown words (the alphabet turned round), each with about 1,400 typo neighbours to look up.
        " ".join("жзийклмнопрстуфхцчшщъю"[n:] + "жзийклмнопрстуфхцчшщъю"[:n] for n in range(8)),
    ],
)
@pytest.mark.parametrize("language", ["bg", "en"])
def test_hostile_queries_get_a_normal_page(client, indexed, query, language):
    with indexed():
        NewsFactory(title_bg="Социални услуги")

    response = client.get(f"/{language}/search/", {"q": query})

    assert response.status_code == 200
    assert 'id="search-page-q"' in response.content.decode()
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_the_query_stays_in_the_box(client):
    html = client.get("/bg/search/", {"q": 'социални "иновации"'}).content.decode()

    assert 'value="социални &quot;иновации&quot;"' in html


@pytest.mark.parametrize("size", [2, 30])
def test_the_query_count_does_not_grow_with_the_results(client, indexed, django_assert_num_queries, size):
    with indexed():
        theme = ThemeFactory()
        for number in range(size):
            PracticeFactory(title_bg=f"Социално жилище {number}", themes=[theme])
            ForumPostFactory(body=f"Социално жилище и съседи {number}")

    # site settings; the known terms; the ranked matches with their facets; the page's documents; themes
    with django_assert_num_queries(5):
        client.get("/bg/search/", {"q": "социално жилище"})


def test_rebuild_command_writes_the_index_with_a_progress_bar(indexed):
    PracticeFactory(title_bg="Работилница за велосипеди")  # written outside a commit: not indexed yet
    assert found("велосипеди") == []
    out = io.StringIO()

    call_command("rebuild_search_index", stdout=out)

    assert found("велосипеди") == ["Работилница за велосипеди"]
    assert "practice     [##############################] 1/1" in out.getvalue()


def test_a_rebuilt_index_leaves_the_database_knowing_its_tables(indexed):
    """Without statistics PostgreSQL planned a result page's 20 documents as ~10,000 rows (a parallel scan)."""
    PracticeFactory.create_batch(3)

    call_command("rebuild_search_index", stdout=io.StringIO())

    with connection.cursor() as cursor:
        if connection.vendor == "postgresql":
            cursor.execute("SELECT COUNT(*) FROM pg_stats WHERE tablename = 'core_searchdocument'")
        else:
            cursor.execute("SELECT COUNT(*) FROM sqlite_stat1 WHERE tbl = 'core_searchdocument'")
        assert cursor.fetchone()[0] > 0


# Autocomplete under the header box.


def test_suggestions_are_at_most_eight_plain_titles_with_their_addresses(client, indexed):
    with indexed():
        for number in range(10):
            NewsFactory(title_bg=f"Асистенти <у дома> {number}", title_en="", slug=f"assistants-{number}")

    suggestions = client.get("/bg/search/suggest/", {"q": "асистент"}).json()["suggestions"]

    assert len(suggestions) == 8
    assert suggestions[0]["title"].startswith("Асистенти <у дома> ")  # text, escaped by the script's textContent
    assert suggestions[0]["kind"] == "Новини"
    assert all(suggestion["url"].startswith("/bg/news/assistants-") for suggestion in suggestions)


@pytest.mark.parametrize("query", ["", "a", "\x00", "' OR 1=1 --", "и на"])
def test_suggestions_for_nothing_useful_are_an_empty_list(client, query):
    assert client.get("/bg/search/suggest/", {"q": query}).json() == {"suggestions": []}


def test_the_header_box_is_a_plain_search_form_that_names_its_suggestions(client):
    html = client.get("/bg/").content.decode()

    assert 'action="/bg/search/" method="get"' in html
    assert 'data-suggest-url="/bg/search/suggest/"' in html
    assert '<ul id="site-search-suggestions" class="site-search__suggestions" role="listbox"' in html


def test_deleting_an_event_takes_its_sessions_and_people_out_of_the_search(indexed):
    with indexed():
        role = SessionRoleFactory(
            session__title_bg="Работилница по дърворезба", person__name_bg="Дърворезбар Иванов", person__name_en=""
        )
    assert sorted(found("работилница иванов")) == ["Дърворезбар Иванов", "Работилница по дърворезба"]

    with indexed():
        role.delete()
        role.session.event.delete()

    assert found("работилница иванов") == []


def test_a_portal_with_content_and_no_index_has_the_worker_build_it(settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    PracticeFactory(title_bg="Кухня за бездомни")  # outside a commit: not indexed
    from core.search.index import rebuild_if_empty

    rebuild_if_empty()

    assert found("кухня") == ["Кухня за бездомни"]


def test_the_migration_that_brings_roots_has_the_worker_rebuild_an_index_written_before(indexed, settings):
    import importlib
    from types import SimpleNamespace

    from django.apps import apps
    from django.db import connection

    from core.search.index import rebuild_if_empty
    from core.search.models import SearchPosting

    with indexed():
        PracticeFactory(title_bg="Иновационни кухни")
    SearchPosting.objects.filter(term="иноваци").delete()  # an index written before roots were stored
    assert found("иновация") == []

    migration = importlib.import_module("core.migrations.0012_search_index_with_roots")
    migration.empty_the_index(apps, SimpleNamespace(execute=connection.cursor().execute))
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    rebuild_if_empty()  # what `migrate` runs next

    assert found("иновация") == ["Иновационни кухни"]


def test_a_typed_beginning_stands_for_the_first_terms_in_code_point_order(indexed):
    letters = "abcdefghijklmnopqrstuvwxyz"
    with indexed():
        NewsFactory(title_bg="", title_en=" ".join(f"qxa{letter}" for letter in letters))
        NewsFactory(title_bg="", title_en=" ".join(f"qxb{letter}" for letter in letters))

    group = parse("qx", prefix=True).groups[0]

    assert sorted(group) == [f"qxa{letter}" for letter in letters] + [f"qxb{letter}" for letter in letters[:24]]
