"""A participant's assessments in their data export, and erased with their account."""

from readiness.models import Assessment


def export(user):
    return {
        "readiness_assessments": [
            {
                "innovation": assessment.innovation.name,
                "organisation": assessment.innovation.organisation.name if assessment.innovation.organisation else None,
                "questionnaire_version": assessment.version.number,
                "started": assessment.created_at.isoformat(),
                "completed": assessment.completed_at.isoformat() if assessment.completed_at else None,
                "answers": assessment.answers,
                "scores": assessment.scores,
                "overall": assessment.overall,
                "shared": assessment.share_token is not None,
            }
            for assessment in Assessment.objects.of(user).select_related("innovation__organisation", "version")
        ]
    }


def erase(*, user, former_member):
    """Assessments are the participant's own judgement: they go with the account, private links included."""
    Assessment.objects.of(user).delete()
    user.readiness_innovations.update(created_by=None)
