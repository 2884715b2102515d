"""Named rows an object links to and lists on its page or card (a practice's partners, themes, target groups and
tags; a film's organisations, themes and tags), read for many objects and relations in one query.

A page listing four relations would otherwise cost a prefetch query each. `with_listed` reads them all as one UNION
ALL over the link tables (core.united), each branch giving the same columns (object, named row's pk, slug, Bulgarian
and English name, position), and sets `listed_<relation>` on each object: the named rows, in their model's ordering,
holding only the fields their name and link need. A row named by a title (a film's practices) is listed by its
title, and a publishable one only once published.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, Value
from taggit.managers import TaggableManager

from core.enums import PublicationStatus
from core.models import PublishableModel
from core.united import UnitedRead, read_together

# What each branch gives (core.united): the object's pk, the named row's pk, slug and names, and its position.
COLUMNS = ("listed_owner", "listed_pk", "listed_slug", "listed_name_bg", "listed_name_en", "listed_position")


def with_listed(wanted):
    """Set `listed_<relation>` on objects. `wanted` maps each relation (a many-to-many field or the tags of the
    objects' model) to the objects that show it: {"themes": cards, "tags": [practice]}."""
    read_together(listed(wanted))


def listed(wanted):
    """`with_listed` as a UnitedRead, to share its query with other reads of the page (core.united)."""
    wanted = {relation: list(objects) for relation, objects in wanted.items() if objects}
    for relation, objects in wanted.items():
        for obj in objects:
            setattr(obj, f"listed_{relation}", [])
    relations = list(wanted)
    models = {relation: _named_model(type(wanted[relation][0]), relation) for relation in relations}
    held = {(relation, obj.pk): obj for relation, objects in wanted.items() for obj in objects}

    def apply(rows):
        for relation, branch in zip(relations, rows, strict=True):
            model, base = models[relation], _name_of(models[relation])
            for owner_id, pk, slug, name_bg, name_en, position in branch:
                named = model(pk=pk, slug=slug, **{f"{base}_bg": name_bg, f"{base}_en": name_en})
                if _has_position(model):
                    named.position = position
                getattr(held[(relation, owner_id)], f"listed_{relation}").append(named)
        for (relation, _pk), obj in held.items():
            ordering = _ordering(models[relation])
            getattr(obj, f"listed_{relation}").sort(key=lambda named: tuple(getattr(named, name) for name in ordering))

    return UnitedRead([_rows(relation, wanted[relation]) for relation in relations], COLUMNS, apply)


def _name_of(model):
    """The translated field a listed row is named by: its name, or its title (a practice)."""
    return "name" if any(field.name == "name" for field in model._meta.fields) else "title"


def _ordering(model):
    """The model's ordering where it is by what a listed row holds (position, name, slug); else by the name in the
    page language (practices, ordered by publication, are listed by title)."""
    held = {"position", "slug", _name_of(model)}
    ordering = list(model._meta.ordering)
    return ordering if ordering and set(ordering) <= held else [_name_of(model)]


def _named_model(owner_model, relation):
    return owner_model._meta.get_field(relation).related_model


def _has_position(model):
    return "position" in model._meta.ordering


def _rows(relation, objects):
    """The COLUMNS of one relation of `objects`."""
    owner_model = type(objects[0])
    field = owner_model._meta.get_field(relation)
    ids = [obj.pk for obj in objects]
    if isinstance(field, TaggableManager):
        links = field.through.objects.filter(
            content_type=ContentType.objects.get_for_model(owner_model), object_id__in=ids
        )
        owner, target = "object_id", "tag"
    else:
        links = field.remote_field.through.objects.filter(**{f"{field.m2m_field_name()}_id__in": ids})
        owner, target = f"{field.m2m_field_name()}_id", field.m2m_reverse_field_name()
    model = field.related_model
    position = F(f"{target}__position") if _has_position(model) else Value(0)
    if issubclass(model, PublishableModel):
        links = links.filter(**{f"{target}__status": PublicationStatus.PUBLISHED})
    base = _name_of(model)
    columns = (F(owner), F(f"{target}_id"), *(F(f"{target}__{name}") for name in ("slug", f"{base}_bg", f"{base}_en")))
    return links.order_by().annotate(**dict(zip(COLUMNS, (*columns, position), strict=True))).values(*COLUMNS)
