"""The questionnaire as an assessment sees it: a frozen copy in both languages, and the scoring arithmetic.

`snapshot()` copies the live questionnaire into plain data; `Questionnaire(content)` reads such a copy back in
the page's language. Scores are exact fractions until the end, then rounded half up to whole numbers 0–100:

- a question's part is (chosen value − lowest value) / (highest value − lowest value) of its scale;
- a dimension's score is 100 × Σ(weight × part) / Σ(weight) over its answered questions, "not applicable"
  left out of both sums; a dimension with every question "not applicable" has no score;
- the overall score is the mean of the dimensions' exact scores, those without a score left out.
"""

import hashlib
import json
from dataclasses import dataclass
from fractions import Fraction

from django.conf import settings
from django.db.models import Prefetch

from core.i18n import page_language

NOT_APPLICABLE = "na"
LANGUAGES = [code for code, _name in settings.LANGUAGES]


def _texts(obj, field):
    return {language: getattr(obj, f"{field}_{language}") or "" for language in LANGUAGES}


def snapshot():
    """The live questionnaire as plain data (both languages), in a fixed number of queries."""
    from readiness.models import Dimension, Question

    dimensions = Dimension.objects.prefetch_related(
        Prefetch("questions", Question.objects.select_related("scale").prefetch_related("scale__levels")),
        "advice",
        "themes",
    )
    return {
        "dimensions": [
            {
                "id": dimension.pk,
                "slug": dimension.slug,
                "title": _texts(dimension, "title"),
                "description": _texts(dimension, "description"),
                "theme_ids": sorted(theme.pk for theme in dimension.themes.all()),
                "questions": [
                    {
                        "id": question.pk,
                        "text": _texts(question, "text"),
                        "explanation": _texts(question, "explanation"),
                        "weight": question.weight,
                        "allows_not_applicable": question.allows_not_applicable,
                        "levels": [
                            {
                                "value": level.value,
                                "label": _texts(level, "label"),
                                "description": _texts(level, "description"),
                            }
                            for level in question.scale.levels.all()
                        ],
                    }
                    for question in dimension.questions.all()
                    if question.scale.levels.all()
                ],
                "advice": [
                    {"min": advice.min_score, "max": advice.max_score, "text": _texts(advice, "text")}
                    for advice in dimension.advice.all()
                ],
            }
            for dimension in dimensions
        ]
    }


def digest(content):
    return hashlib.sha256(json.dumps(content, sort_keys=True, ensure_ascii=False).encode()).hexdigest()


@dataclass(frozen=True)
class Text:
    """A text in the page's language, or in the other one (then `lang` says which) when it is missing."""

    text: str
    lang: str

    def __str__(self):
        return self.text


def localised(texts, language):
    if texts.get(language):
        return Text(texts[language], language)
    for other in LANGUAGES:
        if texts.get(other):
            return Text(texts[other], other)
    return Text("", language)


@dataclass(frozen=True)
class Level:
    value: int
    label: Text
    description: Text


@dataclass(frozen=True)
class Question:
    id: int
    text: Text
    explanation: Text
    weight: int
    allows_not_applicable: bool
    levels: list

    @property
    def key(self):
        return str(self.id)

    def part(self, value):
        """The answer's share of the question's full marks, as an exact fraction."""
        values = [level.value for level in self.levels]
        low, high = min(values), max(values)
        return Fraction(value - low, high - low) if high > low else Fraction(1)

    def label_of(self, value):
        return next((level.label for level in self.levels if level.value == value), None)


@dataclass(frozen=True)
class Dimension:
    id: int
    slug: str
    title: Text
    description: Text
    theme_ids: list
    questions: list
    advice: list  # (min, max, Text)

    def exact_score(self, answers):
        """100 × the weighted mean of the answered questions' parts, or None when none counts."""
        total = weights = 0
        for question in self.questions:
            value = answers.get(question.key)
            if value is None or value == NOT_APPLICABLE:
                continue
            total += question.weight * question.part(value)
            weights += question.weight
        return 100 * Fraction(total) / weights if weights else None

    def advice_for(self, score):
        """The advice whose band holds `score` (the band with the highest lower bound when bands overlap)."""
        bands = [(low, high, text) for low, high, text in self.advice if low <= score <= high]
        return max(bands, key=lambda band: band[0])[2] if bands else None


def rounded(fraction):
    """Half up to a whole number (scores are never negative)."""
    return None if fraction is None else int(fraction + Fraction(1, 2))


class Questionnaire:
    """A questionnaire version's content, in `language` (the page's by default)."""

    def __init__(self, content, *, language=None):
        language = language or page_language()
        self.dimensions = [
            Dimension(
                id=data["id"],
                slug=data["slug"],
                title=localised(data["title"], language),
                description=localised(data["description"], language),
                theme_ids=data["theme_ids"],
                questions=[
                    Question(
                        id=question["id"],
                        text=localised(question["text"], language),
                        explanation=localised(question["explanation"], language),
                        weight=question["weight"],
                        allows_not_applicable=question["allows_not_applicable"],
                        levels=[
                            Level(
                                level["value"],
                                localised(level["label"], language),
                                localised(level["description"], language),
                            )
                            for level in question["levels"]
                        ],
                    )
                    for question in data["questions"]
                ],
                advice=[(band["min"], band["max"], localised(band["text"], language)) for band in data["advice"]],
            )
            for data in content["dimensions"]
            if data["questions"]
        ]

    def __len__(self):
        return len(self.dimensions)

    def questions(self):
        return [question for dimension in self.dimensions for question in dimension.questions]

    def answer_keys(self):
        return [question.key for question in self.questions()]

    def first_unanswered_step(self, answers):
        """The 1-based number of the first page with a question not yet answered, or None when all are."""
        for number, dimension in enumerate(self.dimensions, start=1):
            if any(question.key not in answers for question in dimension.questions):
                return number
        return None

    def scores(self, answers):
        """({dimension slug: 0–100 or None}, overall 0–100 or None)."""
        exact = {dimension.slug: dimension.exact_score(answers) for dimension in self.dimensions}
        counted = [score for score in exact.values() if score is not None]
        overall = sum(counted, Fraction(0)) / len(counted) if counted else None
        return {slug: rounded(score) for slug, score in exact.items()}, rounded(overall)
