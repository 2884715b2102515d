"""A demo needs survey: what a competence centre for social innovation in Blagoevgrad should take up first, after
the questions the seeds' Blagoevgrad seminar discussed (target groups, priority themes, first-year activities).

The answers are illustrative (the seeds report no survey); they are confirmed, so the results page has groups large
enough to show and one too small to show. Safe to run again: the survey is matched by slug.
"""

from datetime import timedelta

from django.utils import timezone

from core.enums import PublicationStatus
from directory.models import Organisation, TargetGroup, Theme
from needs.models import Option, Question, Response, Survey

APP_LABEL = "needs"
SLUG = "nuzhdi-tsentar-za-kompetentsii-blagoevgrad"

QUESTIONS = [
    (
        "Коя тема трябва да е първа за центъра?",
        "Which theme should the centre take up first?",
        False,
        [
            (
                "Социални предприятия и кооперативи",
                "Social enterprises and co-operatives",
                "social-enterprises-and-cooperatives",
            ),
            (
                "Интегрирани здравни и социални грижи",
                "Integrated health and social care",
                "integrated-health-and-social-care",
            ),
            (
                "Съвместно планиране на социални политики",
                "Joint planning of social policies",
                "joint-planning-of-social-policies",
            ),
        ],
    ),
    (
        "Какво ви липсва, за да започнете социална иновация?",
        "What do you lack to start a social innovation?",
        True,
        [
            ("Финансиране", "Funding", "innovative-finance"),
            ("Партньори", "Partners", ""),
            ("Обучение и консултации", "Training and advice", "knowledge-into-practice"),
        ],
    ),
]
# (target group slug, municipality, option index per question) for each illustrative confirmed answer.
ANSWERS = [
    *[("people-with-disabilities", "Благоевград", 1, 0)] * 4,
    *[("people-with-disabilities", "Симитли", 0, 2)] * 3,
    *[("young-people-at-risk", "Благоевград", 0, 1)] * 5,
    *[("older-people", "Разлог", 1, 0)] * 2,
]


def load(*, stdout):
    organisation = Organisation.objects.filter(slug="sofia-development-association").first()
    if Survey.objects.filter(slug=SLUG).exists():
        stdout.write("Needs: the survey is already there.")
        return
    if organisation is None:
        return
    survey = Survey.objects.create(
        slug=SLUG,
        title_bg="Нуждите, на които да отговори център за компетенции в Благоевград",
        title_en="The needs a competence centre in Blagoevgrad should answer",
        introduction_bg="Асоциация за развитие на София пита жителите и организациите на областта с какво да започне "
        "центърът за компетенции в сферата на социалните иновации. Проучването и отговорите са примерни.",
        introduction_en="Sofia Development Association asks the oblast's residents and organisations what the "
        "competence centre for social innovation should start with. The survey and its answers are illustrative.",
        organisation=organisation,
        oblast="BG-01",
        municipalities="Благоевград\nСимитли\nРазлог\nПетрич",
        closes_on=timezone.localdate() + timedelta(days=60),
        status=PublicationStatus.PUBLISHED,
    )
    groups = {group.slug: group for group in TargetGroup.objects.all()}
    survey.target_groups.set(
        [groups[slug] for slug in ("people-with-disabilities", "young-people-at-risk", "older-people")]
    )
    themes = {theme.slug: theme for theme in Theme.objects.all()}
    options = []
    for order, (text_bg, text_en, several, choices) in enumerate(QUESTIONS):
        question = Question.objects.create(
            survey=survey, text_bg=text_bg, text_en=text_en, several=several, order=order
        )
        options.append(
            [
                Option.objects.create(question=question, text_bg=bg, text_en=en, theme=themes.get(theme), order=index)
                for index, (bg, en, theme) in enumerate(choices)
            ]
        )
    for number, (group, municipality, *chosen) in enumerate(ANSWERS):
        response = Response.objects.create(
            survey=survey,
            address_key=f"demo-{number}",
            municipality=municipality,
            target_group=groups[group],
            confirmed_at=timezone.now(),
        )
        response.options.set([options[question][index] for question, index in enumerate(chosen)])
    stdout.write(f"Needs: 1 survey with {len(ANSWERS)} illustrative answers.")
