"""Reading the search index: a query's words become groups of terms, the entries holding every group are ranked
by where the words are (title above summary above body), then by date, and counted by facet.

One SQL text serves SQLite and PostgreSQL, so both return the same results in the same order. It is built from the
models' table names and %s placeholders only: every value reaches the database as a parameter, which is why
bandit's B608 is silenced where it is built. Every step is a fixed number of queries whatever the number of
results: the terms the index knows (one query, a second for typos), the page of results, their number, the facet
counts and the page's documents.
"""

import re
from dataclasses import dataclass, field

from django.db import connection
from django.db.models import Count, Q
from django.db.models.functions import Collate
from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.search import source_for
from core.search.models import SearchDocument, SearchEntry, SearchFacet, SearchPosting, SearchTerm
from core.search.spelling import one_edit_away, to_cyrillic, to_latin
from core.search.text import WORD, fold, is_cyrillic, lemma, words

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
# Terms a typed beginning may stand for in autocomplete.
MAX_PREFIXED = 50
FACETS = ("kind", "language", "country", "theme")
PHRASE = re.compile(r"[\"„“”«»]([^\"„“”«»]+)[\"„“”«»]")
SNIPPET_WORDS = 30


@dataclass
class ParsedQuery:
    """The words of a query and the index terms each may be: an entry matches a word when it holds any of them."""

    words: list
    groups: list
    phrases: list
    corrections: dict = field(default_factory=dict)

    @property
    def terms(self):
        return set().union(*self.groups) if self.groups else set()

    @property
    def suggestion(self):
        """The query with the typing slips corrected, for "did you mean"; "" when nothing was corrected."""
        if not self.corrections:
            return ""
        return " ".join(self.corrections.get(word, word) for word in self.words)


def clean(text):
    """The query as the search reads it: no control characters, at most MAX_QUERY_LENGTH characters."""
    text = "".join(char if char.isprintable() else " " for char in (text or ""))
    return " ".join(text.split())[:MAX_QUERY_LENGTH]


def parse(text, *, prefix=False):
    """The query's words with the terms they may stand for: their lemma, the lemmas of their other-script
    spellings, and, for a word the index does not know, the known lemmas one typing slip away. With `prefix`
    (autocomplete), the last word may also be the beginning of a longer one."""
    text = clean(text)
    phrases = [" ".join(words(phrase)) for phrase in PHRASE.findall(text)]
    query_words = list(dict.fromkeys(words(text)))[:MAX_WORDS]
    spellings = {word: _spellings(word) for word in query_words}
    every = set().union(*spellings.values()) if spellings else set()
    known = set(SearchTerm.objects.filter(term__in=every).values_list("term", flat=True)) if every else set()
    groups = [spellings[word] & known for word in query_words]
    if prefix and query_words:
        groups[-1] |= _beginning_with(query_words[-1])
    corrections = _corrections([word for word, group in zip(query_words, groups, strict=True) if not group])
    groups = [group or corrections.get(word, (None, set()))[1] for word, group in zip(query_words, groups, strict=True)]
    return ParsedQuery(
        words=query_words,
        groups=groups,
        phrases=[phrase for phrase in phrases if phrase],
        corrections={word: spelled for word, (spelled, _terms) in corrections.items()},
    )


def _beginning_with(word):
    """Known terms that begin with the typed word or with its own term (typed "иновации", stored "иноваци")."""
    starts = {word, lemma(word)}
    condition = Q()
    for start in starts:
        condition |= Q(term__startswith=start)
    # Byte order on both databases (PostgreSQL's default collation would order Cyrillic otherwise), so the same
    # MAX_PREFIXED terms are chosen on both.
    binary = Collate("term", "C" if connection.vendor == "postgresql" else "BINARY")
    return set(SearchTerm.objects.filter(condition).order_by(binary).values_list("term", flat=True)[:MAX_PREFIXED])


def _spellings(word):
    found = {lemma(word)}
    if is_cyrillic(word):
        found.add(lemma(to_latin(word)))
    else:
        found |= {lemma(reading) for reading in to_cyrillic(word)}
    return {term[:64] for term in found}


def _corrections(unknown):
    """{word: (corrected word, {its term})} for unknown words with a known term one edit away, the commonest."""
    neighbours = {word: {lemma(edit): edit for edit in one_edit_away(word)} for word in unknown}
    every = set().union(*(set(found) for found in neighbours.values())) if neighbours else set()
    if not every:
        return {}
    counts = dict(
        SearchPosting.objects.filter(term__in=every)
        .values("term")
        .annotate(entries=Count("id"))
        .values_list("term", "entries")
    )
    corrections = {}
    for word, found in neighbours.items():
        ranked = sorted((term for term in found if term in counts), key=lambda term: (-counts[term], term))
        if ranked:
            corrections[word] = (found[ranked[0]], {ranked[0]})
    return corrections


# The ranked query.

POSTINGS = SearchPosting._meta.db_table
FACET_TABLE = SearchFacet._meta.db_table
DOCUMENTS = SearchDocument._meta.db_table
ENTRIES = SearchEntry._meta.db_table


def _matches_sql(parsed, filters, *, required):
    """A CTE `ranked(entry_id, matched, score)` of the entries matching at least `required` of the query's words,
    under the facet `filters` and the quoted phrases; with its parameters."""
    params = []
    cases = []
    every = []
    for number, group in enumerate(parsed.groups):
        if group:
            terms = sorted(group)
            cases.append(f"WHEN term IN ({', '.join(['%s'] * len(terms))}) THEN {number}")
            params += terms
            every += terms
    where = [f"term IN ({', '.join(['%s'] * len(every))})"]
    params += every
    for name, value in filters.items():
        where.append(f"entry_id IN (SELECT entry_id FROM {FACET_TABLE} WHERE name = %s AND value = %s)")  # nosec B608
        params += [name, value]
    sql = (
        "WITH hits AS ("  # nosec B608
        f" SELECT entry_id, CASE {' '.join(cases)} END AS grp, MAX(weight) AS weight FROM {POSTINGS}"
        f" WHERE {' AND '.join(where)} GROUP BY entry_id, grp"
        "), ranked AS ("
        " SELECT entry_id, COUNT(*) AS matched, SUM(weight) AS score FROM hits"
        " GROUP BY entry_id HAVING COUNT(*) >= %s"
    )
    params.append(required)
    for phrase in parsed.phrases:
        # Looked up only in the documents of the entries that hold every word, never across the whole table.
        sql += f" AND entry_id IN (SELECT entry_id FROM {DOCUMENTS} WHERE folded LIKE %s ESCAPE '!')"  # nosec B608
        params.append("% " + phrase.replace("!", "!!").replace("%", "!%").replace("_", "!_") + " %")
    return sql + ")", params


def _fetch(sql, params):
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        return cursor.fetchall()


@dataclass
class Hit:
    kind: str
    label: str
    title: str
    plain_title: str
    url: str
    snippet: str
    language: str


class SiteSearch:
    """The ranked results of one query, as a sequence a Paginator can page through: `count()` runs the count,
    a slice runs the page's query, and `facets` the counts by facet ({name: {value: number}}), each once.

    Every word must be matched; when no entry holds them all, those holding the most of them are shown and
    `all_words` is false.
    """

    def __init__(self, text, *, language, filters=None, prefix=False):
        self.parsed = parse(text, prefix=prefix)
        self.language = language
        self.filters = {name: value for name, value in (filters or {}).items() if name in FACETS and value}
        found = [group for group in self.parsed.groups if group]
        self.required = len(self.parsed.groups)
        self.empty = not found
        self.all_words = bool(found)
        self._number = None
        self._facets = None
        if found and len(found) == self.required:
            # The facet counts over every entry holding all the words tell whether there are any.
            self._facets = self._facet_counts()
        if found and not self._facets:
            self.required, self.all_words = 1, self.required == 1
            self._facets = None

    def _ranked(self, filters):
        return _matches_sql(self.parsed, filters, required=self.required)

    def _count(self, filters, required):
        sql, params = _matches_sql(self.parsed, filters, required=required)
        return _fetch(sql + " SELECT COUNT(*) FROM ranked", params)[0][0]  # nosec B608

    def count(self):
        if self._number is None:
            if self.empty:
                self._number = 0
            elif not self.filters:
                self._number = sum(self.facets.get("kind", {}).values())  # every entry has one kind
            else:
                self._number = self._count(self.filters, self.required)
        return self._number

    def __len__(self):
        return self.count()

    def __getitem__(self, items):
        if self.empty:
            return []
        offset, stop = items.start or 0, items.stop
        sql, params = self._ranked(self.filters)
        rows = _fetch(
            sql + f" SELECT r.entry_id FROM ranked r JOIN {ENTRIES} e ON e.id = r.entry_id"  # nosec B608
            " ORDER BY r.matched DESC, r.score DESC, (e.dated IS NULL), e.dated DESC, e.id LIMIT %s OFFSET %s",
            [*params, stop - offset, offset],
        )
        return _hits([row[0] for row in rows], self.parsed, self.language)

    @property
    def facets(self):
        """Counts by facet over every match, the filters left aside, so each option says what it would find."""
        if self._facets is None:
            self._facets = {} if self.empty else self._facet_counts()
        return self._facets

    def _facet_counts(self):
        sql, params = self._ranked({})
        counts = {}
        for name, value, number in _fetch(
            sql + f" SELECT f.name, f.value, COUNT(*) FROM {FACET_TABLE} f"  # nosec B608
            " JOIN ranked r ON r.entry_id = f.entry_id GROUP BY f.name, f.value",
            params,
        ):
            counts.setdefault(name, {})[value] = number
        return counts


def _hits(entry_ids, parsed, language):
    """The results for these entries, in this order, each in the page's language when it has a document in it."""
    chosen = {}
    for document in SearchDocument.objects.filter(entry_id__in=entry_ids).select_related("entry"):
        if document.entry_id not in chosen or document.language == language:
            chosen[document.entry_id] = document
    hits = []
    for entry_id in entry_ids:
        document = chosen.get(entry_id)
        if document is None:
            continue
        source = source_for(document.entry.kind)
        hits.append(
            Hit(
                kind=document.entry.kind,
                label=str(source.label) if source else document.entry.kind,
                title=highlight(document.title, parsed),
                plain_title=document.title,
                url=document.url,
                snippet=snippet(document.text, parsed),
                language=document.language,
            )
        )
    return hits


def _marks(word, parsed):
    folded = fold(word)
    return lemma(folded) in parsed.terms or any(folded in phrase.split() for phrase in parsed.phrases)


def highlight(text, parsed):
    """`text` escaped, with the words the query matched in <mark>."""
    out, last = [], 0
    for match in WORD.finditer(text):
        out.append(escape(text[last : match.start()]))
        word = escape(match.group())
        out.append(f"<mark>{word}</mark>" if _marks(match.group(), parsed) else word)
        last = match.end()
    out.append(escape(text[last:]))
    return mark_safe("".join(out))  # nosec B308 B703 - every piece escaped above


def snippet(text, parsed):
    """About SNIPPET_WORDS words of `text` around its first matched word, highlighted."""
    spans = list(WORD.finditer(text))
    first = next((n for n, match in enumerate(spans) if _marks(match.group(), parsed)), 0)
    start = max(0, first - SNIPPET_WORDS // 3)
    end = min(len(spans), start + SNIPPET_WORDS)
    if not spans:
        return ""
    begin = spans[start].start() if start > 0 else 0
    finish = spans[end - 1].end() if end < len(spans) else len(text)
    piece = highlight(" ".join(text[begin:finish].split()), parsed)
    prefix = "… " if start > 0 else ""
    suffix = " …" if end < len(spans) else ""
    return mark_safe(f"{prefix}{piece}{suffix}")  # nosec B308 B703 - highlight() escapes
