"""The JSON APIs and the GET routes with query parameters, fuzzed with hostile input.

Why apart from the forms: JSON bodies break in their own ways (deep nesting, huge numbers,
NaN, surrogates, wrong types at every level) and every API error must name its message in
French and English. GET routes are enumerated from app.url_map and given random query strings,
so a route that starts reading its query string is fuzzed without being listed."""

from __future__ import annotations

import copy

from hypothesis import given
from hypothesis import strategies as st

from app.letters.action.schema import COMMON, PER_KIND
from app.qualify.facts import FIELDS
from tests.api.bodies import BODY, PC_BODY, PG_BODY
from tests.letters.action_bodies import GOOD

from .hostile import check, dumps, fuzz, hostile_text, json_values, raw_bodies, text_values

JSON_TYPES = ["application/json", "application/json; charset=latin-1", "text/plain", ""]


def mutated(base: dict, names: list[str]):
    """`base` with a few fields replaced, removed or added; nested dicts and lists too."""

    def apply(edits, drop):
        body = copy.deepcopy(base)
        body.update(edits)
        for name in drop:
            body.pop(name, None)
        return body

    edits = st.dictionaries(st.sampled_from(names + ["extra", ""]) | hostile_text, json_values,
                            max_size=3)
    return st.builds(apply, edits, st.lists(st.sampled_from(names), max_size=2))


QUALIFY_BASE = {"facts_date": "2025-03-01", "content_type": "sexual_deepfake",
                "distribution": "public_online", "victim_age_at_facts": 30, "lang": "en"}


@fuzz(800)
@given(body=mutated(QUALIFY_BASE, sorted(FIELDS)).map(dumps) | json_values.map(dumps)
       | raw_bodies, content_type=st.sampled_from(JSON_TYPES))
def test_qualify_api(app, body, content_type):
    response = app.test_client().post("/api/v1/qualify", data=body, content_type=content_type)
    check(response, None, allowed=(200, 400, 413, 422))
    assert response.is_json and response.headers["Cache-Control"].startswith("no-store")


LETTER_KINDS = {"complaint": BODY, "partie-civile": PC_BODY, "pg-appeal": PG_BODY,
                **{k.replace("_", "-"): v for k, v in GOOD.items()}}
LETTER_NAMES = sorted(set(BODY) | set(PC_BODY) | set(PG_BODY) | {"cour_appel", "grounds"}
                      | set().union(COMMON, *PER_KIND.values()))


@fuzz(700)
@given(data=st.data(), kind=st.sampled_from(sorted(LETTER_KINDS)) | hostile_text,
       fmt=st.sampled_from(["txt", "txt", "txt", "docx", "odt", "pdf", "", "exe"]) | text_values,
       copy_arg=st.sampled_from([None, "reading", "x"]))
def test_documents_api(app, data, kind, fmt, copy_arg):
    base = LETTER_KINDS.get(kind, BODY)
    body = data.draw(mutated(base, LETTER_NAMES).map(dumps) | json_values.map(dumps)
                     | raw_bodies, label="body")
    query = {"format": fmt, **({"copy": copy_arg} if copy_arg else {})}
    response = app.test_client().post(f"/api/v1/documents/{kind}", data=body,
                                      query_string=query, content_type="application/json")
    check(response, None, allowed=(200, 400, 404, 405, 413, 422))
    assert response.headers["Cache-Control"].startswith("no-store")


# --- every GET route, with a random query string --------------------------------------------
_PATHS: list[str] = []


def get_paths(app) -> list[str]:
    """Every GET page (both languages) and every GET route without arguments, read once."""
    from tests.conftest import all_page_urls

    if _PATHS:
        return _PATHS

    extra = [rule.rule for rule in app.url_map.iter_rules()
             if "GET" in rule.methods and not rule.arguments and rule.rule != "/__test__/boom"]
    _PATHS.extend(sorted(set(all_page_urls(app)) | set(extra)))
    return _PATHS


FILTER_VALUES = st.sampled_from(["any", "under-15", "15-17", "18-plus", "under-18", "yes", "no",
                                 "police", ""]) | text_values
QUERY = st.fixed_dictionaries({}, optional={
    "age": FILTER_VALUES, "urgent": FILTER_VALUES, "help": FILTER_VALUES,
    "image_age": FILTER_VALUES, "q": text_values, "lang": text_values, "format": text_values,
    "page": st.sampled_from(["1", "-1", "9" * 400, "1e999"])})


@fuzz(900)
@given(data=st.data(), query=QUERY)
def test_get_routes_with_query(app, data, query):
    path = data.draw(st.sampled_from(get_paths(app)), label="path")
    response = app.test_client().get(path, query_string=query)
    lang = path.split("/")[1] if path.split("/")[1] in ("fr", "en") else None
    check(response, lang, allowed=(200, 301, 302, 308, 400, 404))


@fuzz(300)
@given(lang=st.sampled_from(["fr", "en"]), tail=hostile_text | text_values)
def test_unknown_paths(app, lang, tail):
    """Hostile paths (traversal, markup, control characters) under a language: never a 5xx, the
    error page in that language."""
    response = app.test_client().get(f"/{lang}/" + tail.replace("?", "").replace("#", ""))
    check(response, lang, allowed=(200, 301, 302, 308, 400, 404, 405))
