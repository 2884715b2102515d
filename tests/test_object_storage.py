"""Uploads on S3-compatible object storage (portal/media_storage.py), against moto's in-process S3.

Only the bucket is simulated: the form, the resizing, django-storages and boto3 are the real ones, and what the
portal stored is read back from the bucket with a separate boto3 client.
"""

import copy
import io
import re

import boto3
import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from moto import mock_aws
from PIL import Image

from directory.models import Profile
from portal.media_storage import media_storage
from practices.models import Document
from practices.services import save_document
from tests.factories.portal import VerifiedUserFactory
from tests.factories.practices import MINIMAL_PDF
from tests.process_settings import settings_in_a_fresh_process

pytestmark = pytest.mark.django_db

BUCKET = "portal-media"
REGION = "eu-central-1"


def jpeg_upload(name="photo.jpg", size=(900, 500)):
    buffer = io.BytesIO()
    Image.new("RGB", size, (30, 120, 200)).save(buffer, format="JPEG")
    return SimpleUploadedFile(name, buffer.getvalue(), content_type="image/jpeg")


def use_bucket(settings, environ):
    """Point the site's uploads at the bucket the way portal/settings.py does for these environment variables."""
    storage, origins = media_storage(environ)
    settings.STORAGES = {**settings.STORAGES, "default": storage}
    policy = copy.deepcopy(settings.CONTENT_SECURITY_POLICY)
    for directive in ("img-src", "media-src"):
        policy["DIRECTIVES"][directive] += origins
    settings.CONTENT_SECURITY_POLICY = policy


@pytest.fixture
def s3(monkeypatch):
    """moto's S3 with an empty bucket, and a boto3 client of our own to look into it."""
    for name, value in {"AWS_ACCESS_KEY_ID": "testing", "AWS_SECRET_ACCESS_KEY": "testing"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setenv("MOTO_S3_CUSTOM_ENDPOINTS", "http://objects.internal:9000")
    with mock_aws():
        client = boto3.client("s3", region_name=REGION)
        client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
        yield client


def stored_keys(s3):
    return sorted(item["Key"] for item in s3.list_objects_v2(Bucket=BUCKET).get("Contents", []))


def test_avatar_uploaded_through_the_profile_form_is_stored_in_the_bucket_and_shown_from_the_cdn(client, settings, s3):
    use_bucket(settings, {"S3_BUCKET": BUCKET, "S3_REGION": REGION, "S3_CUSTOM_DOMAIN": "media.example.org"})
    user = VerifiedUserFactory()
    client.force_login(user)

    response = client.post("/en/profile/", {"display_name": "Maria", "avatar": jpeg_upload()})

    assert response.status_code == 302
    avatar = Profile.objects.get(user=user).avatar
    assert stored_keys(s3) == [avatar.name]
    stored = s3.get_object(Bucket=BUCKET, Key=avatar.name)
    assert stored["CacheControl"] == "public, max-age=86400"
    with Image.open(io.BytesIO(stored["Body"].read())) as image:
        assert (image.format, image.size) == ("JPEG", (256, 256))  # resized by the site before it was stored
    assert avatar.url == f"https://media.example.org/{avatar.name}"  # plain address: no signature to expire
    page = client.get("/en/profile/")
    assert f'src="{avatar.url}"' in page.content.decode()
    img_src = re.search(r"img-src ([^;]*)", page["Content-Security-Policy"]).group(1).split()
    assert "https://media.example.org" in img_src


def test_two_uploads_with_the_same_name_keep_both_files(client, settings, s3):
    use_bucket(settings, {"S3_BUCKET": BUCKET, "S3_REGION": REGION})
    first, second = VerifiedUserFactory(), VerifiedUserFactory()

    for user, size in ((first, (300, 300)), (second, (600, 400))):
        client.force_login(user)
        client.post("/en/profile/", {"display_name": user.username, "avatar": jpeg_upload("photo.jpg", size)})

    names = [Profile.objects.get(user=user).avatar.name for user in (first, second)]
    assert names[0] != names[1]
    assert stored_keys(s3) == sorted(names)
    url = Profile.objects.get(user=first).avatar.url
    assert url == f"https://{BUCKET}.s3.{REGION}.amazonaws.com/{names[0]}"
    assert url.startswith(media_storage({"S3_BUCKET": BUCKET, "S3_REGION": REGION})[1][0] + "/")


def test_document_saved_by_the_service_on_s3_compatible_storage_is_downloaded_from_the_bucket(client, settings, s3):
    endpoint = "http://objects.internal:9000"
    use_bucket(settings, {"S3_BUCKET": BUCKET, "S3_ENDPOINT_URL": endpoint, "S3_PREFIX": "portal/"})
    document = Document(title_bg="Доклад", title_en="Report", document_type="report", language="en", status="published")
    document.file = SimpleUploadedFile("report.pdf", MINIMAL_PDF, content_type="application/pdf")

    save_document(document=document)

    document.refresh_from_db()
    key = f"portal/{document.file.name}"
    assert stored_keys(s3) == [key]
    assert s3.get_object(Bucket=BUCKET, Key=key)["Body"].read() == MINIMAL_PDF
    assert (document.file_format, document.file_size) == ("pdf", len(MINIMAL_PDF))
    with document.file.open("rb") as stored:  # read back through the site's own storage
        assert stored.read() == MINIMAL_PDF
    response = client.get(f"/en/documents/{document.slug}/download/")
    assert response.status_code == 302
    assert response["Location"] == f"{endpoint}/{BUCKET}/{key}"


def test_local_files_stay_the_default_and_s3_bucket_switches_uploads_to_object_storage():
    local = settings_in_a_fresh_process({}, "STORAGES", "CONTENT_SECURITY_POLICY")
    s3 = settings_in_a_fresh_process(
        {"S3_BUCKET": BUCKET, "S3_CUSTOM_DOMAIN": "cdn.example.org"}, "STORAGES", "CONTENT_SECURITY_POLICY"
    )
    local_storage, local_policy = local["STORAGES"]["default"], local["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]
    s3_storage, s3_policy = s3["STORAGES"]["default"], s3["CONTENT_SECURITY_POLICY"]["DIRECTIVES"]

    assert local_storage == {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    assert local_policy["img-src"] == ["'self'", "data:"]
    assert s3_storage["BACKEND"] == "storages.backends.s3.S3Storage"
    assert s3_storage["OPTIONS"]["bucket_name"] == BUCKET
    assert s3_policy["img-src"] == ["'self'", "data:", "https://cdn.example.org"]
    assert s3_policy["media-src"] == ["'self'", "https://cdn.example.org"]
