"""The scenarios: each builder in `SCENARIO_BUILDERS` gets the facts dict (`data.FACT_READERS`) and returns a list of
{"name": str, "paths": [str, ...], "headers": {...}} (several paths are requested in rotation); "baseline" marks the
bare view every row is compared with, "target" the rows held to the targets (report.py).

Other areas add scenarios by appending a builder to `SCENARIO_BUILDERS`, and what it needs to know about their data by
adding a reader to `data.FACT_READERS` (and a generator to `data.DATA_GENERATORS`, or creating it on first read).
"""

# A session cookie makes the practice pages skip the anonymous page cache: the cost of a real render.
UNCACHED = {"Cookie": "sessionid=bench-uncached"}


def practice_scenarios(facts):
    one = facts["practice_slugs"][0]
    details = [f"/bg/practices/{slug}/" for slug in facts["practice_slugs"]]
    return [
        {"name": "bare Django view", "paths": ["/bench/bare/"], "baseline": True},
        {"name": "practice list", "paths": ["/bg/practices/"], "target": True},
        {
            "name": "practice list, filtered",
            "paths": [
                f"/bg/practices/?country=IT&theme={facts['theme_slug']}",
                "/en/practices/?stage=piloted&reviewed=1",
            ],
            "target": True,
        },
        {
            "name": "practice list, pages 1-50",
            "paths": [f"/bg/practices/?page={n}" for n in range(1, 51)],
            "target": True,
        },
        {"name": "practice detail", "paths": [f"/bg/practices/{one}/"], "target": True},
        {"name": "practice detail, 200 pages", "paths": details, "target": True},
        {"name": "practice list, uncached", "paths": ["/bg/practices/"], "headers": UNCACHED},
        {
            "name": "practice list filtered, uncached",
            "paths": [f"/bg/practices/?country=IT&theme={facts['theme_slug']}"],
            "headers": UNCACHED,
        },
        {"name": "practice detail, uncached", "paths": details, "headers": UNCACHED},
        {"name": "document list", "paths": ["/bg/documents/"]},
    ]


def event_scenarios(facts):
    slug = facts["programme_slug"]
    return [
        {"name": "programme, 100 sessions", "paths": [f"/bg/events/{slug}/programme/"], "target": True},
        {"name": "programme iCalendar, 100 sessions", "paths": [f"/bg/events/{slug}/calendar.ics"]},
        {"name": "event list", "paths": ["/bg/events/"], "target": True},
    ]


def forum_scenarios(facts):
    thread = f"/bg/forum/threads/{facts['forum']['thread_id']}/"
    return [
        {"name": "forum index, 100,000 posts", "paths": ["/bg/forum/"], "target": True},
        {"name": "forum category, 200 threads", "paths": [f"/bg/forum/{facts['forum']['category_slug']}/"]},
        {
            "name": "forum thread, 100 posts (pages 1-5)",
            "paths": [f"{thread}?page={n}" for n in range(1, 6)],
            "target": True,
        },
        {"name": "forum index, uncached", "paths": ["/bg/forum/"], "headers": UNCACHED},
        {"name": "forum thread, uncached", "paths": [f"{thread}?page={n}" for n in range(1, 6)], "headers": UNCACHED},
    ]


def film_scenarios(facts):
    films = [f"/bg/films/{slug}/" for slug in facts["films"]["film_slugs"]]
    return [
        {"name": "film list, 500 films", "paths": ["/bg/films/"], "target": True},
        {"name": "film list, filtered by subtitles", "paths": ["/bg/films/?language=en", "/en/films/?country=IT"]},
        {"name": "film page, 300-cue transcript", "paths": films, "target": True},
        {"name": "subtitle track .vtt, 300 cues", "paths": [f"{film}subtitles/bg.vtt" for film in films]},
        {"name": "film list, uncached", "paths": ["/bg/films/"], "headers": UNCACHED},
        {"name": "film page, uncached", "paths": films, "headers": UNCACHED},
    ]


SCENARIO_BUILDERS = [practice_scenarios, event_scenarios, forum_scenarios, film_scenarios]
