"""The daily sweep of calls (registered in core.periodic by the app's ready())."""

from django_tasks import task

from initiatives import services


@task()
def close_expired_calls():
    """Calls past their last day move to the archive; safe to run again."""
    services.close_expired_calls()
