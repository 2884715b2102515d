"""Reading the search index: a query's words become groups of terms, the entries holding every group are ranked
by where the words are (title above summary above body), then by date, and counted by facet.

One SQL text serves SQLite and PostgreSQL, so both return the same results in the same order. It is built from the
models' table names and %s placeholders only: every value reaches the database as a parameter, which is why
bandit's B608 is silenced where it is built. A search is a fixed number of queries whatever the number of
results: the terms the index knows (one query, a second for typos), the ranked candidates with their facets, and
the page's documents.
"""

import html
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property, lru_cache

from django.db import connection
from django.db.models import Q
from django.db.models.functions import Collate
from django.utils.safestring import mark_safe

from core.search import source_for
from core.search.models import SearchDocument, SearchEntry, SearchFacet, SearchPosting, SearchTerm
from core.search.spelling import one_edit_away, to_cyrillic, to_latin
from core.search.text import WORD, fold, is_cyrillic, lemma, roots, words

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
    # Per group: whether its terms hold more entries than the group brings to the ranking.
    capped: list = field(default_factory=list)

    @cached_property
    def terms(self):
        return frozenset().union(*self.groups) if self.groups else frozenset()

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
        capped=[any(held.get(term, MAX_CANDIDATES + 1) > _per_term(group) for term in group) for group in groups],
    )


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


def _ranked_sql(parsed, *, required):
    """The entries worth ranking, with (entry_id, matched, score, dated, facet name, facet value) for each of their
    facets, and the parameters.

    The candidates are, for each term of the query, the entries holding it with the highest weight, at most the
    group's share of MAX_CANDIDATES: an entry holding every word is among them unless every word is that common.
    Each candidate then gets, per word, the highest weight of the word's terms it holds (an index probe), so
    `matched` counts the words it holds and `score` adds their weights. The bound keeps a query for the commonest
    words as fast as one for rare ones, on both databases.
    """
    params, candidates, weights = [], [], []
    for number, group in enumerate(parsed.groups):
        if not group:
            continue
        terms = sorted(group)
        for term in terms:
            candidates.append(
                f"SELECT entry_id FROM (SELECT entry_id FROM {POSTINGS} WHERE term = %s"  # nosec B608
                f" ORDER BY weight DESC, entry_id DESC LIMIT %s) AS c{len(candidates)}"
            )
            params += [term, _per_term(group)]
        weights.append(
            f"(SELECT MAX(p.weight) FROM {POSTINGS} p WHERE p.entry_id = c.entry_id"  # nosec B608
            f" AND p.term IN ({', '.join(['%s'] * len(terms))})) AS w{number}"
        )
    probe_params = [term for group in parsed.groups if group for term in sorted(group)]
    columns = [f"w{number}" for number, group in enumerate(parsed.groups) if group]
    matched = " + ".join(f"(CASE WHEN {column} IS NULL THEN 0 ELSE 1 END)" for column in columns)
    score = " + ".join(f"COALESCE({column}, 0)" for column in columns)
    # Each entry's facets as one "name=value|name=value" text: a row per entry, not per facet.
    concat = "STRING_AGG" if connection.vendor == "postgresql" else "GROUP_CONCAT"
    sql = (
        f"WITH candidates AS ({' UNION '.join(candidates)}),"  # nosec B608
        f" scored AS MATERIALIZED (SELECT c.entry_id, {', '.join(weights)} FROM candidates c),"
        f" ranked AS (SELECT entry_id, {matched} AS matched, {score} AS score FROM scored)"
        f" SELECT r.entry_id, r.matched,"
        f" (SELECT {concat}(f.name || '=' || f.value, '|') FROM {FACET_TABLE} f WHERE f.entry_id = r.entry_id)"
        f" FROM ranked r JOIN {ENTRIES} e ON e.id = r.entry_id WHERE r.matched >= %s"
    )
    params += [*probe_params, required]
    for phrase in parsed.phrases:
        # Looked up only in the documents of the candidates, never across the whole table.
        sql += (
            f" AND EXISTS (SELECT 1 FROM {DOCUMENTS} d"  # nosec B608
            " WHERE d.entry_id = r.entry_id AND d.folded LIKE %s ESCAPE '!')"
        )
        params.append("% " + phrase.replace("!", "!!").replace("%", "!%").replace("_", "!_") + " %")
    # Words matched, then weight, then newer first (undated last), then the older entry first.
    return sql + " ORDER BY r.matched DESC, r.score DESC, (e.dated IS NULL), e.dated DESC, e.id", params


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
    facet ({name: {value: number}}). One query reads the candidates with their facets; a page's slice reads its
    documents.

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
            self._read(found)

    def _read(self, found):
        sql, params = _ranked_sql(self.parsed, required=1)
        read = {}  # the entries' facet texts repeat: each is split once

        def facets_of(text):
            if text not in read:
                read[text] = frozenset(tuple(facet.split("=", 1)) for facet in (text or "").split("|") if facet)
            return read[text]

        matches = [(entry_id, matched, facets_of(facets)) for entry_id, matched, facets in _fetch(sql, params)]
        every = [match for match in matches if match[1] == len(self.parsed.groups)]
        capped = [self.parsed.capped[number] for number, group in enumerate(self.parsed.groups) if group]
        if self.all_words and every:
            chosen, self.complete = every, not all(capped)
        else:
            chosen, self.complete = matches, not any(capped)
            self.all_words = self.all_words and bool(every)
        counts = {}
        for facets, number in Counter(facets for _entry_id, _matched, facets in chosen).items():
            for name, value in facets:
                counts.setdefault(name, {})
                counts[name][value] = counts[name].get(value, 0) + number
        self._facets = counts
        wanted = set(self.filters.items())
        self._matches = [entry_id for entry_id, _matched, facets in chosen if wanted <= facets]

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


@lru_cache(maxsize=100_000)
def _word_terms(word):
    """A word of a text as the index holds it: folded, and its terms (its own and those of its roots)."""
    folded = fold(word)
    term = lemma(folded)
    return folded, frozenset({term, *roots(term)})


def _marks(word, parsed):
    folded, terms = _word_terms(word)
    return not terms.isdisjoint(parsed.terms) or any(folded in phrase.split() for phrase in parsed.phrases)


def highlight(text, parsed):
    """`text` escaped, with the words the query matched in <mark>."""
    out, last = [], 0
    for match in WORD.finditer(text):
        if _marks(match.group(), parsed):
            out.append(html.escape(text[last : match.start()]))
            out.append(f"<mark>{html.escape(match.group())}</mark>")
            last = match.end()
    out.append(html.escape(text[last:]))
    return mark_safe("".join(out))  # nosec B308 B703 - every piece escaped above


def snippet(text, parsed):
    """About SNIPPET_WORDS words of `text` around its first matched word among the first SNIPPET_SCAN, highlighted."""
    found = WORD.finditer(text)
    spans, first = [], None
    # Words are read only as far as the snippet reaches: to its end once the first matched word is found.
    for match in found:
        spans.append(match)
        if first is None and _marks(match.group(), parsed):
            first = len(spans) - 1
        if len(spans) == SNIPPET_SCAN or (
            first is not None and len(spans) >= max(0, first - SNIPPET_WORDS // 3) + SNIPPET_WORDS
        ):
            break
    if not spans:
        return ""
    more = next(found, None) is not None
    first = first or 0
    start = max(0, first - SNIPPET_WORDS // 3)
    end = min(len(spans), start + SNIPPET_WORDS)
    cut = end < len(spans) or more
    begin = spans[start].start() if start > 0 else 0
    finish = spans[end - 1].end() if cut else len(text)
    piece = highlight(" ".join(text[begin:finish].split()), parsed)
    prefix = "… " if start > 0 else ""
    suffix = " …" if cut else ""
    return mark_safe(f"{prefix}{piece}{suffix}")  # nosec B308 B703 - highlight() escapes
