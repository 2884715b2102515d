"""The compact BulStem (core.search.stemmer) gives the stems the bulstem package's own `BulStemmer` gives, read with
the same rules: on every word of the demo content and on words made from every rule's ending."""

import re
from pathlib import Path

from bulstem.stem import BulStemmer

from core.search.stemmer import LEFT_CONTEXT, MIN_FREQUENCY, RULES, Stemmer, read_rules

DEMO = Path(__file__).resolve().parent.parent / "demo"


def demo_words():
    words = set()
    for source in DEMO.rglob("*"):
        if source.suffix in {".py", ".json", ".md", ".txt", ".vtt", ".srt"}:
            words |= set(re.findall(r"[а-яѐ-ѝ]+", source.read_text(encoding="utf-8").lower()))
    return words


def words_from_rules():
    """Each rule's word, and it shortened and lengthened, so that the longest ending, the first vowel and the left
    context each decide some of them."""
    words = set()
    for line in RULES.read_text(encoding="utf-8").splitlines():
        if line.split():
            word = line.split()[0]
            words |= {word, word[1:], word[2:], f"пре{word}", f"бр{word}", f"а{word}"}
    return words


def test_the_compact_stemmer_gives_the_packages_stems():
    package = BulStemmer.from_file("stem-context-2", min_freq=MIN_FREQUENCY, left_context=LEFT_CONTEXT)
    compact = Stemmer(read_rules())
    demo = demo_words()
    words = demo | words_from_rules()

    differ = sorted(word for word in words if compact.stem(word) != package.stem(word))

    assert len(demo) > 1_000 and len(words) > 100_000
    assert differ == []
    assert compact.stem("иновациите") != "иновациите"  # the rules are read: stems are not the words themselves
