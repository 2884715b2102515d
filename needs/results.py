"""A survey's results: confirmed answers counted per option, overall and by target group or municipality.

A group with fewer than MINIMUM_GROUP confirmed answers is never shown, in the page or the CSV, so that nobody in a
small group can be told apart by their answers.
"""

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext as _

from directory.models import TargetGroup
from needs.models import Option, Response

MINIMUM_GROUP = 5
BAR_MAX = 240  # SVG user units for 100%
GROUPINGS = ("target_group", "municipality")


@dataclass
class Group:
    name: str
    size: int
    questions: list = field(default_factory=list)

    @property
    def shown(self):
        return self.size >= MINIMUM_GROUP


def survey_results(survey, *, grouping=None):
    """[Group] for the whole survey (grouping None) or per target group or municipality, in three queries."""
    questions = list(survey.questions.prefetch_related("options"))
    confirmed = Response.objects.filter(survey=survey, confirmed_at__isnull=False)
    key = grouping or "survey"
    sizes = dict(confirmed.order_by().values_list(key).annotate(n=Count("pk")).values_list(key, "n"))
    counts = {}
    chosen = Response.options.through.objects.filter(response__in=confirmed)
    for group_key, option_id, n in (
        chosen.order_by()
        .values_list(f"response__{key}", "option_id")
        .annotate(n=Count("pk"))
        .values_list(f"response__{key}", "option_id", "n")
    ):
        counts[(group_key, option_id)] = n
    names = group_names(survey, grouping, sizes)
    groups = []
    for group_key, size in sorted(sizes.items(), key=lambda item: str(names[item[0]])):
        group = Group(name=names[group_key], size=size)
        if group.shown:
            group.questions = [question_rows(question, counts, group_key, size) for question in questions]
        groups.append(group)
    return groups


def group_names(survey, grouping, sizes):
    """What each group is called on the page: all answers, a target group's name, or the municipality."""
    if grouping is None:
        return {survey.pk: _("All answers")}
    if grouping == "target_group":
        return {group.pk: group.name for group in TargetGroup.objects.filter(pk__in=sizes)}
    return {key: key for key in sizes}


def question_rows(question, counts, group_key, size):
    options = []
    for option in question.options.all():
        count = counts.get((group_key, option.pk), 0)
        share = round(100 * count / size)
        options.append({"option": option, "count": count, "share": share, "length": max(1, BAR_MAX * count // size)})
    return {"question": question, "options": options}


def most_chosen(surveys, *, limit):
    """{survey pk: [{option, question, count, share}]}: each survey's `limit` most-chosen answers over all its confirmed
    answers, for the surveys with at least MINIMUM_GROUP of them; three queries however many surveys."""
    confirmed = Response.objects.filter(survey__in=[survey.pk for survey in surveys], confirmed_at__isnull=False)
    sizes = dict(confirmed.order_by().values_list("survey").annotate(n=Count("pk")).values_list("survey", "n"))
    shown = [pk for pk, size in sizes.items() if size >= MINIMUM_GROUP]
    counts = dict(
        Response.options.through.objects.filter(response__in=confirmed.filter(survey__in=shown))
        .order_by()
        .values_list("option")
        .annotate(n=Count("pk"))
        .values_list("option", "n")
    )
    chosen = {pk: [] for pk in shown}
    for option in Option.objects.filter(pk__in=counts).select_related("question"):
        size = sizes[option.question.survey_id]
        count = counts[option.pk]
        chosen[option.question.survey_id].append(
            {"option": option, "question": option.question, "count": count, "share": round(100 * count / size)}
        )
    return {pk: sorted(rows, key=lambda row: (-row["count"], row["option"].pk))[:limit] for pk, rows in chosen.items()}
