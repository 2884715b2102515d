"""The load test's simulated people (locust), started by scripts/loadtest.py with LOADTEST_DATA and LOADTEST_RESULTS.

- Readers (two in three) browse anonymously: home, lists, practices, events, news, forum threads, search.
- Participants (one in three) are signed in (sessions made by `sitetest.data prepare`): they read, comment under
  practices, events and news and reply in forum threads (as the forum's script does, asking for the new post
  back), and register for the small workshop and sometimes cancel.

What the site told them is written to LOADTEST_RESULTS when the run ends: the token of every accepted comment
and, per user, whether they should now hold a registration; `sitetest.data verify` compares it with the database.
Answers of 500 and above are counted apart as server errors.
"""

import json
import os
import random
import re
import threading
import uuid

from locust import HttpUser, between, events, task

with open(os.environ["LOADTEST_DATA"]) as data_file:
    DATA = json.load(data_file)

ACCEPTED_COMMENTS = []
REFUSED_COMMENTS = []
REGISTERED = {}
SERVER_ERRORS = []
_free_sessions = list(DATA["sessions"])
_lock = threading.Lock()


@events.request.add_listener
def count_server_errors(request_type, name, response, exception, **kwargs):
    if response is not None and getattr(response, "status_code", 0) >= 500:
        SERVER_ERRORS.append(f"{response.status_code} {request_type} {name}")


@events.quitting.add_listener
def write_results(environment, **kwargs):
    with open(os.environ["LOADTEST_RESULTS"], "w") as file:
        json.dump(
            {
                "comments": ACCEPTED_COMMENTS,
                "refused comments": REFUSED_COMMENTS,
                "registered": REGISTERED,
                "server_errors": SERVER_ERRORS,
            },
            file,
            indent=1,
        )


class Reader(HttpUser):
    weight = 2
    wait_time = between(1, 3)

    def visit(self, kind):
        self.client.get(random.choice(DATA["pages"][kind]), name=kind)

    @task(3)
    def home(self):
        self.visit("home")

    @task(3)
    def practices(self):
        self.visit("practice list")
        self.visit("practice")

    @task(2)
    def events(self):
        self.visit("event list")
        self.visit("event")

    @task(2)
    def news_and_documents(self):
        self.visit("news")
        self.visit("documents")

    @task(2)
    def forum(self):
        self.visit("forum thread")

    @task(2)
    def search(self):
        language = random.choice(["bg", "en"])
        self.client.get(f"/{language}/search/", params={"q": random.choice(DATA["search_terms"])}, name="search")


class Participant(HttpUser):
    weight = 1
    wait_time = between(2, 6)

    def on_start(self):
        with _lock:
            session = _free_sessions.pop() if _free_sessions else None
        if session is None:
            raise RuntimeError("more participants than prepared sessions: raise LOADTEST_USERS before preparing")
        self.user_id = str(session["user_id"])
        self.client.cookies.set("sessionid", session["sessionid"])
        self.registered = False

    def csrf_token(self, page, name):
        """Open `page` as the person would before writing; its CSRF token."""
        response = self.client.get(page, name=name)
        match = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.text)
        return match.group(1) if match else self.client.cookies.get("csrftoken", "")

    def write_comment(self, target, name):
        token = f"loadtest-{uuid.uuid4().hex}"
        csrf = self.csrf_token(target["page"], f"{name} page (signed in)")
        with self.client.post(
            target["post"],
            data={"body": f"A comment under load, {token}.", "csrfmiddlewaretoken": csrf},
            headers={"X-Forum-Fragment": "1", "X-CSRFToken": csrf},
            name=name,
            catch_response=True,
        ) as response:
            if response.status_code == 201:
                ACCEPTED_COMMENTS.append(token)
                response.success()
            elif response.status_code == 422:  # refused with a message (the posting rate limit): nothing stored
                REFUSED_COMMENTS.append(token)
                response.success()
            else:
                response.failure(f"comment answered {response.status_code}")

    @task(3)
    def comment(self):
        self.write_comment(random.choice(DATA["comment_targets"]), "comment")

    @task(2)
    def reply(self):
        if DATA["threads"]:
            self.write_comment(random.choice(DATA["threads"]), "forum reply")

    @task(3)
    def register_or_cancel(self):
        workshop = DATA["workshop"]
        csrf = self.csrf_token(workshop["path"], "event (signed in)")
        slug = workshop["slug"]
        if not self.registered:
            self.register(slug, csrf)
        elif random.random() < 0.5:
            self.cancel(slug, csrf)

    def register(self, slug, csrf):
        form = {"organisation": "Load test", "accessibility_needs": "", "csrfmiddlewaretoken": csrf}
        with self.client.post(f"/en/events/{slug}/register/", data=form, name="register", catch_response=True) as page:
            if "You are registered" in page.text or "on the waiting list" in page.text:
                self.registered = REGISTERED[self.user_id] = True
                page.success()
            else:
                page.failure(f"registration not confirmed ({page.status_code})")

    def cancel(self, slug, csrf):
        with self.client.post(
            f"/en/events/{slug}/cancel-registration/",
            data={"csrfmiddlewaretoken": csrf},
            name="cancel",
            catch_response=True,
        ) as page:
            if "Your registration is cancelled" in page.text:
                self.registered = REGISTERED[self.user_id] = False
                page.success()
            else:
                page.failure(f"cancellation not confirmed ({page.status_code})")
