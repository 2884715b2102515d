"""Offers and needs on the exchange of the virtual social cooperative, from the fifth seed: "a network for exchanging
information, technologies and human resources" that works "in the interest of marginalised groups in remote and small
settlements" (project BG051PO001-7.0.07-0054-C002).

Every listing, person, place and detail here is illustrative (each description says so). They are posted through
the exchange's services, so the matching runs as on the site: the transport, training, premises, equipment and
skills pairs below find each other across neighbouring oblasts, and the far-away know-how need stays unmatched.

Safe to run again: nothing is added once the demo's listings are there.
"""

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from directory.enums import MembershipStatus
from directory.models import Membership, Organisation
from directory.services import ensure_profile
from exchange import services
from exchange.enums import Category, ListingKind
from exchange.models import Listing, Match

APP_LABEL = "exchange"
ORGANISATION = "social-cooperative"
NOTE = (
    "\n\nДемонстрационна обява: хората, мястото и подробностите са илюстративни.",
    "\n\nA demo listing: the people, the place and the details are illustrative.",
)

MEMBERS = {
    # username: (display name, e-mail, member of the social cooperative)
    "petar": ("Петър Стоянов", "petar.stoyanov@demo.social-innovations.example", True),
    "elena": ("Елена Димитрова", "elena.dimitrova@demo.social-innovations.example", False),
    "georgi": ("Георги Петков", "georgi.petkov@demo.social-innovations.example", False),
    "desislava": ("Десислава Колева", "desislava.koleva@demo.social-innovations.example", False),
    "nikolay": ("Николай Тодоров", "nikolay.todorov@demo.social-innovations.example", False),
}

# (username, in the cooperative's name, kind, category, oblast, municipality, remote,
#  title bg, title en, description bg, description en): every demo text in both languages.
LISTINGS = [
    (
        "petar",
        True,
        ListingKind.OFFER,
        Category.TRAINING,
        "BG-01",
        "Благоевград",
        False,
        "Обучение на обучители в социалната сфера",
        "Training of trainers in social work",
        "Двудневен курс за специалисти по превенция и интеграция, по опита, обменен с партньорите от Италия.",
        "A two-day course for prevention and integration specialists, built on the experience exchanged with the "
        "Italian partners.",
    ),
    (
        "petar",
        True,
        ListingKind.OFFER,
        Category.TRANSPORT,
        "BG-01",
        "Разлог",
        True,
        "Микробус с рампа за хора с увреждания",
        "A minibus with a ramp for disabled people",
        "Свободен в събота и неделя за превоз до услуги, обучения и събития в съседните общини.",
        "Free on Saturdays and Sundays for trips to services, trainings and events in the neighbouring municipalities.",
    ),
    (
        "georgi",
        False,
        ListingKind.NEED,
        Category.TRANSPORT,
        "BG-10",
        "Трекляно",
        True,
        "Превоз до дневен център за възрастни хора",
        "Transport to a day centre for older people",
        "Шестима възрастни хора от малко село нямат как да стигнат до дневния център в общинския град.",
        "Six older people in a small village have no way to reach the day centre in the municipal town.",
    ),
    (
        "elena",
        False,
        ListingKind.NEED,
        Category.TRAINING,
        "BG-01",
        "Сандански",
        False,
        "Обучение за доброволци, които работят с млади хора в риск",
        "Training for volunteers who work with young people at risk",
        "Търсим обучител за група от десет доброволци, които започват работа с младежи в риск.",
        "We are looking for a trainer for a group of ten volunteers starting work with young people at risk.",
    ),
    (
        "elena",
        False,
        ListingKind.OFFER,
        Category.PREMISES,
        "BG-03",
        "Аврен",
        True,
        "Зала в читалище за срещи и обучения",
        "A community-centre hall for meetings and trainings",
        "Зала за 30 души с проектор, свободна в делнични следобеди.",
        "A hall for 30 people with a projector, free on weekday afternoons.",
    ),
    (
        "nikolay",
        False,
        ListingKind.NEED,
        Category.PREMISES,
        "BG-08",
        "Балчик",
        False,
        "Помещение за седмичен младежки клуб",
        "A room for a weekly youth club",
        "Клубът събира младежи от малцинствени общности веднъж седмично и няма постоянно място.",
        "The club meets young people from minority communities once a week and has no place of its own.",
    ),
    (
        "desislava",
        False,
        ListingKind.OFFER,
        Category.EQUIPMENT,
        "BG-02",
        "Бургас",
        False,
        "Десет лаптопа за учебна зала",
        "Ten laptops for a training room",
        "Лаптопите са от приключил проект и могат да се заемат за курсове по дигитални умения.",
        "The laptops are from a finished project and can be lent for digital-skills courses.",
    ),
    (
        "nikolay",
        False,
        ListingKind.NEED,
        Category.EQUIPMENT,
        "BG-28",
        "Болярово",
        True,
        "Компютри за курс по дигитални умения за възрастни хора",
        "Computers for a digital-skills course for older people",
        "Курсът е в селско читалище; нужни са поне осем компютъра за три месеца.",
        "The course is in a village community centre; at least eight computers are needed for three months.",
    ),
    (
        "elena",
        False,
        ListingKind.OFFER,
        Category.SKILLS,
        "BG-03",
        "Варна",
        False,
        "Счетоводител доброволец за малки сдружения",
        "A volunteer bookkeeper for small associations",
        "Два часа седмично помощ с отчетите на сдружения, които работят за социално включване.",
        "Two hours a week of help with the accounts of associations working for social inclusion.",
    ),
    (
        "desislava",
        False,
        ListingKind.NEED,
        Category.SKILLS,
        "BG-02",
        "Несебър",
        False,
        "Помощ с отчетите на сдружение в Слънчев бряг",
        "Help with the accounts of an association in Sunny Beach",
        "Сдружението подкрепя сезонни работници и има нужда от човек, който познава отчетите по проекти.",
        "The association supports seasonal workers and needs someone who knows project reporting.",
    ),
    (
        "petar",
        True,
        ListingKind.OFFER,
        Category.KNOW_HOW,
        "BG-22",
        "Столична",
        False,
        "Наръчник „Социалното коопериране – стари традиции, нови възможности“",
        "Handbook “Social co-operation: old traditions, new opportunities”",
        "Как се създава, мотивира и управлява социален кооператив; предлагаме и среща за въпроси.",
        "How to set up, motivate and run a social co-operative; we also offer a meeting for questions.",
    ),
    (
        "georgi",
        False,
        ListingKind.NEED,
        Category.KNOW_HOW,
        "BG-21",
        "Смолян",
        True,
        "Как да започнем социален кооператив в планински села",
        "How to start a social cooperative in mountain villages",
        "Група жени от три села иска да продава заедно билки и плетива.",
        "A group of women from three villages want to sell herbs and knitwear together.",
    ),
]
TAKEN_UP = ("Микробус с рампа за хора с увреждания", "Превоз до дневен център за възрастни хора")


def _member(username, organisation):
    display_name, email, in_cooperative = MEMBERS[username]
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        user = get_user_model().objects.create_user(username=username, email=email, password=None)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    profile = ensure_profile(user=user)
    if not profile.display_name:
        profile.display_name = display_name
    profile.save()
    if in_cooperative and organisation is not None:
        Membership.objects.get_or_create(
            user=user, organisation=organisation, defaults={"status": MembershipStatus.ACCEPTED}
        )
    return user


def load(*, stdout):
    if Listing.objects.filter(title_bg=LISTINGS[0][7]).exists():
        stdout.write("Exchange: demo listings already there.")
        return
    organisation = Organisation.objects.filter(slug=ORGANISATION).first()
    people = {username: _member(username, organisation) for username in MEMBERS}
    for (
        username,
        in_name,
        kind,
        category,
        oblast,
        municipality,
        remote,
        title_bg,
        title_en,
        text_bg,
        text_en,
    ) in LISTINGS:
        services.post_listing(
            author=people[username],
            organisation=organisation if in_name else None,
            kind=kind,
            category=category,
            oblast=oblast,
            municipality=municipality,
            is_remote=remote,
            title_bg=title_bg,
            title_en=title_en,
            description_bg=text_bg + NOTE[0],
            description_en=text_en + NOTE[1] if text_en else "",
        )
    offer_title, need_title = TAKEN_UP
    match = Match.objects.select_related("offer", "need").get(offer__title_bg=offer_title, need__title_bg=need_title)
    services.take_up_match(match=match, user=match.need.author)
    stdout.write(f"Exchange: {len(LISTINGS)} offers and needs, {Match.objects.count()} matches.")
