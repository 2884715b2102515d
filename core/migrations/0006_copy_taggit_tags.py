"""The tags written so far (django-taggit's own tables) move to the translated tags, same ids, names and slugs:
their names were Bulgarian, so they become the Bulgarian names; English names are added by the moderators."""

from django.core.management.color import no_style
from django.db import migrations


def copy_tags(apps, schema_editor):
    OldTag = apps.get_model("taggit", "Tag")
    OldTaggedItem = apps.get_model("taggit", "TaggedItem")
    Tag = apps.get_model("core", "Tag")
    TaggedItem = apps.get_model("core", "TaggedItem")
    Tag.objects.bulk_create(
        [Tag(pk=tag.pk, name=tag.name, name_bg=tag.name, slug=tag.slug) for tag in OldTag.objects.all()],
        ignore_conflicts=True,
    )
    TaggedItem.objects.bulk_create(
        [
            TaggedItem(content_type_id=item.content_type_id, object_id=item.object_id, tag_id=item.tag_id)
            for item in OldTaggedItem.objects.all()
        ],
        ignore_conflicts=True,
    )
    OldTaggedItem.objects.all().delete()
    OldTag.objects.all().delete()
    # Rows inserted with their ids leave PostgreSQL's sequence behind; move it past them.
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        for statement in connection.ops.sequence_reset_sql(no_style(), [Tag, TaggedItem]):
            cursor.execute(statement)


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0005_translated_tags"),
        ("taggit", "0006_rename_taggeditem_content_type_object_id_taggit_tagg_content_8fc721_idx"),
    ]

    operations = [migrations.RunPython(copy_tags, migrations.RunPython.noop)]
