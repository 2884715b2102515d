"""The programme desk's timetable: one day's sessions on a grid of rooms (columns) and 15-minute rows.

Built as table rows with `rowspan`, so the grid needs no inline style (the CSP forbids it), reads in order with a
screen reader, and works without JavaScript. Sessions with no room (plenaries, breaks) span every column.
"""

from datetime import datetime, timedelta

from django.utils import timezone

SLOT = timedelta(minutes=15)


def _slot_floor(moment):
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


def timetable(day, rooms, sessions):
    """Rows for the day: [{"time", "cells": [{"session", "rowspan", "colspan"} or {"empty": True, "room"}]}]."""
    sessions = [s for s in sessions if s.day_id == day.pk]
    local = [(s, timezone.localtime(s.start), timezone.localtime(s.end)) for s in sessions]
    tz = timezone.get_current_timezone()
    if local:
        first = _slot_floor(min(start for _, start, _ in local))
        last = max(end for _, _, end in local)
    else:
        first = datetime(day.date.year, day.date.month, day.date.day, 9, tzinfo=tz)
        last = first + timedelta(hours=8)
    columns = list(rooms) or [None]
    busy = {}  # (row, column) -> covered by a session above
    starts = {}
    for session, start, end in sorted(local, key=lambda item: (item[1], item[0].pk)):
        row = int((_slot_floor(start) - first) / SLOT)
        span = max(1, -(-int((end - _slot_floor(start)).total_seconds()) // int(SLOT.total_seconds())))
        targets = [columns.index(session.room)] if session.room in columns else list(range(len(columns)))
        free = [column for column in targets if (row, column) not in busy]
        if not free:
            continue  # a clash: the conflicts list names it; the grid shows the first session
        starts[(row, free[0])] = {
            "session": session,
            "rowspan": span,
            "colspan": len(free) if session.room is None else 1,
        }
        for offset in range(span):
            for column in free:
                busy[(row + offset, column)] = True
    row_count = max(int((last - first) / SLOT) + (1 if (last - first) % SLOT else 0), 1)
    rows = []
    for row in range(row_count):
        cells = []
        for column, room in enumerate(columns):
            if (row, column) in starts:
                cells.append(starts[(row, column)])
            elif (row, column) not in busy:
                cells.append({"empty": True, "room": room})
        rows.append({"time": first + row * SLOT, "cells": cells})
    return rows
