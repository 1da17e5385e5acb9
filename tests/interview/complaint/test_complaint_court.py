"""Which court the letter goes to, through the documents API: an explicit tribunal wins and is
checked against the list, then commune_insee, then the victim's postcode and commune (never the
representative's); an address that could mean several courts is refused with the candidates."""

from __future__ import annotations

import copy

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.letters.court import tribunal_named, tribunal_names
from tests.api.bodies import QUALIFICATION, URL, post
from tests.letters.cases import MINOR, PARENT, VICTIM, base

LYON = ["tribunal judiciaire de Lyon", "67 rue Servient", "69003 Lyon"]
MARSEILLE = ["tribunal judiciaire de Marseille", "6 rue Joseph Autran", "13006 Marseille"]
BLANK = ["près le tribunal judiciaire de ………………"]


def victim(postcode: str, commune: str) -> dict:
    return {**copy.deepcopy(VICTIM), "postcode": postcode, "commune": commune}


def body(**changes) -> dict:
    return base(qualification=QUALIFICATION, **changes)


# (id, body changes, kind, must appear | (error field, code))
CASES = [
    ("insee", {"commune_insee": "69383"}, "complaint", LYON),
    ("postcode_and_commune", {"victim": victim("69003", "Lyon")}, "complaint", LYON),
    ("postcode_alone_one_court", {"victim": victim("69003", "")}, "complaint", LYON),
    ("arrondissement_spelling", {"victim": victim("75011", "Paris 11")}, "complaint",
     ["tribunal judiciaire de Paris"]),
    ("commune_settles_a_shared_postcode", {"victim": victim("02800", "Vendeuil")},
     "complaint", ["tribunal judiciaire de Saint-Quentin"]),
    ("commune_without_postcode", {"victim": victim("", "Marseille")}, "complaint", MARSEILLE),
    ("shared_postcode_without_commune", {"victim": victim("02800", "")}, "complaint",
     ("victim.commune", "ambiguous_court")),
    ("homonyms_without_postcode", {"victim": victim("", "Saint-Denis")}, "complaint",
     ("victim.commune", "ambiguous_court")),
    ("commune_not_of_this_postcode", {"victim": victim("69003", "Paris")}, "complaint",
     ("victim.commune", "commune_mismatch")),
    ("abroad_leaves_a_blank", {"victim": victim("10115", "Berlin")}, "complaint", BLANK),
    ("explicit_tribunal_wins", {"commune_insee": "69383",
                                "tribunal": "Tribunal judiciaire de Marseille"},
     "complaint", MARSEILLE),
    ("tribunal_by_town", {"victim": victim("69003", "Lyon"), "tribunal": "Marseille"},
     "complaint", MARSEILLE),
    ("tribunal_abbreviated", {"tribunal": "TJ de Lyon"}, "complaint", LYON),
    ("tribunal_not_a_court", {"commune_insee": "69383", "tribunal": "Villeurbanne"},
     "complaint", ("tribunal", "unknown_tribunal")),
    ("tribunal_invented", {"tribunal": "Tribunal judiciaire de Villeurbanne"}, "complaint",
     ("tribunal", "unknown_tribunal")),
    ("representative_postcode_is_not_used",
     {"victim": copy.deepcopy(MINOR), "representative": copy.deepcopy(PARENT)}, "complaint",
     BLANK),
    ("victim_postcode_not_representative",
     {"victim": {**copy.deepcopy(MINOR), "postcode": "13001", "commune": "Marseille"},
      "representative": copy.deepcopy(PARENT)}, "complaint", MARSEILLE),
    ("follow_up_to_the_chosen_court",
     {"tribunal": "Tribunal judiciaire de Marseille", "first_complaint_to": "procureur",
      "first_complaint_date": "2025-01-10",
      "signed_on": "2025-06-02"}, "partie-civile",
     ["Tribunal judiciaire de Marseille", "6 rue Joseph Autran"]),
]


@pytest.mark.parametrize(("case", "changes", "kind", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_court_of_the_letter(client, case, changes, kind, expected):
    response = post(client, f"{URL}/{kind}?format=txt", body(**changes))
    if isinstance(expected, tuple):
        assert response.status_code == 422, response.get_data(as_text=True)[:300]
        errors = {(e["field"], e["code"]): e for e in response.get_json()["errors"]}
        assert expected in errors, errors
        assert errors[expected]["message"]["fr"] and errors[expected]["message"]["en"]
        return
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    text = " ".join(response.get_data(as_text=True).split()).lower()
    for line in expected:
        assert line.lower() in text, line
    if case == "explicit_tribunal_wins":
        assert "servient" not in text


def test_ambiguous_address_lists_the_candidates(client):
    response = post(client, f"{URL}/complaint?format=txt", body(victim=victim("02800", "")))
    (item,) = [e for e in response.get_json()["errors"] if e["code"] == "ambiguous_court"]
    courts = {c["tribunal"] for c in item["candidates"]}
    assert courts == {"Tribunal judiciaire de Laon", "Tribunal judiciaire de Saint-Quentin"}
    assert {"commune_insee": "02775", "commune": "Vendeuil"}.items() <= \
        next(c for c in item["candidates"] if c["commune"] == "Vendeuil").items()
    for lang in ("fr", "en"):
        assert "Tribunal judiciaire de Laon" in item["message"][lang]
    assert "\u00a0:" in item["message"]["fr"]


def test_every_court_of_the_list_is_found_by_its_name_with_an_address():
    names = tribunal_names()
    assert "Tribunal judiciaire de Lyon" in names and "Tribunal judiciaire du Havre" in names
    for name in names:
        court = tribunal_named(name)
        assert court is not None and court.name == name, name
        assert all(court.address_lines), name
    assert tribunal_named("Le Havre").name == "Tribunal judiciaire du Havre"
    assert tribunal_named("Villeurbanne") is None
    assert tribunal_named("") is None


PLACES = st.sampled_from(["02800", "69003", "75011", "10115", "", "2A004", "97400"]) \
    | st.text(max_size=12)
NAMES = st.sampled_from(["Lyon", "Saint-Denis", "Paris 11", "Vendeuil", "", "St Denis"]) \
    | st.text(max_size=30)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(postcode=PLACES, commune=NAMES, tribunal=st.none() | NAMES | st.integers(),
       insee=st.none() | PLACES, kind=st.sampled_from(["complaint", "partie-civile"]))
def test_court_fields_never_5xx(client, postcode, commune, tribunal, insee, kind):
    extra = ({"first_complaint_to": "procureur", "first_complaint_date": "2026-01-05"}
             if kind == "partie-civile" else {})
    data = body(victim=victim(postcode, commune), tribunal=tribunal, commune_insee=insee,
                **extra)
    response = post(client, f"{URL}/{kind}?format=txt", data)
    assert response.status_code in (200, 422)
