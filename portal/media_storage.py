"""Where uploads live: files under MEDIA_ROOT (the default), or an S3-compatible bucket when S3_BUCKET is set.

Several web servers behind a load balancer must see the same uploads, so they keep them in object storage
(AWS S3, MinIO, Ceph, Hetzner, Scaleway, ...) through django-storages. Everything an upload is on this site is
public once published (avatars, logos, covers, documents, films, event materials), exactly as MEDIA_ROOT is when
a web server serves it: the bucket serves objects to anyone (a bucket policy or a CDN in front), the portal
writes plain, unsigned addresses (they go into cached pages, feeds and e-mails, which outlive any signature) and
sets no per-object ACL (current buckets refuse ACLs). New names never replace an existing object.

Read by portal/settings.py from the environment; credentials are not settings: boto3 reads AWS_ACCESS_KEY_ID and
AWS_SECRET_ACCESS_KEY (or an instance role) itself.
"""

from urllib.parse import urlsplit

FILE_SYSTEM_STORAGE = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
S3_STORAGE_BACKEND = "storages.backends.s3.S3Storage"
# Uploaded names are unique (a new file never takes an old name), so browsers may keep them a day.
S3_CACHE_CONTROL = "public, max-age=86400"


def media_storage(environ):
    """Return (the STORAGES["default"] entry, the origins the pages load media from) for this environment.

    The origins go into the Content-Security-Policy's img-src and media-src; an empty list means the site itself.
    """
    bucket = environ.get("S3_BUCKET", "").strip()
    if not bucket:
        return FILE_SYSTEM_STORAGE, []
    endpoint = environ.get("S3_ENDPOINT_URL", "").strip() or None
    region = environ.get("S3_REGION", "").strip() or None
    custom_domain = environ.get("S3_CUSTOM_DOMAIN", "").strip().rstrip("/") or None
    options = {
        "bucket_name": bucket,
        "endpoint_url": endpoint,
        "region_name": region,
        "custom_domain": custom_domain,
        "location": environ.get("S3_PREFIX", "").strip().strip("/"),
        "querystring_auth": False,
        "default_acl": None,
        "file_overwrite": False,
        "object_parameters": {"CacheControl": S3_CACHE_CONTROL},
        # MinIO and most S3-compatible services want /bucket/key addresses; AWS answers both.
        "addressing_style": "path" if endpoint else "virtual",
    }
    return {"BACKEND": S3_STORAGE_BACKEND, "OPTIONS": options}, [media_origin(options)]


def media_origin(options):
    """The scheme and host the browser fetches media from: the CDN's, the endpoint's or AWS's own."""
    if options["custom_domain"]:
        return f"https://{options['custom_domain']}"
    if options["endpoint_url"]:
        parts = urlsplit(options["endpoint_url"])
        return f"{parts.scheme}://{parts.netloc}"
    region = options["region_name"]
    host = f"s3.{region}.amazonaws.com" if region else "s3.amazonaws.com"
    return f"https://{options['bucket_name']}.{host}"
