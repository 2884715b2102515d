from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string

# Each app fills its own part; later loaders may link to what earlier ones made.
DEMO_LOADERS = [
    "portal.demo.load",
    "practices.demo.load",
    "films.demo.load",
    "events.demo.load",
    "forum.demo.load",
]


class Command(BaseCommand):
    help = "Fill the portal with the demo content drawn from the seed texts. Safe to run again."

    def handle(self, *args, **options):
        for dotted_path in DEMO_LOADERS:
            with transaction.atomic():
                import_string(dotted_path)(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
