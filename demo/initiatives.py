"""Demo calls after the seeds' centre for social initiatives and innovation ("an information platform, referral
services, a tool for research and policy planning for the municipality, a space for initiatives, campaigns and
volunteering") and the social cooperative's work for marginalised groups in small and remote places.

The seeds name no call, date or contact: every call here is illustrative and says so. Open calls close a few weeks
after the demo is loaded; one closed call shows the archive. Safe to run again: calls are matched by slug.
"""

from datetime import timedelta

from django.utils import timezone

from directory.geography import Oblast
from directory.models import Organisation, TargetGroup, Theme
from initiatives.enums import CallKind, CallStatus
from initiatives.models import Call

APP_LABEL = "initiatives"
NOTE = {"bg": "_Поканата е примерна: създадена е за демонстрация на портала._", "en": "_This call is illustrative._"}

CALLS = [
    {
        "slug": "partnori-tsentar-za-sotsialni-initsiativi-blagoevgrad",
        "organisation": "business-agency",
        "kind": CallKind.PARTNERS,
        "oblast": Oblast.BLAGOEVGRAD,
        "municipality": "Благоевград",
        "days": 45,
        "themes": ["competence-centres", "joint-planning-of-social-policies"],
        "groups": [],
        "title_bg": "Партньори за Център за социални инициативи и иновации в Благоевград",
        "title_en": "Partners for a Centre for Social Initiatives and Innovation in Blagoevgrad",
        "summary_bg": "Търсим общини, доставчици на социални услуги и НПО, които да изградят заедно "
        "информационна платформа, услуги за насочване и пространство за инициативи.",
        "summary_en": "We look for municipalities, social-service providers and NGOs to build together an "
        "information platform, referral services and a space for initiatives.",
        "description_bg": "Центърът ще бъде и инструмент за проучване и подпомагане на планирането на социалните "
        "политики на общината, по примера на италианския център „Città sociale“.",
        "description_en": "The centre is also to be a tool for research and for the municipality's social policy "
        "planning, after the Italian centre “Città sociale”.",
    },
    {
        "slug": "dobrovoltsi-obucheniya-malki-naseleni-mesta-smolyan",
        "organisation": "social-cooperative",
        "kind": CallKind.VOLUNTEERING,
        "oblast": Oblast.SMOLYAN,
        "municipality": "Борино",
        "remote": True,
        "days": 30,
        "themes": ["social-enterprises-and-cooperatives", "technology-at-the-workplace"],
        "groups": ["young-people-at-risk"],
        "title_bg": "Доброволци за компютърни обучения в малки селища в Родопите",
        "title_en": "Volunteers for computer training in small Rhodope villages",
        "summary_bg": "Търсим доброволци, които да водят кратки обучения по дигитални умения за млади хора "
        "в отдалечени села.",
        "summary_en": "We look for volunteers to run short digital-skills courses for young people in remote villages.",
        "description_bg": "Виртуалната социална кооперация споделя информация, технологии и човешки ресурси "
        "с маргинализирани групи в малки и отдалечени населени места.",
        "description_en": "The virtual social cooperative shares information, technology and people with "
        "marginalised groups in small and remote places.",
    },
    {
        "slug": "campaign-social-cooperatives-varna",
        "organisation": "social-cooperative",
        "kind": CallKind.CAMPAIGN,
        "oblast": Oblast.VARNA,
        "municipality": "Варна",
        "days": 60,
        "themes": ["social-enterprises-and-cooperatives"],
        "groups": [],
        "title_bg": "Кампания: какво може да направи един социален кооператив за вашия град",
        "title_en": "Campaign: what a social cooperative can do for your town",
        "summary_bg": "Срещи в читалищата във Варна за това как хората създават заедно социален кооператив.",
        "summary_en": "Meetings in Varna's community centres on how people set up a social cooperative together.",
        "description_bg": "Поредица от срещи, на които членове на виртуалната социална кооперация разказват как се "
        "създава и управлява социален кооператив.",
        "description_en": "A series of meetings where members of the virtual social cooperative tell how a social "
        "cooperative is set up and run.",
    },
    {
        "slug": "dobrovoltsi-letni-zanimaniya-nesebar",
        "organisation": "social-cooperative",
        "kind": CallKind.VOLUNTEERING,
        "oblast": Oblast.BURGAS,
        "municipality": "Несебър",
        "days": 20,
        "themes": [],
        "groups": ["young-people-at-risk"],
        "title_bg": "Доброволци за летни занимания с деца на сезонни работници край Слънчев бряг",
        "title_en": "Volunteers for summer activities with seasonal workers' children near Sunny Beach",
        "summary_bg": "Търсим доброволци за занимания с деца, докато родителите им работят през сезона.",
        "summary_en": "We look for volunteers to run activities with children while their parents work the season.",
        "description_bg": "",
        "description_en": "",
    },
    {
        "slug": "partnori-ikt-virtualna-sotsialna-kooperatsiya-sofia",
        "organisation": "business-agency",
        "kind": CallKind.PARTNERS,
        "oblast": Oblast.SOFIA_CITY,
        "municipality": "Столична",
        "days": 75,
        "themes": ["technology-at-the-workplace"],
        "groups": ["people-with-disabilities"],
        "title_bg": "ИКТ компании – партньори за виртуалната социална кооперация",
        "title_en": "ICT companies as partners of the virtual social cooperative",
        "summary_bg": "Търсим ИКТ фирми, които да предоставят техника и знания на организации в малки общини.",
        "summary_en": "We look for ICT firms to lend equipment and know-how to organisations in small municipalities.",
        "description_bg": "",
        "description_en": "",
    },
    {
        "slug": "dobrovoltsi-seminar-blagoevgrad",
        "organisation": "business-agency",
        "kind": CallKind.VOLUNTEERING,
        "oblast": Oblast.BLAGOEVGRAD,
        "municipality": "Благоевград",
        "days": -20,
        "themes": ["competence-centres"],
        "groups": [],
        "title_bg": "Доброволци за семинара за социалните иновации в Благоевград",
        "title_en": "Volunteers for the social innovation seminar in Blagoevgrad",
        "summary_bg": "Помощ при посрещането на участниците и при работата в групи.",
        "summary_en": "Help with welcoming the participants and with the group work.",
        "description_bg": "",
        "description_en": "",
    },
]


def load(*, stdout):
    organisations = {org.slug: org for org in Organisation.objects.filter(slug__in={c["organisation"] for c in CALLS})}
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    groups = {group.slug: group for group in TargetGroup.objects.all()}
    today, now = timezone.localdate(), timezone.now()
    made = 0
    for data in CALLS:
        organisation = organisations.get(data["organisation"])
        if organisation is None or Call.objects.filter(slug=data["slug"]).exists():
            continue
        closed = data["days"] < 0
        texts = {f"{field}_{code}": data[f"{field}_{code}"] for field in ("title", "summary") for code in ("bg", "en")}
        descriptions = {
            f"description_{code}": f"{data[f'description_{code}']}\n\n{note}".strip() if data[f"title_{code}"] else ""
            for code, note in NOTE.items()
        }
        call = Call.objects.create(
            slug=data["slug"],
            organisation=organisation,
            kind=data["kind"],
            oblast=data["oblast"],
            municipality=data["municipality"],
            remote_or_small=data.get("remote", False),
            closes_on=today + timedelta(days=data["days"]),
            contact="centre@example.org",
            status=CallStatus.CLOSED if closed else CallStatus.OPEN,
            approved_at=now,
            closed_at=now if closed else None,
            **texts,
            **descriptions,
        )
        call.themes.set([themes[slug] for slug in data["themes"] if slug in themes])
        call.target_groups.set([groups[slug] for slug in data["groups"] if slug in groups])
        made += 1
    stdout.write(f"Initiatives: {made} illustrative calls added ({len(CALLS)} in the demo).")
