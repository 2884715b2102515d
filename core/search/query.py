"""Reading the search index: a query's words become groups of terms, the entries holding every group are ranked
by where the words are (title above summary above body), then by date, and counted by facet.

One SQL text serves SQLite and PostgreSQL, so both return the same results in the same order. It is built from the
models' table names and %s placeholders only: every value reaches the database as a parameter, which is why
bandit's B608 is silenced where it is built. A search is a fixed number of queries whatever the number of
results: the terms the index knows (one query, a second for typos), the ranked candidates with the counts by
facet, and the page's documents.
"""

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from itertools import islice

from django.db import connection
from django.db.models import Exists, OuterRef, Q
from django.db.models.functions import Collate
from django.utils.safestring import mark_safe

from core.search import source_for
from core.search.models import SearchDocument, SearchEntry, SearchFacet, SearchPosting, SearchTerm
from core.search.spelling import one_edit_away, to_cyrillic, to_latin
from core.search.text import STOP_WORDS, WORD, fold, is_cyrillic, lemma, roots, words

MAX_QUERY_LENGTH = 200
MAX_WORDS = 8
# Unknown words a query has corrected for typing slips: each costs the lemmas of its thousand-odd neighbours
# (about 0.15 s for a long word), so a query of eight long unknown words would cost seconds.
MAX_CORRECTED = 2
# Terms a typed beginning may stand for in autocomplete.
MAX_PREFIXED = 50
# Entries a query word brings to the ranking, shared among the terms it may stand for: the entries holding the
# word with the highest weight. Below it, results and counts are exact; above it (a word in most of the index),
# they are the best of these, so the commonest words cost no more than rare ones.
MAX_CANDIDATES = 500
MIN_PER_TERM = 20
# A word's capped terms a candidate is probed for one by one; above this many, one read of its postings is cheaper.
PROBED_APART = 4
FACETS = ("kind", "language", "country", "theme")
PHRASE = re.compile(r"[\"„“”«»]([^\"„“”«»]+)[\"„“”«»]")
SNIPPET_WORDS = 30
# Words of a text looked through for the first match (a long document's later pages are not).
SNIPPET_SCAN = 1000
POSTINGS = SearchPosting._meta.db_table
FACET_TABLE = SearchFacet._meta.db_table
DOCUMENTS = SearchDocument._meta.db_table
ENTRIES = SearchEntry._meta.db_table
TERMS = SearchTerm._meta.db_table


@dataclass
class ParsedQuery:
    """The words of a query and the index terms each may be: an entry matches a word when it holds any of them."""

    words: list
    groups: list
    phrases: list
    corrections: dict = field(default_factory=dict)
    # Per group: its terms holding more entries than each brings to the ranking (empty: the group brings them all).
    capped: list = field(default_factory=list)
    marked: dict = field(default_factory=dict, repr=False, compare=False)

    @cached_property
    def terms(self):
        return frozenset().union(*self.groups) if self.groups else frozenset()

    def marks(self, word):
        """Whether a word of a text is one the query matched (remembered per query: a page's snippets repeat words)."""
        marked = self.marked
        if word not in marked:
            folded, terms = _word_terms(word)
            marked[word] = not terms.isdisjoint(self.terms) or any(folded in phrase.split() for phrase in self.phrases)
        return marked[word]

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
    query_words = list(dict.fromkeys(word for word in words(text) if not _typed_stop_word(word)))[:MAX_WORDS]
    spellings = {word: _spellings(word) for word in query_words}
    every = set().union(*spellings.values()) if spellings else set()
    held = _held(every)
    groups = [spellings[word] & set(held) for word in query_words]
    if prefix and query_words:
        groups[-1] |= _beginning_with(query_words[-1])
    corrections = _corrections([word for word, group in zip(query_words, groups, strict=True) if not group])
    for _spelled, _terms, counts in corrections.values():
        held.update(counts)
    groups = [
        group or corrections.get(word, (None, set(), {}))[1] for word, group in zip(query_words, groups, strict=True)
    ]
    return ParsedQuery(
        words=query_words,
        groups=groups,
        phrases=[phrase for phrase in phrases if phrase],
        corrections={word: spelled for word, (spelled, _terms, _counts) in corrections.items()},
        # A term not counted (a typed beginning) may hold any number of entries.
        capped=[{term for term in group if held.get(term, MAX_CANDIDATES + 1) > _per_term(group)} for group in groups],
    )


def _typed_stop_word(word):
    """A Bulgarian stop word typed in Latin letters ("za", "na", "ot"): left out of the query as "за" is, or a query
    such as "grizha za vazrastni" would have a word no entry holds."""
    if is_cyrillic(word):
        return False
    readings = to_cyrillic(word)
    return bool(readings) and readings[0] in STOP_WORDS


def _held(terms):
    """{term: the number of entries holding it, counted up to MAX_CANDIDATES + 1} for the terms the index knows."""
    if not terms:
        return {}
    terms = sorted(terms)
    sql = (
        f"SELECT t.term, (SELECT COUNT(*) FROM (SELECT 1 FROM {POSTINGS} p WHERE p.term = t.term LIMIT %s) AS held)"  # nosec B608
        f" FROM {TERMS} t WHERE t.term IN ({', '.join(['%s'] * len(terms))})"
    )
    return dict(_fetch(sql, [MAX_CANDIDATES + 1, *terms]))


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
    found |= {root for term in found for root in roots(term)}
    return {term[:64] for term in found}


def _corrections(unknown):
    """{word: (corrected word, {its term}, {its term: entries})} for unknown words with a known term one edit
    away, the commonest (counted up to MAX_CANDIDATES + 1; ties go to the first in code-point order). Only the first
    MAX_CORRECTED unknown words are looked at."""
    neighbours = {word: {lemma(edit): edit for edit in one_edit_away(word)} for word in unknown[:MAX_CORRECTED]}
    every = set().union(*(set(found) for found in neighbours.values())) if neighbours else set()
    counts = _held(every)
    corrections = {}
    for word, found in neighbours.items():
        ranked = sorted((term for term in found if counts.get(term)), key=lambda term: (-counts[term], term))
        if ranked:
            corrections[word] = (found[ranked[0]], {ranked[0]}, {ranked[0]: counts[ranked[0]]})
    return corrections


# The ranked query.


def _per_term(group):
    """How many entries each term of a group brings to the ranking: the group's share of MAX_CANDIDATES."""
    return max(MIN_PER_TERM, MAX_CANDIDATES // max(1, len(group)))


def _ranked_sql(parsed, *, filters):
    """The ranked query and its parameters. Its rows are (shape, entry_id, matched, number, name, value), of three
    shapes:

    - "entry": an entry holding `matched` of the words and every filter; `number` is its place in the ranking;
    - "facet": `number` entries holding `matched` words have the facet `name` = `value`;
    - "held": `number` entries hold `matched` words.

    The candidates are, for each term of the query, the entries holding it with the highest weight, at most the
    group's share of MAX_CANDIDATES: an entry holding every word is among them unless every word is that common.
    Each candidate then gets, per word, the highest weight of the word's terms it holds, so `matched` counts the
    words it holds and `score` adds their weights. A term's weight is read from its candidates when they hold every
    entry with the term (a term below the bound) or hold this entry; otherwise it costs an index probe by (term,
    entry). A probe for several terms at once would read every posting of the entry, which pays only for a word with
    more than PROBED_APART such terms (a typed beginning). The bound keeps a query for the commonest words as fast
    as one for rare ones, on both databases. The candidates are ranked once, in a materialised CTE that the three
    shapes read, so the database counts the facets and only the entries' numbers come back.
    """
    params, candidates, known, weights, probe_params = [], [], [], [], []
    for number, group in enumerate(parsed.groups):
        if not group:
            continue
        sources = {}
        for term in sorted(group):
            sources[term] = source = len(candidates)
            candidates.append(
                f"SELECT entry_id, weight, {number} AS word, {source} AS source FROM (SELECT entry_id,"  # nosec B608
                f" weight FROM {POSTINGS} WHERE term = %s ORDER BY weight DESC, entry_id DESC LIMIT %s) AS c{source}"
            )
            params += [term, _per_term(group)]
        known.append(f"MAX(CASE WHEN word = {number} THEN weight END) AS k{number}")
        capped = sorted(parsed.capped[number])
        probe = f"SELECT MAX(p.weight) FROM {POSTINGS} p WHERE p.entry_id = k.entry_id"  # nosec B608
        if not capped:
            weights.append(f"k{number} AS w{number}")
        elif len(group) == 1:
            # COALESCE reads its second argument only when the first is NULL, on both databases.
            weights.append(f"COALESCE(k{number}, ({probe} AND p.term = %s)) AS w{number}")
            probe_params += capped
        elif len(capped) > PROBED_APART:
            weights.append(f"({probe} AND p.term IN ({', '.join(['%s'] * len(group))})) AS w{number}")
            probe_params += sorted(group)
        else:
            # `among{source}` is 1 when the entry is among that capped term's candidates, which then hold its weight.
            known += [f"MAX(CASE WHEN source = {sources[term]} THEN 1 END) AS among{sources[term]}" for term in capped]
            unread = [f"k.among{sources[term]} IS NULL" for term in capped]
            # MAX over rows leaves NULLs out on both databases (SQLite's max(a, b) is NULL if either is).
            probes = "".join(f" UNION ALL {probe} AND p.term = %s AND {condition}" for condition in unread)
            weights.append(
                f"CASE WHEN {' OR '.join(unread)} THEN (SELECT MAX(weight) FROM (SELECT k.k{number} AS weight{probes})"  # nosec B608
                f" AS probed) ELSE k{number} END AS w{number}"
            )
            probe_params += capped
    params += probe_params
    columns = [f"w{number}" for number, group in enumerate(parsed.groups) if group]
    matched = " + ".join(f"(CASE WHEN {column} IS NULL THEN 0 ELSE 1 END)" for column in columns)
    score = " + ".join(f"COALESCE({column}, 0)" for column in columns)
    phrases = ""
    for phrase in parsed.phrases:
        # Looked up only in the documents of the candidates, never across the whole table.
        phrases += (
            f" AND EXISTS (SELECT 1 FROM {DOCUMENTS} d"  # nosec B608
            " WHERE d.entry_id = s.entry_id AND d.folded LIKE %s ESCAPE '!')"
        )
        params.append("% " + phrase.replace("!", "!!").replace("%", "!%").replace("_", "!_") + " %")
    narrowed = ""
    for name, value in sorted(filters.items()):
        narrowed += (
            f" AND EXISTS (SELECT 1 FROM {FACET_TABLE} n"  # nosec B608
            " WHERE n.entry_id = r.entry_id AND n.name = %s AND n.value = %s)"
        )
        params += [name, value]
    sql = (
        f"WITH candidates AS ({' UNION ALL '.join(candidates)}),"  # nosec B608
        f" known AS (SELECT entry_id, {', '.join(known)} FROM candidates GROUP BY entry_id),"
        f" scored AS MATERIALIZED (SELECT k.entry_id, {', '.join(weights)} FROM known k),"
        f" ranked AS MATERIALIZED (SELECT s.entry_id, s.matched,"
        # Words matched, then weight, then newer first (undated last), then the older entry first.
        " ROW_NUMBER() OVER (ORDER BY s.matched DESC, s.score DESC, (e.dated IS NULL), e.dated DESC, e.id) AS position"
        f" FROM (SELECT entry_id, {matched} AS matched, {score} AS score FROM scored) s"
        f" JOIN {ENTRIES} e ON e.id = s.entry_id WHERE s.matched >= 1{phrases})"
        f" SELECT 'entry', r.entry_id, r.matched, r.position, NULL, NULL FROM ranked r WHERE 1 = 1{narrowed}"
        f" UNION ALL SELECT 'facet', NULL, r.matched, COUNT(*), f.name, f.value FROM ranked r"
        f" JOIN {FACET_TABLE} f ON f.entry_id = r.entry_id GROUP BY r.matched, f.name, f.value"
        " UNION ALL SELECT 'held', NULL, r.matched, COUNT(*), NULL, NULL FROM ranked r GROUP BY r.matched"
    )
    return sql, params


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
    """The ranked results of one query, as a sequence a Paginator can page through, and `facets`, the counts by
    facet ({name: {value: number}}). One query ranks the candidates and counts their facets; a page's slice reads
    its documents.

    Every word must be matched; when no entry holds them all, those holding the most of them are shown and
    `all_words` is false. `complete` is false when the words are so common that only the best-weighted
    MAX_CANDIDATES entries per word were ranked and counted.
    """

    def __init__(self, text, *, language, filters=None, prefix=False):
        self.parsed = parse(text, prefix=prefix)
        self.language = language
        self.filters = {name: value for name, value in (filters or {}).items() if name in FACETS and value}
        found = [group for group in self.parsed.groups if group]
        self.empty = not found
        self.all_words = bool(found) and len(found) == len(self.parsed.groups)
        self._matches = None
        self._facets = None
        self.complete = True
        if not self.empty:
            self._read()

    def _read(self):
        sql, params = _ranked_sql(self.parsed, filters=self.filters)
        entries, facets, held = [], {}, Counter()
        for shape, entry_id, matched, number, name, value in _fetch(sql, params):
            if shape == "entry":
                entries.append((number, entry_id, matched))
            elif shape == "facet":
                facets.setdefault(matched, []).append((name, value, number))
            else:
                held[matched] = number
        every = len(self.parsed.groups)
        capped = [bool(self.parsed.capped[number]) for number, group in enumerate(self.parsed.groups) if group]
        if self.all_words and held[every]:
            levels, self.complete = {every}, not all(capped)
        else:
            levels, self.complete = set(held), not any(capped)
            self.all_words = self.all_words and bool(held[every])
        counts = {}
        for level in levels:
            for name, value, number in facets.get(level, ()):
                counts.setdefault(name, {})
                counts[name][value] = counts[name].get(value, 0) + number
        self._facets = counts
        self._matches = [entry_id for _position, entry_id, matched in sorted(entries) if matched in levels]

    def count(self):
        return len(self._matches) if self._matches is not None else 0

    def __len__(self):
        return self.count()

    def __getitem__(self, items):
        if self.empty:
            return []
        return _hits(self._matches[items], self.parsed, self.language)

    @property
    def facets(self):
        """Counts by facet over every match, the filters left aside, so each option says what it would find."""
        return self._facets or {}


def _hits(entry_ids, parsed, language):
    """The results for these entries, in this order, each in the page's language when it has a document in it."""
    in_language = SearchDocument.objects.filter(entry_id=OuterRef("entry_id"), language=language)
    documents = SearchDocument.objects.filter(entry_id__in=entry_ids).filter(
        Q(language=language) | ~Exists(in_language)
    )
    chosen = {}
    # An entry without a document in the page's language shows the first of its others.
    for row in documents.order_by("language").values_list(
        "entry_id", "entry__kind", "title", "url", "text", "language"
    ):
        chosen.setdefault(row[0], row)
    hits = []
    for entry_id in entry_ids:
        if entry_id not in chosen:
            continue
        _entry_id, kind, title, url, text, document_language = chosen[entry_id]
        source = source_for(kind)
        hits.append(
            Hit(
                kind=kind,
                label=str(source.label) if source else kind,
                title=highlight(title, parsed),
                plain_title=title,
                url=url,
                snippet=snippet(text, parsed),
                language=document_language,
            )
        )
    return hits


@lru_cache(maxsize=100_000)
def _word_terms(word):
    """A word of a text as the index holds it: folded, and its terms (its own and those of its roots)."""
    folded = fold(word)
    term = lemma(folded)
    return folded, frozenset({term, *roots(term)})


def highlight(text, parsed):
    """`text` escaped, with the words the query matched in <mark>."""
    out, last = [], 0
    for match in WORD.finditer(text):
        if parsed.marks(match.group()):
            out.append(html.escape(text[last : match.start()]))
            out.append(f"<mark>{html.escape(match.group())}</mark>")
            last = match.end()
    out.append(html.escape(text[last:]))
    return mark_safe("".join(out))  # nosec B308 B703 - every piece escaped above


def snippet(text, parsed):
    """About SNIPPET_WORDS words of `text` around its first matched word among the first SNIPPET_SCAN, highlighted."""
    found = WORD.finditer(text)
    spans, first = [], None
    # Words are read only as far as the snippet reaches, in batches that double until one holds a matched word (a
    # text in the other language than the query has none), each distinct word of a batch looked up once.
    while first is None and len(spans) < SNIPPET_SCAN:
        batch = list(islice(found, min(SNIPPET_SCAN, max(SNIPPET_WORDS, 2 * len(spans))) - len(spans)))
        if not batch:
            break
        words = [match.group() for match in batch]
        marked = next((word for word in dict.fromkeys(words) if parsed.marks(word)), None)
        if marked is not None:
            first = len(spans) + words.index(marked)
        spans += batch
    start = max(0, (first or 0) - SNIPPET_WORDS // 3)
    spans += islice(found, max(0, min(SNIPPET_SCAN, start + SNIPPET_WORDS) - len(spans)))
    if not spans:
        return ""
    end = min(len(spans), SNIPPET_SCAN, start + SNIPPET_WORDS)
    cut = end < len(spans) or next(found, None) is not None
    begin = spans[start].start() if start > 0 else 0
    finish = spans[end - 1].end() if cut else len(text)
    piece = highlight(" ".join(text[begin:finish].split()), parsed)
    prefix = "… " if start > 0 else ""
    suffix = " …" if cut else ""
    return mark_safe(f"{prefix}{piece}{suffix}")  # nosec B308 B703 - highlight() escapes
