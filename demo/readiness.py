"""The readiness questionnaire in both languages, built on the FUSE project's readiness-to-scale instrument (second
seed: "identify the problem areas and the potential for development"), and demo assessments.

Two members of the social cooperative (seed 004) assess its exchange network: one of them twice, six months apart,
so the result shows the change. The people, the innovation's name and every answer are illustrative.

Safe to run again: dimensions by slug, the scale by its name, users by username; existing rows are left as they are.
"""

from datetime import datetime
from zoneinfo import ZoneInfo

from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model

from directory.models import Organisation, Theme
from directory.services import ensure_profile
from readiness.models import Advice, Assessment, Dimension, Question, Scale, ScaleLevel
from readiness.services import find_or_create_innovation, save_answers, start_assessment

APP_LABEL = "readiness"
SOFIA = ZoneInfo("Europe/Sofia")

SCALE_NAME = ("Степен на развитие", "Level of development")
LEVELS = [
    ("Не е започнато", "Not started", "Нищо не е направено по въпроса.", "Nothing has been done on this yet."),
    (
        "Начало",
        "Early",
        "Има идея или първи опити, без система.",
        "There is an idea or first attempts, with no system.",
    ),
    (
        "Частично",
        "Partly",
        "Част от нещата са налице, но не постоянно.",
        "Some of it is in place, but not consistently.",
    ),
    ("Налице", "In place", "Работи редовно и е описано.", "It works regularly and is written down."),
    (
        "Утвърдено",
        "Established",
        "Работи, проверено е и се подобрява с опита.",
        "It works, has been checked and improves with experience.",
    ),
]

# slug: (title bg, title en, description bg, description en, theme slugs,
#        [(question bg, question en, weight, allows "not applicable")], [advice bg, en for 0–39, 40–69, 70–100])
DIMENSIONS = {
    "evidence-of-impact": (
        "Доказателства за въздействие",
        "Evidence of impact",
        "Знаете ли и можете ли да покажете какво се променя за хората, с които работите.",
        "Whether you know, and can show, what changes for the people you work with.",
        ["knowledge-into-practice"],
        [
            (
                "Измервате ли редовно резултатите за хората, с които работите?",
                "Do you regularly measure the results for the people you work with?",
                3,
                False,
            ),
            (
                "Има ли независима оценка или проучване на въздействието?",
                "Has the impact been evaluated or studied independently?",
                2,
                False,
            ),
            (
                "Публикувате ли резултатите (доклади, данни)?",
                "Do you publish the results (reports, data)?",
                1,
                False,
            ),
        ],
        [
            (
                "Започнете с две или три мерки за промяната, която искате да постигнете, и ги записвайте при всеки "
                "човек от началото до края на подкрепата.",
                "Start with two or three measures of the change you want to achieve, and record them for every "
                "person from the start to the end of the support.",
            ),
            (
                "Данните ви вече казват нещо: поканете университет или независим експерт да ги прегледа и "
                "публикувайте кратък доклад.",
                "Your data already tells a story: invite a university or an independent expert to review it, and "
                "publish a short report.",
            ),
            (
                "Доказателствата са силна страна: използвайте ги в разговорите с общини и финансиращи организации.",
                "Evidence is a strength: use it in your talks with municipalities and funders.",
            ),
        ],
    ),
    "financial-sustainability": (
        "Финансова устойчивост",
        "Financial sustainability",
        "Дали дейността може да продължи и да расте след края на един проект.",
        "Whether the work can go on, and grow, after a project ends.",
        ["innovative-finance", "social-enterprises-and-cooperatives"],
        [
            (
                "Покриват ли приходите разходите и без еднократно проектно финансиране?",
                "Do your income sources cover the costs without one-off project grants?",
                3,
                False,
            ),
            (
                "Знаете ли колко струва услугата на човек или на случай?",
                "Do you know what the service costs per person or per case?",
                2,
                False,
            ),
            (
                "Имате ли поне два различни източника на финансиране?",
                "Do you have at least two different sources of funding?",
                2,
                False,
            ),
        ],
        [
            (
                "Изчислете цената на услугата на човек и потърсете втори източник на приходи: общинска поръчка, "
                "социално предприятие или дарители.",
                "Work out the cost of the service per person and look for a second source of income: a municipal "
                "contract, a social enterprise or donors.",
            ),
            (
                "Разнообразете приходите и подгответе финансов план за три години, който не зависи от един проект.",
                "Diversify your income and prepare a three-year financial plan that does not depend on one project.",
            ),
            (
                "Финансите са стабилни: помислете за иновативно финансиране, например плащане според резултатите.",
                "Your finances are stable: consider innovative finance, such as payment by results.",
            ),
        ],
    ),
    "organisational-capacity": (
        "Организационен капацитет",
        "Organisational capacity",
        "Хората, уменията и начините на работа, които разширяването изисква.",
        "The people, skills and ways of working that growth requires.",
        ["competence-centres", "technology-at-the-workplace"],
        [
            (
                "Има ли екипът време и умения да поеме повече работа?",
                "Does the team have the time and skills to take on more work?",
                2,
                False,
            ),
            (
                "Описани ли са процесите така, че нов човек да може да ги следва?",
                "Are the processes written down so that a newcomer can follow them?",
                2,
                False,
            ),
            (
                "Използвате ли дигитални инструменти за управление и комуникация?",
                "Do you use digital tools for management and communication?",
                1,
                False,
            ),
        ],
        [
            (
                "Опишете основните процеси и определете кой какво прави; без това разширяването натоварва "
                "няколко души до краен предел.",
                "Write down the main processes and decide who does what; without that, growth overloads a few "
                "people to breaking point.",
            ),
            (
                "Обучете втори човек за всяка ключова роля и въведете общи дигитални инструменти за екипа.",
                "Train a second person for every key role and bring in shared digital tools for the team.",
            ),
            (
                "Капацитетът ви позволява да растете: планирайте наемането и обучението на хора предварително.",
                "Your capacity allows growth: plan hiring and training ahead of it.",
            ),
        ],
    ),
    "partnerships": (
        "Партньорства и заинтересовани страни",
        "Partnerships and stakeholders",
        "С кого работите и кой участва в решенията.",
        "Whom you work with, and who takes part in decisions.",
        ["joint-planning-of-social-policies"],
        [
            (
                "Имате ли постоянни партньори сред общини, доставчици на услуги или бизнеса?",
                "Do you have lasting partners among municipalities, service providers or businesses?",
                3,
                False,
            ),
            (
                "Участват ли хората, за които е иновацията, в решенията за нея?",
                "Do the people the innovation is for take part in decisions about it?",
                2,
                False,
            ),
            (
                "Участвате ли в мрежа на национално или европейско равнище?",
                "Are you part of a national or European network?",
                1,
                False,
            ),
        ],
        [
            (
                "Намерете един партньор в общината и един сред доставчиците на услуги и започнете с обща малка "
                "дейност.",
                "Find one partner in the municipality and one among service providers, and start with a small joint "
                "activity.",
            ),
            (
                "Превърнете отделните контакти в споразумения и поканете хората, за които работите, в "
                "управлението на иновацията.",
                "Turn separate contacts into agreements, and invite the people you work for into the innovation's "
                "governance.",
            ),
            (
                "Мрежата ви е силна: споделете опита си в национални и европейски мрежи за социални иновации.",
                "Your network is strong: share your experience in national and European social innovation networks.",
            ),
        ],
    ),
    "demand": (
        "Търсене и нужди",
        "Demand and need",
        "Доколко други хора, организации и общини имат нужда от решението и го търсят.",
        "How far other people, organisations and municipalities need the solution and ask for it.",
        ["joint-planning-of-social-policies"],
        [
            (
                "Знаете ли колко хора или общини имат нужда от решението?",
                "Do you know how many people or municipalities need the solution?",
                2,
                False,
            ),
            (
                "Търсят ли ви други организации или общини, за да приложат решението?",
                "Do other organisations or municipalities ask you to apply the solution?",
                3,
                False,
            ),
            (
                "Има ли списък на чакащи или неудовлетворено търсене?",
                "Is there a waiting list or unmet demand?",
                1,
                True,
            ),
        ],
        [
            (
                "Проучете нуждите в две или три общини с данни от социалните служби, преди да планирате разширяване.",
                "Study the need in two or three municipalities, with data from social services, before you plan to "
                "grow.",
            ),
            (
                "Търсенето съществува: опишете го с числа и го покажете на общините и финансиращите организации.",
                "The demand is there: describe it in numbers and show it to municipalities and funders.",
            ),
            (
                "Търсенето е голямо: решете къде да растете първо, вместо да отговаряте на всяка покана.",
                "Demand is high: decide where to grow first rather than answer every invitation.",
            ),
        ],
    ),
    "policy-environment": (
        "Политики и правна среда",
        "Policy and legal environment",
        "Дали законите и стратегиите позволяват и подкрепят решението.",
        "Whether laws and strategies allow and support the solution.",
        ["joint-planning-of-social-policies"],
        [
            (
                "Позволява ли законодателството решението да се прилага и финансира с публични средства?",
                "Does the law allow the solution to be delivered and paid for with public funds?",
                2,
                True,
            ),
            (
                "Включено ли е решението в местна или национална стратегия?",
                "Is the solution part of a local or national strategy?",
                2,
                False,
            ),
            (
                "Поддържате ли връзка с институциите, които вземат решения?",
                "Are you in touch with the institutions that make the decisions?",
                1,
                False,
            ),
        ],
        [
            (
                "Проверете с юрист кои правила засягат решението (например Законът за социалните услуги или "
                "Законът за предприятията на социалната и солидарна икономика).",
                "Check with a lawyer which rules affect the solution (for example the Social Services Act or the "
                "Act on Social and Solidarity Economy Enterprises).",
            ),
            (
                "Предложете решението за общинската стратегия за социални услуги и поканете общината да го види "
                "на място.",
                "Propose the solution for the municipal social services strategy, and invite the municipality to "
                "see it at work.",
            ),
            (
                "Средата ви подкрепя: включете се в работни групи, които подготвят политиките.",
                "The environment supports you: join the working groups that prepare the policies.",
            ),
        ],
    ),
    "replicability": (
        "Възпроизводимост и стандартизация",
        "Replicability and standardisation",
        "Дали друга организация може да приложи решението по описанието ви.",
        "Whether another organisation could apply the solution from your description.",
        ["knowledge-into-practice"],
        [
            (
                "Описан ли е моделът в наръчник или методика?",
                "Is the model described in a handbook or a method?",
                3,
                False,
            ),
            (
                "Определили ли сте кои части са задължителни и кои може да се адаптират?",
                "Have you set out which parts are essential and which can be adapted?",
                2,
                False,
            ),
            (
                "Прилагано ли е решението успешно на второ място?",
                "Has the solution been applied successfully in a second place?",
                2,
                False,
            ),
        ],
        [
            (
                "Запишете как работи решението стъпка по стъпка; това е основата на всеки трансфер и адаптация.",
                "Write down how the solution works step by step; it is the basis of any transfer and adaptation.",
            ),
            (
                "Изпробвайте описанието с една партньорска организация и го поправете според опита ѝ.",
                "Try the description out with one partner organisation and correct it from its experience.",
            ),
            (
                "Моделът е готов за трансфер: предложете обучение за организации, които искат да го приложат.",
                "The model is ready for transfer: offer training to organisations that want to apply it.",
            ),
        ],
    ),
    "leadership-and-team": (
        "Лидерство и екип",
        "Leadership and team",
        "Кой води разширяването и дали работата зависи от един човек.",
        "Who leads the growth, and whether the work depends on one person.",
        ["competence-centres"],
        [
            (
                "Има ли човек, който отговаря за развитието и разширяването?",
                "Is someone responsible for developing and growing the innovation?",
                2,
                False,
            ),
            (
                "Може ли работата да продължи, ако основателят се оттегли?",
                "Could the work go on if the founder stepped back?",
                2,
                False,
            ),
            (
                "Учи ли екипът от грешките и обратната връзка?",
                "Does the team learn from mistakes and feedback?",
                1,
                False,
            ),
        ],
        [
            (
                "Определете кой отговаря за разширяването и му осигурете време за това.",
                "Decide who is responsible for growth, and give them the time for it.",
            ),
            (
                "Разпределете ръководството между няколко души и въведете редовен преглед на наученото.",
                "Share leadership among several people, and hold regular reviews of what you have learnt.",
            ),
            (
                "Екипът е готов да води: подкрепете и други организации с менторство.",
                "The team is ready to lead: support other organisations through mentoring.",
            ),
        ],
    ),
}
BANDS = [(0, 39), (40, 69), (70, 100)]

# Illustrative members of the social cooperative, and the innovation they assess.
MEMBERS = {
    # username: (display name, e-mail)
    "petar": ("Петър Стоянов", "petar.stoyanov@demo.social-innovations.example"),
    "maria": ("Мария Иванова", "maria.ivanova@demo.social-innovations.example"),
}
ORGANISATION = "social-cooperative"
INNOVATION = "Мрежа за обмен на информация, технологии и човешки ресурси"
# (username, completed, answer per question in DIMENSIONS order: a level value or "na")
ASSESSMENTS = [
    (
        "petar",
        datetime(2026, 5, 20, 11, 0, tzinfo=SOFIA),
        [1, 0, 1, 1, 1, 2, 2, 1, 1, 2, 3, 2, 2, 1, "na", 1, 0, 1, 1, 1, 0, 2, 1, 2],
    ),
    (
        "petar",
        datetime(2026, 11, 20, 11, 0, tzinfo=SOFIA),
        [2, 1, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 2, "na", 2, 1, 2, 2, 2, 1, 3, 2, 3],
    ),
    (
        "maria",
        datetime(2026, 11, 23, 15, 0, tzinfo=SOFIA),
        [3, 1, 1, 1, 2, 3, 3, 1, 2, 3, 1, 2, 2, 3, 2, 1, 2, 2, 1, 3, 0, 3, 1, 2],
    ),
]


def load(*, stdout):
    created = load_questionnaire()
    assessments = _load_assessments()
    stdout.write(
        f"Readiness: {len(DIMENSIONS)} dimensions ({'made' if created else 'already there'}), "
        f"{assessments} demo assessments made."
    )


def load_questionnaire():
    if Dimension.objects.exists():
        return False  # moderators may have edited the questionnaire: never touch it again
    scale = Scale.objects.create(name_bg=SCALE_NAME[0], name_en=SCALE_NAME[1])
    for value, (label_bg, label_en, about_bg, about_en) in enumerate(LEVELS):
        ScaleLevel.objects.create(
            scale=scale,
            value=value,
            label_bg=label_bg,
            label_en=label_en,
            description_bg=about_bg,
            description_en=about_en,
        )
    for position, (slug, (title_bg, title_en, text_bg, text_en, themes, questions, advice)) in enumerate(
        DIMENSIONS.items()
    ):
        dimension = Dimension.objects.create(
            slug=slug,
            position=position * 10,
            title_bg=title_bg,
            title_en=title_en,
            description_bg=text_bg,
            description_en=text_en,
        )
        dimension.themes.set(Theme.objects.filter(slug__in=themes))
        for number, (question_bg, question_en, weight, allows_na) in enumerate(questions):
            Question.objects.create(
                dimension=dimension,
                scale=scale,
                text_bg=question_bg,
                text_en=question_en,
                weight=weight,
                allows_not_applicable=allows_na,
                position=number * 10,
            )
        for (low, high), (advice_bg, advice_en) in zip(BANDS, advice, strict=True):
            Advice.objects.create(
                dimension=dimension, min_score=low, max_score=high, text_bg=advice_bg, text_en=advice_en
            )
    return True


def _member(username, organisation):
    display_name, email = MEMBERS[username]
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        user = get_user_model().objects.create_user(username=username, email=email, password=None)
        EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
        profile = ensure_profile(user=user)
        profile.display_name = display_name
        profile.organisation = organisation
        profile.save()
    return user


def _load_assessments():
    organisation = Organisation.objects.filter(slug=ORGANISATION).first()
    if organisation is None or Assessment.objects.filter(innovation__organisation=organisation).exists():
        return 0
    members = {username: _member(username, organisation) for username in MEMBERS}
    question_ids = list(Question.objects.order_by("dimension__position", "position").values_list("pk", flat=True))
    if len(question_ids) != len(ASSESSMENTS[0][2]):
        return 0  # the questionnaire was changed since the demo made it: the demo answers no longer fit
    innovation = find_or_create_innovation(
        name=INNOVATION, organisation=organisation, practice=None, user=members["petar"]
    )
    for username, completed, values in ASSESSMENTS:
        assessment = start_assessment(author=members[username], name=innovation.name, organisation=organisation)
        assessment = save_answers(
            assessment=assessment, answers={str(pk): value for pk, value in zip(question_ids, values, strict=True)}
        )
        Assessment.objects.filter(pk=assessment.pk).update(created_at=completed, completed_at=completed)
    return len(ASSESSMENTS)
