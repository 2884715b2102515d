"""Demo practices and documents drawn from the seed texts, written anew in Bulgarian and English.

Each text value is a (Bulgarian, English) pair.
"""

from practices.enums import DocumentLanguage, DocumentType, TransferStage

CONFERENCE_PROJECT = "sustainable-innovative-model-social-inclusion"

# The seeds name these practices and say little more: what a description adds is marked as illustrative.
ILLUSTRATIVE_NOTE = (
    "*Демонстрационно съдържание: практиката е описана по материалите на проекта, а подробностите за "
    "организацията, ресурсите, резултатите и адаптацията ѝ са илюстративни.*",
    "*Demo content: the practice is described from the project's materials; the details of its organisation, "
    "resources, results and adaptation are illustrative.*",
)


def illustrative(description):
    """The (bg, en) description with the note that says which of its facts are illustrative."""
    return tuple(f"{text}\n\n{note}" for text, note in zip(description, ILLUSTRATIVE_NOTE, strict=True))


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
        "tags": ["лична помощ", "самостоятелно управлявана подкрепа", "Шотландия"],
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
        "description": illustrative(
            (
                "Социалният работник и човекът с увреждания заедно определят **целите** на подкрепата и "
                "бюджета за нея. След това човекът избира една от няколко възможности:\n\n"
                "- получава средствата пряко и сам наема асистент;\n"
                "- възлага на избран от него доставчик да организира помощта;\n"
                "- оставя общината да подбере услугите.",
                "A social worker and the disabled person agree on the **goals** of the support and the budget "
                "for it. The person then chooses one of several options:\n\n"
                "- receive the money directly and employ an assistant;\n"
                "- ask a provider of their choice to arrange the help;\n"
                "- let the municipality choose the services.",
            )
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
            "По думите на шотландските лектори хората съобщават, че имат повече контрол над живота си, а "
            "услугите по-добре отговарят на нуждите им при сходни разходи.",
            "According to the Scottish speakers, people report more control over their lives and services that "
            "better meet their needs at a similar cost.",
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
        "adaptation_legal_funding": (
            "Средствата могат да идват от механизма за лична помощ и от общинските бюджети за социални услуги; "
            "нужни са правила за отчитане на индивидуалния бюджет.",
            "The money could come from the personal assistance scheme and from municipal social-service budgets; "
            "rules for accounting for an individual budget are needed.",
        ),
        "adaptation_changes": (
            "В началото изборът се ограничава до две възможности – пряко плащане или избран доставчик, докато "
            "общината натрупа опит.",
            "At first the choice is limited to two options – direct payment or a chosen provider – until the "
            "municipality gains experience.",
        ),
        "adaptation_first_steps": (
            "Пилот в една община с малка група хора с увреждания и независима консултантска услуга.",
            "A pilot in one municipality with a small group of disabled people and an independent advice service.",
        ),
        "adaptation_bulgarian_experience": (
            "Практиката беше обсъдена с български доставчици на социални услуги на конференцията на проекта; "
            "пилот все още няма.",
            "The practice was discussed with Bulgarian social-service providers at the project conference; there "
            "is no pilot yet.",
        ),
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
        "title": (
            "Център „на едно гише“ за пълнолетни хора с аутизъм",
            "A one-stop support centre for autistic adults",
        ),
        "summary": (
            "Място, където пълнолетни хора с аутизъм и техните близки получават съвет, подкрепа от хора със "
            "сходен опит и помощ в контактите с институциите, без да е нужна диагноза или направление.",
            "A place where autistic adults and their families get advice, support from people with similar "
            "experience and help in dealing with public bodies, with no diagnosis or referral needed.",
        ),
        "description": illustrative(
            (
                "Центърът е отворен няколко дни в седмицата, предлага групи по интереси и индивидуални "
                "консултации и планира дейностите си заедно с хората с аутизъм.",
                "The centre opens several days a week, runs interest groups and one-to-one advice sessions, and "
                "plans its activities together with autistic people.",
            )
        ),
        "problem": (
            "Много пълнолетни хора с аутизъм остават без подкрепа, защото не отговарят на критериите на "
            "специализираните услуги.",
            "Many autistic adults are left without support because they do not meet the criteria of specialised "
            "services.",
        ),
        "how_it_works": (
            "Свободен достъп, подкрепа от хора със сходен опит, насочване към други служби и обучение на "
            "общинските служители.",
            "Open access, support from people with similar experience, referral to other services and training "
            "for municipal staff.",
        ),
        "results": (
            "По-малко кризисни ситуации и повече хора, които намират работа или доброволческа дейност.",
            "Fewer crises and more people finding work or volunteering.",
        ),
        "resources": ("Двама или трима служители, помещение, доброволци.", "Two or three staff, a room, volunteers."),
        "transfer_potential": (
            "Моделът е подходящ за областни градове с активни родителски организации.",
            "The model suits regional towns with active parents' associations.",
        ),
        "adaptation_preconditions": (
            "Помещение, осигурено от общината, и партньорство с организация на родители и на хора с аутизъм.",
            "Premises provided by the municipality and a partnership with an organisation of parents and of "
            "autistic people.",
        ),
        "adaptation_legal_funding": (
            "Центърът може да започне като проект на НПО и да стане общинска социална услуга, след като докаже "
            "ползата си.",
            "The centre can start as an NGO project and become a municipal social service once it has shown its value.",
        ),
        "adaptation_changes": (
            "Центърът може да работи в сградата на съществуващ център за обществена подкрепа, за да не се търси "
            "отделно помещение.",
            "The centre can work in the building of an existing community support centre, so that no separate "
            "premises are needed.",
        ),
        "adaptation_barriers": (
            "Малко специалисти работят с пълнолетни хора с аутизъм, а услугите са насочени предимно към децата.",
            "Few specialists work with autistic adults, and services are aimed mostly at children.",
        ),
        "adaptation_first_steps": (
            "Два дни в седмицата в общинско помещение, с група за взаимопомощ и консултации по заетост.",
            "Two days a week in municipal premises, with a peer support group and employment advice.",
        ),
        "adaptation_bulgarian_experience": (
            "Практиката беше представена на конференцията на проекта; българска адаптация все още няма.",
            "The practice was presented at the project conference; there is no Bulgarian adaptation yet.",
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
        "description": illustrative(
            (
                "Екип от медицинска сестра, ерготерапевт и домашни помощници работи с човека до шест седмици. "
                "Целта е не да се върши работата вместо него, а да му се помогне да си върне уменията.",
                "A team of a nurse, an occupational therapist and home carers works with the person for up to six "
                "weeks. The aim is not to do things for them but to help them regain their skills.",
            )
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
        "adaptation_preconditions": (
            "Споразумение между болницата, общината и доставчика на грижи у дома за общ план преди изписването.",
            "An agreement between the hospital, the municipality and the home-care provider on a joint plan "
            "before discharge.",
        ),
        "adaptation_legal_funding": (
            "Интегрираните здравно-социални услуги у дома могат да се финансират от общината и по проекти от "
            "европейските програми.",
            "Integrated health and social care at home can be funded by the municipality and by projects under "
            "the EU programmes.",
        ),
        "adaptation_changes": (
            "Ерготерапевти в България има малко; екипът може да започне с рехабилитатор и социален работник.",
            "Bulgaria has few occupational therapists; the team can start with a physiotherapist and a social worker.",
        ),
        "adaptation_barriers": (
            "Здравните и социалните услуги се финансират и управляват поотделно.",
            "Health and social services are funded and run separately.",
        ),
        "adaptation_first_steps": (
            "Пилот с една болница и една община за хора, изписани след инсулт.",
            "A pilot with one hospital and one municipality for people discharged after a stroke.",
        ),
        "adaptation_bulgarian_experience": (
            "Практиката беше обсъдена на конференцията на проекта и във форума на портала; пилот все още няма.",
            "The practice was discussed at the project conference and in the portal's forum; there is no pilot yet.",
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
        "description": illustrative(
            (
                "Училища и младежки организации подбират и обучават доброволците; социална служба свързва всеки "
                "младеж с възрастен човек от квартала.",
                "Schools and youth groups recruit and train the volunteers; a social service matches each young "
                "person with an older person in the neighbourhood.",
            )
        ),
        "problem": (
            "Самотата сред възрастните хора и липсата на смислени занимания за младежите в риск.",
            "Loneliness among older people and a lack of meaningful activity for young people at risk.",
        ),
        "how_it_works": (
            "Седмични срещи, кратко обучение за доброволците, сертификат след определен брой часове.",
            "Weekly visits, a short training course for volunteers, a certificate after a number of hours.",
        ),
        "results": (
            "Възрастните хора се чувстват по-малко самотни, а младежите – по-уверени в себе си.",
            "Older people feel less lonely, and young people more self-confident.",
        ),
        "resources": (
            "Координатор на непълен работен ден, споразумения с училища.",
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
        "adaptation_legal_funding": (
            "Малки общински програми за младежки дейности или проекти на читалища; основният разход е за координатора.",
            "Small municipal youth programmes or community-centre projects; the main cost is the coordinator.",
        ),
        "adaptation_barriers": (
            "Родителите се тревожат за безопасността на децата си, а възрастните хора се притесняват да пускат "
            "непознати в дома си.",
            "Parents worry about their children's safety, and older people are wary of letting strangers into "
            "their homes.",
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
        "themes": ["competence-centres"],
        "groups": [],
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
        "description": illustrative(
            (
                "Центърът е една от двете италиански социални иновации, представени на обучението за "
                "представители на институции в Слънчев бряг (1–6 септември 2018 г.). Той има четири части:\n\n"
                "1. информационна платформа;\n2. услуги за насочване;\n"
                "3. инструмент за проучване, който подпомага общината при планиране на политиките ѝ;\n"
                "4. пространство за инициативи, кампании и доброволчески дейности.",
                "The centre is one of the two Italian social innovations presented at the training for people from "
                "public institutions in Sunny Beach (1–6 September 2018). It has four parts:\n\n"
                "1. an information platform;\n2. referral services;\n"
                "3. a research tool that helps the municipality plan its policies;\n"
                "4. a space for initiatives, campaigns and volunteering.",
            )
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
            "Двете групи на обучението – институции и НПО – обсъдиха центъра като модел за български общини.",
            "The training's two groups – public institutions and NGOs – discussed the centre as a model for "
            "Bulgarian municipalities.",
        ),
        "adaptation_preconditions": (
            "Решение на общинския съвет и партньорство с местни НПО.",
            "A municipal council decision and a partnership with local NGOs.",
        ),
        "adaptation_legal_funding": (
            "Може да се финансира като част от общинската стратегия за социални услуги.",
            "Can be funded as part of the municipal strategy for social services.",
        ),
        "adaptation_changes": (
            "В малка българска община центърът може да започне като информационна платформа и услуга за "
            "насочване в съществуващ общински център.",
            "In a small Bulgarian municipality the centre can start as an information platform and a referral "
            "service within an existing municipal centre.",
        ),
        "adaptation_barriers": (
            "Общините нямат данни за нуждите на хората и постоянен екип за такъв център.",
            "Municipalities lack data on people's needs and a permanent team for such a centre.",
        ),
        "adaptation_first_steps": (
            "Панелът „Планираме заедно“ очерта първите стъпки: информационна платформа и услуга за насочване.",
            "The “Planning together” panel outlined the first steps: an information platform and a referral service.",
        ),
        "adaptation_bulgarian_experience": (
            "В последния панел на обучението участниците обсъдиха подробно как би се създал и как би работил "
            "такъв център в България.",
            "In the training's last panel, participants discussed in detail how such a centre could be set up "
            "and run in Bulgaria.",
        ),
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
            "Малки общини в регион Кампания планират и реализират социалните си политики заедно – включително "
            "по отделни случаи – чрез институционализирано сътрудничество помежду си.",
            "Small municipalities in the Campania region plan and implement their social policies together – "
            "down to individual cases – through institutionalised cooperation between them.",
        ),
        "description": illustrative(
            (
                "Подходът е втората италианска социална иновация, представена на обучението в Слънчев бряг "
                "(1–6 септември 2018 г.). Като важен момент в изследването беше посочено институционализирането "
                "на сътрудничеството между малките общини в регион Кампания при съвместното планиране и "
                "реализиране на социалните политики, включително на ниво индивидуални случаи.",
                "The approach is the second Italian social innovation presented at the training in Sunny Beach "
                "(1–6 September 2018). The study singled out the institutionalised cooperation of small "
                "municipalities in the Campania region in planning and implementing social policies together, "
                "down to individual cases.",
            )
        ),
        "problem": (
            "Малките общини нямат капацитет да планират и предоставят сами всички социални услуги.",
            "Small municipalities lack the capacity to plan and run every social service on their own.",
        ),
        "how_it_works": (
            "Общините създават общ орган за планиране, общ бюджет и общи екипи за случаите.",
            "The municipalities set up a joint planning body, a shared budget and shared case teams.",
        ),
        "results": (
            "Услуги и в най-малките общини, които сами не биха могли да ги поддържат, и общи решения по случаите "
            "на хората, които се нуждаят от подкрепата на няколко служби.",
            "Services even in the smallest municipalities, which could not keep them up alone, and joint "
            "decisions on the cases of people who need the support of several services.",
        ),
        "resources": (
            "Споразумение между общините, общ координатор, обща информационна система.",
            "An agreement between municipalities, a joint coordinator, a shared information system.",
        ),
        "transfer_potential": (
            "Подходът е особено полезен за малки български общини със сходни проблеми.",
            "The approach is especially useful for small Bulgarian municipalities with similar problems.",
        ),
        "adaptation_preconditions": (
            "Споразумение между съседни общини и готовност да споделят бюджет и екипи.",
            "An agreement between neighbouring municipalities and a readiness to share a budget and teams.",
        ),
        "adaptation_legal_funding": (
            "Общините могат да сключват споразумения за съвместно предоставяне на социални услуги; средствата "
            "идват от общинските бюджети и от европейските програми.",
            "Municipalities can make agreements to provide social services jointly; the money comes from "
            "municipal budgets and EU programmes.",
        ),
        "adaptation_changes": (
            "В България сътрудничеството може да започне с общо планиране на услугите в една област, преди "
            "общините да споделят бюджет.",
            "In Bulgaria the cooperation can start with joint planning of the services in one district before "
            "the municipalities share a budget.",
        ),
        "adaptation_barriers": (
            "Всяка община планира и отчита услугите си поотделно; опитът в общото управление е малък.",
            "Each municipality plans and reports on its services separately; there is little experience of joint "
            "management.",
        ),
        "adaptation_first_steps": (
            "Обща карта на нуждите и услугите на няколко съседни малки общини.",
            "A shared map of the needs and services of several neighbouring small municipalities.",
        ),
        "adaptation_bulgarian_experience": (
            "Подходът беше обсъден на обучението в Слънчев бряг от представители на институции и НПО.",
            "The approach was discussed at the Sunny Beach training by people from public institutions and NGOs.",
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
            "Виртуален социален кооператив, вдъхновен от италианския опит, който помага на хора в "
            "неравностойно положение в малки и отдалечени населени места да намерят работа и да се включат в "
            "общността.",
            "A virtual social cooperative, inspired by Italian experience, that helps disadvantaged people in "
            "small and remote places find work and take part in their community.",
        ),
        "description": illustrative(
            (
                "Проектът включи социологическо изследване на нагласите към социалните кооперативи и "
                "публично-частното партньорство, посещение на български специалисти в Италия, конференция с "
                "международно участие, обучения на място по заявен интерес, наръчник, филм и уебсайт.",
                "The project included a survey of attitudes to social cooperatives and public–private partnership, "
                "a study visit by Bulgarian specialists to Italy, a conference with international participants, "
                "on-site training on request, a handbook, a film and a website.",
            )
        ),
        "problem": (
            "В малките и отдалечените населени места липсват работа и услуги за младите хора в риск и за хората "
            "в неравностойно положение.",
            "Small and remote places lack jobs and services for young people at risk and for disadvantaged people.",
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
            "Всяка организация може да организира дейността си като социален кооператив според собствените си "
            "възможности.",
            "Any organisation can organise its work as a social cooperative within its own means.",
        ),
        "adaptation_preconditions": (
            "Организация, която да поеме координацията, и общини, готови да предложат поръчки и помещения.",
            "An organisation to take on the coordination, and municipalities ready to offer orders and premises.",
        ),
        "adaptation_legal_funding": (
            "Законът за предприятията на социалната и солидарна икономика дава рамка за регистрацията им.",
            "The Social and Solidarity Economy Enterprises Act gives a framework for registering them.",
        ),
        "adaptation_changes": (
            "Вместо кооператив с общ офис, както в Италия, членовете работят заедно онлайн, за да бъдат обхванати "
            "и отдалечените места.",
            "Instead of a cooperative with a shared office, as in Italy, the members work together online so "
            "that remote places are reached too.",
        ),
        "adaptation_barriers": (
            "Слаб интернет в отдалечените места и недоверие към кооперативите.",
            "Poor internet in remote places and distrust of cooperatives.",
        ),
        "adaptation_first_steps": (
            "Обучения на място по заявен интерес и първите членове от няколко съседни села.",
            "On-site training on request and the first members from a few neighbouring villages.",
        ),
        "adaptation_bulgarian_experience": (
            "Проект BG051PO0017.0.07-0054-C002 разработи модела и наръчника „Социалното коопериране – стари "
            "традиции, нови възможности“ и свърза НПО, общини и бюра по труда в България и Италия.",
            "Project BG051PO0017.0.07-0054-C002 developed the model and the handbook “Social cooperation – old "
            "traditions, new opportunities” and connected NGOs, municipalities and labour offices in Bulgaria "
            "and Italy.",
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
        "description": illustrative(
            (
                "За две години проектът FUSE картографира екосистемите за социални иновации в България, "
                "Ирландия, Кипър и Португалия и обсъди със заинтересованите страни ролята на национален център. "
                "Експерти разказват какъв трябва да бъде той в 15-минутния филм „Защо и как Национален център за "
                "социални иновации“.",
                "Over two years the FUSE project mapped the social innovation ecosystems of Bulgaria, Ireland, "
                "Cyprus and Portugal and discussed the role of a national centre with stakeholders. Experts explain "
                "what it should be in the 15-minute film “Why and how a National Centre for Social Innovation”.",
            )
        ),
        "problem": (
            "Социалните иноватори в България нямат едно място за знания, връзки и подкрепа.",
            "Social innovators in Bulgaria have no single place for knowledge, contacts and support.",
        ),
        "how_it_works": (
            "Мрежа от експерти от всички сектори, обучения и обмяна на добри практики на европейско ниво.",
            "A network of experts from every sector, training and exchange of good practice at European level.",
        ),
        "results": (
            "Карти на екосистемите в четирите държави, стратегически документи и инструмент за измерване на "
            "готовността за скалиране на социалните иновации.",
            "Ecosystem maps of the four countries, strategy papers and a tool for measuring how ready social "
            "innovations are to scale.",
        ),
        "resources": (
            "Консорциум от пет български организации и мрежа от експерти от частния, държавния, академичния и "
            "гражданския сектор.",
            "A consortium of five Bulgarian organisations and a network of experts from the private, public, "
            "academic and civic sectors.",
        ),
        "transfer_potential": (
            "Предстои стратегически документ с препоръки за създаването на центъра.",
            "A strategic paper with recommendations for setting up the centre is to be published.",
        ),
        "adaptation_preconditions": (
            "Участие на всички заинтересовани страни в екосистемата в обсъждането на препоръките.",
            "All the stakeholders in the ecosystem take part in discussing the recommendations.",
        ),
        "adaptation_legal_funding": (
            "Проектът FUSE е финансиран от Европейския съюз чрез Европейския социален фонд и Програмата за "
            "заетост и социални иновации (EaSI); трайното финансиране на центъра тепърва трябва да се намери.",
            "The FUSE project is funded by the European Union through the European Social Fund and the "
            "Employment and Social Innovation programme (EaSI); lasting funding for the centre is still to be "
            "found.",
        ),
        "adaptation_changes": (
            "Центърът се замисля по опита на партньорите от Ирландия и Кипър, съобразен с българската екосистема, "
            "картографирана по проекта.",
            "The centre is being designed from the experience of the Irish and Cypriot partners, fitted to the "
            "Bulgarian ecosystem mapped by the project.",
        ),
        "adaptation_barriers": (
            "Разпокъсана подкрепа за социалните иновации и малко връзки между секторите.",
            "Fragmented support for social innovation and few links between the sectors.",
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
        "description": (
            "Описанието е непълно: засега знаем само темата на стратегическия документ, от който е взета практиката.",
            "This description is incomplete: so far we know only the subject of the strategy paper the practice "
            "comes from.",
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
        "description": (
            "Описанието е непълно: засега знаем само темата на стратегическия документ, от който е взета практиката.",
            "This description is incomplete: so far we know only the subject of the strategy paper the practice "
            "comes from.",
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
        "BG051PO0017.0.07-0054-C002. Наръчникът е на български език.",
        "A handbook on founding, motivating and managing a social cooperative, published by project "
        "BG051PO0017.0.07-0054-C002. The handbook is in Bulgarian.",
    ),
    "type": DocumentType.HANDBOOK,
    "language": DocumentLanguage.BULGARIAN,
    "publisher": "social-cooperative",
    "project": "social-cooperative",
    "practices": ["virtual-social-cooperative"],
}
