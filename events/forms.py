from django import forms
from django.utils import timezone
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from core.lists import FilterForm
from directory.models import Organisation, Theme

from .enums import EventType, RoleKind
from .models import ProgrammeDay, Registration, Room, Session
from .models.fields import language_names
from .models.programme import room_taken_message

ONLINE = "online"
PLACE_FORMATS = ["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"]
PLACE_WIDGET = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")
UPCOMING, PAST = "upcoming", "past"


class EventFilterForm(FilterForm):
    """The filters above the event list; `events` (the whole list) supplies the only choices that lead somewhere."""

    type = forms.ChoiceField(label=_("Type"), required=False)
    place = forms.ChoiceField(label=_("City or online"), required=False)
    organiser = forms.ModelChoiceField(
        label=_("Organiser"), queryset=Organisation.objects.none(), required=False, to_field_name="slug"
    )
    theme = forms.ModelChoiceField(label=_("Theme"), queryset=Theme.objects.all(), required=False, to_field_name="slug")
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)
    lookups = {"type": "event_type", "organiser": "organiser", "theme": "themes", "year": "start__year"}

    def __init__(self, *args, events, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["type"].choices = everything + EventType.choices
        cities = events.exclude(city="").order_by("city").values_list("city", flat=True).distinct()
        self.fields["place"].choices = everything + [(ONLINE, _("Online"))] + [(city, city) for city in cities]
        self.fields["organiser"].queryset = Organisation.objects.filter(pk__in=events.values("organiser")).order_by(
            "name"
        )
        self.fields["organiser"].empty_label = _("All")
        self.fields["theme"].empty_label = _("All")
        years = sorted({start.year for start in events.dates("start", "year")}, reverse=True)
        self.fields["year"].choices = everything + [(year, year) for year in years]

    def filter_place(self, queryset, place):
        return queryset.filter(is_online=True) if place == ONLINE else queryset.filter(city=place)


class EventDataFilterForm(EventFilterForm):
    """The event list's filters for its downloads and the API, which hold upcoming and past events: `period` says
    which of the two lists (the upcoming page or the archive) a download comes from; without it, both."""

    period = forms.ChoiceField(
        label=_("Upcoming or past"),
        required=False,
        choices=[("", _("All")), (UPCOMING, _("Upcoming")), (PAST, _("Past"))],
    )

    def filter_period(self, queryset, period):
        now = timezone.now()
        return queryset.filter(end__gte=now) if period == UPCOMING else queryset.filter(end__lt=now)


class ProgrammeDataFilterForm(FilterForm):
    """The downloads of sessions and people: narrowed to one event's programme by its identifier."""

    event = forms.SlugField(label=_("Event"), required=False)

    def filter_event(self, queryset, slug):
        field = "event__slug" if queryset.model is Session else "roles__session__event__slug"
        return queryset.filter(**{field: slug}).distinct()


class ProgrammeFilterForm(FilterForm):
    """The filters above an event's timetable: sessions in a language, in a room, or with people in a role."""

    language = forms.ChoiceField(label=_("Language"), required=False)
    room = forms.TypedChoiceField(label=_("Room or group"), required=False, coerce=int, empty_value=None)
    role = forms.ChoiceField(label=_("People in the role of"), required=False)
    lookups = {"language": "languages__contains", "room": "room_id"}

    def __init__(self, *args, event, rooms, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        codes = sorted({code for code in event.languages.split(",") if code})
        self.fields["language"].choices = everything + list(zip(codes, language_names(",".join(codes)), strict=True))
        self.fields["room"].choices = everything + [(room.pk, room.name) for room in rooms]
        self.fields["role"].choices = everything + RoleKind.choices

    def filter_role(self, queryset, role):
        return queryset.filter(roles__role=role).distinct()


class RegistrationForm(forms.ModelForm):
    class Meta:
        model = Registration
        fields = ["organisation", "accessibility_needs"]
        widgets = {"accessibility_needs": forms.Textarea(attrs={"rows": 4})}


class MessageRegistrantsForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea)
    include_waiting = forms.BooleanField(label=_("Also send to people on the waiting list"), required=False)


def _session_label(name):
    return capfirst(Session._meta.get_field(name).verbose_name)


class SessionPlaceForm(forms.Form):
    """Where and when a session takes place, as the programme desk changes it (the page without JavaScript).

    Checked against `programme`, the sessions as the desk shows them (unpublished changes in place), so a room
    freed by a move not yet published can take another session, and one taken by such a move cannot.
    """

    day = forms.ModelChoiceField(label=_session_label("day"), queryset=ProgrammeDay.objects.none())
    room = forms.ModelChoiceField(label=_session_label("room"), queryset=Room.objects.none(), required=False)
    start = forms.DateTimeField(label=_session_label("start"), input_formats=PLACE_FORMATS, widget=PLACE_WIDGET)
    end = forms.DateTimeField(label=_session_label("end"), input_formats=PLACE_FORMATS, widget=PLACE_WIDGET)

    def __init__(self, *args, session, programme, **kwargs):
        initial = {"day": session.day, "room": session.room, "start": session.start, "end": session.end}
        super().__init__(*args, initial=initial, **kwargs)
        self.session, self.programme = session, programme
        self.fields["day"].queryset = session.event.days.order_by("date")
        self.fields["room"].queryset = session.event.rooms.all()
        self.fields["room"].help_text = Session._meta.get_field("room").help_text

    def clean(self):
        data = super().clean()
        day, room, start, end = (data.get(name) for name in ("day", "room", "start", "end"))
        if not (day and start and end):
            return data
        if end <= start:
            self.add_error("end", _("A session must end after it starts."))
        elif timezone.localtime(start).date() != day.date:
            self.add_error("start", _("The session must start on the date of its programme day."))
        elif room and not self.session.is_cancelled:
            clash = next(
                (
                    other
                    for other in self.programme
                    if other.pk != self.session.pk
                    and not other.is_cancelled
                    and other.room_id == room.pk
                    and other.start < end
                    and start < other.end
                ),
                None,
            )
            if clash:
                self.add_error("start", room_taken_message(room, clash))
        return data
