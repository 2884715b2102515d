from django.urls import path

from core.feeds import feed_patterns

from .feeds import EventTypeFeed, ProgrammeChangesFeed, UpcomingEventsFeed
from .views import desk, detail, exports, imports, listing, messages, participation

app_name = "events"

urlpatterns = [
    path("", listing.EventListView.as_view(), name="event-list"),
    path("archive/", listing.EventListView.as_view(archive=True), name="event-archive"),
    path("calendar/", listing.EventCalendarView.as_view(), name="event-calendar"),
    *feed_patterns("feed/", UpcomingEventsFeed, name="event-feed"),
    *feed_patterns("types/<str:event_type>/feed/", EventTypeFeed, name="type-feed"),
    path("events.ics", exports.upcoming_ical, name="upcoming-ical"),
    path("my-programme/<int:user_id>/<str:token>.ics", exports.starred_ical, name="starred-ical"),
    path("people/<slug:slug>/", detail.PersonDetailView.as_view(), name="person-detail"),
    path("<slug:slug>/", detail.EventDetailView.as_view(), name="event-detail"),
    path("<slug:slug>/programme/", detail.ProgrammeView.as_view(), name="event-programme"),
    path("<slug:slug>/programme.json", exports.programme_json, name="programme-json"),
    path("<slug:slug>/schedule.xml", exports.programme_frab, name="programme-frab"),
    path("<slug:slug>/schedule.json", exports.programme_c3voc_json, name="programme-c3voc"),
    path("<slug:slug>/calendar.ics", exports.event_ical, name="event-ical"),
    path("<slug:slug>/changes/", detail.ChangeLogView.as_view(), name="change-log"),
    *feed_patterns("<slug:slug>/changes/feed/", ProgrammeChangesFeed, name="change-feed"),
    path("<slug:slug>/register/", participation.register, name="event-register"),
    path("<slug:slug>/cancel-registration/", participation.cancel_registration, name="registration-cancel"),
    path("<slug:slug>/desk/", desk.desk, name="desk"),
    path("<slug:slug>/desk/<int:day>/", desk.desk, name="desk-day"),
    path("<slug:slug>/desk/sessions/<int:pk>/", desk.move, name="desk-move"),
    path("<slug:slug>/desk/publish/", desk.publish, name="desk-publish"),
    path("<slug:slug>/desk/discard/", desk.discard, name="desk-discard"),
    path("<slug:slug>/desk/import/", imports.upload, name="desk-import"),
    path("<slug:slug>/desk/import/preview/", imports.preview, name="desk-import-preview"),
    path("<slug:slug>/desk/import/template.csv", imports.csv_template, name="desk-import-template"),
    path("<slug:slug>/desk/messages/", messages.message_list, name="desk-messages"),
    path("<slug:slug>/messages/<int:pk>/", messages.message_detail, name="message-detail"),
    path("<slug:slug>/sessions/<int:pk>/", detail.SessionDetailView.as_view(), name="session-detail"),
    path("<slug:slug>/sessions/<int:pk>/calendar.ics", exports.session_ical, name="session-ical"),
    path("<slug:slug>/sessions/<int:pk>/star/", participation.toggle_star, name="session-star"),
]
