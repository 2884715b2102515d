"""Every CSV the site writes goes through `csv_writer`, so no cell runs as a formula in a spreadsheet program.

A cell such as `=HYPERLINK("https://evil.example", "Click")` typed into a registration form would otherwise
become a live formula in the organiser's spreadsheet (CSV injection, OWASP). Text starting with `=`, `+`, `-`,
`@`, a tab or a carriage return is written with a leading apostrophe, which spreadsheets show as plain text.
"""

import csv

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe_cell(value):
    """`value` as a spreadsheet will show it, never run it: text starting a formula gets a leading apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value


class SafeCsvWriter:
    """csv.writer whose rows are neutralised cell by cell (`safe_cell`); `writerow` returns what the file returns."""

    def __init__(self, file, **options):
        self._writer = csv.writer(file, **options)

    def writerow(self, row):
        return self._writer.writerow([safe_cell(value) for value in row])

    def writerows(self, rows):
        for row in rows:
            self.writerow(row)


def csv_writer(file, **options):
    """The one way the site writes CSV: like `csv.writer(file, **options)`, with formula cells neutralised."""
    return SafeCsvWriter(file, **options)
