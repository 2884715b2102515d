"""Writes of the readiness tool: starting an assessment, saving answers as they come, sharing a result."""

import secrets

from django.db import IntegrityError, transaction
from django.db.models import Max
from django.utils import timezone

from readiness.models import Assessment, Innovation, QuestionnaireVersion
from readiness.questionnaire import Questionnaire, digest, snapshot


def current_version():
    """The frozen copy of the live questionnaire: the last one when nothing changed since, else a new one."""
    content = snapshot()
    key = digest(content)
    version = QuestionnaireVersion.objects.filter(digest=key).first()
    if version is not None:
        return version
    try:
        with transaction.atomic():
            number = (QuestionnaireVersion.objects.aggregate(last=Max("number"))["last"] or 0) + 1
            return QuestionnaireVersion.objects.create(number=number, digest=key, content=content)
    except IntegrityError:  # another request froze the same questionnaire (or took the number) at the same moment
        return QuestionnaireVersion.objects.get(digest=key)


def find_or_create_innovation(*, name, organisation, practice, user):
    """The innovation of that name (in any case) in the organisation, or without one, of the user; made if new."""
    name = " ".join(name.split())
    innovations = Innovation.objects.filter(name_key=name.casefold())
    if organisation is not None:
        innovations = innovations.filter(organisation=organisation)
    else:
        innovations = innovations.filter(organisation=None, created_by=user)
    innovation = innovations.first()
    if innovation is None:
        innovation = Innovation.objects.create(
            name=name, name_key=name.casefold(), organisation=organisation, practice=practice, created_by=user
        )
    elif practice is not None and innovation.practice_id is None:
        innovation.practice = practice
        innovation.save(update_fields=["practice", "updated_at"])
    return innovation


@transaction.atomic
def start_assessment(*, author, name, organisation=None, practice=None):
    innovation = find_or_create_innovation(name=name, organisation=organisation, practice=practice, user=author)
    return Assessment.objects.create(innovation=innovation, author=author, version=current_version())


@transaction.atomic
def save_answers(*, assessment, answers):
    """Keep `answers` ({question id: value or "na"}); once every question is answered, score the assessment.

    Answers can be changed after the result was first shown: the scores follow, the completion date stays.
    """
    assessment = Assessment.objects.select_for_update().get(pk=assessment.pk)
    assessment.answers = {**assessment.answers, **answers}
    questionnaire = Questionnaire(assessment.version.content)
    if questionnaire.first_unanswered_step(assessment.answers) is None:
        assessment.scores, assessment.overall = questionnaire.scores(assessment.answers)
        assessment.completed_at = assessment.completed_at or timezone.now()
    assessment.save(update_fields=["answers", "scores", "overall", "completed_at", "updated_at"])
    return assessment


def share(*, assessment):
    """Give the result a private read-only link (a new one each time: an old link stops working)."""
    assessment.share_token = secrets.token_urlsafe(24)
    assessment.save(update_fields=["share_token", "updated_at"])
    return assessment


def stop_sharing(*, assessment):
    assessment.share_token = None
    assessment.save(update_fields=["share_token", "updated_at"])
    return assessment
