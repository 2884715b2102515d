"""A comment on a film is anchored to a moment typed as mm:ss or h:mm:ss, which works without JavaScript; a moment
that cannot be read is refused with a translated message and what was typed is kept."""

import pytest
from django.urls import reverse

from forum.models import Post
from tests.factories.films import SubtitleTrackFactory
from tests.factories.portal import VerifiedUserFactory

pytestmark = pytest.mark.django_db


def comment_url(film, language="bg"):
    url = reverse("forum:comment-create", kwargs={"app_label": "films", "model_name": "film", "object_id": film.pk})
    return url.replace("/bg/", f"/{language}/", 1)


@pytest.mark.parametrize(("typed", "seconds"), [("0:07", 7), ("12:34", 754), ("75:00", 4500), ("1:02:05", 3725)])
def test_comment_anchored_at_a_typed_moment(client, typed, seconds):
    film = SubtitleTrackFactory().film
    client.force_login(VerifiedUserFactory())

    client.post(comment_url(film), {"body": "Вижте този момент", "anchor_seconds": typed})

    assert Post.objects.get().anchor_seconds == seconds


def test_film_page_offers_the_moment_field_without_javascript(client):
    film = SubtitleTrackFactory().film
    client.force_login(VerifiedUserFactory())

    html = client.get(film.get_absolute_url()).content.decode()

    assert '<label for="id_anchor_seconds">Момент от филма (мм:сс)</label>' in html


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("bg", "Въведете момента като минути и секунди (12:34) или като часове, минути и секунди (1:02:03)."),
        ("en", "Enter the moment as minutes and seconds (12:34) or as hours, minutes and seconds (1:02:03)."),
    ],
)
@pytest.mark.parametrize("typed", ["1:75:00", "ten past", "12:3"])
def test_unreadable_moment_is_refused_in_the_page_language_and_kept(client, language, message, typed):
    film = SubtitleTrackFactory().film
    client.force_login(VerifiedUserFactory())

    response = client.post(comment_url(film, language), {"body": "Моят коментар", "anchor_seconds": typed})

    html = response.content.decode()
    assert response.status_code == 400
    assert message in html
    assert f'value="{typed}"' in html
    assert "Моят коментар" in html
    assert Post.objects.count() == 0
