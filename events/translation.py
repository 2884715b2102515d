from modeltranslation.translator import TranslationOptions, register

from .models import Event, Person, ProgrammeChange, ProgrammeDay, Room, Session, SessionMaterial


@register(Event)
class EventTranslationOptions(TranslationOptions):
    fields = ("title", "summary", "description", "target_audience", "venue_name", "venue_address", "city", "cover_alt")


@register(ProgrammeDay)
class ProgrammeDayTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(Room)
class RoomTranslationOptions(TranslationOptions):
    fields = ("name",)


@register(Session)
class SessionTranslationOptions(TranslationOptions):
    fields = ("title", "description", "parallel_group")


@register(Person)
class PersonTranslationOptions(TranslationOptions):
    fields = ("name", "position_title", "bio")


@register(SessionMaterial)
class SessionMaterialTranslationOptions(TranslationOptions):
    fields = ("title",)


@register(ProgrammeChange)
class ProgrammeChangeTranslationOptions(TranslationOptions):
    fields = ("description",)
