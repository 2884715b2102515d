"""Two answered demo enquiries, one of them published anonymised, in Blagoevgrad and Burgas oblasts.

The seeds describe the centre's information and referral role but no enquiry: both are illustrative, asked by
made-up people at example.org addresses, and the published answer says so. Safe to run again: enquiries are
matched by their question, the published answer by slug.
"""

from django.utils import timezone

from directory.models import Organisation
from enquiries.enums import EnquiryStatus
from enquiries.models import Enquiry, PublicAnswer

APP_LABEL = "enquiries"
LOADS_AFTER = ("directory",)

NOTE = {
    "bg": "_Примерно запитване: изходните текстове не съдържат запитвания._",
    "en": "_An illustrative enquiry: the seed texts contain none._",
}


def load(*, stdout):
    now = timezone.now()
    made = 0
    for data in ENQUIRIES:
        organisation = Organisation.objects.filter(slug=data["organisation"]).first()
        if organisation is None:
            continue  # the directory demo was not loaded
        enquiry, created = Enquiry.objects.get_or_create(
            question=data["question"],
            defaults={
                **data["enquirer"],
                "status": EnquiryStatus.ANSWERED,
                "organisation": organisation,
                "answer": data["answer"],
                "confirmed_at": now,
                "assigned_at": now,
                "answered_at": now,
            },
        )
        made += created
        if "public" in data:
            public = data["public"]
            answers = {f"answer_{code}": f"{public[f'answer_{code}']}\n\n{note}" for code, note in NOTE.items()}
            PublicAnswer.objects.get_or_create(
                slug=public["slug"],
                defaults={
                    **{key: value for key, value in public.items() if key != "slug" and not key.startswith("answer")},
                    **answers,
                    "enquiry": enquiry,
                    "is_published": True,
                    "published_at": now,
                },
            )
    stdout.write(f"Enquiries: {made} answered enquiries added.")


ENQUIRIES = [
    {
        "enquirer": {"name": "Елена", "email": "elena@example.org", "language": "bg", "oblast": "BG-01"},
        "question": "Майка ми живее сама в село край Якоруда. Има ли кой да я посещава у дома и да ѝ носи лекарства?",
        "organisation": "social-cooperative",
        "answer": "Да: мобилната грижа в планинските села на община Якоруда посещава самотно живеещи възрастни "
        "хора. Обадете се на посочения в справочника телефон; насочване от Дирекция „Социално подпомагане“ не е "
        "нужно.",
        "public": {
            "slug": "home-visits-remote-villages-yakoruda",
            "oblast": "BG-01",
            "title_bg": "Посещения у дома за възрастни хора в селата край Якоруда",
            "title_en": "Home visits for older people in the villages around Yakoruda",
            "question_bg": "Възрастен човек живее сам в село в община Якоруда. Има ли кой да го посещава у дома и "
            "да му носи лекарства?",
            "question_en": "An older person lives alone in a village in Yakoruda municipality. Is there anyone who "
            "visits at home and brings medicines?",
            "answer_bg": "Да: **мобилната грижа в планинските села** на община Якоруда посещава самотно живеещи "
            "възрастни хора. Свържете се с доставчика по телефона от справочника на социалните услуги; насочване "
            "не е нужно.",
            "answer_en": "Yes: the **mobile care in the mountain villages** of Yakoruda municipality visits older "
            "people who live alone. Contact the provider by the phone given in the directory of social services; "
            "no referral is needed.",
        },
    },
    {
        "enquirer": {"name": "", "email": "seasonal.worker@example.org", "language": "en", "oblast": "BG-02"},
        "question": "I will work the summer season at Sunny Beach. Who can tell me about health insurance there?",
        "organisation": "social-cooperative",
        "answer": "The support point for seasonal workers at Sunny Beach (Nessebar municipality) answers questions "
        "on insurance, housing and rights from May to October, every morning.",
    },
]
