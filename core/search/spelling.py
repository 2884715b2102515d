"""Other spellings of a query word: Latin for Cyrillic and the reverse, and words one typing slip away.

Bulgarian is often typed in Latin letters: by the official system of the Transliteration Act 2009
("sotsialni inovatsii") or informally ("socialni inovacii", "4ove6ki", "qbalka"). A Latin word therefore stands
for every Cyrillic spelling these rules allow; the search keeps those the index knows. A Cyrillic word also
stands for its official Latin spelling, which finds "Blagoevgrad" in English texts. No library covers the
informal spellings, and the official table is thirty letters, so both are written here.
"""

from itertools import islice

# The Streamlined System (Transliteration Act 2009, art. 3), Cyrillic to Latin.
OFFICIAL = {
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
    "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sht", "ъ": "a", "ь": "y", "ю": "yu", "я": "ya",
}  # fmt: skip

# Latin (and the digits people use for letters) to Cyrillic: the official system read backwards plus the
# informal spellings. Each entry lists every reading; longer keys are tried first.
READINGS = {
    "sht": ["щ"], "zh": ["ж"], "ts": ["ц", "тс"], "ch": ["ч"], "sh": ["ш"], "6t": ["щ"],
    "yu": ["ю"], "iu": ["ю", "иу"], "ju": ["ю"], "ya": ["я"], "ia": ["я", "иа"], "ja": ["я"],
    "a": ["а", "ъ"], "b": ["б"], "c": ["ц", "к"], "d": ["д"], "e": ["е"], "f": ["ф"], "g": ["г"], "h": ["х"],
    "i": ["и"], "j": ["й", "ж"], "k": ["к"], "l": ["л"], "m": ["м"], "n": ["н"], "o": ["о"], "p": ["п"],
    "q": ["я"], "r": ["р"], "s": ["с"], "t": ["т"], "u": ["у", "ъ"], "v": ["в"], "w": ["в"], "x": ["кс"],
    "y": ["й", "ъ", "и"], "z": ["з"], "4": ["ч"], "6": ["ш"],
}  # fmt: skip
LONGEST_READING = max(len(key) for key in READINGS)
# A long Latin word has thousands of readings; the first ones hold the likely spellings (the readings are in order
# of likelihood), and the index decides among them.
MAX_READINGS = 512

CYRILLIC_LETTERS = "абвгдежзийклмнопрстуфхцчшщъьюя"
LATIN_LETTERS = "abcdefghijklmnopqrstuvwxyz"
# Typo tolerance starts at this length: shorter words have too many neighbours one edit away.
MIN_TYPO_LENGTH = 5


def to_latin(word):
    """The official Latin spelling of a folded Cyrillic word ("-ия" at the end is "-ia", as the Act says)."""
    if word.endswith("ия"):
        return "".join(OFFICIAL.get(char, char) for char in word[:-2]) + "ia"
    return "".join(OFFICIAL.get(char, char) for char in word)


def to_cyrillic(word):
    """Every Cyrillic reading of a folded Latin word, likeliest first, at most MAX_READINGS; [] when a character
    has no reading."""
    return list(islice(_readings(word), MAX_READINGS))


def _readings(word):
    if not word:
        yield ""
        return
    found = False
    for length in range(min(LONGEST_READING, len(word)), 0, -1):
        for reading in READINGS.get(word[:length], ()):
            found = True
            for rest in _readings(word[length:]):
                yield reading + rest
    if not found and word[0].isdigit():
        for rest in _readings(word[1:]):
            yield word[0] + rest


def one_edit_away(word):
    """Every string one deletion, transposition, substitution or insertion away from `word` (Norvig's edits1),
    in the word's own alphabet; nothing for words shorter than MIN_TYPO_LENGTH."""
    if len(word) < MIN_TYPO_LENGTH:
        return set()
    letters = CYRILLIC_LETTERS if any(char in CYRILLIC_LETTERS for char in word) else LATIN_LETTERS
    splits = [(word[:i], word[i:]) for i in range(len(word) + 1)]
    deletes = {left + right[1:] for left, right in splits if right}
    transposes = {left + right[1] + right[0] + right[2:] for left, right in splits if len(right) > 1}
    replaces = {left + char + right[1:] for left, right in splits if right for char in letters}
    inserts = {left + char + right for left, right in splits for char in letters}
    return (deletes | transposes | replaces | inserts) - {word}
