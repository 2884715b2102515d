"""Importing a programme into an event: sessions, rooms and people from a CSV table, a frab schedule.xml or a
pretalx schedule JSON, read into plain rows (`rows`), matched to the event and checked for conflicts (`plan`),
shown to the organiser and saved all together or not at all (`services`)."""
