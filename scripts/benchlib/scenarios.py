"""The scenarios: the bare view every row is compared with, then each app's own (`scenarios(facts)` in its module
under benchlib/apps/), in INSTALLED_APPS order. A scenario is {"name": str, "paths": [str, ...], "headers": {...}}
(several paths are requested in rotation); "baseline" marks the bare view, "target" the rows held to the targets
(report.py)."""

from .apps import modules

# A session cookie makes the cached pages skip the anonymous page cache: the cost of a real render.
UNCACHED = {"Cookie": "sessionid=bench-uncached"}
BASELINE = {"name": "bare Django view", "paths": ["/bench/bare/"], "baseline": True}


def build_scenarios(facts):
    """The bare view, then every app's scenarios; `facts` maps app labels, in INSTALLED_APPS order, to their facts."""
    found = modules()
    scenarios = [BASELINE]
    for label, app_facts in facts.items():
        if hasattr(found[label], "scenarios"):
            scenarios.extend(found[label].scenarios(app_facts))
    return scenarios
