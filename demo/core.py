"""The demo tags' English names: the other demo modules tag content with Bulgarian words (the tags' Bulgarian
names); this names each tag in English too, so English pages show English tags. A tag a moderator has already
named in English keeps its name."""

from core.tags import Tag

APP_LABEL = "core"
LOADS_AFTER = ("news", "practices", "films", "events")

# Bulgarian name (as the demo content types it) → English name.
ENGLISH_NAMES = {
    "FUSE": "FUSE",
    "IRISS": "IRISS",
    "SI PLUS": "SI PLUS",
    "Италия": "Italy",
    "Кампания": "Campania",
    "Шотландия": "Scotland",
    "аутизъм": "autism",
    "дигитални умения": "digital skills",
    "доброволчество": "volunteering",
    "екосистема": "ecosystem",
    "заетост": "employment",
    "инсулт": "stroke",
    "консултиране": "counselling",
    "кооперативи": "cooperatives",
    "лична помощ": "personal assistance",
    "лични грижи": "personal care",
    "малки общини": "small municipalities",
    "между поколенията": "intergenerational",
    "обучение": "training",
    "общини": "municipalities",
    "планиране": "planning",
    "плащане според резултатите": "payment by results",
    "рехабилитация": "rehabilitation",
    "самостоятелно управлявана подкрепа": "self-directed support",
    "скалиране": "scaling",
    "социален кооператив": "social cooperative",
    "социална работа": "social work",
    "социални политики": "social policy",
    "финансиране": "funding",
    "център за компетенции": "competence centre",
}


def load(*, stdout):
    named = 0
    for tag in Tag.objects.filter(name_bg__in=ENGLISH_NAMES, name_en__isnull=True):
        tag.name_en = ENGLISH_NAMES[tag.name_bg]
        tag.save(update_fields=["name_en"])
        named += 1
    stdout.write(f"Tags: {named} named in English.")
