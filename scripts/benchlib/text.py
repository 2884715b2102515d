"""Words and sentences for the generated dataset, drawn from a seeded random.Random so every run makes the same."""

WORDS_BG = (
    "социална иновация общност грижа подкрепа младежи възрастни хора община партньорство услуга доброволци "
    "заетост интеграция обучение център кооператив здраве достъп увреждане семейство село град програма"
).split()
WORDS_EN = (
    "social innovation community care support young older people municipality partnership service volunteers "
    "employment inclusion training centre cooperative health access disability family village town programme"
).split()
COUNTRIES = ["GB", "IT", "PT", "FR", "PL", "IE", "CY", "BG"]


def sentence(words, rng, length):
    return " ".join(rng.choice(words) for _ in range(length)).capitalize() + "."


def paragraph(words, rng, sentences=5):
    return " ".join(sentence(words, rng, rng.randint(8, 16)) for _ in range(sentences))


def bilingual(rng, sentences):
    return paragraph(WORDS_BG, rng, sentences), paragraph(WORDS_EN, rng, sentences)
