"""Nakov's BulStem, over the rules the bulstem package publishes, kept compact.

The package reads its rules into a trie of ~130,000 Python objects: 8 MB in every web worker, which loads them as it
starts (core.search.text.warm). The same rules as one dict of word ending → stem ending take 3 MB and give the same
stems (tests/test_search_stemmer.py compares them with the package's `BulStemmer` on the demo content's words and
on words made from every rule): BulStem replaces the longest ending that has a rule and starts after the word's
first vowel, and a trie walk from the end of the word finds exactly that ending.
"""

import sys
from pathlib import Path

from bulstem import stem as bulstem

# The rules with two letters of context, each seen at least twice: the variant its author found best.
RULES = Path(bulstem.__file__).parent / "stemrules" / bulstem.BulStemmer.RULES_PRE_DEF_PATH["stem-context-2"]
MIN_FREQUENCY = 2
LEFT_CONTEXT = 2


def read_rules(path=RULES):
    """{word ending: stem ending} of the rules in `path`; the few hundred distinct stem endings are shared."""
    rules = {}
    with open(path, encoding="utf-8") as lines:
        for line in lines:
            match = bulstem.BulStemmer.RULES_PATTERN.match(line.strip())
            if match and int(match.group(3)) >= MIN_FREQUENCY:
                rules[match.group(1).lower()] = sys.intern(match.group(2))
    return rules


class Stemmer:
    def __init__(self, rules):
        self.rules = rules
        self.longest = max(map(len, rules), default=0)

    def stem(self, word):
        word = word.lower()
        if len(word) <= LEFT_CONTEXT:
            return word
        first_vowel = bulstem.BulStemmer.pos_first_vowel(word) + 1
        for start in range(max(first_vowel, len(word) - self.longest), len(word)):
            ending = self.rules.get(word[start:])
            if ending is not None:
                return word[:start] + ending
        return word
