"""Bulgaria's oblasts and their neighbours, the data the exchange's matching and the maps rely on."""

from django.utils import translation

from directory.geography import NEIGHBOURS, Oblast, neighbours


def test_there_are_28_oblasts_with_iso_codes_in_order():
    assert [code for code, _label in Oblast.choices] == [f"BG-{number:02d}" for number in range(1, 29)]
    assert set(NEIGHBOURS) == set(Oblast.values)


def test_neighbours_are_symmetric_and_never_the_oblast_itself():
    for code, around in NEIGHBOURS.items():
        assert code not in around
        assert around <= set(Oblast.values)
        for other in around:
            assert code in NEIGHBOURS[other], f"{other} lists no {code}"
    assert sum(len(around) for around in NEIGHBOURS.values()) == 2 * 61


def test_known_borders():
    assert Oblast.KYUSTENDIL in neighbours(Oblast.BLAGOEVGRAD)
    assert Oblast.DOBRICH in neighbours(Oblast.VARNA)
    assert neighbours(Oblast.SOFIA_CITY) == {Oblast.SOFIA, Oblast.PERNIK}
    assert neighbours(Oblast.VIDIN) == {Oblast.MONTANA}
    assert neighbours(Oblast.KYUSTENDIL) == {Oblast.SOFIA, Oblast.PERNIK, Oblast.BLAGOEVGRAD}
    assert Oblast.BURGAS not in neighbours(Oblast.DOBRICH)
    assert Oblast.BLAGOEVGRAD not in neighbours(Oblast.PLOVDIV)
    assert neighbours("BG-99") == frozenset()


def test_names_in_both_languages():
    with translation.override("bg"):
        assert str(Oblast.SOFIA_CITY.label) == "София (столица)"
        assert str(Oblast.VELIKO_TARNOVO.label) == "Велико Търново"
    with translation.override("en"):
        assert str(Oblast.SOFIA_CITY.label) == "Sofia City"
        assert str(Oblast.YAMBOL.label) == "Yambol"
