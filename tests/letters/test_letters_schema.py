"""The validator: a table of bad inputs with the exact {field, code} expected, and a fuzz proving
it never raises anything but LetterInputError."""

from __future__ import annotations

import copy
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.letters import LetterInputError, build_complaint, render, validate
from app.letters.schema import MESSAGES
from app.letters.wording import W

from .cases import OFFENCES, TODAY, base


def errors_of(raw) -> set[tuple[str, str]]:
    with pytest.raises(LetterInputError) as info:
        validate(raw)
    for error in info.value.errors:
        assert error["message"]["fr"] and error["message"]["en"]
    return {(e["field"], e["code"]) for e in info.value.errors}


def with_(path: str, value):
    raw = base()
    target = raw
    keys = path.split(".")
    for key in keys[:-1]:
        target = target[int(key)] if isinstance(target, list) else target[key]
    last = keys[-1]
    if isinstance(target, list):
        target[int(last)] = value
    else:
        target[last] = value
    return raw


BAD = [
    ("unknown top field", with_("password", "x"), ("data.password", "unknown")),
    ("unknown victim field", with_("victim.nickname", "x"), ("victim.nickname", "unknown")),
    ("missing victim", {k: v for k, v in base().items() if k != "victim"}, ("victim", "required")),
    ("empty first name", with_("victim.first_name", "  "), ("victim.first_name", "required")),
    ("name too long", with_("victim.last_name", "x" * 101), ("victim.last_name", "too_long")),
    ("harm too long", with_("harm", "x" * 5001), ("harm", "too_long")),
    ("bad language", with_("letter_lang", "de"), ("letter_lang", "invalid_choice")),
    ("bad reading copy", with_("reading_copy_lang", 3), ("reading_copy_lang", "invalid_choice")),
    ("bad birth date", with_("victim.birth_date", "2025-02-30"),
     ("victim.birth_date", "invalid_date")),
    ("bad email", with_("victim.email", "not-an-email"), ("victim.email", "invalid_email")),
    ("bad phone", with_("victim.phone", "call me"), ("victim.phone", "invalid_phone")),
    ("bad insee", with_("commune_insee", "7511"), ("commune_insee", "invalid_insee")),
    ("no facts", with_("facts", []), ("facts", "required")),
    ("too many facts", with_("facts", [base()["facts"][0]] * 51), ("facts", "too_many")),
    ("fact without date", with_("facts.0.date", None), ("facts[0].date", "required")),
    ("javascript url", with_("facts.0.urls", ["javascript:alert(1)"]),
     ("facts[0].urls[0]", "invalid_url")),
    ("too many urls", with_("facts.0.urls", ["https://a.example/"] * 51),
     ("facts[0].urls", "too_many")),
    ("short sha256", with_("exhibits.0.sha256", "abc"), ("exhibits[0].sha256", "invalid_sha256")),
    ("bad seen_at", with_("exhibits.0.seen_at", "yesterday"),
     ("exhibits[0].seen_at", "invalid_datetime")),
    ("string bool", with_("partie_civile", "yes"), ("partie_civile", "type")),
    ("known author without name", with_("author", {"known": True, "name": ""}),
     ("author.name", "required")),
    ("control character", with_("harm", "a\x00b"), ("harm", "invalid_chars")),
    ("right-to-left override in a text", with_("harm", "a\u202eb"), ("harm", "invalid_chars")),
    ("left-to-right isolate in a name", with_("victim.last_name", "a\u2066b"),
     ("victim.last_name", "invalid_chars")),
    ("pop directional isolate in a URL", with_("facts.0.urls", ["https://a.example/\u2069"]),
     ("facts[0].urls[0]", "invalid_chars")),
    ("newline in a name", with_("victim.first_name", "a\nb"),
     ("victim.first_name", "invalid_chars")),
    ("representative without role", with_("representative", {"first_name": "A",
                                                              "last_name": "B"}),
     ("representative.role", "required")),
    ("qualification not a dict", with_("qualification", [1]), ("qualification", "type")),
    ("not a mapping", ["victim"], ("data", "type")),
]


@pytest.mark.parametrize(("raw", "expected"), [(r, e) for _, r, e in BAD],
                         ids=[name for name, _, _ in BAD])
def test_bad_input_is_reported_by_field_and_code(raw, expected):
    assert expected in errors_of(raw)


def test_every_error_is_reported_at_once():
    raw = with_("harm", "x" * 6000)
    raw["victim"]["email"] = "nope"
    raw["letter_lang"] = "it"
    assert {("harm", "too_long"), ("victim.email", "invalid_email"),
            ("letter_lang", "invalid_choice")} <= errors_of(raw)


def test_valid_input_is_normalised():
    raw = base()
    raw["exhibits"][0]["sha256"] = raw["exhibits"][0]["sha256"].upper()
    data = validate(raw)
    assert data["letter_lang"] == "fr" and data["facts"][0]["date"] == date(2025, 3, 12)
    assert data["exhibits"][0]["sha256"] == raw["exhibits"][0]["sha256"].lower()
    assert data["exhibits"][0]["seen_at"] == "2025-03-12T21:14"
    assert data["representative"] is None


def test_messages_and_wording_are_bilingual():
    assert all(fr and en for fr, en in MESSAGES.values())
    assert set(W["fr"]) == set(W["en"])


def test_french_letters_keep_punctuation_with_its_word():
    """A non-breaking space before : ; ! ? and inside « », so a line never starts with them."""
    from .cases import CASES, build

    texts = list(W["fr"].values())
    texts += [render(build(c), "txt").decode() for c in CASES if c.raw.get("letter_lang") != "en"]
    for text in texts:
        assert not re.search(r"[ \n][:;!?»]|«[ \n]", text), text


json_leaf = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30)
json_tree = st.recursive(json_leaf, lambda inner: st.lists(inner, max_size=4)
                         | st.dictionaries(st.text(max_size=12), inner, max_size=5), max_leaves=20)
field_names = st.sampled_from(["letter_lang", "victim", "author", "facts", "harm", "exhibits",
                               "partie_civile", "signed_on", "representative", "qualification"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(json_tree)
def test_fuzz_arbitrary_input_only_raises_letter_input_error(raw):
    try:
        validate(raw)
    except LetterInputError as error:
        assert error.errors


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(field_names, json_tree)
def test_fuzz_valid_input_with_one_field_replaced(name, value):
    raw = copy.deepcopy(base())
    raw[name] = value
    try:
        validate(raw)
    except LetterInputError as error:
        assert error.errors


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=200), st.text(max_size=60))
def test_fuzz_accepted_text_always_renders(description, name):
    """Whatever text the validator accepts, the XML formats can hold it."""
    raw = base(harm=description)
    raw["victim"]["first_name"] = name
    raw["facts"][0]["description"] = description
    try:
        data = validate(raw)
    except LetterInputError:
        return
    letter = build_complaint(data, OFFENCES, None, TODAY)
    for fmt in ("txt", "docx", "odt", "html"):
        assert render(letter, fmt)
