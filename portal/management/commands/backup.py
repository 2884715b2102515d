from django.core.management.base import BaseCommand

from portal import backups


class Command(BaseCommand):
    help = "Back up the database and the uploaded files into a new directory under DESTINATION (see docs/deploy.md)."

    def add_arguments(self, parser):
        parser.add_argument("destination", help="Directory the backup directory is made in.")

    def handle(self, *args, destination, **options):
        target = backups.backup(destination=destination)
        self.stdout.write(self.style.SUCCESS(f"Backup written to {target}"))
