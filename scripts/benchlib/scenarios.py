"""The scenarios: the bare view every row is compared with (measured first and again last), then each app's own
(`scenarios(facts)` in its module under benchlib/apps/), in INSTALLED_APPS order, each marked `"signed_in": True`
followed by its twin requested by the signed-in participant (benchlib/participant.py).

A scenario is {"name": str, "paths": [str, ...], "headers": {...}} (several paths are requested in rotation);
"baseline" marks the bare view, "target" the rows held to the targets (report.py): anonymous rows at half the bare
view, signed-in twins of target rows at a quarter (issue 18) unless the row says `"signed_in_target": False`.
"""

import os

from .apps import modules

# A session cookie makes the cached pages skip the anonymous page cache: the cost of a real render.
UNCACHED = {"Cookie": "sessionid=bench-uncached"}
BASELINE = {"name": "bare Django view", "paths": ["/bench/bare/"], "baseline": True}
BASELINE_AFTER = {**BASELINE, "name": "bare Django view, again"}
ANONYMOUS_SHARE = 0.5
SIGNED_IN_SHARE = 0.25


def build_scenarios(facts, participant):
    """The bare view, every app's scenarios (with their signed-in twins), the bare view again; `facts` maps app
    labels, in INSTALLED_APPS order, to their facts; `participant` holds the signed-in session's cookie."""
    found = modules()
    scenarios = []
    for label, app_facts in facts.items():
        if label in found and hasattr(found[label], "scenarios"):
            for scenario in found[label].scenarios(app_facts):
                scenarios.append({**scenario, "min_share": ANONYMOUS_SHARE} if scenario.get("target") else scenario)
                if scenario.get("signed_in"):
                    scenarios.append(signed_in(scenario, participant))
    return [BASELINE, *scenarios, BASELINE_AFTER]


def signed_in(scenario, participant):
    twin = {**scenario, "name": f"{scenario['name']}, signed in", "headers": {"Cookie": participant["cookie"]}}
    twin["target"] = scenario.get("signed_in_target", scenario.get("target", False))
    if twin["target"]:
        twin["min_share"] = SIGNED_IN_SHARE
    return twin


def chosen(scenarios, only):
    """The scenarios whose name contains one of the comma-separated texts of `only` (BENCH_ONLY or --only), with
    both bare-view rows; all of them when `only` is empty."""
    wanted = [text.strip() for text in (only or os.environ.get("BENCH_ONLY", "")).split(",") if text.strip()]
    if not wanted:
        return scenarios
    return [s for s in scenarios if s.get("baseline") or any(text in s["name"] for text in wanted)]
