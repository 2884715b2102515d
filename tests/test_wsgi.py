"""The WSGI application a gunicorn worker loads (portal/wsgi.py)."""

import gc

import pytest
from django.core.signals import request_finished
from django.test import Client

from portal import wsgi

pytestmark = pytest.mark.django_db


def test_a_worker_hides_its_start_up_heap_from_the_collector_once_after_its_first_page():
    request_finished.connect(wsgi.freeze_start_up_heap)  # as when a worker imports the module
    gc.unfreeze()

    Client().get("/bg/about/")
    after_first = gc.get_freeze_count()
    Client().get("/bg/about/")

    assert after_first > 50_000
    assert gc.get_freeze_count() <= after_first  # not again (frozen objects are still freed when unreferenced)
    gc.unfreeze()  # this test process's collector as it was
