from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.feeds import PortalFeed
from initiatives.models import Call


class OpenCallsFeed(PortalFeed):
    """The twenty newest open calls, in the language of the URL."""

    title = _("Social innovation portal: calls and volunteering")
    subtitle = _("Calls for partners, campaigns and volunteering opportunities posted by organisations.")

    def link(self):
        return reverse("initiatives:call-list")

    def items(self):
        return Call.objects.open().select_related("organisation").order_by("-created_at", "-pk")[:20]

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return f"{item.summary} ({item.organisation.name}, {item.get_oblast_display()})"

    def item_pubdate(self, item):
        return item.approved_at or item.created_at

    def item_updateddate(self, item):
        return item.updated_at
