from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connections

from portal import backups


class Command(BaseCommand):
    help = (
        "Restore a backup made by `backup`: replaces the database's content and the uploaded files "
        "(see docs/deploy.md). Stop the web and worker processes first."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", help="The backup directory (portal-YYYYMMDD-HHMMSS).")
        parser.add_argument("--yes", action="store_true", help="Do not ask for confirmation.")

    def handle(self, *args, source, yes, **options):
        database = connections["default"].settings_dict
        if not yes:
            answer = input(f"Replace everything in {database['NAME']} and {settings.MEDIA_ROOT}? Type 'yes': ")
            if answer != "yes":
                raise CommandError("Nothing restored.")
        connections.close_all()
        backups.restore_database(source=source, database=database)
        backups.restore_media(source=source, media_root=settings.MEDIA_ROOT)
        self.stdout.write(self.style.SUCCESS(f"Restored {source}"))
