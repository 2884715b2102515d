"""Named rows an object links to and lists on its page or card (a practice's partners, themes, target groups and
tags; a film's organisations, themes and tags), read for many objects and relations in one query.

A page listing four relations would otherwise cost a prefetch query each. `with_listed` reads them all as one UNION
ALL over the link tables, each branch giving the same columns (object, named row's pk, slug, Bulgarian and English
name, relation, position), and sets `listed_<relation>` on each object: the named rows, in their model's ordering,
holding only the fields their name and link need.
"""

from django.contrib.contenttypes.models import ContentType
from django.db.models import F, IntegerField, Value
from taggit.managers import TaggableManager

# What a listed row is read with; a model whose ordering uses "position" has it too (the curated terms).
NAME_FIELDS = ("slug", "name_bg", "name_en")


def with_listed(wanted):
    """Set `listed_<relation>` on objects. `wanted` maps each relation (a many-to-many field or the tags of the
    objects' model) to the objects that show it: {"themes": cards, "tags": [practice]}."""
    wanted = {relation: list(objects) for relation, objects in wanted.items() if objects}
    for relation, objects in wanted.items():
        for obj in objects:
            setattr(obj, f"listed_{relation}", [])
    if not wanted:
        return
    relations = list(wanted)
    branches = [_rows(number, relation, wanted[relation]) for number, relation in enumerate(relations)]
    models = {relation: _named_model(type(wanted[relation][0]), relation) for relation in relations}
    held = {(relation, obj.pk): obj for relation, objects in wanted.items() for obj in objects}
    for owner_id, pk, slug, name_bg, name_en, number, position in branches[0].union(*branches[1:], all=True):
        relation = relations[number]
        named = models[relation](pk=pk, slug=slug, name_bg=name_bg, name_en=name_en)
        if _has_position(models[relation]):
            named.position = position
        getattr(held[(relation, owner_id)], f"listed_{relation}").append(named)
    for (relation, _pk), obj in held.items():
        ordering = models[relation]._meta.ordering
        getattr(obj, f"listed_{relation}").sort(key=lambda named: tuple(getattr(named, name) for name in ordering))


def _named_model(owner_model, relation):
    return owner_model._meta.get_field(relation).related_model


def _has_position(model):
    return "position" in model._meta.ordering


def _rows(number, relation, objects):
    """(object's pk, named row's pk, slug, name_bg, name_en, `number`, position) for one relation of `objects`."""
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
    position = F(f"{target}__position") if _has_position(field.related_model) else Value(0)
    return (
        links.order_by()
        .values_list(owner, f"{target}_id", *(f"{target}__{name}" for name in NAME_FIELDS))
        .annotate(relation_number=Value(number, IntegerField()), listed_position=position)
    )
