"""Demo news posts from the seed texts, written anew in Bulgarian and English; the demo moderator is their author.

Safe to run again: posts are matched by slug; existing ones are left as they are.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model

from core.enums import PublicationStatus
from news.models import NewsPost

from .directory import MODERATOR_USERNAME

APP_LABEL = "news"
SOFIA = ZoneInfo("Europe/Sofia")


# The seeds date none of these posts: each is dated just after what it reports, and says its date is illustrative.
DATE_NOTE = {"bg": "_Датата на публикацията е примерна._", "en": "_The publication date is illustrative._"}


def load(*, stdout):
    # The directory's demo made the moderator; loaded on its own, the posts have no author.
    author = get_user_model().objects.filter(username=MODERATOR_USERNAME).first()
    for data in POSTS:
        NewsPost.objects.get_or_create(
            slug=data["slug"],
            defaults={
                **{key: value for key, value in data.items() if key != "slug"},
                **{f"body_{code}": f"{data[f'body_{code}']}\n\n{note}" for code, note in DATE_NOTE.items()},
                "status": PublicationStatus.PUBLISHED,
                "author": author,
            },
        )
    stdout.write(f"News: {len(POSTS)} news posts.")


# Markdown prose keeps one paragraph per line.
POSTS = [
    {
        "slug": "social-inclusion-project-completed",
        "published_at": datetime(2015, 10, 30, 10, 0, tzinfo=SOFIA),
        "title_bg": "Завърши проектът за обмен на практики в социалното включване",
        "title_en": "The project on exchanging social inclusion practices has ended",
        "summary_bg": "Шотландски социални иновации, проучени от български експерти, една конференция, около "
        "сто участници и този портал: какво остава след проекта.",
        "summary_en": "Scottish social innovations studied by Bulgarian experts, one conference, about a hundred "
        "participants and this portal: what the project leaves behind.",
        "body_bg": """Проектът „Устойчив иновативен модел за обмен на нови практики в областта на социалното включване“ приключи. Целта му беше да свърже в мрежа хората, които искат да внедряват социални иновации в България.

Наши експерти проучиха мерки, които са дали резултат в Шотландия, и заедно с колеги от **Института за проучвания и иновации в социалните услуги (IRISS)** избраха онези, които могат да проработят и у нас. Резултатите са публикувани в този портал.

На двудневната конференция и работилниците около 100 участници от НПО, доставчици на социални услуги, общини, образователни институции и ИКТ фирми чуха за:

- същността на социалната работа в Шотландия;
- интеграцията на здравните и социалните грижи;
- социалната медия и социалните иновации;
- технологиите и иновациите на работното място;
- въвеждането на знанията в практиката.

В портала ще намерите кратки филми за чуждия опит с български субтитри и място за коментари и обсъждания.

Проектът BG051PO001-7.0.01-0124-C0001 беше изпълнен от Сдружение „Бизнес Агенция“ с партньори Екселиа ЕООД и IRISS. Стойността му е 198 983,98 лв., от които 169 136,38 лв. от Европейския социален фонд и 29 847,60 лв. национално съфинансиране.""",
        "body_en": """The project “A sustainable innovative model for exchanging new practices in social inclusion” has come to an end. It set out to connect the people who want to bring social innovations into Bulgaria.

Our experts studied measures that worked in Scotland and, with colleagues from the **Institute for Research and Innovation in Social Services (IRISS)**, picked those that could work here too. The results are published on this portal.

At the two-day conference and its workshops, about 100 people from NGOs, social-service providers, municipalities, educational institutions and ICT companies heard about:

- what social work means in Scotland;
- integrating health and social care;
- social media and social innovation;
- technology and innovation at the workplace;
- putting knowledge into practice.

On the portal you will find short films about practice abroad with Bulgarian subtitles, and room for comments and discussion.

Project BG051PO001-7.0.01-0124-C0001 was run by the Business Agency Association with its partners Exelia Ltd and IRISS. Its budget was BGN 198,983.98: BGN 169,136.38 from the European Social Fund and BGN 29,847.60 of national co-financing.""",
    },
    {
        "slug": "why-a-national-social-innovation-centre",
        "published_at": datetime(2022, 6, 15, 10, 0, tzinfo=SOFIA),
        "title_bg": "Защо ни е национален център за социални иновации и как да бъде създаден",
        "title_en": "Why Bulgaria needs a national social innovation centre, and how to build one",
        "summary_bg": "Две години работа по FUSE: карти на екосистемите в четири държави, стратегически документи "
        "и 15-минутен филм с мнението на експертите.",
        "summary_en": "Two years of work on FUSE: ecosystem maps of four countries, strategy papers and a "
        "15-minute film with the experts' views.",
        "body_bg": """В продължение на две години Фондация BCause участва в проекта **FUSE**, който подготви почвата за национални центрове за компетенции в сферата на социалните иновации. В консорциума бяха организации от България, Ирландия, Кипър и Португалия; от българска страна – Reach for Change България, Българският център за нестопанско право, BCause, Клийнтех България и Бизнес институт.

Какво беше направено:

- карти на екосистемите на социалните иновации и социалното предприемачество в четирите държави;
- национални обсъждания за нуждата от център и неговата роля;
- обучения и обмен на опит между партньорите;
- споделяне на практики с други европейски консорциуми по програмата EaSI.

Партньорите от Ирландия и Кипър подготвиха стратегически документи – за нуждата от национални центрове за компетентност, за плащането според резултатите в социалните услуги и за стратегическото развитие на социалните иновации, както и инструмент за измерване на готовността за скалиране (на английски език).

Във филма „Защо и как Национален център за социални иновации“ експертите казват какъв трябва да бъде центърът, за да подкрепя иновациите с мрежа от хора от частния, държавния, академичния и гражданския сектор.""",
        "body_en": """For two years the BCause Foundation took part in **FUSE**, a project that laid the ground for national competence centres for social innovation. The consortium brought together organisations from Bulgaria, Ireland, Cyprus and Portugal; on the Bulgarian side, Reach for Change Bulgaria, the Bulgarian Center for Not-for-Profit Law, BCause, Cleantech Bulgaria and the Business Institute.

What was done:

- maps of the social innovation and social entrepreneurship ecosystems in the four countries;
- national discussions on the need for a centre and its role;
- training and exchange of experience among the partners;
- sharing practice with other European consortia funded by EaSI.

The partners from Ireland and Cyprus wrote strategy papers – on the need for national competence centres, on payment by results in social services and on the strategic development of social innovation – and a tool for measuring readiness to scale (in English).

In the film “Why and how a National Centre for Social Innovation”, the experts say what the centre must be to back innovation with a network of people from the private, public, academic and civic sectors.""",
    },
    {
        "slug": "blagoevgrad-competence-centre-seminar",
        "published_at": datetime(2023, 5, 19, 10, 0, tzinfo=SOFIA),
        "title_bg": "В Благоевград обсъдиха модела на център за компетенции по социални иновации",
        "title_en": "Blagoevgrad seminar on the design of a social innovation competence centre",
        "summary_bg": "Асоциация за развитие на София и NaChe Academy събраха НПО, социални предприятия, "
        "културни институции и студентски сдружения.",
        "summary_en": "The Sofia Development Association and NaChe Academy brought together NGOs, social "
        "enterprises, cultural institutions and student associations.",
        "body_bg": """Асоциация за развитие на София проведе в Благоевград поредния си семинар за институционалния модел на център за компетенции в сферата на социалните иновации. Домакин беше **NaChe Academy**, а в семинара се включиха представители на местни неправителствени организации, социални предприятия, културни институции и студентски сдружения. Ролята на модератор изпълняваше Хермина Емирян.

Семинарът започна с проекта „Социални иновации плюс – центрове за компетенции“ и проучването на консорциума SI PLUS: какво разбираме под социална иновация, какви са нуждите у нас и какво показват съществуващите центрове в Португалия, Франция и Полша.

Румен Донев от Министерството на труда и социалната политика разказа за приоритетите на министерството в сферата на социалните иновации и за средствата, с които то подкрепя социалните предприятия.

В панелите участниците обсъдиха възможните целеви групи и тематични области на бъдещия център, какво да прави той през първата година и до края на третата, както и възможните форми на управление и правните въпроси.

В края на семинара беше представена платформата social-innovations.club – новото дигитално пространство за социални иновации в България, отворено за всеки.""",
        "body_en": """The Sofia Development Association held another of its seminars on the institutional model of a competence centre for social innovation, this time in Blagoevgrad, hosted by **NaChe Academy**. People from local NGOs, social enterprises, cultural institutions and student associations took part. Hermina Emiryan moderated.

The seminar opened with the project “Social Innovation Plus – competence centres” and the SI PLUS consortium's study: what we mean by social innovation, what is needed in Bulgaria, and what existing centres in Portugal, France and Poland show.

Rumen Donev of the Ministry of Labour and Social Policy outlined the ministry's priorities in social innovation and the tools it uses to support social enterprises.

In the panels, participants discussed the future centre's possible target groups and themes, what it should do in its first year and by the end of its third, and its possible forms of governance and legal questions.

At the end of the seminar the social-innovations.club platform was presented: the new digital space for social innovation in Bulgaria, open to everyone.""",
    },
    {
        "slug": "sunny-beach-training-italian-practices",
        "published_at": datetime(2018, 9, 7, 10, 0, tzinfo=SOFIA),
        "title_bg": "Обучение в Слънчев бряг: трансфер на две италиански социални иновации",
        "title_en": "Training in Sunny Beach: transferring two Italian social innovations",
        "summary_bg": "От 1 до 6 септември 2018 г. представители на институции и НПО работиха върху "
        "италианския опит и българския контекст.",
        "summary_en": "From 1 to 6 September 2018, people from institutions and NGOs worked on the Italian "
        "experience and the Bulgarian context.",
        "body_bg": """От 1 до 6 септември 2018 г. в хотел „Перла“ в Слънчев бряг се проведе обучение за представители на институции. Втората група ще се обучава в края на месеца.

Програмата имаше четири панела: „Опитът на Италия и българският контекст“, „Трансфер и адаптация“, „Практическа работа по трансфера на двете социални иновации“ и „Планираме заедно“.

Обучението започна с целите, задачите, дейностите и търсените резултати на проекта. Двете проучени иновации са центърът за социални инициативи и иновации „Città sociale“ и подходът „Аз планирам и реализирам социалните политики“; за сравнение бяха представени и други иновативни социални практики от Италия и България. Като важен момент в изследването беше обсъдено институционализираното сътрудничество между малки общини в регион Кампания – в основата на втория подход – при съвместното планиране и реализиране на социалните политики, включително по отделни случаи.

Участниците работиха в две групи, всяка с обучител: в едната преобладаваха представители на държавни и общински институции, в другата – НПО и доставчици на социални услуги. Последният панел беше посветен на създаването и работата на център за социални инициативи и иновации: информационна платформа, услуги за насочване, инструмент за проучване, който подпомага общината при планирането на политиките ѝ, и пространство за инициативи, кампании и доброволчество.""",
        "body_en": """From 1 to 6 September 2018, the Perla hotel in Sunny Beach hosted a training for people working in public institutions. A second group will be trained at the end of the month.

The programme had four panels: “Italy's experience and the Bulgarian context”, “Transfer and adaptation”, “Hands-on work on transferring the two social innovations” and “Planning together”.

The training opened with the project's aims, tasks, activities and expected results. The two innovations studied were the Città sociale centre for social initiatives and innovation and the approach “I plan and implement social policies”; other innovative social practices from Italy and Bulgaria were presented for comparison. A key point of the study was the institutionalised cooperation of small municipalities in the Campania region – the basis of the second approach – in planning and implementing social policies together, down to individual cases.

Participants worked in two groups, each with a trainer: one mostly of people from state and municipal institutions, the other of NGOs and social-service providers. The last panel was given to setting up and running a centre for social initiatives and innovation: an information platform, referral services, a research tool that helps the municipality plan its policies, and a space for initiatives, campaigns and volunteering.""",
    },
    {
        "slug": "social-cooperative-project",
        "published_at": datetime(2014, 3, 20, 10, 0, tzinfo=SOFIA),
        "title_bg": "Социалният кооператив: добри практики за интеграция на маргиналните групи",
        "title_en": "The social cooperative: good practice for including marginalised groups",
        "summary_bg": "Проект BG051PO0017.0.07-0054-C002 разработва модел за виртуален социален кооператив за "
        "малките и отдалечените населени места.",
        "summary_en": "Project BG051PO0017.0.07-0054-C002 is designing a virtual social cooperative for small "
        "and remote places.",
        "body_bg": """Проектът „Социалният кооператив – добри практики и възможности за интеграция на маргиналните групи“ (BG051PO0017.0.07-0054-C002) иска да направи социалните кооперативи по-известни в България и да приложи у нас опита на Италия.

Специфичната му цел е **модел за виртуален социален кооператив**, който да помага на маргинализираните групи в малките и отдалечени населени места.

Дейностите включват социологическо изследване на нагласите към социалните кооперативи и публично-частното партньорство, посещение на български специалисти в Италия, конференция с международно участие, обучения на място по заявен интерес, наръчник „Социалното коопериране – стари традиции, нови възможности“, мултимедиен филм и уебсайт.

Проектът е насочен към експерти по превенция, интеграция и интеркултурен диалог, ръководители на НПО и представители на бизнеса, образователните институции, бюрата по труда и общините в България и Италия.""",
        "body_en": """The project “The social cooperative: good practice and ways to include marginalised groups” (BG051PO0017.0.07-0054-C002) aims to make social cooperatives better known in Bulgaria and to apply Italy's experience here.

Its specific aim is a **model of a virtual social cooperative** that supports marginalised groups in small and remote places.

The activities include a survey of attitudes to social cooperatives and public–private partnership, a study visit by Bulgarian specialists to Italy, a conference with international participants, on-site training on request, the handbook “Social cooperation – old traditions, new opportunities”, a multimedia film and a website.

It is meant for experts in prevention, integration and intercultural dialogue, NGO managers, and people from business, educational institutions, labour offices and municipalities in Bulgaria and Italy.""",
    },
]
