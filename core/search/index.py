"""Writing the search index: what each source declares, turned into entries, documents, postings and facets.

Saving, deleting or relinking an indexed object (or a model a source `follows`) re-indexes it when the transaction
commits; a rolled-back transaction changes nothing. `rebuild()` writes the whole index again, batch by batch.
"""

import datetime
from functools import partial

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import translation
from django_tasks import task

from core.search import BODY, SUMMARY, TITLE, sources
from core.search.models import SearchDocument, SearchEntry, SearchFacet, SearchPosting, SearchTerm
from core.search.text import is_cyrillic, roots, terms, words

# What a document keeps for snippets and phrases; its terms come from the whole text.
MAX_STORED_TEXT = 20_000
MAX_TITLE = 300
BATCH = 500


def _read(obj, name, language):
    """A field in `language` (its own value, no fallback) or, untranslated, as it is; or a function's result."""
    if callable(name):
        return name(obj, language) or ""
    if hasattr(obj, f"{name}_{language}"):
        return getattr(obj, f"{name}_{language}") or ""
    return getattr(obj, name) or ""


def _languages(source, obj):
    if source.languages:
        return source.languages(obj)
    if isinstance(source.title, str) and hasattr(obj, f"{source.title}_{settings.LANGUAGE_CODE}"):
        return [code for code, _name in settings.LANGUAGES]
    return ["bg" if is_cyrillic(_read(obj, source.title, "bg")) else "en"]


def _dated(source, obj):
    value = getattr(obj, source.dated) if source.dated else None
    if isinstance(value, datetime.date) and not isinstance(value, datetime.datetime):
        value = datetime.datetime.combine(value, datetime.time(), tzinfo=datetime.UTC)
    return value


def _describe(source, obj):
    """The object's documents (one per language it has text in), term weights and facets."""
    documents, weights = [], {}
    for language in _languages(source, obj):
        title = str(_read(obj, source.title, language)).strip()
        summary = "\n".join(str(_read(obj, name, language)) for name in source.summary).strip()
        body = "\n".join(str(_read(obj, name, language)) for name in source.body)
        if source.extra:
            body = f"{body}\n{source.extra(obj, language)}"  # nosec B610 - not QuerySet.extra
        body = body.strip()
        if not title:
            continue
        with translation.override(language):
            url = source.url(obj) if source.url else obj.get_absolute_url()
        in_language = {}
        indexed_title = title if source.title_is_indexed else ""
        for weight, text in ((TITLE, indexed_title), (SUMMARY, summary), (BODY, body)):
            for term in set(terms(text)):
                in_language[term] = in_language.get(term, 0) + weight
        for term, weight in in_language.items():
            weights[term] = max(weights.get(term, 0), weight)
        for term, weight in in_language.items():
            for root in roots(term):
                # The word it was made from counts half: "иновация" finds "иновационен" below "иновации".
                weights[root] = max(weights.get(root, 0), weight // 2)
        text = f"{summary}\n{body}".strip()
        folded = " ".join(words(f"{indexed_title} {text}"))
        documents.append(
            SearchDocument(
                language=language, title=title[:MAX_TITLE], url=url, text=text[:MAX_STORED_TEXT], folded=f" {folded} "
            )
        )
    facets = {("kind", source.kind)} | {("language", document.language) for document in documents}
    facets |= {("country", str(code)) for code in source.countries(obj) if code}
    facets |= {("theme", str(slug)) for slug in source.themes(obj) if slug}
    return documents, weights, facets


def index(source, objects):
    """Write the entries of `objects` (public objects of `source`), replacing what the index held for them."""
    objects = list(objects)
    if not objects:
        return
    content_type = ContentType.objects.get_for_model(source.model)
    forget(content_type, [obj.pk for obj in objects])
    described = [(obj, *_describe(source, obj)) for obj in objects]
    described = [row for row in described if row[1]]
    entries = SearchEntry.objects.bulk_create(
        SearchEntry(content_type=content_type, object_id=obj.pk, kind=source.kind, dated=_dated(source, obj))
        for obj, *_rest in described
    )
    documents, postings, facets = [], [], []
    for entry, (_obj, entry_documents, weights, entry_facets) in zip(entries, described, strict=True):
        for document in entry_documents:
            document.entry = entry
            documents.append(document)
        postings += [SearchPosting(entry=entry, term=term[:64], weight=weight) for term, weight in weights.items()]
        facets += [SearchFacet(entry=entry, name=name, value=value[:64]) for name, value in entry_facets]
    SearchDocument.objects.bulk_create(documents, batch_size=BATCH)
    SearchPosting.objects.bulk_create(postings, batch_size=5 * BATCH)
    SearchTerm.objects.bulk_create(
        (SearchTerm(term=term) for term in {posting.term for posting in postings}),
        batch_size=5 * BATCH,
        ignore_conflicts=True,
    )
    SearchFacet.objects.bulk_create(facets, batch_size=BATCH)


def forget(content_type, pks):
    """Take the entries of these objects out of the index."""
    entries = SearchEntry.objects.filter(content_type=content_type, object_id__in=list(pks))
    for table in (SearchPosting, SearchFacet, SearchDocument):
        table.objects.filter(entry__in=entries).delete()
    entries.delete()


def refresh(model, pks):
    """Index again the objects of `model` with these primary keys: the public ones written anew, the rest taken
    out (deleted, unpublished, hidden)."""
    pks = set(pks)
    for source in sources():
        if source.model is model:
            public = list(source.objects().filter(pk__in=pks))
            index(source, public)
            forget(ContentType.objects.get_for_model(model), pks - {obj.pk for obj in public})


def rebuild(*, progress=None):
    """Write the whole index again; `progress(kind, done, total)` is told after each batch."""
    with connection.cursor() as cursor:
        for table in (SearchPosting, SearchFacet, SearchDocument, SearchEntry, SearchTerm):
            cursor.execute(f"DELETE FROM {table._meta.db_table}")  # nosec B608
    for source in sources():
        queryset = source.objects()
        total, batch, done = queryset.count(), [], 0
        for obj in queryset.iterator(chunk_size=BATCH):
            batch.append(obj)
            if len(batch) == BATCH:
                done += _index_batch(source, batch)
                batch = []
                if progress:
                    progress(source.kind, done, total)
        done += _index_batch(source, batch)
        if progress:
            progress(source.kind, done, total)
    _refresh_statistics()


# The planner's view of the index after it was written anew. Without it, PostgreSQL guessed ~480 documents per
# entry until autovacuum came round and fetched a result page's 20 documents with a parallel scan (2 -> 15-50 ms a
# search); a VACUUM also lets the postings' index answer without visiting the table.
_TABLES = (SearchEntry, SearchDocument, SearchPosting, SearchFacet, SearchTerm)


def _refresh_statistics():
    # VACUUM cannot run in a transaction (a test's); ANALYZE alone can, on both databases.
    command = "VACUUM ANALYZE" if connection.vendor == "postgresql" and not connection.in_atomic_block else "ANALYZE"
    with connection.cursor() as cursor:
        for model in _TABLES:
            cursor.execute(f"{command} {model._meta.db_table}")  # nosec B608


def _index_batch(source, batch):
    with transaction.atomic():
        index(source, batch)
    return len(batch)


def content_count():
    """How many objects the sources' models hold, public or not: it changes when content is added or removed."""
    return sum(source.model._default_manager.count() for source in sources())


def is_empty():
    return not SearchEntry.objects.exists()


# Keeping the index current.


def watch():
    """Connect the receivers that re-index after a commit, for the models of the declared sources and the models
    they follow. Called once every app has declared its sources (from the shell's `ready()`, which runs last);
    receivers are per model so that deletes elsewhere stay fast deletes."""
    for source in sources():
        for model in (source.model, *source.follows):
            uid = f"core-search-{model._meta.label_lower}"
            post_save.connect(_written, sender=model, weak=False, dispatch_uid=f"{uid}-save")
            post_delete.connect(_written, sender=model, weak=False, dispatch_uid=f"{uid}-delete")
        for relation in source.model._meta.many_to_many:
            m2m_changed.connect(
                _relinked, sender=relation.remote_field.through, weak=False, dispatch_uid=f"core-search-{relation}"
            )


@task()
def rebuild_index():
    """The whole index written anew, by the worker: on a large portal it takes minutes."""
    rebuild()


def rebuild_if_empty(**kwargs):
    """After `migrate`: a database with content and no index yet (an existing portal updated to this version) has
    the worker build one."""
    if is_empty() and any(source.objects().exists() for source in sources()):
        rebuild_index.enqueue()


def _after_commit(model, pks):
    """Re-index these objects of `model` once the transaction commits; `pks` may be a function returning them,
    called then (a subtitle track's cues are written after the track)."""
    transaction.on_commit(partial(_refresh_later, model, pks))


def _refresh_later(model, pks):
    pks = {getattr(pk, "pk", pk) for pk in (pks() if callable(pks) else pks)}
    if pks:
        refresh(model, pks)


def _written(sender, instance, raw=False, **kwargs):
    if raw:
        return
    deleted = "created" not in kwargs  # post_delete sends no `created`
    for source in sources():
        if source.model is sender:
            _after_commit(sender, [instance.pk])
        if sender in source.follows:
            affected = partial(source.follows[sender], instance)
            # What a deleted object affected is read now, while it still has its key; what a saved one affects, at
            # the commit (a subtitle track's cues are written after the track).
            _after_commit(source.model, list(affected()) if deleted else partial(_if_saved, instance, affected))


def _if_saved(instance, affected):
    return affected() if instance.pk is not None else []


def _relinked(sender, instance, action, model, pk_set, **kwargs):
    if action not in {"post_add", "post_remove", "post_clear"}:
        return
    indexed = {source.model for source in sources()}
    if type(instance) in indexed:
        _after_commit(type(instance), [instance.pk])
    if model in indexed and pk_set:
        _after_commit(model, pk_set)
