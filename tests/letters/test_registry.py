"""The registry of document kinds: every kind makes every file format, its OpenAPI schema and its
check come from one declaration and agree, and the API and the CLI offer every kind. A new kind
fails here until it has a sample body below."""

from __future__ import annotations

import copy

import pytest
from jsonschema import Draft202012Validator

from app.letters import FILE_FORMATS, LetterInputError, registry
from app.letters.declare import Date, List, Obj, Text
from tests.api.bodies import BODY, SAMPLES
from tests.conftest import FACTS_ON

from .readback import squash, text_of

KINDS = [kind.id for kind in registry.kinds()]


def test_every_kind_has_a_sample_here():
    assert set(KINDS) == set(SAMPLES)


def test_kinds_are_found_by_id_and_url_spelling():
    for kind in registry.kinds():
        assert registry.find(kind.id) is kind and registry.find(kind.slug) is kind
    assert registry.find("will") is None and registry.find(None) is None
    with pytest.raises(LookupError):
        registry.get("will")


@pytest.mark.parametrize("fmt", FILE_FORMATS)
@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_makes_every_format(kind, fmt):
    document = registry.document(kind, copy.deepcopy(SAMPLES[kind]), fmt, FACTS_ON)
    assert document.filename.endswith(f".{fmt}") and document.media_type
    victim = SAMPLES[kind]["victim"]
    assert squash(victim["last_name"].upper()) in squash(text_of(fmt, document.content))


def test_an_unknown_format_is_a_letter_error():
    with pytest.raises(LetterInputError) as info:
        registry.document("complaint", BODY, "exe", FACTS_ON)
    assert info.value.errors[0]["field"] == "format"


def test_check_lists_the_problems_and_nothing_when_sound():
    assert registry.check("complaint", BODY, FACTS_ON) == []
    problems = registry.check("erasure", {"platform": "x"}, FACTS_ON)
    assert {"controller", "victim", "target_urls"} <= {p["field"] for p in problems}


def _validator(kind) -> Draft202012Validator:
    components: dict = {}
    ref = kind.body.schema(components)
    return Draft202012Validator({**ref, "components": {"schemas": components}})


@pytest.mark.parametrize("kind", KINDS)
def test_the_sample_is_valid_against_the_published_schema(kind):
    assert not list(_validator(registry.get(kind)).iter_errors(SAMPLES[kind]))


def _top(kind):
    """The kind's declared top-level fields (its Obj)."""
    return registry.get(kind).body.fields


@pytest.mark.parametrize("kind", KINDS)
def test_schema_and_check_agree_on_what_is_required(kind):
    """Each field the schema requires is reported missing by the check when left out, and a
    field the schema does not list is refused as unknown."""
    schema = _validator(registry.get(kind)).schema
    name = schema["$ref"].rsplit("/", 1)[1]
    published = schema["components"]["schemas"][name]
    for field in published.get("required", []):
        body = {k: v for k, v in copy.deepcopy(SAMPLES[kind]).items() if k != field}
        assert field in {p["field"] for p in registry.check(kind, body, FACTS_ON)}, field
    assert set(published["properties"]) == set(_top(kind))
    body = {**copy.deepcopy(SAMPLES[kind]), "zzz": 1}
    assert "data.zzz" in {p["field"] for p in registry.check(kind, body, FACTS_ON)}


@pytest.mark.parametrize("kind", KINDS)
def test_schema_and_check_agree_on_limits(kind):
    """One character over a text's published maxLength is too long for the check; a list one
    item over maxItems has too many."""
    for field, spec in _top(kind).items():
        body = copy.deepcopy(SAMPLES[kind])
        if isinstance(spec, Text):
            body[field] = "x" * (spec.schema({})["maxLength"] + 1)
            code = "too_long"
        elif isinstance(spec, List) and not isinstance(spec.item, Obj | Date):
            body[field] = ["https://a.example/"] * (spec.schema({})["maxItems"] + 1)
            code = "too_many"
        else:
            continue
        found = {(p["field"], p["code"]) for p in registry.check(kind, body, FACTS_ON)}
        assert (field, code) in found, (field, found)
