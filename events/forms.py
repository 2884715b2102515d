from django import forms
from django.utils.translation import gettext_lazy as _

from directory.models import Organisation, Theme

from .enums import EventType, RoleKind
from .models import Registration
from .models.fields import language_names

ONLINE = "online"


class EventFilterForm(forms.Form):
    """The filters above the event list; values that do not fit are ignored, never an error page."""

    type = forms.ChoiceField(label=_("Type"), required=False)
    place = forms.ChoiceField(label=_("City or online"), required=False)
    organiser = forms.ModelChoiceField(
        label=_("Organiser"), queryset=Organisation.objects.none(), required=False, to_field_name="slug"
    )
    theme = forms.ModelChoiceField(label=_("Theme"), queryset=Theme.objects.all(), required=False, to_field_name="slug")
    year = forms.TypedChoiceField(label=_("Year"), required=False, coerce=int, empty_value=None)

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

    def filter(self, events):
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        if data.get("type"):
            events = events.filter(event_type=data["type"])
        if data.get("place") == ONLINE:
            events = events.filter(is_online=True)
        elif data.get("place"):
            events = events.filter(city=data["place"])
        if data.get("organiser"):
            events = events.filter(organiser=data["organiser"])
        if data.get("theme"):
            events = events.filter(themes=data["theme"])
        if data.get("year"):
            events = events.filter(start__year=data["year"])
        return events


class ProgrammeFilterForm(forms.Form):
    language = forms.ChoiceField(label=_("Language"), required=False)
    room = forms.TypedChoiceField(label=_("Room or group"), required=False, coerce=int, empty_value=None)
    role = forms.ChoiceField(label=_("People in the role of"), required=False)

    def __init__(self, *args, event, rooms, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        codes = sorted({code for code in event.languages.split(",") if code})
        self.fields["language"].choices = everything + list(zip(codes, language_names(",".join(codes)), strict=True))
        self.fields["room"].choices = everything + [(room.pk, room.name) for room in rooms]
        self.fields["role"].choices = everything + RoleKind.choices

    def values(self):
        self.is_valid()
        data = getattr(self, "cleaned_data", {})
        return {"language": data.get("language") or "", "room": data.get("room") or "", "role": data.get("role") or ""}


class RegistrationForm(forms.ModelForm):
    class Meta:
        model = Registration
        fields = ["organisation", "accessibility_needs"]
        widgets = {"accessibility_needs": forms.Textarea(attrs={"rows": 4})}


class MessageRegistrantsForm(forms.Form):
    subject = forms.CharField(label=_("Subject"), max_length=200)
    body = forms.CharField(label=_("Message"), widget=forms.Textarea)
    include_waiting = forms.BooleanField(label=_("Also send to people on the waiting list"), required=False)
