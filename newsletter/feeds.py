from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from core.feeds import PortalFeed
from newsletter.models import Issue


class IssueFeed(PortalFeed):
    """The twenty latest sent issues, in the language of the URL."""

    title = _("Social innovation portal: newsletter")
    subtitle = _("Every issue of the portal's newsletter, as sent.")

    def link(self):
        return reverse("newsletter:issue-list")

    def items(self):
        return Issue.objects.sent().order_by("-sent_at", "-pk")[:20]

    def item_title(self, issue):
        return issue.subject

    def item_description(self, issue):
        return issue.introduction

    def item_pubdate(self, issue):
        return issue.sent_at

    def item_updateddate(self, issue):
        return issue.updated_at
