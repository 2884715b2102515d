"""A film's length as people and machines read it; shared by the views (JSON-LD) and the template filters."""


def _parts(duration):
    total = int(duration.total_seconds()) if duration else 0
    hours, rest = divmod(total, 3600)
    minutes, seconds = divmod(rest, 60)
    return hours, minutes, seconds


def clock(duration):
    """A film's length as players show it: 4:05 or 1:02:03."""
    hours, minutes, seconds = _parts(duration)
    return f"{hours}:{minutes:02d}:{seconds:02d}" if hours else f"{minutes}:{seconds:02d}"


def iso_duration(duration):
    """The ISO 8601 form for `<time datetime>` and schema.org: PT4M5S."""
    hours, minutes, seconds = _parts(duration)
    return f"PT{hours}H{minutes}M{seconds}S" if hours else f"PT{minutes}M{seconds}S"
