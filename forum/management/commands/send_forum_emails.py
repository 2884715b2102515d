from django.core.management.base import BaseCommand

from forum.emails import send_due_emails


class Command(BaseCommand):
    help = (
        "Send forum e-mail that is due now: thread e-mails held back by the one-per-hour rule, and daily or weekly "
        "digests. The task worker does this by itself every ten minutes; the command is for trying it by hand."
    )

    def handle(self, *args, **options):
        sent = send_due_emails()
        self.stdout.write(f"Forum e-mails sent: {sent}")
