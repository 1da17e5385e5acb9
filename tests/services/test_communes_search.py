"""find_communes on the real table. Expected values were read by hand in the CSV files."""

from __future__ import annotations

import pytest

from app.services.communes import find_communes, normalise
from app.services.courts import find_communes as reexported

# query → INSEE codes expected, in order (whole list for postcodes, first items for names)
POSTCODE_CASES = [
    ("75011", ["75111"]),  # Paris 11e: the arrondissement, never the city 75056
    ("75001", ["75101"]),
    ("13001", ["13201"]),  # Marseille 1er
    ("69003", ["69383"]),  # Lyon 3e
    ("01400", [  # ten communes share this postcode; sorted by name
        "01084", "01093", "01113", "01146", "01001",
        "01272", "01328", "01356", "01393", "01412",
    ]),  # fmt: skip
    ("13150", ["13017", "13061", "13108"]),  # Boulbon, Saint-Pierre-de-Mézoargues, Tarascon
    ("62000", ["62041", "62263"]),  # Arras, Dainville
    ("20090", ["2A004"]),  # Ajaccio, Corse-du-Sud
    ("97400", ["97411"]),  # Saint-Denis, La Réunion
    ("97411", ["97415"]),  # 97411 is Saint-Denis' INSEE code but Saint-Paul's postcode
    ("97150", ["97801"]),  # Saint-Martin
    ("98800", ["98818"]),  # Nouméa
    ("99999", []),
    ("00000", []),
    (" 75011 ", ["75111"]),
]


@pytest.mark.parametrize(("query", "expected"), POSTCODE_CASES)
def test_postcode_gives_every_commune_with_it(query, expected):
    assert [c.insee for c in find_communes(query)] == expected


NAME_CASES = [
    ("Saint-Étienne", "42218", "Saint-Étienne"),
    ("st etienne", "42218", "Saint-Étienne"),
    ("ST-ÉTIENNE", "42218", "Saint-Étienne"),
    ("saint etienne", "42218", "Saint-Étienne"),
    ("Lille", "59350", "Lille"),
    ("cusset", "03095", "Cusset"),
    ("Noumea", "98818", "Nouméa"),
    ("l'abergement clemenciat", "01001", "L'Abergement-Clémenciat"),
    ("L Abergement-Clémenciat", "01001", "L'Abergement-Clémenciat"),
    ("paris 11", "75111", "Paris 11e Arrondissement"),
    ("Marseille", "13055", "Marseille"),
    ("ajaccio", "2A004", "Ajaccio"),
]


@pytest.mark.parametrize(("query", "insee", "name"), NAME_CASES)
def test_name_search_puts_the_exact_commune_first(query, insee, name):
    first = find_communes(query)[0]
    assert (first.insee, first.name) == (insee, name)


def test_homonyms_are_all_offered_largest_first():
    found = find_communes("Saint-Denis")
    exact = [c.insee for c in found if c.name == "Saint-Denis"]
    # 97411 (La Réunion) and 93066 (Seine-Saint-Denis) are the two largest of that name.
    assert exact[:2] == ["97411", "93066"]
    assert {"11339", "30247"} <= set(exact)
    assert found[: len(exact)] == [c for c in found if c.name == "Saint-Denis"]


def test_prefix_matches_follow_exact_ones():
    names = [c.name for c in find_communes("saint etienne")]
    assert names[0] == "Saint-Étienne"
    assert "Saint-Étienne-du-Rouvray" in names
    assert len(names) <= 30


@pytest.mark.parametrize("query", ["", "   ", "-", "zzzzzz", "1234", "750111"])
def test_nothing_found_is_an_empty_list(query):
    assert find_communes(query) == []


def test_candidate_carries_postcodes_and_departement():
    (ajaccio,) = find_communes("20090")
    assert ajaccio.postcodes == ("20000", "20090", "20167")
    assert (ajaccio.departement, ajaccio.departement_name) == ("2A", "Corse-du-Sud")
    (reunion,) = find_communes("97400")
    assert (reunion.departement, reunion.departement_name) == ("974", "La Réunion")
    (paris11,) = find_communes("75011")
    assert (paris11.parent_insee, paris11.departement) == ("75056", "75")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Saint-Étienne", "saint etienne"),
        ("St Étienne", "saint etienne"),
        ("STE-MARIE", "sainte marie"),
        ("L'Haÿ-les-Roses", "l hay les roses"),
        ("Œuilly", "oeuilly"),
        ("  Bourg  en   Bresse ", "bourg en bresse"),
        ("Stenay", "stenay"),  # "st" only as a whole word
    ],
)
def test_normalise(text, expected):
    assert normalise(text) == expected


def test_courts_module_reexports_the_search():
    assert reexported is find_communes
