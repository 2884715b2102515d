from django_tasks import task

from enquiries import services


@task()
def forget_unconfirmed_enquiries():
    """Delete the enquiries whose address was never confirmed (safe to run again)."""
    services.forget_unconfirmed()
