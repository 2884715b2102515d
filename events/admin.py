"""Organisers manage their own events here; moderators manage all of them (core.roles decides who is which)."""

from django.contrib import admin, messages
from django.core.exceptions import ValidationError
from django.forms.models import BaseInlineFormSet
from django.http import HttpResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from modeltranslation.admin import TranslationStackedInline, TranslationTabularInline

from core import roles
from core.admin import URL_FIELDS, AutocompleteMixin, TranslatedAdmin
from core.spreadsheets import csv_writer

from . import services
from .conflicts import programme_conflicts, room_clashes
from .enums import RegistrationStatus
from .forms import MessageRegistrantsForm
from .models import (
    Event,
    Person,
    ProgrammeChange,
    ProgrammeDay,
    Registration,
    Room,
    Session,
    SessionDraft,
    SessionMaterial,
    SessionRole,
)


class OrganiserScopedMixin:
    """Object-level permission: a row is only reachable through an event the user may edit (`roles.can_edit`).

    `event_path` leads from the admin's model to its event ("" for the event itself).
    """

    event_path = "event"

    def get_queryset(self, request):
        queryset = super().get_queryset(request)
        if roles.is_moderator(request.user):
            return queryset
        lookup = f"{self.event_path}__in" if self.event_path else "pk__in"
        return queryset.filter(**{lookup: Event.objects.managed_by(request.user)})

    def _manages(self, request, obj):
        if obj is None:
            return True
        event = obj
        for step in filter(None, self.event_path.split("__")):
            event = getattr(event, step)
        return roles.can_edit(request.user, event)

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._manages(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._manages(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._manages(request, obj)


def display_name_of(user):
    """The name the participant gave at sign-up (their profile's display name)."""
    profile = getattr(user, "profile", None)
    return profile.display_name if profile is not None else user.get_full_name()


def registrations_csv(registrations, *, filename):
    """Registrations as CSV with a UTF-8 byte-order mark, so spreadsheet programs show Cyrillic correctly."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")
    writer = csv_writer(response)
    writer.writerow(
        [
            _("Event"),
            _("E-mail"),
            _("Name"),
            _("Organisation"),
            _("Accessibility needs"),
            _("Status"),
            _("Order of registration"),
            _("Registered"),
        ]
    )
    registrations = registrations.select_related("event", "user__profile").order_by("event__start", "position")
    for registration in registrations:
        writer.writerow(
            [
                registration.event.title,
                registration.user.email,
                display_name_of(registration.user),
                registration.organisation,
                registration.accessibility_needs,
                registration.get_status_display(),
                registration.position,
                timezone.localtime(registration.created_at).strftime("%Y-%m-%d %H:%M"),
            ]
        )
    return response


class EventChildInline:
    """Inline rows of an event: choices of day and room limited to that event."""

    def get_formset(self, request, obj=None, **kwargs):
        self.parent_event = obj
        return super().get_formset(request, obj, **kwargs)

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        if db_field.name in {"day", "room"}:
            model = ProgrammeDay if db_field.name == "day" else Room
            kwargs["queryset"] = (
                model.objects.filter(event=self.parent_event) if self.parent_event else model.objects.none()
            )
        return super().formfield_for_foreignkey(db_field, request, **kwargs)


class ProgrammeDayInline(TranslationTabularInline):
    model = ProgrammeDay
    extra = 0


class RoomInline(TranslationTabularInline):
    model = Room
    extra = 0


class SessionFormSet(BaseInlineFormSet):
    """The event's sessions as one form: sessions sent together are checked against each other too, so two new
    sessions in one room at once are refused before either is saved."""

    def clean(self):
        super().clean()
        kept = [
            form
            for form in self.forms
            if form.is_valid() and form.cleaned_data and not self._should_delete_form(form) and form.instance.start
        ]
        changed = {id(form.instance) for form in kept if form.has_changed() or form.instance.pk is None}
        clashes = [
            clash
            for clash in room_clashes([form.instance for form in kept])
            if changed & {id(session) for session in clash.sessions}
        ]
        if clashes:
            raise ValidationError([clash.message for clash in clashes])


class SessionInline(EventChildInline, TranslationStackedInline):
    model = Session
    formset = SessionFormSet
    extra = 0
    fields = [
        ("day", "room", "kind"),
        ("start", "end"),
        "title",
        "parallel_group",
        ("languages", "interpretation"),
        "is_cancelled",
        "edit_link",
    ]
    readonly_fields = ["edit_link"]
    show_change_link = True

    @admin.display(description=_("people and materials"))
    def edit_link(self, session):
        if not session.pk:
            return _("Save first, then add people and materials.")
        return format_html(
            '<a href="{}">{}</a>',
            reverse("admin:events_session_change", args=[session.pk]),
            _("Edit people and materials"),
        )


@admin.register(Event)
class EventAdmin(AutocompleteMixin, OrganiserScopedMixin, TranslatedAdmin):
    event_path = ""
    formfield_overrides = URL_FIELDS
    list_display = ["title", "event_type", "start", "city", "status", "preview"]
    list_filter = ["status", "event_type", "start"]
    search_fields = ["title_bg", "title_en", "city_bg", "city_en", "slug"]
    list_select_related = ["organiser"]
    date_hierarchy = "start"
    autocomplete_fields = ["organiser", "partners", "project", "themes"]
    filter_horizontal = ["organisers"]
    readonly_fields = ["status", "published_at", "preview", "conflicts", "unpublished_changes"]
    inlines = [ProgrammeDayInline, RoomInline, SessionInline]
    actions = ["publish", "export_registrations", "message_registrants"]
    fieldsets = [
        (
            None,
            {"fields": ["title", "slug", "event_type", "status", "published_at", "preview", "summary", "description"]},
        ),
        (_("When"), {"fields": [("start", "end"), ("registration_opens", "registration_closes"), "capacity"]}),
        (_("Where"), {"fields": ["venue_name", "venue_address", ("city", "country"), ("is_online", "online_url")]}),
        (_("Who"), {"fields": ["organiser", "partners", "project", "target_audience", "languages", "organisers"]}),
        (_("Themes and image"), {"fields": ["themes", "tags", "cover", "cover_alt"]}),
        (_("Conflicts in the programme"), {"fields": ["conflicts", "unpublished_changes"]}),
    ]

    def get_readonly_fields(self, request, obj=None):
        fields = list(super().get_readonly_fields(request, obj))
        if not roles.is_moderator(request.user):
            fields.append("organisers")
        return fields

    def save_model(self, request, obj, form, change):
        services.save_event(event=obj)

    def save_related(self, request, form, formsets, change):
        super().save_related(request, form, formsets, change)
        if not change and not roles.is_moderator(request.user):
            form.instance.organisers.add(request.user)

    def save_formset(self, request, form, formset, change):
        if formset.model is not Session:
            return super().save_formset(request, form, formset, change)
        sessions = formset.save(commit=False)
        for session in formset.deleted_objects:
            services.delete_session(session=session)
        for session in sessions:
            services.update_session(session=session)
        formset.save_m2m()

    @admin.display(description=_("conflicts"))
    def conflicts(self, event):
        """The saved programme's conflicts: double-booked rooms (refused when saving), and warnings."""
        if not event.pk:
            return "—"
        found = programme_conflicts(event)
        if not found:
            return _("None: no room is taken twice, nobody is in two places at once.")
        return format_html(
            '<ul class="programme-conflicts">{}</ul>',
            format_html_join(
                "",
                "<li>{}: {}</li>",
                ((_("Error") if conflict.is_error else _("Warning"), conflict.message) for conflict in found),
            ),
        )

    @admin.display(description=_("unpublished programme changes"))
    def unpublished_changes(self, event):
        """Moves made on the programme desk that the public does not see yet (the inlines show the public values)."""
        count = SessionDraft.objects.filter(session__event=event).count() if event.pk else 0
        if not count:
            return "—"
        return format_html(
            '{} <a href="{}">{}</a>',
            ngettext(
                "%(count)d session is moved on the programme desk but not published; the sessions below are as the "
                "public sees them.",
                "%(count)d sessions are moved on the programme desk but not published; the sessions below are as the "
                "public sees them.",
                count,
            )
            % {"count": count},
            reverse("events:desk", kwargs={"slug": event.slug}),
            _("Publish or discard the changes on the programme desk"),
        )

    @admin.display(description=_("preview"))
    def preview(self, event):
        if not event.pk:
            return "—"
        return format_html(
            '<a href="{}" target="_blank" rel="noopener">{}</a> · <a href="{}">{}</a>',
            event.get_absolute_url(),
            _("View on site"),
            reverse("events:desk", kwargs={"slug": event.slug}),
            _("Programme desk"),
        )

    @admin.action(description=_("Publish the selected events"))
    def publish(self, request, queryset):
        for event in queryset:
            services.publish_event(event=event)
        count = queryset.count()
        self.message_user(
            request,
            ngettext("%(count)d event published.", "%(count)d events published.", count) % {"count": count},
            messages.SUCCESS,
        )

    @admin.action(description=_("Export registrations as CSV"))
    def export_registrations(self, request, queryset):
        return registrations_csv(Registration.objects.filter(event__in=queryset), filename="registrations.csv")

    @admin.action(description=_("Send a message to registrants"))
    def message_registrants(self, request, queryset):
        form = MessageRegistrantsForm(request.POST if "send" in request.POST else None)
        if form.is_valid():
            statuses = [RegistrationStatus.CONFIRMED]
            if form.cleaned_data["include_waiting"]:
                statuses.append(RegistrationStatus.WAITLISTED)
            total = sum(
                services.message_registrants(
                    event=event, subject=form.cleaned_data["subject"], body=form.cleaned_data["body"], statuses=statuses
                )
                for event in queryset
            )
            self.message_user(
                request,
                ngettext("%(count)d message queued.", "%(count)d messages queued.", total) % {"count": total},
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": _("Send a message to registrants"),
            "events": queryset,
            "form": form,
            "opts": self.model._meta,
            "action_checkbox_name": admin.helpers.ACTION_CHECKBOX_NAME,
        }
        return render(request, "events/admin/message_registrants.html", context)


class SessionRoleInline(AutocompleteMixin, admin.TabularInline):
    model = SessionRole
    extra = 1
    autocomplete_fields = ["person"]


class SessionMaterialInline(TranslationTabularInline):
    model = SessionMaterial
    extra = 0
    formfield_overrides = URL_FIELDS


@admin.register(Session)
class SessionAdmin(OrganiserScopedMixin, TranslatedAdmin):
    list_display = ["title", "event", "start", "room", "kind", "is_cancelled"]
    list_filter = ["kind", "is_cancelled"]
    search_fields = ["title_bg", "title_en", "event__title_bg", "event__title_en"]
    list_select_related = ["event", "room"]
    filter_horizontal = ["practices", "documents", "films"]
    inlines = [SessionRoleInline, SessionMaterialInline]

    def formfield_for_foreignkey(self, db_field, request, **kwargs):
        managed = Event.objects.managed_by(request.user)
        if db_field.name == "event":
            kwargs["queryset"] = managed
        elif db_field.name in {"day", "room"}:
            model = ProgrammeDay if db_field.name == "day" else Room
            kwargs["queryset"] = model.objects.filter(event__in=managed).select_related("event")
        return super().formfield_for_foreignkey(db_field, request, **kwargs)

    def save_model(self, request, obj, form, change):
        services.update_session(session=obj)

    def delete_model(self, request, obj):
        services.delete_session(session=obj)

    def delete_queryset(self, request, queryset):
        for session in queryset.select_related("event", "room"):
            services.delete_session(session=session)


@admin.register(Person)
class PersonAdmin(AutocompleteMixin, TranslatedAdmin):
    """Organisers edit the people in their own events' sessions and those they added; moderators everyone.

    When choosing a speaker for a session, an organiser may also pick anyone the public programmes show.
    """

    list_display = ["name", "organisation", "position_title"]
    search_fields = ["name_bg", "name_en", "slug"]
    list_select_related = ["organisation"]
    autocomplete_fields = ["organisation"]
    raw_id_fields = ["user"]

    def _managed(self, request, queryset):
        if roles.is_moderator(request.user):
            return queryset
        return queryset.managed_by(request.user, Event.objects.managed_by(request.user))

    def get_queryset(self, request):
        return self._managed(request, super().get_queryset(request))

    def get_search_results(self, request, queryset, search_term):
        if request.resolver_match and request.resolver_match.url_name == "autocomplete":
            public = Person.objects.filter(roles__session__event__in=Event.objects.public()).values("pk")
            queryset = queryset | super().get_queryset(request).filter(pk__in=public)
        return super().get_search_results(request, queryset, search_term)

    def _manages(self, request, obj):
        return obj is None or self._managed(request, Person.objects.filter(pk=obj.pk)).exists()

    def has_view_permission(self, request, obj=None):
        return super().has_view_permission(request, obj) and self._manages(request, obj)

    def has_change_permission(self, request, obj=None):
        return super().has_change_permission(request, obj) and self._manages(request, obj)

    def has_delete_permission(self, request, obj=None):
        return super().has_delete_permission(request, obj) and self._manages(request, obj)

    def save_model(self, request, obj, form, change):
        if not change:
            obj.created_by = request.user
        super().save_model(request, obj, form, change)


class ManagedEventFilter(admin.SimpleListFilter):
    """Filter by event, offering only the events the user manages (a plain related filter would list them all)."""

    title = _("event")
    parameter_name = "event"

    def lookups(self, request, model_admin):
        return [(event.pk, event.title) for event in Event.objects.managed_by(request.user).order_by("-start")]

    def queryset(self, request, queryset):
        return queryset.filter(event_id=self.value()) if self.value() else queryset


@admin.register(Registration)
class RegistrationAdmin(OrganiserScopedMixin, admin.ModelAdmin):
    list_display = ["user", "event", "status", "position", "organisation", "created_at"]
    list_filter = ["status", ManagedEventFilter]
    search_fields = ["user__email", "organisation", "event__title_bg", "event__title_en"]
    list_select_related = ["user", "event"]
    readonly_fields = ["event", "user", "status", "position", "created_at", "updated_at"]
    actions = ["export_csv", "cancel"]

    def has_add_permission(self, request):
        return False

    @admin.action(description=_("Export the selected registrations as CSV"))
    def export_csv(self, request, queryset):
        return registrations_csv(queryset, filename="registrations.csv")

    @admin.action(description=_("Cancel the selected registrations (the waiting list moves up)"))
    def cancel(self, request, queryset):
        for registration in queryset:
            services.cancel_registration(registration=registration)


@admin.register(ProgrammeChange)
class ProgrammeChangeAdmin(OrganiserScopedMixin, TranslatedAdmin):
    list_display = ["description", "event", "kind", "created_at"]
    list_filter = ["kind"]
    list_select_related = ["event"]
    readonly_fields = ["event", "session", "kind", "created_at"]

    def has_add_permission(self, request):
        return False
