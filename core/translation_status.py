"""Which translations an editor still owes: per object and translated text field, the other language's version is
*missing* (empty while this one is written) or *outdated* (its source text changed after it was last saved).

When a translation is saved in the admin, a `TranslationStamp` keeps a hash of the source text (the other
language's) as it was then; every later save of the object marks the stamp outdated when that source has changed.
`TranslatedAdmin` (core.admin) shows the status on each change form, offers the "needs translation" filter on the
changelist, and the admin index counts what needs translating per language (`backlog`).
"""

import hashlib

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _
from modeltranslation.translator import NotRegistered, translator

from core.models import TranslationStamp

LANGUAGES = [code for code, _name in settings.LANGUAGES]
MISSING = "missing"
OUTDATED = "outdated"


def other(language):
    return next(code for code in LANGUAGES if code != language)


def text_fields(model):
    """The names of `model`'s translated text fields ("title", "summary", ...); none when it is not translated."""
    try:
        options = translator.get_options_for_model(model)
    except NotRegistered:
        return []
    return [
        name for name in options.fields if isinstance(model._meta.get_field(name), models.CharField | models.TextField)
    ]


def _digest(text):
    return hashlib.sha256((text or "").encode()).hexdigest()


def _stamp(content_type, obj, field, language, source):
    TranslationStamp.objects.update_or_create(
        content_type=content_type,
        object_id=obj.pk,
        field=field,
        language=language,
        defaults={"source_hash": _digest(source), "is_outdated": False},
    )


def record_translations(*, obj, previous):
    """After an admin save of `obj` (`previous`: the form's initial values, by name like "summary_en"): stamp the
    versions just saved, and mark outdated those whose source text is no longer what they were written from.

    A version saved while it was behind (missing or outdated) catches up with the other, which stays up to date;
    a version changed while it was up to date is a new source: the other language's version becomes outdated.
    """
    content_type = ContentType.objects.get_for_model(obj)
    stamps = {
        (stamp.field, stamp.language): stamp
        for stamp in TranslationStamp.objects.filter(content_type=content_type, object_id=obj.pk)
    }
    for field in text_fields(type(obj)):
        for language in LANGUAGES:
            name, source_language = f"{field}_{language}", other(language)
            value, source = getattr(obj, name), getattr(obj, f"{field}_{source_language}")
            before = previous.get(name) or ""
            if not value or (value == before and name in previous):
                continue
            stamp = stamps.get((field, language))
            was_behind = not before or (stamp is not None and stamp.is_outdated)
            _stamp(content_type, obj, field, language, source)
            if source and was_behind:
                _stamp(content_type, obj, field, source_language, value)
            elif source and (field, source_language) not in stamps:
                # The other version was written before stamps were kept: from the text this one had until now.
                _stamp(content_type, obj, field, source_language, before)
    for stamp in TranslationStamp.objects.filter(content_type=content_type, object_id=obj.pk, is_outdated=False):
        if stamp.field in text_fields(type(obj)):
            source = getattr(obj, f"{stamp.field}_{other(stamp.language)}")
            if _digest(source) != stamp.source_hash:
                stamp.is_outdated = True
                stamp.save(update_fields=["is_outdated"])


def status(obj):
    """[(field label, language, MISSING or OUTDATED)] for `obj`, in field order, in one query."""
    outdated = set(
        TranslationStamp.objects.filter(
            content_type=ContentType.objects.get_for_model(obj), object_id=obj.pk, is_outdated=True
        ).values_list("field", "language")
    )
    rows = []
    for field in text_fields(type(obj)):
        label = type(obj)._meta.get_field(field).verbose_name
        for language in LANGUAGES:
            value, source = getattr(obj, f"{field}_{language}"), getattr(obj, f"{field}_{other(language)}")
            if source and not value:
                rows.append((label, language, MISSING))
            elif (field, language) in outdated:
                rows.append((label, language, OUTDATED))
    return rows


def needing(queryset, language):
    """The rows of `queryset` whose `language` version of some text field is missing or outdated."""
    model = queryset.model
    condition = Q()
    for field in text_fields(model):
        written = ~Q(**{f"{field}_{other(language)}": ""}) & Q(**{f"{field}_{other(language)}__isnull": False})
        empty = Q(**{f"{field}_{language}": ""}) | Q(**{f"{field}_{language}__isnull": True})
        condition |= written & empty
    outdated = TranslationStamp.objects.filter(
        content_type=ContentType.objects.get_for_model(model),
        object_id=OuterRef("pk"),
        language=language,
        is_outdated=True,
    )
    return queryset.filter(condition | Exists(outdated))


STATUS_LABELS = {MISSING: _("missing"), OUTDATED: _("outdated: the other language changed since")}
