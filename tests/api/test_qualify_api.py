"""POST /api/v1/qualify answers exactly what the engine answers; errors are 422/400/413 JSON;
the OpenAPI document is valid and describes real answers."""

from __future__ import annotations

import json

import pytest
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate

from app.api import openapi, spec_documents
from app.qualify import qualify_json
from tests.conftest import FACTS_ON
from tests.qualify.scenarios import ALL_CASES


def post(client, body, **kwargs):
    if not isinstance(body, (str, bytes)):
        body = json.dumps(body)
    return client.post("/api/v1/qualify", data=body, content_type="application/json", **kwargs)


def schema(name: str) -> Draft202012Validator:
    spec = openapi.build_spec()
    return Draft202012Validator({"$ref": f"#/components/schemas/{name}",
                                 "components": spec["components"]})


@pytest.mark.parametrize("case", ALL_CASES, ids=lambda c: c.name)
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_answer_is_the_engine_answer(client, case, lang):
    payload = {**case.facts, "lang": lang}
    response = post(client, payload)
    assert response.status_code == 200
    assert response.headers["Cache-Control"].startswith("no-store")
    assert response.mimetype == "application/json"
    assert response.get_json() == qualify_json(payload, FACTS_ON)
    schema("QualifyResult").validate(response.get_json())
    schema("QualifyInput").validate(payload)


@pytest.mark.parametrize("body, errors", [
    ({"facts_date": "2025-01-10"}, {("content_type", "required")}),
    ({"facts_date": "2025-01-10", "content_type": "x"}, {("content_type", "invalid_choice")}),
    ({"facts_date": "10/01/2025", "content_type": "none"}, {("facts_date", "invalid_date")}),
    ({"facts_date": "2031-01-01", "content_type": "none"}, {("facts_date", "future_date")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "colour": "red"},
     {("colour", "unknown_field")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "impersonation": "yes"},
     {("impersonation", "invalid_boolean")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "threat": "money_or_other",
      "threat_carried_out": "yes"}, {("threat_carried_out", "invalid_boolean")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "threat_carried_out": 0},
     {("threat_carried_out", "invalid_boolean")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "threat_carried_out": "true"},
     {("threat_carried_out", "invalid_boolean")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "threat_executed": True},
     {("threat_executed", "unknown_field")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "victim_age_at_facts": True},
     {("victim_age_at_facts", "invalid_integer")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "lang": "de"},
     {("lang", "invalid_choice")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "threat": "sexual_act",
      "threat_channel": "sms"}, {("threat_channel", "invalid_choice")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "author_relationship": "ex"},
     {("author_relationship", "invalid_choice")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "author_age": "17"},
     {("author_age", "invalid_choice")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "age_shown_in_content": 16.0},
     {("age_shown_in_content", "invalid_integer")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "first_facts_date": "2025-02-01"},
     {("first_facts_date", "after_last_facts")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "author_is_partner": False,
      "author_relationship": "partner"}, {("author_relationship", "inconsistent_partner")}),
    ({"facts_date": "2025-01-10", "content_type": "none", "repeated_or_group": False,
      "others_joined": "sent_on_or_attacked"}, {("repeated_or_group", "inconsistent_group")}),
    ({"facts_date": "2025-01-10", "content_type": "real_intimate", "victim_age_at_facts": 17,
      "age_shown_in_content": 18}, {("age_shown_in_content", "inconsistent_age_shown")}),
    ([1, 2], {("", "not_an_object")}),
    (None, {("", "not_an_object")}),
])
def test_bad_values_are_422_with_bilingual_messages(client, body, errors):
    response = post(client, body)
    assert response.status_code == 422
    assert response.headers["Cache-Control"].startswith("no-store")
    data = response.get_json()
    assert data["status"] == 422
    assert {(e["field"], e["code"]) for e in data["errors"]} == errors
    for error in data["errors"]:
        assert error["message"]["fr"] and error["message"]["en"]
        assert error["text"] == error["message"]["fr"], "French by default"
    schema("ApiErrors").validate(data)


# (body's lang, Accept-Language, language of `text`)
LANG_CASES = [
    ("en", None, "en"),
    ("fr", "en", "fr"),
    (None, "en-GB,en;q=0.9", "en"),
    (None, "de-DE, en;q=0.5, fr;q=0.8", "fr"),
    (None, "de", "fr"),
    (None, None, "fr"),
    ("de", "en", "en"),
    (["en"], None, "fr"),
]


@pytest.mark.parametrize(("body_lang", "accept", "expected"), LANG_CASES)
def test_422_errors_carry_text_in_the_requested_language(client, body_lang, accept, expected):
    body = {"facts_date": "2025-01-10", "content_type": "x"}
    if body_lang is not None:
        body["lang"] = body_lang
    headers = {"Accept-Language": accept} if accept else {}
    response = post(client, body, headers=headers)
    assert response.status_code == 422
    data = response.get_json()
    schema("ApiErrors").validate(data)
    for error in data["errors"]:
        assert set(error["message"]) == {"fr", "en"}
        assert error["text"] == error["message"][expected]


@pytest.mark.parametrize(("accept", "expected"), [("en", "en"), (None, "fr")])
def test_unreadable_body_text_follows_accept_language(client, accept, expected):
    headers = {"Accept-Language": accept} if accept else {}
    response = post(client, b"{not json", headers=headers)
    (error,) = response.get_json()["errors"]
    assert error["text"] == error["message"][expected]


@pytest.mark.parametrize("body", [b"{not json", b"\xff\xfe\x00", b"", b"[" * 50000,
                                  "{'single': 'quotes'}"])
def test_unreadable_body_is_400(client, body):
    response = post(client, body)
    assert response.status_code == 400
    data = response.get_json()
    assert data["status"] == 400 and data["errors"][0]["code"] == "invalid_json"
    assert data["errors"][0]["message"]["fr"] != data["errors"][0]["message"]["en"]


def test_too_large_body_is_413(client, app):
    big = json.dumps({"facts_date": "2025-01-10", "content_type": "none",
                      "x": "a" * app.config["MAX_CONTENT_LENGTH"]})
    response = post(client, big)
    assert response.status_code == 413
    assert response.get_json()["errors"][0]["code"] == "too_large"


def test_get_is_405_json(client):
    response = client.get("/api/v1/qualify")
    assert response.status_code == 405 and response.is_json


def test_openapi_document_is_valid_and_describes_every_field(client):
    response = client.get("/api/v1/openapi.json")
    assert response.status_code == 200
    spec = response.get_json()
    validate(spec)
    assert spec["openapi"].startswith("3.1")
    fields = spec["components"]["schemas"]["QualifyInput"]["properties"]
    assert fields["content_type"]["enum"] == ["sexual_deepfake", "deepfake", "real_intimate",
                                              "none"]
    assert all(field.get("description") for field in fields.values())
    assert "/api/v1/qualify" in spec["paths"] and "/api/v1/openapi.json" in spec["paths"]


THREAT = {"facts_date": "2025-01-10", "content_type": "real_intimate",
          "how_obtained": "given_or_self_made", "distribution": "third_party",
          "threat": "money_or_other", "victim_age_at_facts": 30}


# threat_carried_out → (penalty of 312-10, aggravation keys, words of one of its English notes)
CARRIED_OUT = [
    (True, (7, 100000), ["threat_executed"], "carried out the threat (article 312-11)"),
    (False, (5, 75000), [], "whether the sharing followed the threat"),
    (None, (5, 75000), [], "whether the sharing followed the threat"),
]


@pytest.mark.parametrize(("carried_out", "penalty", "keys", "words"), CARRIED_OUT)
def test_threat_carried_out_counts_article_312_11(client, carried_out, penalty, keys, words):
    body = {**THREAT, "lang": "en"}
    if carried_out is not None:
        body["threat_carried_out"] = carried_out
    response = post(client, body)
    assert response.status_code == 200
    (blackmail,) = [o for o in response.get_json()["offences"] if o["article"] == "312-10"]
    assert (blackmail["prison_years"], blackmail["fine_eur"]) == penalty
    assert [a["key"] for a in blackmail["aggravations"]] == keys
    assert any(words in note for note in blackmail["notes"])
    schema("QualifyInput").validate(body)


def test_threat_carried_out_is_a_documented_boolean(client):
    spec = client.get("/api/v1/openapi.json").get_json()
    field = spec["components"]["schemas"]["QualifyInput"]["properties"]["threat_carried_out"]
    assert field["type"] == "boolean" and "312-11" in field["description"]
    assert "threat_carried_out" not in spec["components"]["schemas"]["QualifyInput"]["required"]
    assert not schema("QualifyInput").is_valid({**THREAT, "threat_carried_out": "yes"})


def test_input_schema_refuses_what_the_engine_refuses():
    assert not schema("QualifyInput").is_valid({"facts_date": "2025-01-10",
                                                "content_type": "none", "colour": "red"})
    assert not schema("QualifyInput").is_valid({"facts_date": "2025-01-10"})


def test_documents_spec_is_merged_and_conflicts_refused(monkeypatch):
    monkeypatch.setattr(spec_documents, "PATHS", {"/api/v1/documents/x": {"post": {
        "responses": {"200": {"description": "ok"}}}}})
    monkeypatch.setattr(spec_documents, "SCHEMAS", {"Letter": {"type": "object"}})
    spec = openapi.build_spec()
    validate(spec)
    assert "/api/v1/documents/x" in spec["paths"] and "Letter" in spec["components"]["schemas"]
    monkeypatch.setattr(spec_documents, "SCHEMAS", {"ApiError": {"type": "string"}})
    with pytest.raises(ValueError, match="ApiError"):
        openapi.build_spec()


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_api_page_lists_every_field(client, lang):
    html = client.get(f"/{lang}/api").get_data(as_text=True)
    for name in openapi.build_spec()["components"]["schemas"]["QualifyInput"]["properties"]:
        assert f"<code>{name}</code>" in html
    assert "/api/v1/openapi.json" in html and f'&#34;lang&#34;: &#34;{lang}&#34;' in html


# The fields for real cases: documented with the engine's values; answers carry per-offence
# complaint flags and time limits, and the top-level flag is true when any offence needs one.
NEW_FIELDS = {"first_facts_date": "string", "age_shown_in_content": "integer",
              "threat_channel": "string", "author_relationship": "string",
              "author_age": "string", "repeated_acts": "boolean", "others_joined": "string"}


def test_new_fields_are_documented_with_the_engine_values(client):
    from app.qualify.facts import CHOICES

    fields = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"][
        "QualifyInput"]["properties"]
    for name, kind in NEW_FIELDS.items():
        assert fields[name]["type"] == kind and fields[name]["description"], name
        if name in CHOICES:
            assert fields[name]["enum"] == list(CHOICES[name])
    assert "sexual_act" in fields["threat"]["enum"]
    assert "recorded_during_exchange" in fields["how_obtained"]["enum"]
    assert (fields["age_shown_in_content"]["minimum"], fields["age_shown_in_content"]["maximum"]) \
        == (0, 120)


def test_webcam_case_answers_complaint_required_per_offence_and_overall(client):
    body = {"facts_date": "2025-01-10", "content_type": "real_intimate",
            "how_obtained": "recorded_during_exchange", "distribution": "none",
            "threat": "money_or_other", "threat_channel": "private_messages",
            "victim_age_at_facts": 30, "lang": "en"}
    data = post(client, body).get_json()
    flags = {o["article"]: o["complaint_required"] for o in data["offences"]}
    assert flags == {"226-1": True, "226-2": True, "226-2-1": True, "312-10": False}
    assert data["complaint_required"] is True
    schema("QualifyResult").validate(data)
    schema("QualifyInput").validate(body)


def test_acts_over_time_answer_each_offence_and_act(client):
    body = {"facts_date": "2025-01-10", "first_facts_date": "2022-06-01",
            "content_type": "sexual_deepfake", "distribution": "public_online",
            "victim_age_at_facts": 30}
    data = post(client, body).get_json()
    entries = {(o["article"], o["assessed_on"]): o["limitation"] for o in data["offences"]}
    assert entries[("226-8-1", "2025-01-10")]["first_act_ends_on"] == "2030-05-23"
    assert entries[("226-8", "2022-06-01")]["ends_on"] == "2028-06-01"
    assert data["limitation"]["ends_on"] == "2031-01-10"
    assert data["limitation"]["earliest_ends_on"] == "2028-06-01"
    schema("QualifyResult").validate(data)


def test_api_page_wording_has_both_languages():
    """The API page's own words (app/api/wording) exist in French and English, key for key."""
    from app.api.views import WORDING

    fr, en = WORDING.wording("fr"), WORDING.wording("en")
    assert set(fr) == set(en) and all(fr.values()) and all(en.values())
    assert any(fr[key] != en[key] for key in fr)


@pytest.mark.parametrize(("lang", "label"), [("fr", "De quel type de contenu"),
                                             ("en", "What kind of content is it?")])
def test_api_page_words_fields_as_the_guided_questions(client, lang, label):
    """The guided questions' wording names the fields, without the API importing them."""
    assert label in client.get(f"/{lang}/api").get_data(as_text=True)
