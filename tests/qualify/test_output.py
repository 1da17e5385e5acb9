"""Shape of the answer, bilingual texts, service ids, and the time-limit arithmetic."""

from __future__ import annotations

import re
import string
from datetime import date
from pathlib import Path

import pytest
import yaml

from app.config import LANGUAGES, ROOT
from app.formats import long_date
from app.law import get_registry
from app.qualify import qualify_json
from app.qualify.limitation import add_years
from app.qualify.services import service_ids
from app.wording import Wording

from .scenarios import ALL_CASES

WORDING = ROOT / "app" / "qualify" / "wording"
TEXTS, MESSAGES = ({key: {lang: Wording(WORDING, part).wording(lang)[key] for lang in LANGUAGES}
                    for key in Wording(WORDING, part).wording(LANGUAGES[0])}
                   for part in (None, "messages"))
TODAY = date(2026, 11, 25)
SERVICES_FILE = Path(__file__).parents[2] / "app" / "services" / "data" / "services.yaml"
KEYS = {"facts_date", "offences", "not_applicable", "complaint_required", "limitation",
        "first_steps", "notes", "services", "disclaimer"}
OFFENCE_KEYS = {"article", "code", "title", "prison_years", "fine_eur", "aggravations",
                "version_in_force_since", "url", "notes", "complaint_required", "assessed_on",
                "limitation"}
LIMITATION_KEYS = {"years", "starts_on", "ends_on", "first_act_ends_on", "rule"}


def placeholders(text: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(text) if name}


@pytest.mark.parametrize("table", [TEXTS, MESSAGES], ids=["engine", "validation"])
def test_every_text_in_both_languages_with_same_placeholders(table):
    for key, text in table.items():
        assert set(text) == {"fr", "en"}, key
        assert text["fr"].strip() and text["en"].strip(), key
        assert placeholders(text["fr"]) == placeholders(text["en"]), key


def test_french_texts_use_non_breaking_spaces_before_high_punctuation():
    for key, text in {**TEXTS, **MESSAGES}.items():
        assert not re.search(r" [:;!?]", text["fr"]), key


def test_no_penalty_typed_in_texts():
    """Amounts and prison terms come from the law data, never from the engine's texts."""
    for key, text in TEXTS.items():
        for lang in ("fr", "en"):
            assert not re.search(r"\d[\d  ]*(€|euros?)|\d+ (ans|years?) d", text[lang]), key


def test_answer_has_exactly_the_documented_keys():
    for case in ALL_CASES:
        result = qualify_json(case.facts, TODAY)
        assert set(result) == KEYS
        for offence in result["offences"]:
            assert set(offence) == OFFENCE_KEYS
            assert set(offence["limitation"]) == LIMITATION_KEYS
            assert offence["url"].startswith("https://www.legifrance.gouv.fr/")
            assert offence["code"] == "code_penal"


def test_titles_and_urls_come_from_the_law_data():
    result = qualify_json({"facts_date": "2025-01-10", "content_type": "sexual_deepfake",
                           "distribution": "public_online", "lang": "en"}, TODAY)
    rule = get_registry().offence("226-8-1")
    (offence,) = result["offences"]
    assert offence["title"] == rule.title["en"] and offence["url"] == rule.url
    assert offence["version_in_force_since"] == rule.current.start.isoformat()
    assert offence["aggravations"] == [
        {"key": "online_public", "label": rule.current.aggravations[0].label["en"]}]


def test_complaint_explained_on_each_offence_that_needs_one():
    result = qualify_json({"facts_date": "2025-01-10", "content_type": "real_intimate",
                           "how_obtained": "given_or_self_made",
                           "distribution": "third_party"}, TODAY)
    assert result["complaint_required"] is True
    assert "226-6" in result["offences"][0]["notes"][-1]


def test_grade_c_aggravation_is_flagged():
    result = qualify_json({"facts_date": "2025-01-10", "content_type": "none",
                           "threat": "sexual_content", "lang": "en"}, TODAY)
    (offence,) = result["offences"]
    assert offence["article"] == "312-10"
    assert any("grade C" in note for note in offence["notes"])


def test_not_held_version_says_so_instead_of_guessing():
    result = qualify_json({"facts_date": "2022-01-01", "content_type": "none",
                           "threat": "money_or_other", "lang": "en"}, TODAY)
    (offence,) = result["offences"]
    assert offence["prison_years"] is None and offence["version_in_force_since"] is None
    assert "does not hold" in offence["notes"][0]


def test_non_retroactivity_reason_names_the_start_date():
    result = qualify_json({"facts_date": "2024-01-15", "content_type": "sexual_deepfake",
                           "distribution": "public_online"}, TODAY)
    reason = {n["article"]: n["reason"] for n in result["not_applicable"]}["226-8-1"]
    assert "23 mai 2024" in reason and "112-1" in reason


def test_service_ids_exist_in_the_services_data():
    known = {s["id"] for s in yaml.safe_load(SERVICES_FILE.read_text())["services"]}
    produced = set()
    for case in ALL_CASES:
        produced |= set(qualify_json(case.facts, TODAY)["services"])
    assert produced <= known
    assert {"17", "3018", "119", "stopncii", "takeitdown", "pharos", "infoescroqueries",
            "pointdecontact", "116006", "3919"} <= produced


def test_services_have_no_duplicates():
    from app.qualify import parse_facts
    facts = parse_facts({"facts_date": "2025-01-10", "content_type": "real_intimate",
                         "distribution": "public_online", "threat": "money_or_other"}, TODAY)
    ids = service_ids(facts)
    assert len(ids) == len(set(ids))


@pytest.mark.parametrize(
    ("start", "years", "expected"),
    [
        (date(2025, 1, 10), 6, date(2031, 1, 10)),
        (date(2024, 2, 29), 6, date(2030, 2, 28)),
        (date(2024, 2, 29), 4, date(2028, 2, 29)),
        (date(2028, 3, 1), 10, date(2038, 3, 1)),
    ],
)
def test_add_years(start, years, expected):
    assert add_years(start, years) == expected


@pytest.mark.parametrize(
    ("value", "lang", "expected"),
    [(date(2024, 5, 23), "fr", "23 mai 2024"), (date(2024, 5, 1), "fr", "1er mai 2024"),
     (date(2024, 5, 1), "en", "1 May 2024")],
)
def test_dates_in_words(value, lang, expected):
    assert long_date(value, lang) == expected


def test_creation_without_age_points_to_the_minors_offence():
    result = qualify_json({"facts_date": "2025-02-01", "content_type": "sexual_deepfake",
                           "lang": "en"}, TODAY)
    assert result["offences"] == []
    (item,) = result["not_applicable"]
    assert item["article"] == "226-8-1" and "227-23" in item["reason"]


def test_a_future_end_date_is_not_called_past():
    result = qualify_json({"facts_date": "2025-02-01", "content_type": "deepfake",
                           "distribution": "third_party"}, TODAY)
    assert "passée" not in result["limitation"]["caveat"]


@pytest.mark.parametrize(("facts", "article", "words"), [
    ({"facts_date": "2023-06-01", "content_type": "none", "threat": "money_or_other"},
     "312-10", "known from its text as of 4 April 2023"),
    ({"facts_date": "2025-01-10", "content_type": "real_intimate",
      "how_obtained": "captured_without_consent"}, "226-2", "holds it from 1 August 2020"),
])
def test_a_start_that_is_not_an_entry_into_force_is_never_given_as_one(facts, article, words):
    result = qualify_json({**facts, "lang": "en"}, TODAY)
    offence = {o["article"]: o for o in result["offences"]}[article]
    assert offence["prison_years"] is not None and offence["version_in_force_since"] is None
    assert any(words in note for note in offence["notes"])
