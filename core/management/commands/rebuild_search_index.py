"""Write the whole site search index again from the content (the receivers keep it current after that)."""

import sys

from django.core.management.base import BaseCommand

from core.search.index import rebuild

BAR = 30


class Command(BaseCommand):
    help = "Rebuild the site search index from the public content, with a progress bar per kind of content."

    def handle(self, *args, **options):
        interactive = sys.stdout.isatty()

        def progress(kind, done, total):
            filled = BAR * done // total if total else BAR
            line = f"{kind:<12} [{'#' * filled}{'.' * (BAR - filled)}] {done}/{total}"
            if interactive:
                self.stdout.write(f"\r{line}", ending="\n" if done >= total else "")
            elif done >= total:
                self.stdout.write(line)

        rebuild(progress=progress if options["verbosity"] >= 1 else None)
        self.stdout.write(self.style.SUCCESS("Search index rebuilt."))
