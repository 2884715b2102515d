"""The events of the seed texts, with their programmes, in Bulgarian and English (prose in our own words).

Times are wall-clock times in Sofia. Slugs of organisations, projects, themes, practices, documents and
films are those the portal and practices demo loaders create; missing ones are skipped.
"""

from datetime import date

PEOPLE = {
    # slug: (bg name, en name, organisation slug, bg position, en position, bg bio, en bio)
    "iriss-team": (
        "Експерти на IRISS",
        "IRISS experts",
        "iriss",
        "Институт за проучвания и иновации в социалните услуги",
        "Institute for Research and Innovation in Social Services",
        "Шотландските партньори по проекта, които представиха практики от социалната работа в Шотландия.",
        "The Scottish partners of the project, who presented practice from social work in Scotland.",
    ),
    "business-agency-team": (
        "Екип на Сдружение „Бизнес Агенция“",
        "Business Agency team",
        "business-agency",
        "Водеща организация по проекта",
        "Lead organisation of the project",
        "Екипът, който ръководи проекта и изследва шотландските мерки, приложими в България.",
        "The team that led the project and studied which Scottish measures could work in Bulgaria.",
    ),
    "exelia-team": (
        "Екип на „Екселиа“",
        "Exelia team",
        "exelia",
        "Партньор по проекта",
        "Project partner",
        "Партньорът, отговорен за онлайн платформата за обмен на идеи.",
        "The partner responsible for the online platform for exchanging ideas.",
    ),
    "sofia-development-association-team": (
        "Екип на Асоциация за развитие на София",
        "Sofia Development Association team",
        "sofia-development-association",
        "Водеща организация на SI PLUS в България",
        "Lead of SI PLUS in Bulgaria",
        "Лекторите, представили проекта SI PLUS и проучването на консорциума.",
        "The lecturers who presented the SI PLUS project and the consortium's research.",
    ),
    "rumen-donev": (
        "Румен Донев",
        "Rumen Donev",
        "ministry-of-labour-and-social-policy",
        "Министерство на труда и социалната политика",
        "Ministry of Labour and Social Policy",
        "Представи приоритетите на министерството в областта на социалните иновации и инструментите му "
        "в подкрепа на социалните предприятия.",
        "Presented the ministry's priorities in social innovation and its tools for supporting social enterprises.",
    ),
    "hermina-emiryan": (
        "Хермина Емирян",
        "Hermina Emiryan",
        None,
        "Модератор",
        "Moderator",
        "Модератор на семинара в Благоевград и на обсъжданията за бъдещия център за компетенции.",
        "Moderated the Blagoevgrad seminar and its discussions on the future competence centre.",
    ),
    "nache-academy-team": (
        "Екип на NaChe Academy",
        "NaChe Academy team",
        "nache-academy",
        "Домакин на семинара",
        "Host of the seminar",
        "Домакините на семинара в Благоевград.",
        "The hosts of the Blagoevgrad seminar.",
    ),
    "italian-experts": (
        "Италиански експерти от регион Кампания",
        "Italian experts from Campania",
        "campania-partner",
        "Партньор от Италия",
        "Partner from Italy",
        "Специалистите, проучили двете италиански социални иновации и сътрудничеството между малките общини.",
        "The specialists who studied the two Italian social innovations and the cooperation of small municipalities.",
    ),
    "facilitator-institutions": (
        "Обучител на група „Институции“",
        "Trainer of the institutions group",
        "campania-partner",
        "Обучител",
        "Trainer",
        "Води практическата работа на групата с представители на държавни и общински институции.",
        "Leads the practical work of the group of state and municipal institutions.",
    ),
    "facilitator-ngos": (
        "Обучител на група „НПО и доставчици“",
        "Trainer of the NGOs and providers group",
        "campania-partner",
        "Обучител",
        "Trainer",
        "Води практическата работа на групата с неправителствени организации и доставчици на социални услуги.",
        "Leads the practical work of the group of NGOs and social-service providers.",
    ),
    "social-cooperative-team": (
        "Екип на Социалния кооператив",
        "Social Cooperative team",
        "social-cooperative",
        "Водеща организация по проекта",
        "Lead organisation of the project",
        "Екипът на проекта за социалния кооператив и виртуалния социален кооператив.",
        "The team of the social cooperative project and the virtual social cooperative.",
    ),
    "bcause-team": (
        "Екип на Фондация BCause",
        "BCause Foundation team",
        "bcause",
        "Инфоцентър EaSI България",
        "EaSI Info Centre Bulgaria",
        "Екипът, работил по проекта FUSE и инструмента за готовност за скалиране.",
        "The team that worked on FUSE and the scaling-readiness tool.",
    ),
}


def illustrative(description, facts):
    """The (bg, en) description followed by a note naming the facts that the seeds do not give."""
    return tuple(
        f"{text}\n\n{prefix} {named}" for text, prefix, named in zip(description, ILLUSTRATIVE, facts, strict=True)
    )


ILLUSTRATIVE = ("Демонстрационно съдържание – илюстративни са:", "Demo content – illustrative:")
INVENTED_EVENT = (
    "примерно събитие, създадено за демонстрация на портала; датата, мястото и програмата са илюстративни.",
    "an example event made up to show the portal; its date, place and programme are illustrative.",
)


def session(day, start, end, kind, title, description=("", ""), **extra):
    return {"day": day, "start": start, "end": end, "kind": kind, "title": title, "description": description, **extra}


BREAK = ("Кафе пауза", "Coffee break")
LUNCH = ("Обяд", "Lunch")

EVENTS = [
    {
        "slug": "scotland-social-inclusion-conference",
        "event_type": "conference",
        "title": (
            "Социални иновации от Шотландия за България: конференция и работилници",
            "Social innovation from Scotland for Bulgaria: conference and workshops",
        ),
        "summary": (
            "Двудневна конференция със съпътстващи работилници, на която шотландски и български експерти "
            "представиха най-полезното за България в областта на социалните иновации.",
            "A two-day conference with workshops where Scottish and Bulgarian experts presented what is most "
            "useful for Bulgaria in social innovation.",
        ),
        "description": illustrative(
            (
                "Срещата на живо на мрежата за социални иновации. Експертите от Института за проучвания и "
                "иновации в социалните услуги (IRISS) показаха шотландски проекти с реална полза за хора с "
                "увреждания, хора с аутизъм, хора след инсулт, които получават лични грижи, и възрастни хора, "
                "подкрепяни от младежи. Около сто участници от НПО, доставчици на социални услуги, общини, "
                "образователни институции и ИКТ фирми работиха заедно в работилниците.",
                "The face-to-face meeting of the social innovation network. Experts from the Institute for "
                "Research and Innovation in Social Services (IRISS) showed Scottish projects that made a real "
                "difference for people with disabilities, people with autism, stroke survivors receiving personal "
                "care and older people supported by young people. About a hundred participants from NGOs, "
                "social-service providers, municipalities, educational institutions and ICT companies worked "
                "together in the workshops.",
            ),
            (
                "датите, мястото, залите, часовете и броят места; темите са тези на проекта.",
                "the dates, place, rooms, times and number of places; the topics are the project's own.",
            ),
        ),
        "target_audience": (
            "НПО, доставчици на социални услуги, общини, образователни институции, ИКТ фирми, социални "
            "предприятия и изследователи.",
            "NGOs, social-service providers, municipalities, educational institutions, ICT companies, social "
            "enterprises and researchers.",
        ),
        "venue": ("Конферентна зала", "Conference hall"),
        "city": ("София", "Sofia"),
        "country": "BG",
        "languages": "bg,en",
        "organiser": "business-agency",
        "partners": ["exelia", "iriss"],
        "project": "sustainable-innovative-model-social-inclusion",
        "themes": [
            "integrated-health-and-social-care",
            "social-media-and-social-innovation",
            "technology-at-the-workplace",
            "knowledge-into-practice",
        ],
        "tags": ["Шотландия", "социална работа", "IRISS"],
        "capacity": 100,
        "days": [(date(2014, 10, 16), "Конференция", "Conference"), (date(2014, 10, 17), "Работилници", "Workshops")],
        "rooms": [("hall", "Голяма зала", "Main hall"), ("room-a", "Зала А", "Room A"), ("room-b", "Зала Б", "Room B")],
        "sessions": [
            session(
                0,
                "09:30",
                "10:00",
                "talk",
                ("Откриване и представяне на проекта", "Opening and the project"),
                (
                    "Целта на проекта: мрежа, която помага социалните иновации да се случват в България.",
                    "The aim of the project: a network that helps social innovations happen in Bulgaria.",
                ),
                room="hall",
                people=[("business-agency-team", "speaker")],
                languages="bg",
            ),
            session(
                0,
                "10:00",
                "11:00",
                "talk",
                ("Същността на социалната работа в Шотландия", "The essence of social work in Scotland"),
                (
                    "Как е устроена социалната работа в Шотландия и какво я прави ориентирана към човека.",
                    "How social work is organised in Scotland and what makes it person-centred.",
                ),
                room="hall",
                people=[("iriss-team", "speaker")],
                languages="en",
                interpretation=True,
                practices=["self-directed-support-scotland"],
            ),
            session(0, "11:00", "11:30", "break", BREAK),
            session(
                0,
                "11:30",
                "12:30",
                "talk",
                (
                    "Интеграция на здравните и социалните грижи в Шотландия",
                    "Integration of health and social care in Scotland",
                ),
                (
                    "Общи бюджети и екипи на здравеопазването и социалните услуги; уроци за България.",
                    "Shared budgets and teams of health and social services; lessons for Bulgaria.",
                ),
                room="hall",
                people=[("iriss-team", "speaker")],
                languages="en",
                interpretation=True,
                practices=["reablement-stroke-survivors-scotland"],
            ),
            session(0, "12:30", "13:30", "break", LUNCH),
            session(
                0,
                "13:30",
                "15:30",
                "panel",
                ("Шотландски проекти с реална полза за хората", "Scottish projects that made a difference"),
                (
                    "Подкрепа за хора с увреждания и за пълнолетни хора с аутизъм, възстановяване след инсулт и "
                    "младежи, които помагат на възрастни хора.",
                    "Support for people with disabilities and for autistic adults, recovery after a stroke, and "
                    "young people who help older people.",
                ),
                room="hall",
                people=[("iriss-team", "panellist"), ("business-agency-team", "moderator")],
                languages="bg,en",
                interpretation=True,
                practices=["one-stop-support-autistic-adults-scotland", "young-people-help-older-people-scotland"],
                films=["young-and-old"],
            ),
            session(
                1,
                "09:30",
                "11:30",
                "workshop",
                ("Социална медия и социална иновация", "Social media and social innovation"),
                (
                    "Как блогове, чат форуми и бюлетини свързват хората, които работят в социалното дело.",
                    "How blogs, chat forums and newsletters connect people working in social services.",
                ),
                room="room-a",
                people=[("iriss-team", "facilitator"), ("exelia-team", "facilitator")],
                languages="bg,en",
                interpretation=True,
            ),
            session(
                1,
                "09:30",
                "11:30",
                "workshop",
                ("Технология и иновации на работното място", "Technology and innovation at the workplace"),
                (
                    "ИКТ фирми и доставчици на услуги търсят заедно инструменти за ежедневната работа.",
                    "ICT companies and service providers look together for tools for everyday work.",
                ),
                room="room-b",
                people=[("iriss-team", "facilitator")],
                languages="bg,en",
                interpretation=True,
            ),
            session(1, "11:30", "12:00", "break", BREAK),
            session(
                1,
                "12:00",
                "13:30",
                "workshop",
                ("Въвеждане на знанията в практика", "Putting knowledge into practice"),
                (
                    "От доброто намерение до работеща услуга: как екипите прилагат наученото.",
                    "From good intentions to a working service: how teams apply what they learned.",
                ),
                room="hall",
                people=[("iriss-team", "trainer")],
                languages="bg,en",
                interpretation=True,
            ),
            session(
                1,
                "13:30",
                "14:00",
                "discussion",
                ("Заключения и следващи стъпки", "Conclusions and next steps"),
                (
                    "Как мрежата продължава онлайн: платформата, филмите със субтитри и форумът.",
                    "How the network carries on online: the platform, the subtitled films and the forum.",
                ),
                room="hall",
                people=[("business-agency-team", "moderator")],
                languages="bg",
            ),
        ],
    },
    {
        "slug": "si-plus-seminar-blagoevgrad",
        "event_type": "seminar",
        "title": (
            "Семинар за дизайн на център за компетенции в сферата на социалните иновации – Благоевград",
            "Seminar on designing a social innovation competence centre – Blagoevgrad",
        ),
        "summary": (
            "Семинар по проекта „Социални иновации плюс – центрове за компетенции“ с НПО, социални предприятия, "
            "културни институции и студентски сдружения от региона.",
            "A seminar of the Social Innovation Plus – competence centres project with NGOs, social enterprises, "
            "cultural institutions and student associations from the region.",
        ),
        "description": illustrative(
            (
                "Асоциация за развитие на София и домакините от NaChe Academy събраха местни организации, за да "
                "обсъдят какъв да бъде центърът за компетенции: за кого работи, по кои теми, какво прави през "
                "първата година и до края на третата и как се управлява. В края беше представена платформата "
                "social-innovations.club.",
                "The Sofia Development Association and the hosts from NaChe Academy brought local organisations "
                "together to discuss what the competence centre should be: whom it serves, on which themes, what "
                "it does in its first year and by the end of its third, and how it is governed. The "
                "social-innovations.club platform was presented at the end.",
            ),
            (
                "датата, часовете и броят места; изходният текст казва само, че семинарът е бил „през тази седмица“.",
                "the date, times and number of places; the source text says only that the seminar took place "
                "“this week”.",
            ),
        ),
        "target_audience": (
            "Местни НПО, социални предприятия, културни институции и студентски сдружения.",
            "Local NGOs, social enterprises, cultural institutions and student associations.",
        ),
        "venue": ("NaChe Academy", "NaChe Academy"),
        "city": ("Благоевград", "Blagoevgrad"),
        "country": "BG",
        "languages": "bg",
        "organiser": "sofia-development-association",
        "partners": ["nache-academy", "ministry-of-labour-and-social-policy"],
        "project": "si-plus",
        "themes": ["competence-centres"],
        "tags": ["SI PLUS", "център за компетенции"],
        "capacity": 40,
        "days": [(date(2023, 5, 18), "", "")],
        "rooms": [],
        "sessions": [
            session(
                0,
                "10:00",
                "10:45",
                "talk",
                (
                    "Проектът „Социални иновации плюс“ и проучването на консорциума",
                    "The Social Innovation Plus project and the consortium's research",
                ),
                (
                    "Дефиниции на социалната иновация, нужди на национално ниво, центровете в Португалия, Франция "
                    "и Полша и вдъхновяващи български практики.",
                    "Definitions of social innovation, needs at national level, the centres in Portugal, France "
                    "and Poland, and inspiring Bulgarian practice.",
                ),
                people=[("sofia-development-association-team", "lecturer"), ("nache-academy-team", "speaker")],
                practices=["competence-centre-pt", "competence-centre-fr", "competence-centre-pl"],
                documents=["need-for-national-competence-centres"],
            ),
            session(
                0,
                "10:45",
                "11:30",
                "talk",
                (
                    "Приоритетите на МТСП в сферата на социалните иновации",
                    "The Ministry of Labour and Social Policy's priorities in social innovation",
                ),
                (
                    "Инструментите, с които министерството подкрепя социалните предприятия.",
                    "The tools the ministry has for supporting social enterprises.",
                ),
                people=[("rumen-donev", "lecturer")],
            ),
            session(0, "11:30", "11:45", "break", BREAK),
            session(
                0,
                "11:45",
                "12:30",
                "discussion",
                ("Дискусия: целеви групи на центъра", "Discussion: the centre's target groups"),
                people=[("hermina-emiryan", "moderator")],
            ),
            session(
                0,
                "12:30",
                "13:15",
                "discussion",
                ("Дискусия: приоритетни тематични области", "Discussion: priority themes"),
                people=[("hermina-emiryan", "moderator")],
            ),
            session(0, "13:15", "14:00", "break", LUNCH),
            session(
                0,
                "14:00",
                "14:45",
                "discussion",
                (
                    "Дискусия: дейности през първата и до третата година",
                    "Discussion: activities in the first year and by the third year",
                ),
                people=[("hermina-emiryan", "moderator")],
            ),
            session(
                0,
                "14:45",
                "15:30",
                "discussion",
                ("Дискусия: управление и юридическа форма", "Discussion: governance and legal form"),
                people=[("hermina-emiryan", "moderator"), ("sofia-development-association-team", "panellist")],
                documents=["strategic-development-of-social-innovation"],
            ),
            session(
                0,
                "15:30",
                "16:00",
                "talk",
                ("Платформата social-innovations.club", "The social-innovations.club platform"),
                (
                    "Новото дигитално пространство за социални иновации в България, отворено за всеки.",
                    "The new digital space for social innovation in Bulgaria, open to everyone.",
                ),
                people=[("sofia-development-association-team", "speaker")],
            ),
        ],
    },
    {
        "slug": "perla-training-italian-social-innovations",
        "event_type": "training",
        "title": (
            "Обучение: трансфер на две италиански социални иновации",
            "Training: transferring two Italian social innovations",
        ),
        "summary": (
            "Шестдневно обучение за представители на институции и НПО в хотел „Перла“, Слънчев бряг, в четири "
            "панела и с работа в две фасилитирани групи.",
            "A six-day training for institutions and NGOs at the Perla hotel, Sunny Beach, in four panels with "
            "work in two facilitated groups.",
        ),
        "description": illustrative(
            (
                "Обучението представи проучването на две италиански социални иновации: центъра за социални "
                "инициативи и иновации „Città sociale“ и подхода „Аз планирам и реализирам социалните политики“, "
                "в основата на който е институционализираното сътрудничество между малките общини в регион "
                "Кампания. Участниците работиха в две групи – институции и НПО с доставчици на социални услуги – "
                "и в последния панел обсъдиха как да се създаде център за социални инициативи и иновации в "
                "България. Втората група участници се обучава в края на месеца.",
                "The training presented the study of two Italian social innovations: the Città sociale centre for "
                "social initiatives and innovation, and the approach “I plan and implement social policies”, "
                "built on the institutionalised cooperation of small municipalities in the Campania region. "
                "Participants worked in two groups – institutions, and NGOs with social-service providers – and in "
                "the last panel discussed how to set up a centre for social initiatives and innovation in "
                "Bulgaria. The second group of participants is trained at the end of the month.",
            ),
            (
                "организаторът, часовете в програмата, езиците и броят места; датите, мястото и панелите са от "
                "материалите на проекта.",
                "the organiser, the programme's times, the languages and the number of places; the dates, the "
                "place and the panels come from the project's materials.",
            ),
        ),
        "target_audience": (
            "Представители на държавни и общински институции, НПО и доставчици на социални услуги.",
            "Staff of state and municipal institutions, NGOs and social-service providers.",
        ),
        "venue": ("Хотел „Перла“", "Perla Hotel"),
        "city": ("Слънчев бряг", "Sunny Beach"),
        "country": "BG",
        "languages": "bg,it",
        "organiser": "campania-partner",
        "partners": [],
        "project": "italian-social-innovations-exchange",
        "themes": ["joint-planning-of-social-policies"],
        "tags": ["Италия", "Кампания", "обучение"],
        "capacity": 30,
        "days": [(date(2018, 9, day), "", "") for day in range(1, 7)],
        "rooms": [
            ("group-1", "Група 1: институции", "Group 1: institutions"),
            ("group-2", "Група 2: НПО и доставчици", "Group 2: NGOs and providers"),
        ],
        "sessions": [
            session(
                0,
                "14:00",
                "15:00",
                "talk",
                ("Представяне на проекта", "The project"),
                ("Цели, задачи, дейности и търсени резултати.", "Aims, tasks, activities and expected results."),
                people=[("italian-experts", "lecturer")],
                languages="bg",
            ),
            session(
                0,
                "15:30",
                "18:00",
                "training_module",
                (
                    "Панел 1: Опитът на Италия и българският контекст",
                    "Panel 1: The Italian experience and the Bulgarian context",
                ),
                (
                    "Проучването на двете италиански иновации и сравнение с други практики от Италия и България.",
                    "The study of the two Italian innovations, compared with other practice from Italy and Bulgaria.",
                ),
                people=[("italian-experts", "lecturer")],
                languages="bg,it",
                interpretation=True,
                practices=["citta-sociale", "i-plan-and-implement-social-policies"],
                films=["citta-sociale-campania"],
            ),
            session(
                1,
                "09:30",
                "12:30",
                "training_module",
                ("Сътрудничеството на малките общини в Кампания", "Cooperation of small municipalities in Campania"),
                (
                    "Съвместно планиране и изпълнение на социални политики, включително по индивидуални случаи.",
                    "Joint planning and delivery of social policy, down to individual cases.",
                ),
                people=[("italian-experts", "lecturer")],
                languages="bg,it",
                interpretation=True,
                practices=["i-plan-and-implement-social-policies"],
            ),
            session(
                1,
                "14:00",
                "17:30",
                "training_module",
                ("Панел 2: Трансфер и адаптация", "Panel 2: Transfer and adaptation"),
                (
                    "Какво трябва да се промени, за да работят италианските решения в български общини.",
                    "What must change for the Italian solutions to work in Bulgarian municipalities.",
                ),
                people=[("italian-experts", "trainer")],
                languages="bg,it",
                interpretation=True,
            ),
            *[
                session(
                    day,
                    start,
                    end,
                    "workshop",
                    (
                        f"Панел 3: Практическа работа по трансфера ({part_bg})",
                        f"Panel 3: Practical work on the transfer ({part_en})",
                    ),
                    (
                        "Работа по теми, свързани с италианския опит, неговия трансфер и българската практика.",
                        "Work on topics from the Italian experience, its transfer and Bulgarian practice.",
                    ),
                    room=room,
                    group=group,
                    people=[(facilitator, "facilitator")],
                    languages="bg",
                )
                for day, start, end, part_bg, part_en in [
                    (2, "09:30", "12:30", "сутрин", "morning"),
                    (2, "14:00", "17:30", "следобед", "afternoon"),
                    (3, "09:30", "12:30", "сутрин", "morning"),
                    (3, "14:00", "17:30", "следобед", "afternoon"),
                ]
                for room, group, facilitator in [
                    ("group-1", ("Институции", "Institutions"), "facilitator-institutions"),
                    ("group-2", ("НПО и доставчици на услуги", "NGOs and service providers"), "facilitator-ngos"),
                ]
            ],
            session(
                4,
                "09:30",
                "12:30",
                "training_module",
                ("Панел 4: Планираме заедно", "Panel 4: Planning together"),
                (
                    "Център за социални инициативи и иновации: информационна платформа, насочване, инструмент за "
                    "планиране на общинските политики, пространство за инициативи, кампании и доброволци.",
                    "A centre for social initiatives and innovation: an information platform, referral, a tool for "
                    "municipal policy planning, and space for initiatives, campaigns and volunteers.",
                ),
                people=[("facilitator-institutions", "facilitator"), ("facilitator-ngos", "facilitator")],
                languages="bg",
                practices=["citta-sociale"],
            ),
            session(
                4,
                "14:00",
                "17:00",
                "discussion",
                ("Планираме заедно: общ план", "Planning together: a joint plan"),
                people=[("italian-experts", "moderator")],
                languages="bg,it",
                interpretation=True,
            ),
            session(
                5,
                "09:30",
                "12:00",
                "discussion",
                ("Обобщение и оценка на обучението", "Summary and evaluation of the training"),
                people=[("italian-experts", "moderator")],
                languages="bg",
            ),
        ],
    },
    {
        "slug": "social-cooperative-conference",
        "event_type": "conference",
        "title": (
            "Конференция „Социалното коопериране – интеграция и социално включване“ "
            "с участие на италиански специалисти",
            "Conference on social cooperation, integration and social inclusion, with Italian specialists",
        ),
        "summary": (
            "Конференция с международно участие по проект BG051PO0017.0.07-0054-C002 за интеграцията на "
            "маргиналните групи, с гости от Италия и обучения на място по заявен интерес.",
            "An international conference of project BG051PO0017.0.07-0054-C002 on including marginalised groups, "
            "with guests from Italy and on-site training on request.",
        ),
        "description": illustrative(
            (
                "Конференцията представи резултатите от социологическото изследване на нагласите към социалните "
                "кооперативи и публично-частното партньорство, опита на Италия с младите хора в риск и модела на "
                "виртуален социален кооператив за отдалечени и малки населени места.",
                "The conference presented the findings of the survey of attitudes to social cooperatives and "
                "public–private partnership, Italy's experience with young people at risk, and the model of a "
                "virtual social cooperative for remote and small places.",
            ),
            (
                "датата, мястото, програмата и броят места; проектът посочва само конференция с международно участие.",
                "the date, place, programme and number of places; the project names only a conference with "
                "international participants.",
            ),
        ),
        "target_audience": (
            "Експерти по превенция, интеграция и интеркултурен диалог; ръководители на НПО; представители на "
            "бизнеса, образователните институции, бюрата по труда и общините.",
            "Experts in prevention, integration and intercultural dialogue; NGO managers; people from business, "
            "educational institutions, labour offices and municipalities.",
        ),
        "venue": ("Конферентна зала", "Conference hall"),
        "city": ("София", "Sofia"),
        "country": "BG",
        "languages": "bg,it",
        "organiser": "social-cooperative",
        "partners": ["campania-partner"],
        "project": "social-cooperative",
        "themes": ["social-enterprises-and-cooperatives"],
        "tags": ["социален кооператив", "Италия"],
        "capacity": 80,
        "days": [(date(2014, 6, 12), "", "")],
        "rooms": [],
        "sessions": [
            session(
                0,
                "10:00",
                "10:45",
                "talk",
                ("Социалният кооператив в България", "The social cooperative in Bulgaria"),
                people=[("social-cooperative-team", "speaker")],
                languages="bg",
            ),
            session(
                0,
                "10:45",
                "11:30",
                "talk",
                (
                    "Нагласи към социалните кооперативи и публично-частното партньорство",
                    "Attitudes to social cooperatives and public–private partnership",
                ),
                ("Резултати от социологическото изследване по проекта.", "Findings of the project's survey."),
                people=[("social-cooperative-team", "lecturer")],
                languages="bg",
            ),
            session(0, "11:30", "12:00", "break", BREAK),
            session(
                0,
                "12:00",
                "13:30",
                "panel",
                (
                    "Италианският опит: превенция при младите хора в риск",
                    "The Italian experience: prevention for young people at risk",
                ),
                people=[("italian-experts", "panellist"), ("social-cooperative-team", "moderator")],
                languages="bg,it",
                interpretation=True,
            ),
            session(0, "13:30", "14:30", "break", LUNCH),
            session(
                0,
                "14:30",
                "15:30",
                "talk",
                ("Виртуален социален кооператив за отдалечени места", "A virtual social cooperative for remote places"),
                people=[("social-cooperative-team", "speaker")],
                languages="bg",
                practices=["virtual-social-cooperative"],
                films=["virtual-social-cooperative"],
            ),
            session(
                0,
                "15:30",
                "16:30",
                "training_module",
                (
                    "Наръчник „Социалното коопериране – стари традиции, нови възможности“",
                    "Handbook “Social cooperation – old traditions, new opportunities”",
                ),
                people=[("social-cooperative-team", "trainer"), ("italian-experts", "trainer")],
                languages="bg,it",
                interpretation=True,
                documents=["social-cooperation-handbook"],
            ),
        ],
    },
    {
        "slug": "scaling-readiness-webinar-2027",
        "event_type": "webinar",
        "title": ("Уебинар: готова ли е вашата иновация за скалиране?", "Webinar: is your innovation ready to scale?"),
        "summary": (
            "Как да използвате инструмента за измерване на готовността за скалиране, разработен по проекта FUSE.",
            "How to use the scaling-readiness tool developed in the FUSE project.",
        ),
        "description": illustrative(
            (
                "Кратко въведение в инструмента и работа по реални примери от участниците.",
                "A short introduction to the tool and work on real examples from participants.",
            ),
            INVENTED_EVENT,
        ),
        "target_audience": ("Социални предприятия и НПО.", "Social enterprises and NGOs."),
        "online_url": "https://meet.example.org/fuse-scaling-readiness",
        "languages": "bg",
        "organiser": "bcause",
        "partners": ["sofia-development-association"],
        "project": "fuse",
        "themes": ["innovative-finance"],
        "tags": ["FUSE", "скалиране"],
        "capacity": 50,
        "days": [(date(2027, 1, 21), "", "")],
        "rooms": [],
        "sessions": [
            session(
                0,
                "14:00",
                "14:40",
                "talk",
                ("Инструментът стъпка по стъпка", "The tool step by step"),
                people=[("bcause-team", "speaker")],
                documents=["scaling-readiness-tool"],
            ),
            session(
                0,
                "14:40",
                "15:30",
                "workshop",
                ("Вашата иновация: работа по примери", "Your innovation: worked examples"),
                people=[("bcause-team", "facilitator")],
            ),
        ],
    },
    {
        "slug": "municipal-social-innovation-workshop-2027",
        "event_type": "workshop",
        "title": (
            "Работилница: съвместно планиране на социалните услуги в малките общини",
            "Workshop: joint planning of social services in small municipalities",
        ),
        "summary": (
            "Практическа работилница за общини и доставчици на услуги, вдъхновена от опита на регион Кампания.",
            "A hands-on workshop for municipalities and service providers, inspired by the experience of Campania.",
        ),
        "description": illustrative(
            (
                "Участниците картографират услугите в своя регион и набелязват първите стъпки към общо "
                "планиране по примера на подхода „Аз планирам и реализирам социалните политики“.",
                "Participants map the services in their area and agree first steps towards joint planning, "
                "following the example of the approach “I plan and implement social policies”.",
            ),
            INVENTED_EVENT,
        ),
        "target_audience": ("Общини, доставчици на социални услуги, НПО.", "Municipalities, service providers, NGOs."),
        "venue": ("NaChe Academy", "NaChe Academy"),
        "city": ("Благоевград", "Blagoevgrad"),
        "country": "BG",
        "languages": "bg",
        "organiser": "sofia-development-association",
        "partners": ["nache-academy"],
        "project": None,
        "themes": ["joint-planning-of-social-policies"],
        "tags": ["общини", "планиране"],
        "capacity": 25,
        "days": [(date(2027, 3, 18), "", "")],
        "rooms": [],
        "sessions": [
            session(
                0,
                "10:00",
                "11:00",
                "talk",
                ("Как работи съвместното планиране", "How joint planning works"),
                people=[("italian-experts", "speaker")],
                practices=["i-plan-and-implement-social-policies"],
            ),
            session(0, "11:00", "11:15", "break", BREAK),
            session(
                0,
                "11:15",
                "13:00",
                "workshop",
                ("Карта на услугите в региона", "A map of the region's services"),
                people=[("sofia-development-association-team", "facilitator")],
            ),
        ],
    },
]
