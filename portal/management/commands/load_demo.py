from django.core.management import call_command
from django.core.management.base import BaseCommand

import demo
from core.search.index import content_count


class Command(BaseCommand):
    help = (
        "Fill the portal with the demo content drawn from the seed texts. Safe to run again: creates what is missing, "
        "never changes or deletes what exists."
    )

    def handle(self, *args, **options):
        before = content_count()
        demo.load_all(stdout=self.stdout)
        if content_count() != before:
            # The demo loaders write with bulk_create in places, which sends no signals: index everything once.
            # A portal in use, where the demo adds nothing, keeps its index as it is.
            call_command("rebuild_search_index", verbosity=0, stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
