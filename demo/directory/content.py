"""The demo texts and facts, taken from the seed texts and written in our own words in both languages."""

from directory.enums import OrganisationKind

MODERATOR_EMAIL = "moderator@example.org"

OP_HRD = {
    "bg": "Оперативна програма „Развитие на човешките ресурси“ 2007–2013, съфинансирана от Европейския социален фонд",
    "en": "Human Resources Development Operational Programme 2007–2013, co-financed by the European Social Fund",
}
EASI = {
    "bg": "Програма на Европейския съюз за заетост и социални иновации (EaSI), Европейски социален фонд",
    "en": "European Union Programme for Employment and Social Innovation (EaSI), European Social Fund",
}

# slug: (bg name, en name, kind, country, bg city, en city, website, bg description, en description)
ORGANISATIONS = {
    "business-agency": (
        "Сдружение „Бизнес Агенция“",
        "Business Agency Association",
        OrganisationKind.NGO,
        "BG",
        "",
        "",
        "",
        "Водещата организация на проекта, който събра шотландски социални иновации и създаде този портал "
        "за обмен на идеи между неправителствени организации, доставчици на услуги и ИКТ компании.",
        "The lead organisation of the project that gathered Scottish social innovations and built this portal "
        "for exchanging ideas between NGOs, service providers and ICT companies.",
    ),
    "exelia": (
        "Екселиа ЕООД",
        "Exelia Ltd",
        OrganisationKind.ICT_COMPANY,
        "BG",
        "",
        "",
        "",
        "Партньор в проекта за обмен на нови практики в социалното включване.",
        "A partner in the project for exchanging new practices in social inclusion.",
    ),
    "iriss": (
        "Институт за проучвания и иновации в социалните услуги (IRISS)",
        "Institute for Research and Innovation in Social Services (IRISS)",
        OrganisationKind.RESEARCH_INSTITUTE,
        "GB",
        "Глазгоу",
        "Glasgow",
        "https://www.iriss.org.uk/",
        "Шотландски институт, който сподели успешни проекти за хора с увреждания, хора с аутизъм, хора след "
        "инсулт и за младежи, които помагат на възрастни хора.",
        "A Scottish institute that shared successful projects for disabled people, autistic people, stroke "
        "survivors and young people who help older people.",
    ),
    "bcause": (
        "Фондация BCause",
        "BCause Foundation",
        OrganisationKind.NGO,
        "BG",
        "София",
        "Sofia",
        "",
        "Работи две години по проекта FUSE и управлява Информационния център EaSI България заедно с "
        "Асоциация за развитие на София.",
        "Worked for two years on the FUSE project and runs the EaSI Info Centre Bulgaria together with the "
        "Sofia Development Association.",
    ),
    "reach-for-change-bulgaria": (
        "Фондация Reach for Change България",
        "Reach for Change Bulgaria",
        OrganisationKind.NGO,
        "BG",
        "София",
        "Sofia",
        "",
        "Един от българските партньори в консорциума FUSE.",
        "One of the Bulgarian partners in the FUSE consortium.",
    ),
    "bcnl": (
        "Български център за нестопанско право",
        "Bulgarian Center for Not-for-Profit Law",
        OrganisationKind.NGO,
        "BG",
        "София",
        "Sofia",
        "",
        "Партньор по FUSE с опит в правната рамка на гражданския сектор.",
        "A FUSE partner with expertise in the legal framework of civil society.",
    ),
    "cleantech-bulgaria": (
        "Клийнтех България",
        "Cleantech Bulgaria",
        OrganisationKind.NGO,
        "BG",
        "София",
        "Sofia",
        "",
        "Партньор по FUSE.",
        "A FUSE partner.",
    ),
    "business-institute": (
        "Бизнес институт",
        "Business Institute",
        OrganisationKind.RESEARCH_INSTITUTE,
        "BG",
        "София",
        "Sofia",
        "",
        "Партньор по FUSE.",
        "A FUSE partner.",
    ),
    "sofia-development-association": (
        "Асоциация за развитие на София",
        "Sofia Development Association",
        OrganisationKind.NGO,
        "BG",
        "София",
        "Sofia",
        "",
        "Води проекта SI PLUS и провежда семинари за модела на център за компетенции в сферата на социалните иновации.",
        "Leads the SI PLUS project and holds seminars on the model of a competence centre for social innovation.",
    ),
    "nache-academy": (
        "NaChe Academy",
        "NaChe Academy",
        OrganisationKind.NGO,
        "BG",
        "Благоевград",
        "Blagoevgrad",
        "",
        "Домакин на семинара в Благоевград за център за компетенции в сферата на социалните иновации.",
        "Host of the Blagoevgrad seminar on a competence centre for social innovation.",
    ),
    "ministry-of-labour-and-social-policy": (
        "Министерство на труда и социалната политика",
        "Ministry of Labour and Social Policy",
        OrganisationKind.PUBLIC_INSTITUTION,
        "BG",
        "София",
        "Sofia",
        "https://www.mlsp.government.bg/",
        "Министерството представя приоритетите си в социалните иновации и средствата, с които подкрепя "
        "социалните предприятия.",
        "The ministry presents its priorities in social innovation and the tools it uses to support social "
        "enterprises.",
    ),
    "fuse-partner-ireland": (
        "Партньор по FUSE от Ирландия",
        "FUSE partner in Ireland",
        OrganisationKind.NGO,
        "IE",
        "",
        "",
        "https://www.fuseproject.eu/",
        "Ирландският партньор в консорциума FUSE, автор на стратегически документи за националните центрове "
        "за компетентност.",
        "The Irish partner in the FUSE consortium and an author of its strategy papers on national competence centres.",
    ),
    "fuse-partner-cyprus": (
        "Партньор по FUSE от Кипър",
        "FUSE partner in Cyprus",
        OrganisationKind.NGO,
        "CY",
        "",
        "",
        "https://www.fuseproject.eu/",
        "Кипърският партньор в консорциума FUSE, съавтор на документите за плащане според резултатите.",
        "The Cypriot partner in the FUSE consortium, co-author of the papers on payment by results.",
    ),
    "fuse-partner-portugal": (
        "Партньор по FUSE от Португалия",
        "FUSE partner in Portugal",
        OrganisationKind.NGO,
        "PT",
        "",
        "",
        "https://www.fuseproject.eu/",
        "Португалският партньор в консорциума FUSE.",
        "The Portuguese partner in the FUSE consortium.",
    ),
    "campania-partner": (
        "Италиански партньор от регион Кампания",
        "Italian partner in Campania",
        OrganisationKind.NGO,
        "IT",
        "Кампания",
        "Campania",
        "",
        "Представи италианския опит: центъра за социални инициативи и иновации „Città sociale“ и подхода "
        "„Аз планирам и реализирам социалните политики“, с който малки общини планират социалните си политики "
        "заедно.",
        "Presented the Italian experience: the Città sociale centre for social initiatives and innovation, and "
        "the approach “I plan and implement social policies”, through which small municipalities plan their "
        "social policies together.",
    ),
    "social-cooperative": (
        "Социален кооператив",
        "Social Cooperative",
        OrganisationKind.SOCIAL_ENTERPRISE,
        "BG",
        "",
        "",
        "",
        "Популяризира социалното коопериране в България и работи за интеграцията на маргинализирани групи в "
        "малки и отдалечени населени места.",
        "Promotes social cooperatives in Bulgaria and works for the inclusion of marginalised groups in small "
        "and remote places.",
    ),
}

PROJECTS = [
    {
        "code": "BG051PO001-7.0.01-0124-C0001",
        "slug": "sustainable-innovative-model-social-inclusion",
        "title_bg": "Устойчив иновативен модел за обмен на нови практики в областта на социалното включване",
        "title_en": "A sustainable innovative model for exchanging new practices in social inclusion",
        "programme": OP_HRD,
        "budget": ("198983.98", "169136.38", "29847.60"),
        "lead": "business-agency",
        "partners": ["exelia", "iriss"],
        "summary_bg": "Мрежа за внедряване на социални иновации в България: шотландски мерки, проучени и обсъдени "
        "от български експерти, портал за обмен, конференция и работилници.",
        "summary_en": "A network for bringing social innovations into Bulgaria: Scottish measures studied and "
        "discussed by Bulgarian experts, an exchange portal, a conference and workshops.",
        "objectives_bg": "Да изгради мрежа, която насърчава внедряването на социални иновации в социалното дело "
        "в България, и платформа, в която те да се създават и обсъждат.",
        "objectives_en": "To build a network that encourages the use of social innovations in social work in "
        "Bulgaria, and a platform where they are created and discussed.",
        "target_bg": "Неправителствени организации, доставчици на социални услуги, общини, образователни "
        "институции, ИКТ компании, социални предприятия и изследователи.",
        "target_en": "NGOs, social-service providers, municipalities, educational institutions, ICT companies, "
        "social enterprises and researchers.",
        "activities_bg": "Проучване на иновативни мерки от Шотландия; двудневна конференция с работилници с "
        "около 100 участници; кратки филми с български субтитри; блогове, форуми и бюлетини.",
        "activities_en": "A study of innovative measures from Scotland; a two-day conference with workshops for "
        "about 100 participants; short films with Bulgarian subtitles; blogs, forums and newsletters.",
    },
    {
        "code": "FUSE",
        "slug": "fuse",
        "title_bg": "Подготовка на национални центрове за компетенции в сферата на социалните иновации",
        "title_en": "Preparing national competence centres for social innovation",
        "programme": EASI,
        "lead": "bcause",
        "partners": [
            "reach-for-change-bulgaria",
            "bcnl",
            "cleantech-bulgaria",
            "business-institute",
            "fuse-partner-ireland",
            "fuse-partner-cyprus",
            "fuse-partner-portugal",
        ],
        "summary_bg": "Двугодишен проект на партньори от България, Ирландия, Кипър и Португалия за бъдещето на "
        "социалните иновации в Европа.",
        "summary_en": "A two-year project of partners from Bulgaria, Ireland, Cyprus and Portugal on the future "
        "of social innovation in Europe.",
        "objectives_bg": "Да подготви създаването на национални центрове за компетенции в сферата на социалните "
        "иновации.",
        "objectives_en": "To prepare the creation of national competence centres for social innovation.",
        "activities_bg": "Картографиране на екосистемите в четирите държави; национални обсъждания за център за "
        "социални иновации; обучения за партньорите; обмен с други европейски консорциуми; инструмент за "
        "оценка на готовността за скалиране.",
        "activities_en": "Mapping the ecosystems of the four countries; national discussions on a social "
        "innovation centre; training for the partners; exchange with other European consortia; a tool for "
        "assessing readiness to scale.",
    },
    {
        "code": "SI PLUS",
        "slug": "si-plus",
        "title_bg": "Социални иновации плюс – центрове за компетенции",
        "title_en": "Social Innovation Plus – competence centres",
        "programme": EASI,
        "lead": "sofia-development-association",
        "partners": [],
        "summary_bg": "Проучване на дефинициите, нуждите и добрите примери за центрове за компетенции в "
        "Португалия, Франция и Полша и дизайн на такъв център в България.",
        "summary_en": "A study of definitions, needs and good examples of competence centres in Portugal, France "
        "and Poland, and the design of such a centre in Bulgaria.",
        "activities_bg": "Семинари в страната, включително в Благоевград, за целевите групи, тематичните "
        "приоритети, дейностите и управлението на бъдещия център.",
        "activities_en": "Seminars around the country, including Blagoevgrad, on the target groups, thematic "
        "priorities, activities and governance of the future centre.",
    },
    {
        "code": "BG051PO0017.0.07-0054-C002",
        "slug": "social-cooperative",
        "title_bg": "Социалният кооператив – добри практики и възможности за интеграция на маргиналните групи",
        "title_en": "The social cooperative: good practice and ways to include marginalised groups",
        "programme": OP_HRD,
        "lead": "social-cooperative",
        "partners": ["campania-partner"],
        "summary_bg": "Обмен на опит с Италия и модел за виртуален социален кооператив за отдалечени и малки "
        "населени места.",
        "summary_en": "An exchange with Italy and a model of a virtual social cooperative for remote and small places.",
        "objectives_bg": "Да популяризира социалния кооператив в България, да приложи у нас добри практики от "
        "страните членки на ЕС за превенция сред младите хора в риск и да даде на хората в неравностойно "
        "положение равен достъп до пазара на труда.",
        "objectives_en": "To promote the social cooperative in Bulgaria, apply good practice from EU member "
        "states in prevention among young people at risk, and give disadvantaged people equal access to the "
        "labour market.",
        "target_bg": "Експерти по превенция, интеграция и интеркултурен диалог; ръководители на НПО; "
        "представители на бизнеса, образователните институции, бюрата по труда и общините в България и Италия.",
        "target_en": "Experts in prevention, integration and intercultural dialogue; NGO managers; people from "
        "business, educational institutions, labour offices and municipalities in Bulgaria and Italy.",
        "activities_bg": "Социологическо проучване; посещение в Италия; международна конференция; наръчник "
        "„Социалното коопериране – стари традиции, нови възможности“; филм и уебсайт.",
        "activities_en": "A sociological survey; a study visit to Italy; an international conference; the "
        "handbook “Social cooperation – old traditions, new opportunities”; a film and a website.",
        "results_bg": "Трайни контакти между участниците и общини и НПО, които организират дейността си като "
        "социални кооперативи.",
        "results_en": "Lasting contacts between participants, and municipalities and NGOs that organise their "
        "work as social cooperatives.",
    },
    {
        "code": "IT-BG-2018",
        "slug": "italian-social-innovations-exchange",
        "title_bg": "Обмяна на добри практики: две социални иновации от Италия",
        "title_en": "Exchanging good practice: two social innovations from Italy",
        "programme": {"bg": "Проект за обмяна на добри практики", "en": "A good-practice exchange project"},
        "lead": "campania-partner",
        "partners": [],
        "summary_bg": "Обучение на представители на институции и НПО за трансфер и адаптация в България на две "
        "италиански социални иновации: „Città sociale“ и „Аз планирам и реализирам социалните политики“. "
        "Кодът на проекта е условен: изходните материали не го посочват.",
        "summary_en": "Training for people from public institutions and NGOs on the transfer and adaptation to "
        "Bulgaria of two Italian social innovations: Città sociale and “I plan and implement social policies”. "
        "The project code is a placeholder: the source materials do not give it.",
    },
]

THEMES = [
    ("integrated-health-and-social-care", "Интегрирани здравни и социални грижи", "Integrated health and social care"),
    ("social-media-and-social-innovation", "Социална медия и социална иновация", "Social media and social innovation"),
    ("technology-at-the-workplace", "Технологии и иновации на работното място", "Technology and innovation at work"),
    ("knowledge-into-practice", "Въвеждане на знанията в практиката", "Putting knowledge into practice"),
    ("social-enterprises-and-cooperatives", "Социални предприятия и кооперативи", "Social enterprises and co-ops"),
    ("competence-centres", "Центрове за компетенции", "Competence centres"),
    ("joint-planning-of-social-policies", "Съвместно планиране на социални политики", "Joint social policy planning"),
    ("innovative-finance", "Иновативно финансиране и плащане според резултатите", "Innovative finance"),
]

TARGET_GROUPS = [
    ("people-with-disabilities", "Хора с увреждания", "People with disabilities"),
    ("autistic-people", "Хора с аутизъм", "Autistic people"),
    ("stroke-survivors", "Хора след инсулт, които получават лични грижи", "Stroke survivors receiving personal care"),
    ("older-people", "Възрастни хора", "Older people"),
    ("young-people-at-risk", "Младежи в риск", "Young people at risk"),
    (
        "marginalised-groups-remote-places",
        "Маргинализирани групи в отдалечени места",
        "Marginalised groups, remote places",
    ),
]
