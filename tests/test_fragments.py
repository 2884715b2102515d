"""core.fragments: the shared part of a page cached once, the personal slots filled for each request."""

import pytest
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.template import Context, Engine
from django.test import RequestFactory
from django.utils import translation

from core import fragments
from core.tags import Tag

SHELF = fragments.Fragment("test-shelf")
fragments.retire_on(SHELF, models=[Tag])

TEMPLATES = {
    "page.html": '{% load fragments %}<main>{% fragment "test-shelf" shelf page=page %}'
    "[{{ rendered }}|{{ user.username }}]"
    '{% for item in items %}<p>{{ item }}{% personal "mark.html" item=item %}</p>{% endfor %}'
    "{% endfragment %}</main>",
    "mark.html": "{% if item in marked %}*{% endif %}{{ user.username }}{{ csrf_token }}",
    "leaky.html": '{% load fragments %}{% fragment "test-shelf" %}<form>{% csrf_token %}</form>{% endfragment %}',
}
ENGINE = Engine(
    loaders=[("django.template.loaders.locmem.Loader", TEMPLATES)],
    libraries={"fragments": "core.templatetags.fragments"},
)


class Shelf:
    def __init__(self, pk):
        self.pk = pk


class User:
    is_authenticated = True

    def __init__(self, username):
        self.username = username


def render(name="page.html", *, user=None, shelf=None, page=1, marked=(), renders=None):
    renders = [] if renders is None else renders
    shelf = shelf or Shelf(1)
    request = RequestFactory().get("/")
    request.user = user or AnonymousUser()

    def rendered():
        renders.append(1)
        return len(renders)

    context = {"request": request, "user": request.user, "csrf_token": f"token-of-{request.user.username}"}
    context |= {"shelf": shelf, "page": page, "items": ["a", "b"], "marked": set(marked), "rendered": rendered}
    return ENGINE.get_template(name).render(Context(context))


def test_the_shared_part_renders_once_and_the_personal_slots_each_time():
    renders = []
    first = render(user=User("ana"), marked={"a"}, renders=renders)
    second = render(user=User("boris"), marked={"b"}, renders=renders)

    assert renders == [1]
    assert first == "<main>[1|]<p>a*anatoken-of-ana</p><p>banatoken-of-ana</p></main>"
    assert second == "<main>[1|]<p>aboristoken-of-boris</p><p>b*boristoken-of-boris</p></main>"


def test_the_shared_part_sees_nobody_signed_in():
    assert "ana" not in render(user=User("ana")).split("<p>")[0]


def test_objects_pages_and_languages_have_fragments_of_their_own():
    renders = []
    render(renders=renders)
    render(shelf=Shelf(2), renders=renders)
    render(page=2, renders=renders)
    with translation.override("en"):
        render(renders=renders)
    render(renders=renders)

    assert len(renders) == 4


def test_uncached_renders_the_shared_part_for_this_request_only():
    engine_template = ENGINE.from_string(
        '{% load fragments %}{% fragment "test-shelf" shelf cache=False %}{{ user.username }}{% endfragment %}'
    )

    assert engine_template.render(Context({"shelf": Shelf(3), "user": User("mod")})) == "mod"
    assert engine_template.render(Context({"shelf": Shelf(3), "user": User("ana")})) == "ana"


def test_a_csrf_token_never_enters_a_shared_fragment():
    with pytest.raises(ValueError, match="CSRF"):
        render("leaky.html", user=User("ana"))


@pytest.mark.django_db
def test_declared_writes_retire_the_fragments_of_the_object_only(django_capture_on_commit_callbacks):
    tag = Tag.objects.create(name="care", slug="care")
    renders = []
    render(shelf=tag, renders=renders)
    render(shelf=Shelf(tag.pk + 1), renders=renders)

    with django_capture_on_commit_callbacks(execute=True):
        tag.save()
    render(shelf=tag, renders=renders)
    render(shelf=Shelf(tag.pk + 1), renders=renders)

    assert len(renders) == 3


def test_a_version_the_cache_lost_starts_beyond_its_old_numbers():
    version = fragments.Fragment("test-lost").version_of(7)
    before = version.current()
    version.invalidate()
    cache.delete(version.key)

    assert version.current() > before + 1
