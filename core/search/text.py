"""From text to search terms: fold, split into words, lemmatise, stem.

The index and the query go through the same `terms`, so "социалните" in a query meets "социални" in a practice:
both become "социал". Cyrillic words are read as Bulgarian and Latin ones as English, whatever the field's
language, since Bulgarian texts name English projects and the reverse. A Bulgarian word is first lemmatised by
simplemma (a dictionary: irregular forms, "кооперативи" to "кооператива") and the lemma then stemmed by BulStem
(Nakov's published inflectional stemmer, with its rules learnt from a corpus: it also handles words the dictionary
lacks, and brings "кооператива" and "кооператив" together). English words are lemmatised by simplemma.

Lemmas and inflectional stems keep words of one family apart when a suffix made one from the other: "иновационен"
(an adjective made from "иновация"), "общински" from "община", "партньорство" from "партньор". `roots` undoes the
few productive Bulgarian derivational suffixes on the stem, so each term also stands for the word it was made from;
the index stores that root with a lower weight, so the word as typed still ranks first. Words that only look alike
stay apart: "предприемачество" (from "предприемач") does not meet "предприятие".

The index stores what these functions give: a change to them needs the index written again, by a migration that
empties it (see core/migrations/0012_search_index_with_roots.py).
"""

import re
import unicodedata
from functools import lru_cache

import simplemma

from core.search.stemmer import Stemmer, read_rules

WORD = re.compile(r"[^\W_]+")
# Longer "words" are hashes, URLs run together or junk: not worth a place in the index.
MAX_WORD_LENGTH = 40
CYRILLIC = re.compile(r"[а-яѐ-ѝ]")

# Words too common to tell texts apart; a query made only of them finds nothing rather than everything.
STOP_WORDS = frozenset(
    """
    а ако в във да до е за и из или им й как като към му на над не ни но о об от по под при пред през с са се си
    със та те то у че ще що я
    a about an and are as at be but by for from has have in is it its of on or that the their this to was were
    which will with
    """.split()
)


def fold(text):
    """Lower case without accents, ё as е and ѝ as и; й stays й (in NFD it is и with a breve, a letter of its own)."""
    text = text.lower().replace("ё", "е").replace("ѝ", "и")
    out = []
    for char in unicodedata.normalize("NFD", text):
        if unicodedata.combining(char) and out and out[-1] == "и" and char == "\u0306":
            out[-1] = "й"
        elif not unicodedata.combining(char):
            out.append(char)
    return unicodedata.normalize("NFC", "".join(out))


def words(text):
    """The folded words of `text`, in order, stop words and overlong words left out."""
    return [word for word in WORD.findall(fold(text)) if word not in STOP_WORDS and len(word) <= MAX_WORD_LENGTH]


def is_cyrillic(word):
    return bool(CYRILLIC.search(word))


@lru_cache(maxsize=1)
def _bulgarian_stemmer():
    return Stemmer(read_rules())


def warm():
    """Load the dictionaries and the stemmer's rules now (about 2 s), so that a web worker's first search does not
    wait for them: called by portal.wsgi as each worker starts, never by tests or management commands."""
    _bulgarian_stemmer()
    _lemmatize("кооперативи", "bg")
    _lemmatize("cooperatives", "en")


@lru_cache(maxsize=200_000)
def lemma(word):
    """The index term of a folded word: the stem of its lemma for Bulgarian, the lemma for English."""
    if word.isdigit():
        return word
    if is_cyrillic(word):
        return _bulgarian_stemmer().stem(fold(_lemmatize(word, "bg")))
    return fold(_lemmatize(word, "en"))


def _lemmatize(word, language):
    # simplemma's frugal dictionaries: the same lemmas (compared on the seed texts' words) at about the same speed,
    # in 6 MB instead of the 44 MB of dicts the Bulgarian and English ones take in every web worker.
    return simplemma.lemmatize(word, lang=language, low_memory=True)


# Derivational suffixes of Bulgarian stems and what the stem of the word they were added to ends in: -ционен/-ционален
# adjectives of -ция nouns, -ионален of -ион, -ски adjectives and -ство nouns of nouns (with ч for ц/к before them:
# "доброволчество" of "доброволец"). Longest first; the first that fits is undone.
DERIVATIONS = (
    ("ционал", ("ци",)),
    ("цион", ("ци",)),
    ("ионал", ("ион",)),
    ("ческ", ("ч", "")),
    ("честв", ("ч", "")),
    ("ск", ("",)),
    ("ств", ("",)),
)
# Shorter roots are too ambiguous to stand for a word ("общ" of "обществ").
MIN_ROOT_LENGTH = 4


@lru_cache(maxsize=50_000)
def roots(term):
    """The terms of the words `term`'s word was made from by a derivational suffix (a Bulgarian stem only)."""
    if not is_cyrillic(term):
        return frozenset()
    for suffix, replacements in DERIVATIONS:
        if term.endswith(suffix):
            base = term[: -len(suffix)]
            return frozenset(base + ending for ending in replacements if len(base + ending) >= MIN_ROOT_LENGTH)
    return frozenset()


def terms(text):
    """The index terms of `text`: the lemmas of its words, in order."""
    return [lemma(word) for word in words(text)]
