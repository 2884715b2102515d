"""Demo practices and documents drawn from the seed texts, written anew in Bulgarian and English.

Each text value is a (Bulgarian, English) pair.
"""

from practices.enums import DocumentLanguage, DocumentType, TransferStage

CONFERENCE_PROJECT = "sustainable-innovative-model-social-inclusion"

PRACTICES = [
    {
        "slug": "self-directed-support-scotland",
        "country": "GB",
        "region": ("Шотландия", "Scotland"),
        "source": "iriss",
        "partners": ["business-agency", "exelia"],
        "project": CONFERENCE_PROJECT,
        "themes": ["integrated-health-and-social-care", "knowledge-into-practice"],
        "groups": ["people-with-disabilities"],
        "tags": ["лична помощ", "self-directed support", "Шотландия"],
        "stage": TransferStage.DISCUSSED,
        "reviewed": True,
        "title": (
            "Самостоятелно управлявана подкрепа за хора с увреждания",
            "Self-directed support for disabled people",
        ),
        "summary": (
            "Хората с увреждания в Шотландия сами решават как да се използва бюджетът за тяхната подкрепа: "
            "кой да им помага, кога и за какво. Практиката беше представена на конференцията на проекта и "
            "обсъдена с български доставчици на социални услуги.",
            "In Scotland disabled people decide how the budget for their support is spent: who helps them, "
            "when and with what. The practice was presented at the project conference and discussed with "
            "Bulgarian social-service providers.",
        ),
        "description": (
            "Социалният работник и човекът с увреждане заедно определят **целите** на подкрепата и "
            "бюджета за нея. След това човекът избира една от няколко възможности:\n\n"
            "- получава средствата директно и сам наема асистент;\n"
            "- възлага на избран доставчик да организира помощта;\n"
            "- оставя общината да подбере услугите.",
            "A social worker and the disabled person agree on the **outcomes** the support should reach and "
            "the budget for it. The person then chooses one of several options:\n\n"
            "- receive the money directly and employ a personal assistant;\n"
            "- ask a provider of their choice to arrange the help;\n"
            "- let the council arrange the services.",
        ),
        "problem": (
            "Стандартните услуги често не отговарят на ежедневието на човека и го превръщат в пасивен получател.",
            "Standard services often do not fit a person's daily life and turn them into a passive recipient.",
        ),
        "how_it_works": (
            "Оценката на потребностите завършва с индивидуален бюджет; човекът избира как да го управлява, а "
            "социалният работник остава до него при нужда.",
            "The needs assessment ends with an individual budget; the person chooses how to manage it, and the "
            "social worker stays at hand when needed.",
        ),
        "results": (
            "По думите на шотландските лектори хората съобщават за повече контрол над живота си и по-добре "
            "пасващи услуги при сходни разходи.",
            "According to the Scottish speakers, people report more control over their lives and better-fitting "
            "services at a similar cost.",
        ),
        "resources": (
            "Обучени социални работници, ясни правила за отчитане на бюджетите, консултантски услуги за хората, "
            "които наемат асистенти.",
            "Trained social workers, clear rules for accounting for budgets, advice services for people who "
            "employ assistants.",
        ),
        "transfer_potential": (
            "Механизмът за лична помощ в България вече дава основа, върху която може да се изгради по-голям избор.",
            "Bulgaria's personal assistance scheme already offers a base on which more choice can be built.",
        ),
        "adaptation_preconditions": (
            "Общините трябва да могат да превеждат средства по индивидуален план, а не само по брой потребители.",
            "Municipalities must be able to transfer funds against an individual plan, not only per head.",
        ),
        "adaptation_barriers": (
            "Недоверие към прякото плащане и тежка отчетност.",
            "Distrust of direct payments and heavy reporting duties.",
        ),
        "adaptation_first_steps": (
            "Пилот в една община с малка група хора с увреждания и независима консултантска услуга.",
            "A pilot in one municipality with a small group of disabled people and an independent advice service.",
        ),
        "started_on": "2014-04-01",
    },
    {
        "slug": "one-stop-support-autistic-adults-scotland",
        "country": "GB",
        "region": ("Шотландия", "Scotland"),
        "source": "iriss",
        "partners": [],
        "project": CONFERENCE_PROJECT,
        "themes": ["knowledge-into-practice"],
        "groups": ["autistic-people"],
        "tags": ["аутизъм", "консултиране"],
        "stage": TransferStage.STUDIED_ABROAD,
        "reviewed": True,
        "title": ("Център „на едно гише“ за възрастни хора с аутизъм", "One-stop support for autistic adults"),
        "summary": (
            "Място, където възрастни хора с аутизъм и техните близки получават съвет, подкрепа от връстници и "
            "помощ при контакт с институции, без да е нужна диагноза или направление.",
            "A place where autistic adults and their families get advice, peer support and help in dealing with "
            "public bodies, with no diagnosis or referral needed.",
        ),
        "description": (
            "Центърът е отворен няколко дни в седмицата, предлага групи по интереси и индивидуални консултации "
            "и работи заедно с хората с аутизъм при планиране на дейностите си.",
            "The centre opens several days a week, runs interest groups and one-to-one advice sessions, and plans "
            "its activities together with autistic people.",
        ),
        "problem": (
            "Много възрастни хора с аутизъм нямат достъп до подкрепа, защото не отговарят на критериите на "
            "специализираните услуги.",
            "Many autistic adults fall between services because they do not meet the criteria of specialised care.",
        ),
        "how_it_works": (
            "Свободен достъп, подкрепа от връстници, насочване към други служби и обучение на служители в общината.",
            "Open access, peer support, signposting to other services and training for council staff.",
        ),
        "results": (
            "По-малко кризисни ситуации и повече хора, които намират работа или доброволческа дейност.",
            "Fewer crises and more people finding work or volunteering.",
        ),
        "resources": ("Двама-трима служители, помещение, доброволци.", "Two or three staff, a room, volunteers."),
        "transfer_potential": (
            "Подходящ за областни градове с активни родителски организации.",
            "Suited to regional towns with active parents' associations.",
        ),
    },
    {
        "slug": "reablement-stroke-survivors-scotland",
        "country": "GB",
        "region": ("Шотландия", "Scotland"),
        "source": "iriss",
        "partners": [],
        "project": CONFERENCE_PROJECT,
        "themes": ["integrated-health-and-social-care"],
        "groups": ["stroke-survivors", "older-people"],
        "tags": ["инсулт", "лични грижи", "рехабилитация"],
        "stage": TransferStage.DISCUSSED,
        "reviewed": False,
        "title": ("Възстановяване у дома за хора след инсулт", "Reablement at home for stroke survivors"),
        "summary": (
            "Кратка, интензивна подкрепа у дома след изписване от болница, при която здравни и социални "
            "работници помагат на човека отново да се справя сам с ежедневните дейности.",
            "Short, intensive support at home after hospital discharge, in which health and care workers help "
            "the person manage daily tasks on their own again.",
        ),
        "description": (
            "Екип от медицинска сестра, ерготерапевт и домашни помощници работи с човека до шест седмици. "
            "Целта е не да се върши работата вместо него, а да си върне уменията.",
            "A team of a nurse, an occupational therapist and home carers works with the person for up to six "
            "weeks. The aim is not to do things for them but to help them regain their skills.",
        ),
        "problem": (
            "След инсулт много хора остават зависими от постоянни лични грижи, защото никой не работи за "
            "възстановяването им у дома.",
            "After a stroke many people stay dependent on permanent personal care because nobody works on "
            "their recovery at home.",
        ),
        "how_it_works": (
            "Общ план между болницата и социалната служба още преди изписването; ежедневни посещения у дома.",
            "A joint plan between the hospital and the social work service before discharge; daily home visits.",
        ),
        "results": (
            "Част от хората вече не се нуждаят от дългосрочни грижи след програмата.",
            "Some people need no long-term care at all after the programme.",
        ),
        "resources": (
            "Интегриран екип, споразумение между здравни и социални служби.",
            "An integrated team and an agreement between health and social services.",
        ),
        "transfer_potential": (
            "Зависи от сътрудничеството между болници и общински услуги, което в България тепърва се изгражда.",
            "Depends on cooperation between hospitals and municipal services, which Bulgaria is only building.",
        ),
    },
    {
        "slug": "young-people-help-older-people-scotland",
        "country": "GB",
        "region": ("Шотландия", "Scotland"),
        "source": "iriss",
        "partners": ["exelia"],
        "project": CONFERENCE_PROJECT,
        "themes": ["social-media-and-social-innovation", "technology-at-the-workplace"],
        "groups": ["older-people", "young-people-at-risk"],
        "tags": ["между поколенията", "доброволчество", "дигитални умения"],
        "stage": TransferStage.ADAPTED,
        "reviewed": True,
        "title": ("Младежи помагат на възрастни хора", "Young people helping older people"),
        "summary": (
            "Младежи доброволци посещават възрастни хора, помагат им с телефона, компютъра и дребни задачи и "
            "получават в замяна опит, признание и нови умения.",
            "Young volunteers visit older people, help them with phones, computers and small tasks, and gain "
            "experience, recognition and new skills in return.",
        ),
        "description": (
            "Училища и младежки организации подбират и обучават доброволци; социална служба свързва всеки "
            "младеж с възрастен човек от квартала.",
            "Schools and youth groups recruit and train the volunteers; a social service matches each young "
            "person with an older person in the neighbourhood.",
        ),
        "problem": (
            "Самотата на възрастните хора и липсата на смислена ангажираност на младежите в риск.",
            "Loneliness among older people and a lack of meaningful activity for young people at risk.",
        ),
        "how_it_works": (
            "Седмични срещи, кратко обучение за доброволците, сертификат след определен брой часове.",
            "Weekly visits, a short training course for volunteers, a certificate after a number of hours.",
        ),
        "results": (
            "Възрастните се чувстват по-малко самотни; младежите посочват по-голямо самочувствие.",
            "Older people feel less lonely; young people report more self-confidence.",
        ),
        "resources": (
            "Координатор на непълен работен ден, договорки с училища.",
            "A part-time coordinator, agreements with schools.",
        ),
        "transfer_potential": (
            "Лесно приложим в български градове с читалища и училищни клубове.",
            "Easy to apply in Bulgarian towns that have community centres (chitalishta) and school clubs.",
        ),
        "adaptation_preconditions": (
            "Партньорство между училище, читалище и социална услуга.",
            "A partnership between a school, a community centre and a social service.",
        ),
        "adaptation_changes": (
            "Срещите се провеждат в читалището, а не у дома, за да се успокоят семействата.",
            "Meetings take place in the community centre rather than at home, to reassure families.",
        ),
        "adaptation_first_steps": (
            "Една учебна година с десет двойки и оценка в края.",
            "One school year with ten pairs and an evaluation at the end.",
        ),
        "adaptation_bulgarian_experience": (
            "Участници в конференцията от НПО и ИКТ фирми обсъдиха вариант с обучение по дигитални умения.",
            "Conference participants from NGOs and ICT firms discussed a version built around digital skills.",
        ),
    },
    {
        "slug": "citta-sociale",
        "country": "IT",
        "region": ("Кампания", "Campania"),
        "source": "campania-partner",
        "partners": [],
        "project": "italian-social-innovations-exchange",
        "themes": ["joint-planning-of-social-policies", "competence-centres"],
        "groups": ["young-people-at-risk", "older-people"],
        "tags": ["Италия", "общини", "доброволчество"],
        "stage": TransferStage.ADAPTED,
        "reviewed": True,
        "title": (
            "„Città sociale“ – център за социални инициативи и иновации",
            "“Città sociale” – a centre for social initiatives and innovation",
        ),
        "summary": (
            "Общински център, който събира на едно място информация, насочване към услуги, инструмент за "
            "проучване на нуждите и пространство за граждански инициативи, кампании и доброволчество.",
            "A municipal centre that brings together information, referral to services, a needs-research tool "
            "and a space for civic initiatives, campaigns and volunteering.",
        ),
        "description": (
            "Центърът беше представен подробно на обучението за представители на институции на Слънчев бряг "
            "през септември 2018 г. Той има четири части:\n\n"
            "1. информационна платформа;\n2. услуги за насочване;\n"
            "3. инструмент за проучване, който подпомага общината при планиране на политики;\n"
            "4. пространство за инициативи и доброволци.",
            "The centre was presented in detail at the training for public officials in Sunny Beach in "
            "September 2018. It has four parts:\n\n"
            "1. an information platform;\n2. referral services;\n"
            "3. a research tool that helps the municipality plan its policies;\n"
            "4. a space for initiatives and volunteers.",
        ),
        "problem": (
            "Гражданите не знаят къде да потърсят помощ, а общината няма данни за реалните нужди.",
            "Citizens do not know where to seek help, and the municipality lacks data on real needs.",
        ),
        "how_it_works": (
            "Едно място за контакт, общи данни за нуждите и открито пространство за граждански групи.",
            "One point of contact, shared data on needs and an open space for civic groups.",
        ),
        "results": (
            "По-добро насочване на хората и политики, основани на данни.",
            "Better referral of people and policies based on data.",
        ),
        "resources": (
            "Помещение, малък екип, база данни, споразумения с доставчици.",
            "Premises, a small team, a database, agreements with providers.",
        ),
        "transfer_potential": (
            "Обсъден от две групи – институции и НПО – като модел за български общини.",
            "Discussed by two groups – public bodies and NGOs – as a model for Bulgarian municipalities.",
        ),
        "adaptation_preconditions": (
            "Общинско решение и партньорство с местни НПО.",
            "A council decision and a partnership with local NGOs.",
        ),
        "adaptation_legal_funding": (
            "Може да се финансира като част от общинската стратегия за социални услуги.",
            "Can be funded as part of the municipal strategy for social services.",
        ),
        "adaptation_first_steps": (
            "Панелът „Планираме заедно“ очерта първите стъпки: информационна платформа и услуга за насочване.",
            "The “Planning together” panel outlined the first steps: an information platform and a referral service.",
        ),
        "started_on": "2018-09-01",
    },
    {
        "slug": "i-plan-and-implement-social-policies",
        "country": "IT",
        "region": ("Кампания", "Campania"),
        "source": "campania-partner",
        "partners": [],
        "project": "italian-social-innovations-exchange",
        "themes": ["joint-planning-of-social-policies"],
        "groups": [],
        "tags": ["Италия", "малки общини", "социални политики"],
        "stage": TransferStage.DISCUSSED,
        "reviewed": False,
        "title": ("„Аз планирам и реализирам социалните политики“", "“I plan and implement social policies”"),
        "summary": (
            "Малки общини в регион Кампания планират и изпълняват социалните си политики заедно, включително "
            "при работа по отделни случаи, чрез узаконено сътрудничество помежду си.",
            "Small municipalities in the Campania region plan and deliver their social policies together, down "
            "to individual cases, through formal cooperation between them.",
        ),
        "problem": (
            "Малките общини нямат капацитет да планират и предоставят сами всички социални услуги.",
            "Small municipalities lack the capacity to plan and run every social service on their own.",
        ),
        "how_it_works": (
            "Общините създават общ орган за планиране, общ бюджет и общи екипи за случаите.",
            "The municipalities set up a joint planning body, a shared budget and shared case teams.",
        ),
        "resources": (
            "Споразумение между общините, общ координатор, обща информационна система.",
            "An agreement between municipalities, a joint coordinator, a shared information system.",
        ),
        "transfer_potential": (
            "Особено полезно за малки български общини с общи проблеми.",
            "Especially useful for small Bulgarian municipalities that share problems.",
        ),
    },
    {
        "slug": "virtual-social-cooperative",
        "country": "BG",
        "region": ("Малки и отдалечени населени места", "Small and remote places"),
        "source": "social-cooperative",
        "partners": [],
        "project": "social-cooperative",
        "themes": ["social-enterprises-and-cooperatives"],
        "groups": ["marginalised-groups-remote-places", "young-people-at-risk"],
        "tags": ["социален кооператив", "Италия", "заетост"],
        "stage": TransferStage.PILOTED,
        "reviewed": True,
        "title": (
            "Социалният кооператив като модел за маргинализирани групи",
            "The social cooperative as a model for marginalised groups",
        ),
        "summary": (
            "Виртуален социален кооператив, вдъхновен от италианския опит, който подпомага хора в "
            "неравностойно положение в малки и отдалечени места да намерят работа и да се включат в общността.",
            "A virtual social cooperative, inspired by Italian experience, that helps disadvantaged people in "
            "small and remote places find work and take part in their community.",
        ),
        "description": (
            "Проектът включи социологическо проучване на нагласите към социалните кооперативи, посещение в "
            "Италия, международна конференция, обучения и наръчник.",
            "The project included a survey of attitudes to social cooperatives, a study visit to Italy, an "
            "international conference, training courses and a handbook.",
        ),
        "problem": (
            "В малките населени места няма работа и услуги за младежи в риск и хора в неравностойно положение.",
            "Small places offer neither jobs nor services for young people at risk and disadvantaged people.",
        ),
        "how_it_works": (
            "Членовете се свързват онлайн, споделят поръчки, обучения и ресурси, без да им е нужен общ офис.",
            "Members connect online and share orders, training and resources without needing a shared office.",
        ),
        "results": (
            "Мрежа от контакти между НПО, общини и бюра по труда в България и Италия.",
            "A network of contacts between NGOs, municipalities and labour offices in Bulgaria and Italy.",
        ),
        "resources": (
            "Онлайн платформа, обучители, партньорство с общини.",
            "An online platform, trainers, partnerships with municipalities.",
        ),
        "transfer_potential": (
            "Може да се приложи от всяка организация чрез собствени ресурси.",
            "Any organisation can take it up with its own resources.",
        ),
        "adaptation_legal_funding": (
            "Законът за социалните и солидарните предприятия дава рамка за регистрация.",
            "The Social and Solidarity Economy Enterprises Act gives a framework for registration.",
        ),
        "adaptation_barriers": (
            "Слаб интернет в отдалечените места и недоверие към кооперативите.",
            "Poor internet in remote places and distrust of cooperatives.",
        ),
        "adaptation_bulgarian_experience": (
            "Инициаторите по проект BG051PO0017.0.07-0054-C002.",
            "The promoters of project BG051PO0017.0.07-0054-C002.",
        ),
    },
    {
        "slug": "bulgarian-national-competence-centre",
        "country": "BG",
        "region": ("София", "Sofia"),
        "source": "bcause",
        "partners": ["reach-for-change-bulgaria", "bcnl", "cleantech-bulgaria", "business-institute"],
        "project": "fuse",
        "themes": ["competence-centres"],
        "groups": [],
        "tags": ["FUSE", "екосистема", "център за компетенции"],
        "stage": TransferStage.DISCUSSED,
        "reviewed": True,
        "title": (
            "Национален център за компетенции по социални иновации в България",
            "A national competence centre for social innovation in Bulgaria",
        ),
        "summary": (
            "Пет български организации от консорциума FUSE подготвят център, който да свързва частния, "
            "държавния, академичния и гражданския сектор в подкрепа на социалните иновации.",
            "Five Bulgarian organisations in the FUSE consortium are preparing a centre that brings the private, "
            "public, academic and civic sectors together in support of social innovation.",
        ),
        "description": (
            "За две години проектът FUSE картографира екосистемите за социални иновации в България, Ирландия, "
            "Кипър и Португалия и обсъди със заинтересованите страни ролята на национален център. Експерти "
            "разказват какъв трябва да бъде той в 15-минутен филм „Защо и как Национален център за социални "
            "иновации“.",
            "Over two years the FUSE project mapped the social innovation ecosystems of Bulgaria, Ireland, Cyprus "
            "and Portugal and discussed the role of a national centre with stakeholders. Experts explain what it "
            "should be in a 15-minute film, “Why and how a National Centre for Social Innovation”.",
        ),
        "problem": (
            "Социалните иноватори в България нямат едно място за знания, връзки и подкрепа.",
            "Social innovators in Bulgaria have no single place for knowledge, contacts and support.",
        ),
        "how_it_works": (
            "Мрежа от експерти от всички сектори, обучения и обмяна на добри практики на европейско ниво.",
            "A network of experts from every sector, training and exchange of good practice at European level.",
        ),
        "transfer_potential": (
            "Предстои стратегически документ с препоръки за създаването на центъра.",
            "A strategic paper with recommendations for setting up the centre is to be published.",
        ),
        "adaptation_first_steps": (
            "Обществено обсъждане на препоръките с всички заинтересовани страни в екосистемата.",
            "A public consultation on the recommendations with everyone in the ecosystem.",
        ),
        "adaptation_bulgarian_experience": (
            "Фондация BCause, Reach for Change България, Български център за нестопанско право, Клийнтех "
            "България и Бизнес институт.",
            "BCause Foundation, Reach for Change Bulgaria, the Bulgarian Center for Not-for-Profit Law, Cleantech "
            "Bulgaria and the Business Institute.",
        ),
    },
    {
        "slug": "ireland-early-stage-ecosystem-support",
        "country": "IE",
        "region": ("", ""),
        "source": "fuse-partner-ireland",
        "partners": ["bcause"],
        "project": "fuse",
        "themes": ["competence-centres", "knowledge-into-practice"],
        "groups": [],
        "tags": ["FUSE", "екосистема"],
        "stage": TransferStage.STUDIED_ABROAD,
        "reviewed": False,
        "title": (
            "Ирландия: подкрепа за екосистема за социални иновации на ранен етап",
            "Ireland: support for an early-stage social innovation ecosystem",
        ),
        "summary": (
            "Ирландският партньор във FUSE описа защо държавите с млади екосистеми за социални иновации се "
            "нуждаят от национален център за компетенции и какво трябва да прави той.",
            "The Irish FUSE partner set out why countries with young social innovation ecosystems need a national "
            "competence centre and what it should do.",
        ),
        "problem": (
            "Разпокъсана подкрепа и малко връзки между иноватори, финансиращи и публични институции.",
            "Fragmented support and few links between innovators, funders and public bodies.",
        ),
        "transfer_potential": (
            "Изводите са в стратегическите документи на FUSE, достъпни на английски език.",
            "The findings are in the FUSE strategic papers, available in English.",
        ),
    },
    {
        "slug": "cyprus-payment-by-results",
        "country": "CY",
        "region": ("", ""),
        "source": "fuse-partner-cyprus",
        "partners": [],
        "project": "fuse",
        "themes": ["innovative-finance"],
        "groups": [],
        "tags": ["FUSE", "плащане според резултатите", "финансиране"],
        "stage": TransferStage.STUDIED_ABROAD,
        "reviewed": False,
        "title": (
            "Кипър: плащане според резултатите в социалните услуги",
            "Cyprus: payment by results in social services",
        ),
        "summary": (
            "Кипърският партньор във FUSE разгледа как публичните органи могат да плащат за постигнати "
            "резултати, а не за извършени дейности, когато възлагат социални услуги.",
            "The Cypriot FUSE partner looked at how public bodies can pay for results achieved rather than for "
            "activities when they commission social services.",
        ),
        "how_it_works": (
            "Възложителят и доставчикът договарят измерими резултати; инвеститор поема риска, докато те бъдат "
            "постигнати.",
            "The commissioner and the provider agree measurable results; an investor carries the risk until they "
            "are reached.",
        ),
        "adaptation_legal_funding": (
            "Изисква правила за обществените поръчки, които позволяват плащане срещу резултат.",
            "Needs public procurement rules that allow payment against results.",
        ),
    },
]

COMPETENCE_CENTRES = [
    (
        "PT",
        "Португалия",
        "Portugal",
        "национален център за компетенции по социални иновации",
        "national competence centre for social innovation",
    ),
    (
        "FR",
        "Франция",
        "France",
        "национална мрежа от центрове за социални иновации",
        "national network of social innovation centres",
    ),
    (
        "PL",
        "Полша",
        "Poland",
        "национален център за компетенции по социални иновации",
        "national competence centre for social innovation",
    ),
]

DOCUMENTS = [
    {
        "slug": "need-for-national-competence-centres",
        "title": (
            "Необходимостта от национални центрове за компетентност за екосистеми за социални иновации на ранен "
            "етап в държавите – членки на ЕС",
            "The need for national competence centres for early-stage social innovation ecosystems in EU member states",
        ),
        "type": DocumentType.STRATEGY,
        "publisher": "fuse-partner-ireland",
        "practices": ["ireland-early-stage-ecosystem-support", "bulgarian-national-competence-centre"],
    },
    {
        "slug": "payment-by-results",
        "title": (
            "Плащане според резултатите: иновативни финансови инструменти при предоставянето на социални услуги",
            "Payment by results: innovative financial instruments in the delivery of social services",
        ),
        "type": DocumentType.STRATEGY,
        "publisher": "fuse-partner-cyprus",
        "themes": ["innovative-finance"],
        "practices": ["cyprus-payment-by-results"],
    },
    {
        "slug": "strategic-development-of-social-innovation",
        "title": (
            "Стратегическо развитие на социалните иновации на национално, транснационално и европейско равнище",
            "Strategic development of social innovation at national, transnational and European level",
        ),
        "type": DocumentType.STRATEGY,
        "publisher": "fuse-partner-ireland",
        "practices": ["ireland-early-stage-ecosystem-support", "bulgarian-national-competence-centre"],
    },
    {
        "slug": "scaling-readiness-tool",
        "title": (
            "Инструмент за измерване на готовността за скалиране на социалните иновации",
            "Social innovation scaling-readiness tool",
        ),
        "type": DocumentType.TOOL,
        "publisher": "fuse-partner-cyprus",
        "practices": ["bulgarian-national-competence-centre"],
        "description": (
            "Помага да се открият конкретните проблемни области и потенциалът за развитие на социална иновация.",
            "Helps to find the specific problem areas and the growth potential of a social innovation.",
        ),
    },
]
FUSE_DESCRIPTION = (
    "Стратегически документ, разработен от партньорите от Ирландия и Кипър в проекта FUSE. Документът е на "
    "английски език.",
    "A strategic paper written by the Irish and Cypriot partners of the FUSE project. The document is in English.",
)
FUSE_URL = "https://www.fuseproject.eu/"

HANDBOOK = {
    "slug": "social-cooperation-handbook",
    "title": (
        "Социалното коопериране – стари традиции, нови възможности",
        "Social cooperation – old traditions, new opportunities",
    ),
    "description": (
        "Наръчник за създаване, мотивация и управление на социален кооператив, издаден по проект "
        "BG051PO0017.0.07-0054-C002.",
        "A handbook on founding, motivating and managing a social cooperative, published by project "
        "BG051PO0017.0.07-0054-C002. The handbook is in Bulgarian.",
    ),
    "type": DocumentType.HANDBOOK,
    "language": DocumentLanguage.BULGARIAN,
    "publisher": "social-cooperative",
    "project": "social-cooperative",
    "practices": ["virtual-social-cooperative"],
}
