# Two commands for a newcomer: `make run` and `make test`. Everything else is for maintainers.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000
# Development defaults; a real deployment sets these in its environment. Without SITE_URL, every absolute
# address (e-mails, canonical links, sitemap, feeds, exports) names the port the server listens on.
DEV_ENV := DEBUG=$${DEBUG:-1} SITE_URL=$${SITE_URL:-http://127.0.0.1:$(PORT)}
# Every Django template, for djade (the templates' formatter), which targets the Django of requirements.txt.
TEMPLATE_FILES = $(shell find templates -name '*.html' | sort)
DJADE := $(VENV)/bin/djade --target-version 5.2

.PHONY: run test lint format bench bench-newsletter loadtest faulttest messages install migrate demo clean

$(VENV)/.installed: requirements.txt requirements-dev.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements-dev.txt
	touch $@

install: $(VENV)/.installed

migrate: install
	$(DEV_ENV) $(PY) manage.py migrate --noinput

demo: migrate
	$(DEV_ENV) $(PY) manage.py load_demo

# Serves the portal with demo content; a task worker runs beside it for e-mail and media jobs (run_worker
# starts again after a database outage and retries tasks a lost worker left running). Stopping the server stops
# the worker; the trap must not signal its own shell, or it would run again for that signal, without end.
run: demo
	@$(DEV_ENV) $(PY) manage.py run_worker & worker=$$!; \
	trap 'kill $$worker 2>/dev/null' EXIT; trap exit INT TERM; \
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:$(PORT)

test: install
	$(PY) -m pytest

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/ruff format --check .
	DEBUG=1 $(PY) manage.py makemigrations --check --dry-run
	$(DJADE) --check $(TEMPLATE_FILES)
	$(PY) scripts/check_templates.py
	$(VENV)/bin/lint-imports --no-cache
	$(VENV)/bin/bandit --quiet --configfile pyproject.toml --recursive . --severity-level medium
	$(PY) scripts/audit_packages.py

# djade exits 1 when it has rewritten a file; the second, checking run fails only if something is still wrong.
format: install
	$(VENV)/bin/ruff check --fix .
	$(VENV)/bin/ruff format .
	$(DJADE) $(TEMPLATE_FILES) || $(DJADE) --check $(TEMPLATE_FILES)

# Regenerates the Bulgarian catalogue from the code and compiles it (needs gettext tools).
# Then fill new strings with `$(PY) scripts/po.py fill FILE.json`, which also compiles the .mo.
messages: install
	flock locale/bg/LC_MESSAGES/django.lock env DEBUG=1 $(PY) manage.py makemessages --locale bg --no-obsolete \
		--ignore ".venv/*" --ignore "staticfiles/*" --ignore "media/*"
	$(PY) scripts/po.py compile
	$(PY) scripts/po.py untranslated

bench: install
	$(PY) scripts/bench.py

# One newsletter issue to 50,000 subscribers through the real worker and Django's file e-mail backend.
bench-newsletter: install
	$(PY) scripts/bench_newsletter.py

clean:
	rm -rf $(VENV) staticfiles

# Simulated people under gunicorn on SQLite, then PostgreSQL+Redis (private ones); minutes, so not in `make test`.
# LOADTEST_USERS (50), LOADTEST_SECONDS (180), LOADTEST_BACKENDS ("sqlite postgres"): see scripts/loadtest.py.
loadtest: install
	$(PY) scripts/loadtest.py

# Stops and starts a private Redis and a private PostgreSQL under light load and checks the site and the worker
# ride it out (scripts/faulttest.py, two to three minutes); .ci/run runs it after the tests.
faulttest: install
	$(PY) scripts/faulttest.py
