"""Several grouped or aggregate querysets read in one UNION ALL, their columns picked by alias.

Django's own `union()` lines branches up by position, and a branch mixing `values()` with aggregate annotations puts
its columns in an order of Django's choosing, so branches built differently would not line up. Here each branch is
compiled by Django as it is (its filters, joins, GROUP BY, ORDER BY and LIMIT), wrapped as a subquery, and read by
the aliases asked for: its annotations (annotate, then `values()` by name). An alias a branch does not have reads as
a NULL of the type the other branches give it (PostgreSQL types a chain of unions pair by pair, so a bare NULL in
two branches would turn text).

`read_together` runs several such reads, each declared as a `UnitedRead` by the module that owns it (core.listed,
core.badges), in one query.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.db import connections


def read_united(branches, columns):
    """Rows (branch number, *columns) of the querysets `branches`, in one query on their database."""
    using = branches[0].db
    connection = connections[using]
    quote = connection.ops.quote_name
    nulls = {column: f"CAST(NULL AS {_db_type(branches, column, connection)})" for column in columns}
    parts, params = [], []
    for number, branch in enumerate(branches):
        sql, branch_params = branch.query.get_compiler(using=using).as_sql()
        held = branch.query.annotation_select
        picked = ", ".join(f"b{number}.{quote(column)}" if column in held else nulls[column] for column in columns)
        parts.append(f"SELECT {number} AS branch, {picked} FROM ({sql}) b{number}")  # nosec B608: see below
        params.extend(branch_params)
    with connection.cursor() as cursor:
        # Built from Django's compiled SQL, quoted aliases, column types and %s placeholders only.
        cursor.execute(" UNION ALL ".join(parts), params)  # nosec B608
        return cursor.fetchall()


def _db_type(branches, column, connection):
    for branch in branches:
        if column in branch.query.annotation_select:
            return branch.query.annotation_select[column].output_field.cast_db_type(connection)
    raise ValueError(f"no branch gives {column!r}")


@dataclass(frozen=True)
class UnitedRead:
    """A read that can share its query with others (`read_together`): its `branches` give `columns`, and `apply`
    receives their rows, one list per branch, each row a tuple of `columns` in order."""

    branches: list
    columns: tuple
    apply: Callable[[list], None]


def read_together(*reads):
    """Run `reads` (UnitedRead) as one query: a page's listed names and its cards' badges, say."""
    reads = [read for read in reads if read.branches]
    if not reads:
        return
    columns = tuple(dict.fromkeys(column for read in reads for column in read.columns))
    branches = [branch for read in reads for branch in read.branches]
    rows = [[] for _branch in branches]
    for number, *values in read_united(branches, columns):
        rows[number].append(values)
    first = 0
    for read in reads:
        places = [columns.index(column) for column in read.columns]
        own = rows[first : first + len(read.branches)]
        read.apply([[tuple(values[place] for place in places) for values in branch] for branch in own])
        first += len(read.branches)
