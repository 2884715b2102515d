"""The demo content reads as a Bulgarian editor would have it: the glossary's terms, person-first language, the law's
official name, both languages, dates that follow the events, and what the seeds do not give marked as illustrative."""

import io
import re
from datetime import timedelta

import pytest
from django.core.management import call_command
from django.utils import timezone
from modeltranslation.translator import translator

from demo import films as films_demo
from events.enums import SessionKind
from events.models import Event, Session
from films.models import Cue, Film
from forum.models import Discussion, Post
from news.models import NewsPost
from practices.models import Practice
from tests.glossary import forbidden_forms

pytestmark = pytest.mark.django_db

CYRILLIC = re.compile(r"[а-яА-Я]")
LAW = "Закон за предприятията на социалната и солидарна икономика"
# A session of these kinds may be called "Дискусия" (glossary: дискусия only for the kind of session).
DISCUSSION_KINDS = {SessionKind.DISCUSSION, SessionKind.PANEL}
# The practices the seeds describe (their descriptions are complete) and those they only name.
SEED_DESCRIBED = {
    "self-directed-support-scotland",
    "one-stop-support-autistic-adults-scotland",
    "reablement-stroke-survivors-scotland",
    "young-people-help-older-people-scotland",
    "citta-sociale",
    "i-plan-and-implement-social-policies",
    "virtual-social-cooperative",
    "bulgarian-national-competence-centre",
}


@pytest.fixture
def demo():
    call_command("load_demo", stdout=io.StringIO())


def translated_texts(code):
    """(where, context, text) for every non-empty translated field in language `code` of every demo row."""
    for model in translator.get_registered_models():
        fields = translator.get_options_for_model(model).fields
        for row in model._default_manager.all():
            context = "session kind" if isinstance(row, Session) and row.kind in DISCUSSION_KINDS else None
            for name in fields:
                text = getattr(row, f"{name}_{code}", "")
                if text:
                    yield f"{model.__name__} {row.pk} {name}_{code}", context if name == "title" else None, text


def bulgarian_texts():
    """Every Bulgarian text of the demo: translated fields, Bulgarian subtitles, forum threads and posts."""
    yield from translated_texts("bg")
    for cue in Cue.objects.filter(track__language="bg").select_related("track__film"):
        yield f"cue {cue.track.film.slug} {cue.position}", None, cue.text
    for thread in Discussion.objects.threads():
        yield f"thread {thread.pk}", None, thread.title
    for post in Post.objects.all():
        yield f"post {post.pk}", None, post.body


def test_demo_bulgarian_uses_no_form_the_glossary_rules_out(demo):
    texts = [(where, context, text) for where, context, text in bulgarian_texts() if CYRILLIC.search(text)]

    offences = [
        f"{where}: {found}" for where, context, text in texts for found in forbidden_forms(text, context=context)
    ]

    assert len(texts) > 500
    assert offences == []


def test_demo_speaks_of_people_with_autism_first_as_people(demo):
    texts = " ".join(text for _where, _context, text in bulgarian_texts())

    assert "пълнолетни хора с аутизъм" in texts
    assert re.search(r"аутист|възрастни хора с аутизъм", texts, flags=re.IGNORECASE) is None
    practice = Practice.objects.get(slug="one-stop-support-autistic-adults-scotland")
    assert practice.title_bg == "Център „на едно гише“ за пълнолетни хора с аутизъм"


def test_demo_names_the_law_by_its_official_name(demo):
    texts = " ".join(text for _where, _context, text in bulgarian_texts())

    # Every law named after social or solidarity enterprises; "Законът за …" is the same name with the article.
    mentions = [
        re.sub(r"^Закон\w*", "Закон", mention)
        for mention in re.findall(r"Закон\w* за (?:(?!Закон)[^.;,)])*", texts)
        if re.search(r"предприят|солидарн", mention)
    ]

    assert mentions and all(mention.startswith(LAW) for mention in mentions)


def test_every_demo_text_has_its_english_beside_its_bulgarian(demo):
    bulgarian = {where.removesuffix("_bg") for where, _context, _text in translated_texts("bg")}
    english = {where.removesuffix("_en") for where, _context, _text in translated_texts("en")}

    assert bulgarian - english == set()
    assert english - bulgarian == set()


@pytest.mark.parametrize(
    ("news", "event"),
    [
        ("social-inclusion-project-completed", "scotland-social-inclusion-conference"),
        ("blagoevgrad-competence-centre-seminar", "si-plus-seminar-blagoevgrad"),
        ("sunny-beach-training-italian-practices", "perla-training-italian-social-innovations"),
    ],
)
def test_demo_news_comes_after_the_event_it_reports(demo, news, event):
    event = Event.objects.get(slug=event)

    assert NewsPost.objects.get(slug=news).published_at > event.end


def test_demo_comments_are_dated_after_their_event_and_near_it(demo):
    starts = sorted(Event.objects.filter(start__lt=timezone.now()).values_list("start", flat=True))
    posts = list(Post.objects.all())

    assert len(posts) == 17
    for post in posts:
        # The latest past event that started before the post: the one it follows.
        followed = max(start for start in starts if start <= post.created_at)
        assert post.created_at - followed < timedelta(days=150), post.body


def test_past_demo_events_were_announced_before_they_took_place(demo):
    past = Event.objects.filter(end__lt=timezone.now())

    assert past.count() == 4
    assert all(event.published_at < event.start for event in past)


def test_complete_descriptions_filter_lists_the_seed_practices_and_an_incomplete_one_says_so(demo, client):
    complete = client.get("/bg/practices/", {"complete": "on"}).content.decode()
    everything = client.get("/bg/practices/").content.decode()

    for practice in Practice.objects.all():
        if practice.slug in SEED_DESCRIBED:
            assert practice.title_bg in complete, practice.slug
        else:
            assert practice.title_bg not in complete and practice.title_bg in everything, practice.slug
            assert practice.description_bg.startswith("Описанието е непълно:"), practice.slug
            assert practice.description_en.startswith("This description is incomplete:"), practice.slug
    assert Practice.objects.complete().count() == len(SEED_DESCRIBED)


def test_demo_marks_as_illustrative_what_the_seeds_do_not_give(demo):
    described = Practice.objects.filter(slug__in=SEED_DESCRIBED)
    marked = {
        "practice": [(p.description_bg, p.description_en) for p in described],
        "event": [(e.description_bg, e.description_en) for e in Event.objects.all()],
        "film": [(f.description_bg, f.description_en) for f in Film.objects.all()],
        "news": [(n.body_bg, n.body_en) for n in NewsPost.objects.all()],
    }
    notes = {
        "practice": ("подробностите за организацията, ресурсите, резултатите", "are illustrative"),
        "event": ("Демонстрационно съдържание – илюстративни са:", "Demo content – illustrative:"),
        "film": ("Демонстрационен филм:", "A demo film:"),
        "news": ("Датата на публикацията е примерна.", "The publication date is illustrative."),
    }

    for kind, texts in marked.items():
        assert texts
        for bulgarian, english in texts:
            assert notes[kind][0] in bulgarian and notes[kind][1] in english, (kind, bulgarian[:60])
    assert Practice.objects.get(slug="citta-sociale").started_on is None  # the seeds do not say when it began


@pytest.mark.parametrize(
    ("slug", "sentence"),
    [
        ("citta-sociale-campania", "Много общини тук са твърде малки, за да имат свои социални услуги."),
        ("young-and-old", "„Научих повече, отколкото я научих аз“, казва Ейдън."),
        ("young-and-old", "Той е на шестнайсет и отначало не искаше да идва."),
        ("young-and-old", "Днес двамата се учат да провеждат видеоразговори."),
    ],
)
def test_demo_subtitles_say_the_whole_sentence(slug, sentence):
    film = next(film for film in films_demo.FILMS if film["slug"] == slug)

    assert sentence in [cue.replace("\n", " ") for cue in film["cues"]["bg"]]


def test_citta_sociale_and_joint_planning_by_small_municipalities_are_kept_apart(demo):
    citta = Practice.objects.get(slug="citta-sociale")
    joint = Practice.objects.get(slug="i-plan-and-implement-social-policies")
    citta_text = " ".join(getattr(citta, f"{name}_bg") for name in ("summary", "description", "how_it_works"))

    assert "малки общини" not in citta_text and "малките общини" not in citta_text
    assert "малки общини" in joint.summary_bg.lower() and "Кампания" in joint.summary_bg
    assert "joint-planning-of-social-policies" not in set(citta.themes.values_list("slug", flat=True))
    assert set(Film.objects.get(slug="citta-sociale-campania").practices.all()) == {citta, joint}
