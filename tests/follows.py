"""The address of the follow button's form, as the pages render it."""

from django.urls import reverse


def follow_url(obj):
    opts = obj._meta
    return reverse(
        "forum:follow-toggle",
        kwargs={"app_label": opts.app_label, "model_name": opts.model_name, "object_id": obj.pk},
    )
