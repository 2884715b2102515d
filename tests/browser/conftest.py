"""Browser tests: Playwright driving Debian's Chromium against pytest-django's live_server.

Fixtures: `browser_page` (a fresh page; console errors, page errors and CSP violations collect in
`page.console_errors`) and the helper `assert_no_axe_violations(page)` (serious and critical only).
Every test here is skipped when /usr/bin/chromium is absent. Use `live_server.url` for addresses and
mark tests `@pytest.mark.browser` with `@pytest.mark.django_db(transaction=True)`.
"""

import os
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
# Playwright's sync API runs an event loop in this thread; Django refuses ORM calls from
# async contexts unless told this is a test process that knows what it is doing.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

# Reported to the console before any page script runs, so a CSP violation is a console error too.
REPORT_CSP_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
  console.error(`CSP violation: ${event.violatedDirective} blocked ${event.blockedURI || "inline code"}`);
});
"""


def pytest_collection_modifyitems(config, items):
    if CHROMIUM.exists():
        return
    skip = pytest.mark.skip(reason="Debian's Chromium (/usr/bin/chromium) is not installed")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def _chromium():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS, headless=True)
        yield browser
        browser.close()


@pytest.fixture
def browser_page(_chromium):
    context = _chromium.new_context(viewport={"width": 1280, "height": 900}, locale="bg-BG")
    page = context.new_page()
    page.console_errors = []
    page.add_init_script(REPORT_CSP_VIOLATIONS)
    page.on("console", lambda message: message.type == "error" and page.console_errors.append(message.text))
    page.on("pageerror", lambda error: page.console_errors.append(str(error)))
    yield page
    context.close()


def axe_violations(page, *, impacts=("serious", "critical")):
    """The axe-core violations of the given impacts on the current page."""
    from axe_playwright_python.sync_playwright import Axe

    results = Axe().run(page)
    return [v for v in results.response["violations"] if v.get("impact") in impacts]


def assert_no_axe_violations(page, *, impacts=("serious", "critical")):
    """Run axe-core on the current page and fail listing every violation of the given impacts."""
    violations = axe_violations(page, impacts=impacts)
    report = "\n".join(
        f"{v['id']} ({v['impact']}): {v['help']} — {[node['target'] for node in v['nodes']][:5]}" for v in violations
    )
    assert violations == [], report
