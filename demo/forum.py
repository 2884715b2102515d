"""Demo discussions: forum categories from the conference topics, threads in both languages, comments on films
and practices. Safe to run again: categories match by slug, threads by title, comments by what they are under;
what exists stays as it is."""

from datetime import datetime, time, timedelta
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model

from core.i18n import written_language
from core.markdown import render_markdown
from directory.services import ensure_profile
from forum import services
from forum.models import Category, Discussion, Post
from forum.queries import discussion_for_object

from .events.content import EVENTS

APP_LABEL = "forum"
# The comments go on what the areas above the forum made, so this loads after their demos.
LOADS_AFTER = ("news", "practices", "films", "events")

PARTICIPANTS = {
    # username: (display name, e-mail)
    "elena": ("Елена Петрова", "elena.petrova@demo.social-innovations.example"),
    "georgi": ("Георги Димитров", "georgi.dimitrov@demo.social-innovations.example"),
    "fiona": ("Fiona MacLeod", "fiona.macleod@demo.social-innovations.example"),
    "ivana": ("Ивана Колева", "ivana.koleva@demo.social-innovations.example"),
}

CATEGORIES = [
    {
        "slug": "essence-of-social-work",
        "name": ("Същността на социалната работа в Шотландия", "The essence of social work in Scotland"),
        "description": (
            "Какво прави социалната работа в Шотландия такава, каквато е, и какво можем да вземем от нея.",
            "What shapes social work in Scotland, and what we can take from it.",
        ),
    },
    {
        "slug": "health-and-social-care",
        "name": ("Интеграция на здравните и социалните грижи", "Integration of health and social care"),
        "description": (
            "Общи екипи, общи бюджети и грижа у дома: опитът от Шотландия и първите стъпки у нас.",
            "Joint teams, pooled budgets and care at home: Scotland's experience and first steps in Bulgaria.",
        ),
    },
    {
        "slug": "social-media-and-innovation",
        "name": ("Социална медия и социална иновация", "Social media and social innovation"),
        "description": (
            "Блогове, форуми и бюлетини като начин да достигнем до хората, на които помагаме, и един до друг.",
            "Blogs, forums and bulletins as a way to reach the people we serve, and one another.",
        ),
    },
    {
        "slug": "technology-at-the-workplace",
        "name": ("Технология и иновации на работното място", "Technology and innovation at the workplace"),
        "description": (
            "Кои технологии наистина помагат на социалните работници и кои само добавят работа.",
            "Which technologies really help social workers, and which only add work.",
        ),
    },
    {
        "slug": "knowledge-into-practice",
        "name": ("Въвеждане на знанията в практика", "Putting knowledge into practice"),
        "description": (
            "От доклада до услугата: трансфер и адаптация на чужди практики в български общини.",
            "From report to service: transferring and adapting practices from abroad in Bulgarian municipalities.",
        ),
    },
]

# Posts are dated after the demo event they follow up: the last day of that event, 18:00 in Sofia, plus some days.
CONFERENCE = "scotland-social-inclusion-conference"
TRAINING = "perla-training-italian-social-innovations"
COOPERATIVE_CONFERENCE = "social-cooperative-conference"
LAST_DAYS = {event["slug"]: event["days"][-1][0] for event in EVENTS}


def after(event_slug, days):
    """When a post written `days` after the end of the demo event `event_slug` is dated."""
    end = datetime.combine(LAST_DAYS[event_slug], time(18), tzinfo=ZoneInfo(settings.TIME_ZONE))
    return end + timedelta(days=days)


# (category slug, title, event it follows, [(author, body, days after the event, reply to index or None)])
THREADS = [
    (
        "health-and-social-care",
        "Общи екипи за грижа у дома след инсулт – възможно ли е у нас?",
        CONFERENCE,
        [
            (
                "elena",
                "На конференцията IRISS показаха как в Шотландия медицинска сестра, ерготерапевт и социален "
                "работник идват **заедно** у дома след изписване от болница.\n\nКой от вас е опитвал нещо "
                "подобно с общината и болницата?",
                2,
                None,
            ),
            (
                "georgi",
                "В нашата община опитахме съвместни посещения, но без общ бюджет всичко зависи от добрата воля "
                "на двете страни. Най-трудното беше:\n\n- общ график\n- обмен на информация за човека\n"
                "- кой плаща транспорта",
                3,
                0,
            ),
            (
                "fiona",
                "In Scotland it only became stable once the budgets were pooled by law. Before that, we had the "
                "same problems you list, @georgi. Small pilots with a written agreement helped a lot.",
                6,
                1,
            ),
        ],
    ),
    (
        "social-media-and-innovation",
        "Blogs, chat forums and bulletins: what kept the network alive after the conference?",
        CONFERENCE,
        [
            (
                "fiona",
                "About a hundred people met at the two-day conference. Months later, which channels still work "
                "for you: a blog, this forum, a monthly bulletin?",
                120,
                None,
            ),
            (
                "ivana",
                "За нас най-полезен е месечният бюлетин – кратък, с една практика и едно събитие. Форумът е добър "
                "за въпроси, на които някой вече е намерил отговор.",
                122,
                0,
            ),
        ],
    ),
    (
        "knowledge-into-practice",
        "Съвместно планиране от малки общини: опитът на Кампания",
        TRAINING,
        [
            (
                "ivana",
                "След обучението в Слънчев бряг обсъждахме подхода „Аз планирам и реализирам социалните "
                "политики“: как малки общини могат да планират социалните си политики **заедно**, както в регион "
                "Кампания. Кой би опитал междуобщинско споразумение?",
                5,
                None,
            ),
            (
                "elena",
                "Ние сме готови, но ни трябва образец на споразумение. Има ли такъв в материалите от обучението?",
                7,
                0,
            ),
            (
                "georgi",
                "Има раздел за управлението, но е по-скоро рамка. Предлагам да споделим тук чернови и да ги сравним.",
                7.1,
                1,
            ),
        ],
    ),
    (
        "technology-at-the-workplace",
        "Tablets for home visits: worth it?",
        CONFERENCE,
        [
            (
                "georgi",
                "Our team got tablets for home visits. Notes are faster, but connectivity in the villages is poor. "
                "Has anyone found an _offline-first_ tool that works?",
                30,
                None,
            ),
        ],
    ),
    (
        "essence-of-social-work",
        "Какво ви впечатли най-много в шотландския подход?",
        CONFERENCE,
        [
            (
                "elena",
                "За мен – че човекът сам избира каква подкрепа да получи и кой да я предоставя "
                "(самостоятелно управлявана подкрепа).",
                1,
                None,
            ),
            (
                "fiona",
                "Self-directed support took years to settle in. The key was trusting people with the choice, "
                "and training social workers to support that choice rather than decide for them.",
                1.5,
                0,
            ),
        ],
    ),
]

# (app label, model, slug, event it was shown at, [(author, body, days after the event, film moment or None)])
COMMENTS = [
    (
        "films",
        "film",
        "young-and-old",
        CONFERENCE,
        [
            ("ivana", "Точно тук се вижда как и двете страни печелят от срещата.", 3, 12),
            ("fiona", "The volunteers were trained for only two afternoons before the first visit.", 4, 23),
        ],
    ),
    (
        "films",
        "film",
        "citta-sociale-campania",
        TRAINING,
        [("georgi", "Обърнете внимание на услугата за насочване в Città sociale – полезна е и за нас.", 10, 28)],
    ),
    (
        "films",
        "film",
        "virtual-social-cooperative",
        COOPERATIVE_CONFERENCE,
        [("elena", "Виртуалният кооператив би помогнал много на малките населени места в региона ни.", 5, 23)],
    ),
    (
        "practices",
        "practice",
        "citta-sociale",
        TRAINING,
        [
            (
                "ivana",
                "Бихме искали да открием такъв център в нашата община. Кой има опит с информационна платформа "
                "за услугите?",
                14,
                None,
            )
        ],
    ),
    (
        "practices",
        "practice",
        "virtual-social-cooperative",
        COOPERATIVE_CONFERENCE,
        [
            (
                "georgi",
                "Наръчникът „Социалното коопериране – стари традиции, нови възможности“ е много практичен.",
                20,
                None,
            )
        ],
    ),
]


def _participants():
    users = {}
    for username, (display_name, email) in PARTICIPANTS.items():
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            user = get_user_model().objects.create_user(username=username, email=email, password=None)
            EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
            profile = ensure_profile(user=user)
            profile.display_name = display_name
            profile.save()
        users[username] = user
    return users


def _create_post(*, discussion, author, body, created_at, reply_to=None, anchor_seconds=None):
    post = Post.objects.create(
        discussion=discussion,
        author=author,
        body=body,
        body_html=render_markdown(body),
        language=written_language(body) or "bg",
        created_at=created_at,
        reply_to=reply_to,
        anchor_seconds=anchor_seconds,
    )
    services.subscribe(user=author, discussion=discussion)
    return post


def _load_threads(users):
    categories = {}
    for position, data in enumerate(CATEGORIES):
        categories[data["slug"]], _created = Category.objects.get_or_create(
            slug=data["slug"],
            defaults={
                "name_bg": data["name"][0],
                "name_en": data["name"][1],
                "description_bg": data["description"][0],
                "description_en": data["description"][1],
                "position": position,
            },
        )
    for slug, title, event, posts in THREADS:
        first_author = users[posts[0][0]]
        if Discussion.objects.filter(title=title).exists():
            continue  # an existing thread keeps its posts as moderators and authors left them
        thread = Discussion.objects.create(
            title=title,
            language=written_language(title) or "bg",
            author=first_author,
            category=categories[slug],
            created_at=after(event, posts[0][2]),
        )
        written = []
        for author, body, days, reply_index in posts:
            written.append(
                _create_post(
                    discussion=thread,
                    author=users[author],
                    body=body,
                    created_at=after(event, days),
                    reply_to=written[reply_index] if reply_index is not None else None,
                )
            )
        services.refresh_discussion_counters(discussion=thread)
    return len(THREADS)


def _load_comments(users):
    loaded, skipped = 0, []
    for app_label, model_name, slug, event, comments in COMMENTS:
        try:
            model = apps.get_model(app_label, model_name)
        except LookupError:
            skipped.append(f"{app_label}.{model_name}")
            continue
        target = model._default_manager.filter(slug=slug).first()
        if target is None:
            skipped.append(slug)
            continue
        if discussion_for_object(target) is not None:
            continue  # comments already under it stay as they are
        discussion = services.open_discussion(content_object=target)
        for author, body, days, moment in comments:
            _create_post(
                discussion=discussion,
                author=users[author],
                body=body,
                created_at=after(event, days),
                anchor_seconds=moment,
            )
            loaded += 1
        services.refresh_discussion_counters(discussion=discussion)
    return loaded, skipped


def load(*, stdout):
    users = _participants()
    threads = _load_threads(users)
    comments, skipped = _load_comments(users)
    stdout.write(f"Forum: {len(CATEGORIES)} categories, {threads} threads, {comments} comments on films and practices.")
    if skipped:
        stdout.write(f"Forum: no comments on {', '.join(skipped)} (not loaded yet).")
