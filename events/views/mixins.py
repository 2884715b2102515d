from events.models import Event, Registration


class EventTimeMixin:
    """Owns the event list's reads: public events to come, soonest first; with `archive` past ones, newest first."""

    archive = False

    def get_queryset(self):
        return Event.objects.past() if self.archive else Event.objects.upcoming()


class EventMixin:
    """Events the visitor may see (public ones, plus drafts they manage), with what the event pages show."""

    model = Event
    slug_url_kwarg = "slug"

    def get_queryset(self):
        return (
            Event.objects.visible_to(self.request.user)
            .select_related("organiser", "project")
            .prefetch_related("partners", "themes", "tags")
        )

    def get_registration(self, event):
        """The visitor's active registration for `event`, or None."""
        user = self.request.user
        if not user.is_authenticated:
            return None
        return Registration.objects.active().filter(event=event, user=user).first()
