"""The action letters' validator: a table of bad inputs with the exact {field, code} expected,
and a fuzz proving it never raises anything but LetterInputError."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.letters import LetterInputError
from app.letters.action import KINDS, validate

from .action_bodies import QUAL, TODAY, URLS, good


def without(kind: str, key: str) -> dict:
    return {k: v for k, v in good(kind).items() if k != key}


BAD = [
    ("unknown field", "erasure", good("erasure", password="x"), ("data.password", "unknown")),
    ("field of another kind", "erasure", good("erasure", csam=True), ("data.csam", "unknown")),
    ("no urls", "delisting", good("delisting", target_urls=[]), ("target_urls", "required")),
    ("missing urls", "preservation", without("preservation", "target_urls"),
     ("target_urls", "required_location")),
    ("a place without group nor account", "platform_notice",
     good("platform_notice", target_urls=[], target_places=[{"app": "Snapchat"}]),
     ("target_places[0].conversation", "required_place")),
    ("a place for delisting", "delisting",
     good("delisting", target_places=[{"conversation": "4e B"}]), ("target_places", "too_many")),
    ("a place reported tomorrow", "erasure",
     good("erasure", target_places=[{"account": "@x", "reported_on": "2099-01-01"}]),
     ("target_places[0].reported_on", "future_date")),
    ("too many urls", "delisting", good("delisting", target_urls=["https://a.example/"] * 51),
     ("target_urls", "too_many")),
    ("url too long", "delisting", good("delisting", target_urls=["https://a.example/" +
                                                                  "x" * 2000]),
     ("target_urls[0]", "too_long")),
    ("not a web url", "delisting", good("delisting", target_urls=["javascript:alert(1)"]),
     ("target_urls[0]", "invalid_url")),
    ("platform too long", "platform_notice", good("platform_notice", platform="p" * 101),
     ("platform", "too_long")),
    ("no platform", "preservation", without("preservation", "platform"),
     ("platform", "required")),
    ("notice without offence", "platform_notice", without("platform_notice", "articles"),
     ("articles", "required_offence")),
    ("unknown article", "platform_notice", good("platform_notice", articles=["999-9"]),
     ("articles[0]", "unknown_article")),
    ("bad qualification", "platform_notice", good("platform_notice",
                                                  qualification={**QUAL, "content_type": "x"}),
     ("qualification.content_type", "invalid_choice")),
    ("notice without e-mail", "platform_notice",
     good("platform_notice", victim={"first_name": "A", "last_name": "B"}),
     ("victim.email", "required")),
    ("notice without victim, not csam", "platform_notice", without("platform_notice", "victim"),
     ("victim", "required")),
    ("csam not a bool", "platform_notice", good("platform_notice", csam="yes"),
     ("csam", "type")),
    ("appeal without notice date", "platform_appeal", without("platform_appeal", "notice_date"),
     ("notice_date", "required")),
    ("notice date in the future", "platform_appeal",
     good("platform_appeal", notice_date="2027-01-01"), ("notice_date", "future_date")),
    ("decision before notice", "platform_appeal",
     good("platform_appeal", decision_date="2026-08-01"), ("decision_date", "before_notice")),
    ("bad content kind", "delisting", good("delisting", content_kind="poem"),
     ("content_kind", "invalid_choice")),
    ("erasure without controller", "erasure", without("erasure", "controller"),
     ("controller", "required")),
    ("controller without name", "erasure", good("erasure", controller={"address_lines": []}),
     ("controller.name", "required")),
    ("controller unknown field", "erasure", good("erasure", controller={"name": "A", "x": 1}),
     ("controller.x", "unknown")),
    ("too many address lines", "erasure",
     good("erasure", controller={"name": "A", "address_lines": ["l"] * 7}),
     ("controller.address_lines", "too_many")),
    ("minor flag not a bool", "erasure", good("erasure", minor_at_collection=1),
     ("minor_at_collection", "type")),
    ("cnil without request date", "cnil_complaint", without("cnil_complaint", "request_date"),
     ("request_date", "required")),
    ("cnil too early", "cnil_complaint", good("cnil_complaint", request_date="2026-11-01"),
     ("request_date", "too_early")),
    ("cnil bad answer", "cnil_complaint", good("cnil_complaint", answer="maybe"),
     ("answer", "invalid_choice")),
    ("complaint date in the future", "preservation",
     good("preservation", complaint_date="2026-12-01"), ("complaint_date", "future_date")),
    ("bad language", "preservation", good("preservation", letter_lang="de"),
     ("letter_lang", "invalid_choice")),
    ("not a mapping", "delisting", ["x"], ("data", "type")),
    # the request under the US TAKE IT DOWN Act: English, contact details, not before the duty
    ("us request in French", "us_removal_request", good("us_removal_request", letter_lang="fr"),
     ("letter_lang", "invalid_choice")),
    ("us request without contact", "us_removal_request",
     good("us_removal_request", victim={"first_name": "A", "last_name": "B"}),
     ("victim.email", "required_contact")),
    ("us request by a parent without contact", "us_removal_request",
     good("us_removal_request", victim={"first_name": "A", "last_name": "B"},
          representative={"first_name": "C", "last_name": "B", "role": "mère"}),
     ("representative.email", "required_contact")),
    ("us request without victim", "us_removal_request", without("us_removal_request", "victim"),
     ("victim", "required")),
    ("us request dated before the duty", "us_removal_request",
     good("us_removal_request", signed_on="2026-05-18"), ("signed_on", "before_removal_duty")),
    ("us request bad content kind", "us_removal_request",
     good("us_removal_request", content_kind="poem"), ("content_kind", "invalid_choice")),
    ("us request signature not a bool", "us_removal_request",
     good("us_removal_request", electronic_signature="yes"), ("electronic_signature", "type")),
    ("us request description too long", "us_removal_request",
     good("us_removal_request", depiction="d" * 301), ("depiction", "too_long")),
    # the complaint's own fields, checked by the complaint validator
    ("complaint author without name", "preservation",
     good("preservation", author={"known": True}), ("author.name", "required")),
    ("complaint author unknown field", "delisting",
     good("delisting", author={"known": False, "age": 3}), ("author.age", "unknown")),
    ("complaint harm not text", "platform_notice", good("platform_notice", harm=3),
     ("harm", "type")),
    ("complaint partie civile not a bool", "erasure", good("erasure", partie_civile="yes"),
     ("partie_civile", "type")),
    ("complaint bad insee", "platform_appeal", good("platform_appeal", commune_insee="7511"),
     ("commune_insee", "invalid_insee")),
    ("complaint unknown commune", "platform_appeal",
     good("platform_appeal", commune_insee="00000"), ("commune_insee", "unknown_commune")),
    ("complaint reading copy language", "cnil_complaint",
     good("cnil_complaint", reading_copy_lang="de"), ("reading_copy_lang", "invalid_choice")),
    ("complaint tribunal too long", "preservation", good("preservation", tribunal="t" * 201),
     ("tribunal", "too_long")),
]


@pytest.mark.parametrize(("kind", "raw", "expected"), [(k, r, e) for _, k, r, e in BAD],
                         ids=[name for name, *_ in BAD])
def test_bad_input_is_reported_by_field_and_code(kind, raw, expected):
    with pytest.raises(LetterInputError) as info:
        validate(kind, raw, TODAY)
    for error in info.value.errors:
        assert error["message"]["fr"] and error["message"]["en"]
    assert expected in {(e["field"], e["code"]) for e in info.value.errors}


@pytest.mark.parametrize("kind", KINDS)
def test_good_input_is_accepted(kind):
    assert validate(kind, good(kind), TODAY)["kind"] == kind


@pytest.mark.parametrize("contact", [{"phone": "+33 6 12 34 56 78"},
                                     {"address": "12 rue des Lilas"}])
def test_the_us_request_takes_any_way_to_reach_the_writer(contact):
    victim = {"first_name": "A", "last_name": "B", **contact}
    assert validate("us_removal_request", good("us_removal_request", victim=victim), TODAY)


def test_the_us_request_may_be_dated_the_day_the_duty_applies():
    data = validate("us_removal_request", good("us_removal_request", signed_on="2026-05-19"),
                    TODAY)
    assert str(data["signed_on"]) == "2026-05-19"


def test_cnil_after_a_refusal_needs_no_wait():
    validate("cnil_complaint", good("cnil_complaint", request_date="2026-11-20",
                                    answer="refused"), TODAY)


COMPLAINT_EXTRAS = {"reading_copy_lang": "en", "commune_insee": "75111",
                    "tribunal": "Tribunal judiciaire de Paris", "harm": "Anxiété.",
                    "partie_civile": True,
                    "author": {"known": True, "name": "Y Z", "accounts": ["@auteur.x"],
                               "relationship": "ancien collègue"}}


@pytest.mark.parametrize("kind", KINDS)
def test_complaint_fields_are_accepted(kind):
    data = validate(kind, good(kind, **COMPLAINT_EXTRAS), TODAY)
    assert data["author"]["accounts"] == ["@auteur.x"]


def test_csam_anonymous_notice_takes_the_complaint_fields_without_a_victim():
    data = validate("platform_notice", {"csam": True, "platform": "x", "target_urls": URLS,
                                        "articles": ["227-23"], "harm": "",
                                        "author": {"known": False}}, TODAY)
    assert data["victim"] is None and data["author"]["known"] is False


def test_csam_notice_may_be_anonymous():
    data = validate("platform_notice", {"csam": True, "platform": "x", "target_urls": URLS,
                                        "articles": ["227-23"]}, TODAY)
    assert data["victim"] is None


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=12)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(kind=st.sampled_from(KINDS), key=st.sampled_from(
    ["victim", "platform", "target_urls", "articles", "controller", "notice_date",
     "decision_date", "request_date", "csam", "accounts", "facts", "qualification",
     "author", "harm", "commune_insee", "tribunal", "partie_civile", "reading_copy_lang"]),
    value=JSON)
def test_validator_only_raises_letter_input_error(kind, key, value):
    raw = good(kind)
    raw[key] = value
    with contextlib.suppress(LetterInputError):
        validate(kind, raw, TODAY)
