import pytest

from ptce_desktop.domain.regions import (
    REGIONS,
    Departement,
    departement_in_region,
    find_departement,
    find_region,
    region_of,
)


def test_eighteen_regions_and_101_departements_with_unique_codes():
    codes = [dep.code for deps in REGIONS.values() for dep in deps]
    assert len(REGIONS) == 18
    assert len(codes) == 101
    assert len(set(codes)) == 101
    assert len({dep.name for deps in REGIONS.values() for dep in deps}) == 101


def test_overseas_regions_have_one_departement_each():
    overseas = {"Guadeloupe": "971", "Martinique": "972", "Guyane": "973"}
    overseas |= {"La Réunion": "974", "Mayotte": "976"}
    for region, code in overseas.items():
        assert [dep.code for dep in REGIONS[region]] == [code]


def test_departement_is_frozen():
    dep = find_departement("01")
    assert dep == Departement("01", "Ain")
    with pytest.raises(AttributeError):
        dep.code = "02"  # type: ignore[misc]


@pytest.mark.parametrize(
    ("text", "region"),
    [
        ("Île-de-France", "Île-de-France"),
        ("ile de france", "Île-de-France"),
        ("  ILE-DE-FRANCE ", "Île-de-France"),
        ("IDF", "Île-de-France"),
        ("PACA", "Provence-Alpes-Côte d'Azur"),
        ("Provence Alpes Cote d'Azur", "Provence-Alpes-Côte d'Azur"),
        ("provence-alpes-côte d’azur", "Provence-Alpes-Côte d'Azur"),
        ("auvergne rhone alpes", "Auvergne-Rhône-Alpes"),
        ("Centre Val-de-Loire", "Centre-Val de Loire"),
        ("pays de la loire", "Pays de la Loire"),
        ("Réunion", "La Réunion"),
        ("Région Bretagne", "Bretagne"),
        ("Rhône-Alpes", "Auvergne-Rhône-Alpes"),  # pre-2016 region of the 2013 call
        ("Nord-Pas-de-Calais", "Hauts-de-France"),
    ],
)
def test_find_region(text, region):
    assert find_region(text) == region


@pytest.mark.parametrize("text", ["", "  ", "Atlantide", "Loire"])
def test_find_region_unknown(text):
    assert find_region(text) is None


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("01", "01"),
        ("1", "01"),
        (1, "01"),
        (1.0, "01"),
        ("2a", "2A"),
        ("2B", "2B"),
        ("971", "971"),
        (" 976 ", "976"),
        ("Ain", "01"),
        ("cotes d'armor", "22"),
        ("Côtes-d’Armor", "22"),
        ("SEINE ST DENIS", "93"),
        ("territoire-de-belfort", "90"),
        ("reunion", "974"),
        ("01 - Ain", "01"),
        ("Ain (01)", "01"),
    ],
)
def test_find_departement(text, code):
    found = find_departement(text)
    assert found is not None
    assert found.code == code


@pytest.mark.parametrize("text", ["", "0", "20", "975", "99", "2C", "Atlantide", "02 - Ain"])
def test_find_departement_unknown(text):
    assert find_departement(text) is None


def test_departement_in_region():
    assert departement_in_region("2a", "Corse")
    assert departement_in_region("93", "ile de france")
    assert departement_in_region("13", "PACA")
    assert departement_in_region("Finistère", "Bretagne")
    assert not departement_in_region("75", "PACA")
    assert not departement_in_region("99", "Bretagne")
    assert not departement_in_region("29", "Atlantide")
    assert region_of("971") == "Guadeloupe"
    assert region_of("xx") is None
