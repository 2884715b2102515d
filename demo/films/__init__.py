"""Demo films: three short films about the demo practices, each with Bulgarian and English subtitles.

The films themselves are 45-second slide shows made once by media/make_demo_films.py; the subtitles
are written here and go through the same checks as a moderator's upload. Safe to run again.
"""

from datetime import timedelta
from pathlib import Path

from django.core.files.base import ContentFile

from core.enums import PublicationStatus
from films.enums import FilmLanguage, TrackStatus
from films.models import Film, SubtitleTrack
from films.services import store_subtitle_track
from films.subtitles import format_timestamp, parse_subtitles
from practices.models import Practice

APP_LABEL = "films"
MEDIA = Path(__file__).resolve().parent / "media"
DURATION = timedelta(seconds=45)
# The cues share the film evenly from half a second in, each shown until 0.2 s before the next.
LEAD_IN = 0.5
GAP = 0.2
# The films are slide shows standing in for the project's films: their descriptions say what is illustrative.
ILLUSTRATIVE_NOTE = (
    "Демонстрационен филм: кадрите, хората и подробностите в субтитрите са илюстративни.",
    "A demo film: its pictures, the people in it and the details in its subtitles are illustrative.",
)


def illustrative(description):
    return tuple(f"{text} {note}" for text, note in zip(description, ILLUSTRATIVE_NOTE, strict=True))


FILMS = [
    {
        "slug": "young-and-old",
        "practices": ["young-people-help-older-people-scotland"],
        "title": (
            "Млади и възрастни: посещения, които променят и двете страни",
            "Young and old: visits that change both sides",
        ),
        "description": illustrative(
            (
                "Кратък филм за шотландска програма, в която младежи доброволци посещават възрастни хора в своя "
                "квартал, показан на двудневната конференция в България и преведен за портала.",
                "A short film about a Scottish programme in which young volunteers visit older people in their "
                "neighbourhood, shown at the two-day conference in Bulgaria and translated for the portal.",
            )
        ),
        "made_by": ("IRISS, Глазгоу", "IRISS, Glasgow"),
        "translated_by": ("„Екселиа“ ЕООД за Сдружение „Бизнес Агенция“", "Exelia Ltd for Business Agency Association"),
        "language": FilmLanguage.ENGLISH,
        "tags": ["между поколенията", "доброволчество"],
        "cues": {
            "bg": [
                "Всяка сряда Ейдън идва у г-жа Робъртсън.",
                "Тя е на осемдесет и две години\nи живее сама.",
                "Той е на шестнайсет\nи отначало не искаше да идва.",
                "Днес двамата се учат\nда провеждат видеоразговори.",
                "„Внучката ми е в Канада“, казва тя.",
                "„Сега я виждам всяка неделя.“",
                "Доброволците минават кратко обучение.",
                "Социалната служба подбира двойките.",
                "Училището признава часовете\nкато опит в общността.",
                "Самотата намалява, а младежите\nстават по-уверени.",
                "„Научих повече, отколкото я научих аз“,\nказва Ейдън.",
                "Програмата вече работи в шест града.",
            ],
            "en": [
                "Every Wednesday Aidan\nvisits Mrs Robertson.",
                "She is eighty-two\nand lives on her own.",
                "He is sixteen and at first\ndid not want to come.",
                "Today they are learning\nto make video calls.",
                "“My granddaughter is in Canada,” she says.",
                "“Now I see her every Sunday.”",
                "The volunteers take\na short training course.",
                "A social service matches the pairs.",
                "The school counts the hours\nas community experience.",
                "Loneliness falls, and the young people\ngrow in confidence.",
                "“I learnt more than I taught her,”\nsays Aidan.",
                "The programme now runs in six towns.",
            ],
        },
    },
    {
        "slug": "citta-sociale-campania",
        "practices": ["citta-sociale", "i-plan-and-implement-social-policies"],
        "title": (
            "Две иновации от Кампания: съвместното планиране и Città sociale",
            "Two innovations from Campania: joint planning and Città sociale",
        ),
        "description": illustrative(
            (
                "Филм за двете италиански социални иновации, представени на обучението в Слънчев бряг през "
                "септември 2018 г.: подхода „Аз планирам и реализирам социалните политики“, с който малки общини "
                "в регион Кампания планират социалните си политики заедно, и центъра за социални инициативи и "
                "иновации „Città sociale“.",
                "A film about the two Italian social innovations presented at the training in Sunny Beach in "
                "September 2018: the approach “I plan and implement social policies”, through which small "
                "municipalities in the Campania region plan their social policies together, and the Città "
                "sociale centre for social initiatives and innovation.",
            )
        ),
        "made_by": ("Партньор от регион Кампания", "A partner from the Campania region"),
        "translated_by": ("Екипът на проекта за обмяна на добри практики", "The good-practice exchange project team"),
        "language": FilmLanguage.ITALIAN,
        "tags": ["общини", "социални политики"],
        "cues": {
            "bg": [
                "Кампания, Южна Италия.",
                "Много общини тук са твърде малки,\nза да имат свои социални услуги.",
                "Затова планират и реализират\nсоциалните си политики заедно.",
                "Кметовете решават заедно\nкъде да отидат парите.",
                "Дори отделни случаи се обсъждат\nот екип на няколко общини.",
                "Città sociale е друга иновация:\nцентър за социални инициативи.",
                "Той насочва жителите към услугите\nи проучва нуждите им.",
                "Дава място за инициативи,\nкампании и доброволци.",
                "В България двете идеи\nбяха обсъдени в Слънчев бряг.",
                "Първата стъпка: обща карта\nна нуждите и услугите.",
            ],
            "en": [
                "Campania, southern Italy.",
                "Many towns here are too small\nto have social services of their own.",
                "So they plan and implement\ntheir social policies together.",
                "The mayors decide together\nwhere the money goes.",
                "Even single cases are discussed\nby a team from several towns.",
                "Città sociale is another innovation:\na centre for social initiatives.",
                "It refers residents to services\nand studies what they need.",
                "It offers room for initiatives,\ncampaigns and volunteers.",
                "In Bulgaria both ideas\nwere discussed in Sunny Beach.",
                "The first step: a shared map\nof needs and services.",
            ],
        },
    },
    {
        "slug": "virtual-social-cooperative",
        "practices": ["virtual-social-cooperative"],
        "title": ("Виртуалният социален кооператив", "The virtual social cooperative"),
        "description": illustrative(
            (
                "Мултимедиен филм по проект BG051PO0017.0.07-0054-C002 за социалните кооперативи: как опитът на "
                "Италия може да помогне на хората в неравностойно положение в малките и отдалечените населени "
                "места в България.",
                "A multimedia film from project BG051PO0017.0.07-0054-C002 on social cooperatives: how Italian "
                "experience can help disadvantaged people in small and remote places in Bulgaria.",
            )
        ),
        "made_by": ("Проект „Социалният кооператив“", "The Social Cooperative project"),
        "translated_by": ("Екипът на проекта", "The project team"),
        "language": FilmLanguage.BULGARIAN,
        "tags": ["кооперативи", "заетост"],
        "cues": {
            "bg": [
                "В малките селища работа се намира трудно.",
                "Младите заминават,\nа възрастните остават сами.",
                "Социалният кооператив събира хората,\nза да работят заедно.",
                "В Италия такива кооперативи\nса обичайни.",
                "Специалисти от България\nги посетиха на място.",
                "Видяха как общините и бизнесът\nси партнират.",
                "Виртуалният кооператив свързва\nчленове от различни села.",
                "Поръчките, обучението и счетоводството\nсе уреждат онлайн.",
                "Всеки работи там, където живее.",
                "Наръчникът „Социалното коопериране“\nописва как се започва.",
                "Стари традиции, нови възможности.",
                "Кооперативът е отворен за всеки,\nкойто иска да работи.",
            ],
            "en": [
                "In small villages work is hard to find.",
                "The young leave,\nand older people stay on alone.",
                "A social cooperative brings people\ntogether to work.",
                "In Italy such cooperatives are common.",
                "Specialists from Bulgaria\nvisited them there.",
                "They saw how municipalities\nand businesses work together.",
                "A virtual cooperative links members\nin different villages.",
                "Orders, training and bookkeeping\nmove online.",
                "Everyone works where they live.",
                "The handbook on social cooperation\nexplains how to start.",
                "Old traditions, new opportunities.",
                "The cooperative is open to anyone\nwho wants to work.",
            ],
        },
    },
]


def subrip(texts):
    """A SubRip file for the demo texts, spread evenly over the film (fewer cues are shown longer)."""
    step = (DURATION.total_seconds() - 2 * LEAD_IN) / len(texts)
    blocks = []
    for index, text in enumerate(texts):
        start = round((LEAD_IN + index * step) * 1000)
        end = start + round((step - GAP) * 1000)
        timing = f"{format_timestamp(start, separator=',')} --> {format_timestamp(end, separator=',')}"
        blocks.append(f"{index + 1}\n{timing}\n{text}\n")
    return "\n".join(blocks)


def load_film(data):
    """Create the film with its subtitle tracks; an existing film (maybe edited since) and its existing tracks
    are left as they are, and only a track in a language it lacks is added."""
    film = Film.objects.filter(slug=data["slug"]).first()
    if film is None:
        film = _create_film(data)
    for language, texts in data["cues"].items():
        if not SubtitleTrack.objects.filter(film=film, language=language).exists():
            track = SubtitleTrack(film=film, language=language, status=TrackStatus.APPROVED)
            parsed = parse_subtitles(subrip(texts).encode(), duration=film.duration)
            store_subtitle_track(track=track, parsed=parsed, filename=f"{data['slug']}.{language}.srt")
    return film


def _create_film(data):
    practices = list(Practice.objects.filter(slug__in=data["practices"]).select_related("project"))
    # The first practice named is the film's own: its project, themes and organisations are the film's.
    practice = next((found for slug in data["practices"] for found in practices if found.slug == slug), None)
    film = Film(slug=data["slug"])
    for field, (bulgarian, english) in [
        ("title", data["title"]),
        ("description", data["description"]),
        ("produced_by", data["made_by"]),
        ("translated_by", data["translated_by"]),
    ]:
        setattr(film, f"{field}_bg", bulgarian)
        setattr(film, f"{field}_en", english)
    film.duration = DURATION
    film.original_language = data["language"]
    film.status = PublicationStatus.PUBLISHED
    film.project = practice.project if practice else None
    if not film.file:
        film.file.save(f"{data['slug']}.webm", ContentFile((MEDIA / f"{data['slug']}.webm").read_bytes()), save=False)
    if not film.poster:
        film.poster.save(f"{data['slug']}.jpg", ContentFile((MEDIA / f"{data['slug']}.jpg").read_bytes()), save=False)
    film.save()
    film.tags.set(data["tags"])
    if practice:
        film.practices.set(practices)
        film.themes.set(practice.themes.all())
        film.organisations.set([practice.source_organisation_id, *practice.partners.values_list("id", flat=True)])
    return film


def load(*, stdout):
    films = [load_film(data) for data in FILMS]
    stdout.write(f"Films: {len(films)} demo films with Bulgarian and English subtitles.")
