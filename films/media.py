"""Uploaded media in development, served with byte ranges.

Browsers can seek in a film only when its server answers `Range` requests; Django's static `serve`
always sends the whole file, so in development (and in browser tests) uploads go through this view.
Production serves MEDIA_ROOT from the web server or object storage, which handle ranges themselves.
"""

import re

from django.http import HttpResponse
from django.views.static import serve

SINGLE_RANGE = re.compile(r"^bytes=(\d*)-(\d*)$")
# A range answer may be shorter than asked; browsers then ask for the rest. Keeps memory flat for big films.
MAX_CHUNK = 8 * 1024 * 1024


def serve_with_ranges(request, path, document_root=None, show_indexes=False):
    """Like django.views.static.serve, answering a single `Range: bytes=…` with 206 and only those bytes."""
    response = serve(request, path, document_root=document_root, show_indexes=show_indexes)
    response["Accept-Ranges"] = "bytes"
    match = SINGLE_RANGE.match(request.headers.get("Range", ""))
    if response.status_code != 200 or not match or not hasattr(response, "file_to_stream"):
        return response
    file = response.file_to_stream
    size = int(response["Content-Length"])
    first, last = match.groups()
    if first:
        start, end = int(first), min(int(last), size - 1) if last else size - 1
    elif last:
        start, end = max(size - int(last), 0), size - 1
    else:
        start, end = 0, size - 1
    if start > end or start >= size:
        file.close()
        refused = HttpResponse(status=416)
        refused["Content-Range"] = f"bytes */{size}"
        return refused
    end = min(end, start + MAX_CHUNK - 1)
    file.seek(start)
    partial = HttpResponse(file.read(end - start + 1), status=206, content_type=response["Content-Type"])
    file.close()
    partial["Content-Range"] = f"bytes {start}-{end}/{size}"
    partial["Accept-Ranges"] = "bytes"
    return partial
