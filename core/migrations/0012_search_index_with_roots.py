"""The index gains the roots of derived words (`core.search.text.roots`). An index written before holds none, so it
is emptied here: the `post_migrate` that follows finds content and no index and has the worker build it again
(`core.search.index.rebuild_if_empty`). A later change to what `terms()` or `roots()` give does the same with a
migration like this one."""

from django.db import migrations

TABLES = ("SearchPosting", "SearchFacet", "SearchDocument", "SearchEntry", "SearchTerm")


def empty_the_index(apps, schema_editor):
    for name in TABLES:
        schema_editor.execute(f"DELETE FROM {apps.get_model('core', name)._meta.db_table}")  # nosec B608


class Migration(migrations.Migration):
    dependencies = [("core", "0011_search_posting_best")]

    operations = [migrations.RunPython(empty_the_index, migrations.RunPython.noop, elidable=True)]
