"""Demo social services for the referral directory, across oblasts and in remote places.

The seeds name the centre's "referral services" but no service, address or telephone: every service here is
illustrative and says so, with made-up contacts (example.org addresses, zeros for numbers). Providers are the
directory demo's organisations. Safe to run again: services are matched by slug; existing ones are left as they are.
"""

from directory.models import Organisation, TargetGroup
from services.models import Service

APP_LABEL = "services"
LOADS_AFTER = ("directory",)

NOTE = {
    "bg": "Примерна услуга: изходните текстове не описват конкретни услуги, адресът и телефонът са измислени.",
    "en": "An illustrative service: the seed texts describe no actual service; the address and phone are made up.",
}


def load(*, stdout):
    created = 0
    for data in SERVICES:
        provider = Organisation.objects.filter(slug=data["provider"]).first()
        if provider is None:
            continue  # the directory demo was not loaded
        fields = {key: value for key, value in data.items() if key not in {"slug", "provider", "groups"}}
        for code, note in NOTE.items():
            fields[f"summary_{code}"] = f"{fields[f'summary_{code}']}\n\n{note}"
        fields["provider"] = provider
        row, was_created = Service.objects.get_or_create(slug=data["slug"], defaults=fields)
        if was_created:
            row.target_groups.set(TargetGroup.objects.filter(slug__in=data["groups"]))
            created += 1
    stdout.write(f"Services: {created} social services added.")


def service(slug, provider, oblast, municipality, groups, bg, en, **contacts):
    """One service: (title, summary, eligibility, address, hours) in each language."""
    names = ("title", "summary", "eligibility", "address", "hours")
    return {
        "slug": slug,
        "provider": provider,
        "oblast": oblast,
        "municipality": municipality,
        "groups": groups,
        **{f"{name}_bg": value for name, value in zip(names, bg, strict=True)},
        **{f"{name}_en": value for name, value in zip(names, en, strict=True)},
        **contacts,
    }


SERVICES = [
    service(
        "day-centre-blagoevgrad",
        "business-agency",
        "BG-01",  # Blagoevgrad
        "Благоевград",
        ["people-with-disabilities"],
        (
            "Дневен център за пълнолетни хора с увреждания",
            "Дневна грижа, рехабилитация и занимания за хора с увреждания, с транспорт от селата на общината.",
            "С направление от Дирекция „Социално подпомагане“ или по лична молба.",
            "ул. „Примерна“ 1, Благоевград",
            "понеделник – петък, 8:00 – 17:00",
        ),
        (
            "Day centre for adults with disabilities",
            "Day care, rehabilitation and activities for people with disabilities, with transport from the "
            "municipality's villages.",
            "With a referral from the Social Assistance Directorate or on one's own request.",
            "1 Primerna St, Blagoevgrad",
            "Monday to Friday, 8:00 to 17:00",
        ),
        phone="+359 73 000 000",
        email="den-tsentar@example.org",
    ),
    service(
        "mobile-care-yakoruda",
        "social-cooperative",
        "BG-01",  # Blagoevgrad
        "Якоруда",
        ["older-people", "marginalised-groups-remote-places"],
        (
            "Мобилна грижа в планинските села",
            "Домашен помощник посещава възрастни хора в отдалечени и малки населени места: пазаруване, лекарства, "
            "придружаване до лекар.",
            "Самотно живеещи възрастни хора без близки наблизо.",
            "",
            "по график, всеки делничен ден",
        ),
        (
            "Mobile care in the mountain villages",
            "A home helper visits older people in remote and small settlements: shopping, medicines, going to the "
            "doctor together.",
            "Older people living alone with no relatives nearby.",
            "",
            "on a schedule, every weekday",
        ),
        phone="+359 0 000 000",
        email="mobilna-grizha@example.org",
    ),
    service(
        "counselling-varna",
        "sofia-development-association",
        "BG-03",  # Varna
        "Варна",
        ["young-people-at-risk"],
        (
            "Консултативен център за младежи в риск",
            "Психологическа подкрепа, кариерно консултиране и помощ при търсене на работа за младежи от 16 до 29 г.",
            "Младежи, които не учат и не работят.",
            "бул. „Примерен“ 10, Варна",
            "вторник – събота, 10:00 – 18:00",
        ),
        (
            "Counselling centre for young people at risk",
            "Psychological support, career guidance and help finding work for young people aged 16 to 29.",
            "Young people not in education or employment.",
            "10 Primeren Blvd, Varna",
            "Tuesday to Saturday, 10:00 to 18:00",
        ),
        phone="+359 52 000 000",
        email="mladezhi@example.org",
    ),
    service(
        "seasonal-workers-nessebar",
        "social-cooperative",
        "BG-02",  # Burgas
        "Несебър",
        ["marginalised-groups-remote-places"],
        (
            "Подкрепа за сезонни работници в Слънчев бряг",
            "Информация за права, настаняване и здравно осигуряване за сезонните работници в курорта.",
            "Сезонни работници и техните семейства.",
            "Слънчев бряг, община Несебър",
            "май – октомври, всеки ден 9:00 – 13:00",
        ),
        (
            "Support for seasonal workers at Sunny Beach",
            "Information on rights, housing and health insurance for the resort's seasonal workers.",
            "Seasonal workers and their families.",
            "Sunny Beach, Nessebar municipality",
            "May to October, daily 9:00 to 13:00",
        ),
        phone="+359 554 00 000",
        email="sezonni@example.org",
    ),
    service(
        "stroke-rehabilitation-sofia",
        "sofia-development-association",
        "BG-22",  # Sofia (capital)
        "Столична",
        ["stroke-survivors", "older-people"],
        (
            "Рехабилитация у дома след инсулт",
            "Кинезитерапевт и социален работник посещават у дома хора, преживели инсулт, и обучават близките им.",
            "Хора в първата година след инсулт, с направление от личния лекар.",
            "ул. „Примерна“ 5, София",
            "понеделник – петък, 9:00 – 17:00",
        ),
        (
            "Home rehabilitation after a stroke",
            "A physiotherapist and a social worker visit stroke survivors at home and train their relatives.",
            "People in the first year after a stroke, with a referral from their GP.",
            "5 Primerna St, Sofia",
            "Monday to Friday, 9:00 to 17:00",
        ),
        phone="+359 2 000 0000",
        email="rehabilitatsia@example.org",
        website="https://example.org/rehabilitatsia",
    ),
]
