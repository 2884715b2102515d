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
CUE_SECONDS = 3.4
CUE_STEP = 3.6

FILMS = [
    {
        "slug": "young-and-old",
        "practice": "young-people-help-older-people-scotland",
        "title": (
            "Млади и възрастни: посещения, които променят и двете страни",
            "Young and old: visits that change both sides",
        ),
        "description": (
            "Кратък филм на IRISS за шотландска програма, в която младежи доброволци посещават възрастни хора "
            "в своя квартал. Показан на двудневната конференция в България и преведен за портала.",
            "A short film by IRISS about a Scottish programme in which young volunteers visit older people in "
            "their neighbourhood. Shown at the two-day conference in Bulgaria and translated for the portal.",
        ),
        "made_by": ("IRISS, Глазгоу", "IRISS, Glasgow"),
        "translated_by": ("„Екселиа“ ЕООД за Сдружение „Бизнес Агенция“", "Exelia Ltd for Business Agency Association"),
        "language": FilmLanguage.ENGLISH,
        "tags": ["между поколенията", "доброволчество"],
        "cues": {
            "bg": [
                "Всяка сряда Ейдън идва у г-жа Робъртсън.",
                "Тя е на осемдесет и две години\nи живее сама.",
                "Той е на шестнайсет\nи отначало не искал да идва.",
                "Днес двамата учат видеоразговори.",
                "„Внучката ми е в Канада“, казва тя.",
                "„Сега я виждам всяка неделя.“",
                "Доброволците минават кратко обучение.",
                "Социалната служба подбира двойките.",
                "Училището признава часовете\nкато опит в общността.",
                "Самотата намалява, а младежите\nстават по-уверени.",
                "„Научих повече, отколкото научих нея“,\nказва Ейдън.",
                "Програмата вече работи в шест града.",
            ],
            "en": [
                "Every Wednesday Aidan\nvisits Mrs Robertson.",
                "She is eighty-two\nand lives on her own.",
                "He is sixteen and at first\ndid not want to come.",
                "Today they are learning video calls.",
                "'My granddaughter is in Canada,' she says.",
                "'Now I see her every Sunday.'",
                "The volunteers take\na short training course.",
                "A social service matches the pairs.",
                "The school counts the hours\nas community experience.",
                "Loneliness falls, and the young people\ngrow in confidence.",
                "'I learnt more than I taught her,'\nsays Aidan.",
                "The programme now runs in six towns.",
            ],
        },
    },
    {
        "slug": "citta-sociale-campania",
        "practice": "citta-sociale",
        "title": ("Città sociale: общини, които планират заедно", "Città sociale: towns that plan together"),
        "description": (
            "Филм за центъра за социални инициативи и иновации в регион Кампания, представен на обучението "
            "в Слънчев бряг през септември 2018 г.: малки общини планират и предоставят социални услуги заедно.",
            "A film about the centre for social initiatives and innovation in Campania, shown at the training in "
            "Sunny Beach in September 2018: small towns plan and run their social services together.",
        ),
        "made_by": ("Партньор от регион Кампания", "A partner from the Campania region"),
        "translated_by": ("Екипът на проекта за обмяна на добри практики", "The good-practice exchange project team"),
        "language": FilmLanguage.ITALIAN,
        "tags": ["общини", "социални политики"],
        "cues": {
            "bg": [
                "Кампания, Южна Италия.",
                "Тук общините са малки\nза свои социални услуги.",
                "Затова планират заедно.",
                "Центърът Città sociale им помага.",
                "Той събира данни за нуждите\nна хората във всяка община.",
                "Насочва жителите към правилната услуга.",
                "Дава място за инициативи\nи доброволци.",
                "Кметовете решават общо\nкъде да отидат парите.",
                "Дори отделни случаи се обсъждат\nот екип на няколко общини.",
                "Така и най-малкото село\nполучава подкрепа.",
                "В България идеята беше обсъдена\nв Слънчев бряг.",
                "Първата стъпка: една обща карта\nна нуждите.",
            ],
            "en": [
                "Campania, southern Italy.",
                "Many towns here are too small\nfor services of their own.",
                "So they plan together.",
                "The Città sociale centre helps them.",
                "It gathers data on what people need\nin each town.",
                "It points residents to the right service.",
                "It offers room for initiatives\nand volunteers.",
                "The mayors decide together\nwhere the money goes.",
                "Even single cases are\ndiscussed by several towns.",
                "So the smallest village\nstill gets support.",
                "In Bulgaria the idea was debated\nin Sunny Beach.",
                "The first step: one shared map\nof needs.",
            ],
        },
    },
    {
        "slug": "virtual-social-cooperative",
        "practice": "virtual-social-cooperative",
        "title": ("Виртуалният социален кооператив", "The virtual social cooperative"),
        "description": (
            "Мултимедиен филм по проект BG051PO0017.0.07-0054-C002 за социалните кооперативи: как опитът на "
            "Италия може да помогне на хора в неравностойно положение в малки и отдалечени населени места.",
            "A multimedia film from project BG051PO0017.0.07-0054-C002 on social cooperatives: how Italian "
            "experience can help disadvantaged people in small and remote places in Bulgaria.",
        ),
        "made_by": ("Проект „Социалният кооператив“", "The Social Cooperative project"),
        "translated_by": ("Екипът на проекта", "The project team"),
        "language": FilmLanguage.BULGARIAN,
        "tags": ["кооперативи", "заетост"],
        "cues": {
            "bg": [
                "В малките селища работа се намира трудно.",
                "Младите заминават,\nа възрастните остават сами.",
                "Социалният кооператив събира хората\nда работят заедно.",
                "В Италия такива кооперативи\nса обичайни.",
                "Специалисти от България\nги посетиха на място.",
                "Видяха как общината и бизнесът\nси партнират.",
                "Виртуалният кооператив свързва\nчленове от различни села.",
                "Поръчки, обучение и счетоводство\nстават онлайн.",
                "Всеки работи там, където живее.",
                "Наръчникът „Социалното коопериране“\nописва как се започва.",
                "Стари традиции, нови възможности.",
                "Кооперативът е отворен за всеки,\nкойто иска да работи.",
            ],
            "en": [
                "In small villages work is hard to find.",
                "The young leave,\nand the old stay on alone.",
                "A social cooperative brings people\ntogether to work.",
                "In Italy such cooperatives are common.",
                "Specialists from Bulgaria\nvisited them there.",
                "They saw how towns and firms\nwork as partners.",
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
    """A SubRip file for the demo texts, one cue every 3.6 seconds from half a second in."""
    blocks = []
    for index, text in enumerate(texts):
        start = round((0.5 + index * CUE_STEP) * 1000)
        end = start + round(CUE_SECONDS * 1000)
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
    practice = Practice.objects.filter(slug=data["practice"]).select_related("project").first()
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
        film.practices.set([practice])
        film.themes.set(practice.themes.all())
        film.organisations.set([practice.source_organisation_id, *practice.partners.values_list("id", flat=True)])
    return film


def load(*, stdout):
    films = [load_film(data) for data in FILMS]
    stdout.write(f"Films: {len(films)} demo films with Bulgarian and English subtitles.")
