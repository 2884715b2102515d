"""Reads behind the result pages: one result beside the previous one, and an organisation's members side by side."""

from django.db.models import Prefetch
from django.utils.translation import gettext

from core.linked import linked_sections
from core.markdown import render_markdown
from readiness.charts import radar
from readiness.models import Assessment, Innovation
from readiness.questionnaire import NOT_APPLICABLE, Questionnaire

# Suggestions (practices, documents, films, events on the dimension's themes) for this many weakest dimensions.
SUGGESTED_DIMENSIONS = 3
SUGGESTIONS_PER_SECTION = 3


def previous_assessment(assessment):
    """The author's last completed assessment of the same innovation before this one, if any."""
    return (
        Assessment.objects.completed()
        .filter(innovation=assessment.innovation, author=assessment.author, completed_at__lt=assessment.completed_at)
        .exclude(pk=assessment.pk)
        .order_by("-completed_at")
        .first()
    )


def _weakest_first(row):
    return (row["score"] is None, row["score"] if row["score"] is not None else 0, row["number"])


def result_context(assessment, *, owner_view):
    """Everything a result page shows: scores per dimension (weakest first) with advice and suggestions, the
    chart and its table, and the change since the previous assessment of the same innovation."""
    questionnaire = Questionnaire(assessment.version.content)
    previous = previous_assessment(assessment)
    rows = []
    for number, dimension in enumerate(questionnaire.dimensions, start=1):
        score = assessment.scores.get(dimension.slug)
        before = previous.scores.get(dimension.slug) if previous else None
        advice = dimension.advice_for(score) if score is not None else None
        rows.append(
            {
                "number": number,
                "dimension": dimension,
                "score": score,
                "previous": before,
                "change": score - before if score is not None and before is not None else None,
                "advice": advice,
                "advice_html": render_markdown(advice.text) if advice else "",
            }
        )
    weakest = sorted(rows, key=_weakest_first)
    for row in [row for row in weakest if row["score"] is not None and row["score"] < 100][:SUGGESTED_DIMENSIONS]:
        if row["dimension"].theme_ids:
            row["suggestions"] = linked_sections(
                row["dimension"].theme_ids, kind="themes", limit=SUGGESTIONS_PER_SECTION
            )
    series = [(gettext("This assessment"), [row["score"] for row in rows])]
    if previous:
        series.append((gettext("Previous assessment"), [row["previous"] for row in rows]))
    return {
        "assessment": assessment,
        "previous": previous,
        "rows": rows,
        "weakest": weakest,
        "chart": radar([row["dimension"].title for row in rows], series),
        "owner_view": owner_view,
    }


def comparison(organisation):
    """For each of the organisation's innovations: its members' latest completed assessments, and the questions
    ranked by how far their answers lie apart (the widest disagreement first)."""
    latest = Assessment.objects.completed().select_related("author__profile", "version").order_by("-completed_at")
    innovations = Innovation.objects.filter(organisation=organisation).prefetch_related(
        Prefetch("assessments", latest, to_attr="completed_assessments")
    )
    result = []
    for innovation in innovations:
        by_author = {}
        for assessment in innovation.completed_assessments:
            by_author.setdefault(assessment.author_id, assessment)
        assessments = list(by_author.values())
        if not assessments:
            continue
        questionnaire = Questionnaire(assessments[0].version.content)
        questions = []
        for dimension in questionnaire.dimensions:
            for question in dimension.questions:
                answers = [assessment.answers.get(question.key) for assessment in assessments]
                parts = [question.part(value) for value in answers if value not in (None, NOT_APPLICABLE)]
                spread = max(parts) - min(parts) if len(parts) > 1 else 0
                questions.append(
                    {
                        "dimension": dimension,
                        "question": question,
                        "answers": [
                            gettext("Not applicable") if value == NOT_APPLICABLE else question.label_of(value) or "—"
                            for value in answers
                        ],
                        "spread": round(100 * spread),
                    }
                )
        questions.sort(key=lambda row: -row["spread"])
        result.append({"innovation": innovation, "assessments": assessments, "questions": questions})
    return result
