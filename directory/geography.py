"""Bulgaria's 28 oblasts (ISO 3166-2:BG) and which of them share a land border inside the country.

The exchange matches offers and needs in the same or a neighbouring oblast; initiatives, services and enquiries
place what they describe in an oblast with `oblast_field()`. A municipality is a plain `CharField` beside it.

Neighbours were derived from the oblast boundaries in nikolovdeyan/Bulgaria-geocoding (`provinces.geojson`,
28 NUTS 3 polygons built from the settlement grounds of the National Statistical Institute's EKATTE, one shared
topology): two oblasts are neighbours when their polygons share at least one boundary segment. That gives 61 pairs,
checked against each oblast's article ("It borders the provinces of …"), e.g. Kyustendil borders Sofia, Pernik and
Blagoevgrad; Sofia city borders only Sofia oblast and Pernik; Vidin borders only Montana.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Oblast(models.TextChoices):
    BLAGOEVGRAD = "BG-01", _("Blagoevgrad")
    BURGAS = "BG-02", _("Burgas")
    VARNA = "BG-03", _("Varna")
    VELIKO_TARNOVO = "BG-04", _("Veliko Tarnovo")
    VIDIN = "BG-05", _("Vidin")
    VRATSA = "BG-06", _("Vratsa")
    GABROVO = "BG-07", _("Gabrovo")
    DOBRICH = "BG-08", _("Dobrich")
    KARDZHALI = "BG-09", _("Kardzhali")
    KYUSTENDIL = "BG-10", _("Kyustendil")
    LOVECH = "BG-11", _("Lovech")
    MONTANA = "BG-12", _("Montana")
    PAZARDZHIK = "BG-13", _("Pazardzhik")
    PERNIK = "BG-14", _("Pernik")
    PLEVEN = "BG-15", _("Pleven")
    PLOVDIV = "BG-16", _("Plovdiv")
    RAZGRAD = "BG-17", _("Razgrad")
    RUSE = "BG-18", _("Ruse")
    SILISTRA = "BG-19", _("Silistra")
    SLIVEN = "BG-20", _("Sliven")
    SMOLYAN = "BG-21", _("Smolyan")
    SOFIA_CITY = "BG-22", _("Sofia City")
    SOFIA = "BG-23", _("Sofia Oblast")
    STARA_ZAGORA = "BG-24", _("Stara Zagora")
    TARGOVISHTE = "BG-25", _("Targovishte")
    HASKOVO = "BG-26", _("Haskovo")
    SHUMEN = "BG-27", _("Shumen")
    YAMBOL = "BG-28", _("Yambol")


# Symmetric: each pair is written under both oblasts (tests/test_geography.py checks it).
NEIGHBOURS: dict[str, frozenset[str]] = {
    "BG-01": frozenset({"BG-10", "BG-13", "BG-21", "BG-23"}),
    "BG-02": frozenset({"BG-03", "BG-20", "BG-27", "BG-28"}),
    "BG-03": frozenset({"BG-02", "BG-08", "BG-27"}),
    "BG-04": frozenset({"BG-07", "BG-11", "BG-15", "BG-18", "BG-20", "BG-24", "BG-25"}),
    "BG-05": frozenset({"BG-12"}),
    "BG-06": frozenset({"BG-11", "BG-12", "BG-15", "BG-23"}),
    "BG-07": frozenset({"BG-04", "BG-11", "BG-24"}),
    "BG-08": frozenset({"BG-03", "BG-19", "BG-27"}),
    "BG-09": frozenset({"BG-16", "BG-21", "BG-26"}),
    "BG-10": frozenset({"BG-01", "BG-14", "BG-23"}),
    "BG-11": frozenset({"BG-04", "BG-06", "BG-07", "BG-15", "BG-16", "BG-23", "BG-24"}),
    "BG-12": frozenset({"BG-05", "BG-06", "BG-23"}),
    "BG-13": frozenset({"BG-01", "BG-16", "BG-21", "BG-23"}),
    "BG-14": frozenset({"BG-10", "BG-22", "BG-23"}),
    "BG-15": frozenset({"BG-04", "BG-06", "BG-11"}),
    "BG-16": frozenset({"BG-09", "BG-11", "BG-13", "BG-21", "BG-23", "BG-24", "BG-26"}),
    "BG-17": frozenset({"BG-18", "BG-19", "BG-25", "BG-27"}),
    "BG-18": frozenset({"BG-04", "BG-17", "BG-19", "BG-25"}),
    "BG-19": frozenset({"BG-08", "BG-17", "BG-18", "BG-27"}),
    "BG-20": frozenset({"BG-02", "BG-04", "BG-24", "BG-25", "BG-27", "BG-28"}),
    "BG-21": frozenset({"BG-01", "BG-09", "BG-13", "BG-16"}),
    "BG-22": frozenset({"BG-14", "BG-23"}),
    "BG-23": frozenset({"BG-01", "BG-06", "BG-10", "BG-11", "BG-12", "BG-13", "BG-14", "BG-16", "BG-22"}),
    "BG-24": frozenset({"BG-04", "BG-07", "BG-11", "BG-16", "BG-20", "BG-26", "BG-28"}),
    "BG-25": frozenset({"BG-04", "BG-17", "BG-18", "BG-20", "BG-27"}),
    "BG-26": frozenset({"BG-09", "BG-16", "BG-24", "BG-28"}),
    "BG-27": frozenset({"BG-02", "BG-03", "BG-08", "BG-17", "BG-19", "BG-20", "BG-25"}),
    "BG-28": frozenset({"BG-02", "BG-20", "BG-24", "BG-26"}),
}


def neighbours(code):
    """The oblasts sharing a land border with oblast `code` (empty for an unknown code)."""
    return NEIGHBOURS.get(code, frozenset())


def oblast_field(**kwargs):
    """A model field holding an oblast's ISO 3166-2:BG code ("BG-01" … "BG-28")."""
    kwargs.setdefault("verbose_name", _("oblast"))
    return models.CharField(max_length=5, choices=Oblast.choices, **kwargs)
