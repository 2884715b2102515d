from django.core.management.base import BaseCommand

import demo


class Command(BaseCommand):
    help = (
        "Fill the portal with the demo content drawn from the seed texts. Safe to run again: creates what is missing, "
        "never changes or deletes what exists."
    )

    def handle(self, *args, **options):
        demo.load_all(stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
