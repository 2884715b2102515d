from django.core.management.base import BaseCommand

from forum.emails import send_due_emails


class Command(BaseCommand):
    help = (
        "Send forum e-mail that is due: thread e-mails held back by the one-per-hour rule, and daily or weekly "
        "digests. Run it every 10-15 minutes (cron or a systemd timer next to `manage.py run_worker`)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--enqueue", action="store_true", help="Hand the sweep to the task worker instead.")

    def handle(self, *args, enqueue=False, **options):
        if enqueue:
            from forum.tasks import send_forum_emails

            send_forum_emails.enqueue()
            self.stdout.write("Forum e-mail sweep enqueued.")
            return
        sent = send_due_emails()
        self.stdout.write(f"Forum e-mails sent: {sent}")
