from django import forms
from django.utils.translation import gettext_lazy as _
from django_countries import countries

from portal.enums import OrganisationKind
from portal.models import Organisation, Profile
from portal.validators import validate_image_size


class SizeLimitedImageField(forms.ImageField):
    """An image field that refuses an oversized upload before Pillow opens it."""

    def to_python(self, data):
        if data:
            validate_image_size(data)
        return super().to_python(data)


class ProfileForm(forms.Form):
    display_name = forms.CharField(
        label=Profile._meta.get_field("display_name").verbose_name,
        max_length=120,
        help_text=Profile._meta.get_field("display_name").help_text,
    )
    organisation = forms.ModelChoiceField(
        label=Profile._meta.get_field("organisation").verbose_name,
        queryset=Organisation.objects.order_by("name"),
        required=False,
    )
    bio = forms.CharField(
        label=Profile._meta.get_field("bio").verbose_name,
        widget=forms.Textarea(attrs={"rows": 5}),
        max_length=1000,
        required=False,
        help_text=Profile._meta.get_field("bio").help_text,
    )
    avatar = SizeLimitedImageField(
        label=Profile._meta.get_field("avatar").verbose_name,
        required=False,
        help_text=Profile._meta.get_field("avatar").help_text,
    )

    def __init__(self, *args, profile, **kwargs):
        kwargs.setdefault(
            "initial",
            {
                "display_name": profile.display_name,
                "organisation": profile.organisation_id,
                "bio": profile.bio,
                "avatar": profile.avatar,
            },
        )
        super().__init__(*args, **kwargs)


class OrganisationFilterForm(forms.Form):
    """The directory's filters; submitted with GET so they work without JavaScript and can be bookmarked."""

    kind = forms.ChoiceField(label=_("Kind"), required=False)
    country = forms.ChoiceField(label=_("Country"), required=False)

    def __init__(self, *args, country_codes, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["kind"].choices = everything + list(OrganisationKind.choices)
        names = sorted(((code, countries.name(code)) for code in country_codes), key=lambda pair: pair[1])
        self.fields["country"].choices = everything + names

    def filter(self, queryset):
        if not self.is_valid():
            return queryset
        if kind := self.cleaned_data["kind"]:
            queryset = queryset.filter(kind=kind)
        if country := self.cleaned_data["country"]:
            queryset = queryset.filter(country=country)
        return queryset
