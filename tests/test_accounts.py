"""Accounts (allauth), profiles and the roles that come with a verified e-mail."""

import io
import re
from urllib.parse import urlencode

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse
from PIL import Image

from core import roles
from directory.models import Profile
from tests.factories.portal import (
    OrganisationFactory,
    ProfileFactory,
    UserFactory,
    VerifiedUserFactory,
    with_two_factor,
)

pytestmark = pytest.mark.django_db

PASSWORD = "a-long-passphrase-42"


def image_upload(name="photo.jpg", size=(800, 600), exif=False):
    buffer = io.BytesIO()
    image = Image.new("RGB", size, (200, 30, 30))
    extra = {}
    if exif:
        exif_data = Image.Exif()
        exif_data[0x010F] = "SecretCamera"  # Make
        extra["exif"] = exif_data.tobytes()
    image.save(buffer, format="JPEG", **extra)
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


@pytest.mark.parametrize(("language", "heading"), [("bg", "Вход"), ("en", "Sign In")])
def test_sign_in_page_is_translated_and_inside_the_site_layout(client, language, heading):
    html = client.get(f"/{language}/accounts/login/").content.decode()

    assert re.search(rf"<h1>\s*{heading}\s*</h1>", html)
    assert 'class="site-header"' in html
    assert 'class="field' in html
    assert '<label for="id_login">' in html


def sign_up(client, *, language="en", display_name="Мария Петрова", email="maria@example.org", next_url=None):
    data = {"display_name": display_name, "email": email, "password1": PASSWORD, "password2": PASSWORD, "terms": "on"}
    if next_url:
        data["next"] = next_url
    return client.post(f"/{language}/accounts/signup/", data)


def confirmation_path(message):
    """The path and query of the confirmation link in an e-mail (the link itself points at SITE_URL)."""
    url = re.search(r"https?://[^\s]+/accounts/confirm-email/[^\s]+", message.body).group(0)
    return "/" + url.split("://", 1)[1].split("/", 1)[1]


def test_sign_up_creates_a_profile_and_sends_a_verification_e_mail(client):
    sign_up(client)

    user = get_user_model().objects.get(email="maria@example.org")
    assert Profile.objects.get(user=user).display_name == "Мария Петрова"
    assert len(mail.outbox) == 1
    assert not EmailAddress.objects.get(user=user).verified
    assert not user.groups.filter(name=roles.PARTICIPANT).exists()


@pytest.mark.parametrize(("language", "label"), [("bg", "Показвано име"), ("en", "Display name")])
def test_sign_up_page_asks_for_the_display_name_first(client, language, label):
    html = client.get(f"/{language}/accounts/signup/").content.decode()

    assert f'<label for="id_display_name">{label}' in html
    assert html.index('id="id_display_name"') < html.index('id="id_email"')


def test_sign_up_without_a_display_name_is_refused_and_keeps_the_e_mail(client):
    response = sign_up(client, display_name="  ")

    assert not get_user_model().objects.filter(email="maria@example.org").exists()
    assert 'value="maria@example.org"' in response.content.decode()


@pytest.mark.parametrize("language", ["bg", "en"])
def test_confirming_the_e_mail_signs_in_and_returns_to_the_page_signed_up_from(client, language):
    page = f"/{language}/practices/"
    sign_up(client, language=language, next_url=page)

    link = confirmation_path(mail.outbox[0])
    assert 'name="next"' in client.get(link).content.decode()  # the confirmation form carries it on

    confirmation = client.post(link)

    assert confirmation.status_code == 302
    assert confirmation["Location"] == page
    assert client.get(page).wsgi_request.user.email == "maria@example.org"


def test_confirming_in_another_browser_leads_to_sign_in_and_then_back_to_the_page(client):
    sign_up(client, next_url="/en/practices/")
    elsewhere = Client()

    confirmation = elsewhere.post(confirmation_path(mail.outbox[0]))

    assert EmailAddress.objects.get(email="maria@example.org").verified
    sign_in = confirmation["Location"]
    assert sign_in == "/en/accounts/login/?" + urlencode({"next": "/en/practices/"})
    assert elsewhere.get(sign_in).wsgi_request.user.is_anonymous
    signed_in = elsewhere.post(sign_in, {"login": "maria@example.org", "password": PASSWORD})
    assert signed_in["Location"] == "/en/practices/"


def test_sign_up_without_a_page_to_return_to_ends_on_the_profile(client):
    sign_up(client)

    confirmation = client.post(confirmation_path(mail.outbox[0]))

    assert confirmation["Location"] == reverse("directory:profile-edit")


def test_confirming_the_e_mail_makes_the_user_a_participant(client):
    sign_up(client, email="ivan@example.org")

    client.post(confirmation_path(mail.outbox[0]))

    user = get_user_model().objects.get(email="ivan@example.org")
    assert EmailAddress.objects.get(user=user).verified
    assert list(user.groups.values_list("name", flat=True)) == [roles.PARTICIPANT]
    assert not user.is_staff


def test_profile_edit_requires_signing_in(client):
    response = client.get("/bg/profile/")

    assert response.status_code == 302
    assert response["Location"].startswith("/bg/accounts/login/")


def test_account_menu_shows_the_display_name(client):
    user = VerifiedUserFactory()
    ProfileFactory(user=user, display_name="Мария Петрова")
    client.force_login(user)

    html = client.get("/bg/").content.decode()

    assert "Мария Петрова" in html
    assert user.email not in html


def test_profile_edit_saves_the_users_own_profile(client):
    user = VerifiedUserFactory()
    organisation = OrganisationFactory()
    client.force_login(user)

    response = client.post(
        "/en/profile/", {"display_name": "Maria", "organisation": organisation.pk, "bio": "Social worker."}
    )

    profile = Profile.objects.get(user=user)
    assert response.status_code == 302
    assert (profile.display_name, profile.organisation, profile.bio) == ("Maria", organisation, "Social worker.")


def test_participant_cannot_edit_another_participants_profile(client):
    other = ProfileFactory(display_name="Other person", bio="Untouched.")
    intruder = VerifiedUserFactory()
    client.force_login(intruder)

    client.post("/en/profile/", {"display_name": "Hacked", "bio": "Changed.", "user": other.user_id, "pk": other.pk})
    detail = client.get(other.get_absolute_url()).content.decode()

    other.refresh_from_db()
    assert (other.display_name, other.bio) == ("Other person", "Untouched.")
    assert Profile.objects.get(user=intruder).display_name == "Hacked"
    assert reverse("directory:profile-edit") not in re.findall(r'class="button" href="([^"]+)"', detail)


def test_avatar_is_cropped_to_a_square_and_stripped_of_exif(client):
    user = VerifiedUserFactory()
    client.force_login(user)

    client.post("/en/profile/", {"display_name": "Maria", "avatar": image_upload(size=(900, 500), exif=True)})

    avatar = Profile.objects.get(user=user).avatar
    with Image.open(avatar.path) as stored:
        assert stored.size == (256, 256)
        assert dict(stored.getexif()) == {}


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("bg", "Качете валидно изображение"),
        ("en", "Upload a valid image"),
    ],
)
def test_upload_that_is_not_an_image_is_refused_and_typed_fields_are_kept(client, language, message):
    user = VerifiedUserFactory()
    client.force_login(user)
    fake = SimpleUploadedFile("cv.jpg", b"%PDF-1.4 not an image", content_type="image/jpeg")

    response = client.post(f"/{language}/profile/", {"display_name": "Мария", "bio": "Моята биография", "avatar": fake})

    html = response.content.decode()
    assert response.status_code == 200
    assert message in html
    assert 'value="Мария"' in html
    assert "Моята биография" in html
    assert not Profile.objects.get(user=user).avatar


@pytest.mark.parametrize(("language", "message"), [("bg", "Файлът е"), ("en", "The file is")])
def test_upload_over_five_megabytes_is_refused_and_typed_fields_are_kept(client, language, message):
    user = VerifiedUserFactory()
    client.force_login(user)
    big = SimpleUploadedFile("big.jpg", b"\xff\xd8" + b"0" * (5 * 1024 * 1024 + 10), content_type="image/jpeg")

    response = client.post(f"/{language}/profile/", {"display_name": "Maria", "bio": "Kept text", "avatar": big})

    html = response.content.decode()
    assert message in html
    assert "5,0" in html or "5.0" in html
    assert "Kept text" in html
    assert not Profile.objects.get(user=user).avatar


@pytest.mark.parametrize("language", ["bg", "en"])
def test_public_profile_shows_name_and_organisation_but_not_the_e_mail(client, language):
    profile = ProfileFactory(
        display_name="Maria", bio="Works with older people.", organisation=OrganisationFactory(name_en="IRISS")
    )

    html = client.get(f"/{language}/people/{profile.pk}/").content.decode()

    assert "Maria" in html
    assert "Works with older people." in html
    assert profile.user.email not in html


def test_roles_exist_with_their_permissions():
    moderator = Group.objects.get(name=roles.MODERATOR)
    organiser = Group.objects.get(name=roles.ORGANISER)

    assert Group.objects.filter(name=roles.PARTICIPANT).exists()
    assert moderator.permissions.filter(codename="change_post").exists()
    assert moderator.permissions.filter(codename="add_organisation").exists()
    assert not moderator.permissions.filter(content_type__app_label="portal", codename__startswith="delete_").exists()
    assert organiser.permissions.filter(codename="view_organisation").exists()


def test_moderator_reaches_the_admin_and_can_change_news(client):
    user = UserFactory()
    roles.assign_role(user=user, role=roles.MODERATOR)
    client.force_login(with_two_factor(user))

    response = client.get(reverse("admin:news_newspost_changelist"))

    assert user.is_staff
    assert response.status_code == 200


def test_organiser_is_staff_and_reaches_the_admin(client):
    user = UserFactory()
    roles.assign_role(user=user, role=roles.ORGANISER)
    client.force_login(with_two_factor(user))

    assert client.get(reverse("admin:index")).status_code == 200
    assert client.get(reverse("admin:news_newspost_changelist")).status_code == 403


def test_anonymous_visitor_is_sent_to_the_admin_login(client):
    response = client.get(reverse("admin:index"))

    assert response.status_code == 302
    assert response["Location"].startswith(reverse("admin:login"))


def test_participant_cannot_reach_the_admin(client):
    user = VerifiedUserFactory()
    roles.assign_role(user=user, role=roles.PARTICIPANT)
    client.force_login(user)

    response = client.get(reverse("admin:index"))

    assert response.status_code == 302
    assert not user.is_staff


def test_only_signed_in_users_with_a_verified_e_mail_may_post():
    from django.contrib.auth.models import AnonymousUser

    from core.roles import user_can_post

    assert user_can_post(AnonymousUser()) is False
    assert user_can_post(UserFactory()) is False
    assert user_can_post(VerifiedUserFactory()) is True


def test_profile_edit_form_starts_from_the_saved_profile(client):
    user = VerifiedUserFactory()
    organisation = OrganisationFactory(name_en="IRISS")
    ProfileFactory(user=user, display_name="Мария Петрова", bio="Социален работник.", organisation=organisation)
    client.force_login(user)

    html = client.get("/en/profile/").content.decode()

    assert 'value="Мария Петрова"' in html
    assert "Социален работник." in html
    assert f'<option value="{organisation.pk}" selected>' in html
    assert '<label for="id_display_name">Display name' in html
