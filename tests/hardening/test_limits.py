"""Limits on what may be sent: body size (413), form parts, field lengths, and the number of
facts, exhibits, URLs and accounts, on the web forms and on the APIs.

Why: the tools read everything in memory and build letters from it; without limits a single
request could hold a worker's memory or CPU. Each case sends just past a limit and expects the
documented refusal, with the error named in both languages (API) or next to the field (forms).
"""

from __future__ import annotations

import copy
import json
from io import BytesIO

import pytest

from app.interview.complaint.saved import SAVED_MAX_BYTES, saved_file
from app.letters.schema import LIST_MAX, NAME_MAX, TEXT_MAX, URL_MAX
from tests.api.bodies import BODY
from tests.conftest import localized
from tests.interview.complaint.answers import ANSWERS

from .hostile import check

FORM_ROUTES = [localized("/fr/qualify"), "/en/complaint", localized("/fr/complaint/document/txt"),
               "/en/complaint/print", localized("/fr/complaint/save"), "/en/complaint/follow-up",
               "/fr/aide-pres-de-chez-vous", "/en/search"]


def too_big(app) -> int:
    return app.config["MAX_CONTENT_LENGTH"] + 1


@pytest.mark.parametrize("path", FORM_ROUTES)
def test_form_body_over_the_limit_is_413(app, client, path):
    response = client.post(path, data={"harm": "x" * too_big(app)})
    check(response, path.split("/")[1], allowed=(413,))
    assert response.status_code == 413


@pytest.mark.parametrize("path", FORM_ROUTES)
def test_too_many_multipart_parts_is_413(app, client, path):
    """MAX_FORM_PARTS bounds multipart bodies (werkzeug applies it to multipart only; a
    urlencoded body is bounded by its size, MAX_FORM_MEMORY_SIZE)."""
    fields = {f"f{i}": "v" for i in range(app.config["MAX_FORM_PARTS"] + 1)}
    response = client.post(path, data=fields, content_type="multipart/form-data")
    assert response.status_code == 413
    check(response, path.split("/")[1], allowed=(413,))


def test_upload_over_the_body_limit_is_413(app, client):
    data = {"answers_file": (BytesIO(b" " * too_big(app)), "answers.json")}
    response = client.post("/en/complaint/resume", data=data, content_type="multipart/form-data")
    assert response.status_code == 413
    check(response, "en", allowed=(413,))


def test_saved_file_over_its_own_limit_is_413(client):
    content = saved_file({**ANSWERS, "harm": "x"})[:-1] + b" " * SAVED_MAX_BYTES + b"}"
    data = {"answers_file": (BytesIO(content), "answers.json")}
    response = client.post(localized("/fr/complaint/resume"), data=data,
                           content_type="multipart/form-data")
    assert response.status_code == 413
    check(response, "fr", allowed=(413,))


@pytest.mark.parametrize("path", ["/api/v1/qualify", "/api/v1/documents/complaint?format=txt",
                                  "/api/v1/documents/delisting?format=txt"])
def test_api_body_over_the_limit_is_413(app, client, path):
    body = b'{"harm": "' + b"x" * too_big(app) + b'"}'
    response = client.post(path, data=body, content_type="application/json")
    assert response.status_code == 413
    check(response, None, allowed=(413,))


# --- field lengths and counts on the documents API ------------------------------------------
def body_with(**changes) -> dict:
    """BODY with values replaced; `facts__0__urls` names body["facts"][0]["urls"]."""
    body = copy.deepcopy(BODY)
    for dotted, value in changes.items():
        *path, last = dotted.split("__")
        place = body
        for key in path:
            place = place[int(key) if key.isdigit() else key]
        place[last] = value
    return body


FACT = copy.deepcopy(BODY["facts"][0])
EXHIBIT = copy.deepcopy(BODY["exhibits"][0]) if BODY.get("exhibits") else {
    "description": "Capture"}
API_CASES = [
    ("first_name", body_with(victim__first_name="x" * (NAME_MAX + 1)), "victim.first_name",
     "too_long"),
    ("harm", body_with(harm="x" * (TEXT_MAX + 1)), "harm", "too_long"),
    ("fact description", body_with(facts__0__description="x" * (TEXT_MAX + 1)),
     "facts[0].description", "too_long"),
    ("url", body_with(facts__0__urls=["https://e.org/" + "x" * URL_MAX]), "facts[0].urls[0]",
     "too_long"),
    ("facts", body_with(facts=[FACT] * (LIST_MAX + 1)), "facts", "too_many"),
    ("exhibits", body_with(exhibits=[EXHIBIT] * (LIST_MAX + 1)), "exhibits", "too_many"),
    ("urls", body_with(facts__0__urls=["https://e.org/a"] * (LIST_MAX + 1)), "facts[0].urls",
     "too_many"),
    ("accounts", body_with(author__accounts=["@a"] * (LIST_MAX + 1)), "author.accounts",
     "too_many"),
]


@pytest.mark.parametrize(("case", "body", "field", "code"), API_CASES,
                         ids=[c[0] for c in API_CASES])
def test_documents_api_limits(client, case, body, field, code):
    response = client.post("/api/v1/documents/complaint?format=txt", data=json.dumps(body),
                           content_type="application/json")
    check(response, None, allowed=(422,))
    errors = {(e["field"], e["code"]) for e in response.get_json()["errors"]}
    assert (field, code) in errors, errors


def test_documents_api_at_the_limits_is_accepted(client):
    """The limits are limits, not off by one: LIST_MAX facts, one of them a description of
    exactly TEXT_MAX characters in MAX_LINES lines (the letter as a whole stays under its page
    bound: app/letters/limits.py, tests/letters/test_bounded.py)."""
    from app.letters.limits import MAX_LINES

    lines = ["y" * 80] * (MAX_LINES - 1)
    lines.append("y" * (TEXT_MAX - len("\n".join(lines)) - 1))
    description = "\n".join(lines)
    assert len(description) == TEXT_MAX and description.count("\n") == MAX_LINES - 1
    body = body_with(facts=[{**FACT, "description": description}] + [FACT] * (LIST_MAX - 1))
    response = client.post("/api/v1/documents/complaint?format=txt", data=json.dumps(body),
                           content_type="application/json")
    assert response.status_code == 200, response.get_data(as_text=True)[:300]


def test_qualify_api_refuses_huge_values(client):
    body = {"facts_date": "2" * 100_000, "content_type": "x" * 100_000,
            "victim_age_at_facts": 10 ** 4000}
    response = client.post("/api/v1/qualify", data=json.dumps(body),
                           content_type="application/json")
    check(response, None, allowed=(400, 422))
    assert response.status_code in (400, 422)


# --- the same limits through the web forms ------------------------------------------------
def step(client, lang, answers, step_id, action="next"):
    return client.post(localized(f"/{lang}/complaint"),
                       data={**answers, "step": step_id, "action": action})


@pytest.mark.parametrize(("step_id", "field", "value", "message"), [
    ("victim", "victim.first_name", "x" * (NAME_MAX + 1), "Text too long."),
    ("harm", "harm", "x" * (TEXT_MAX + 1), "Text too long."),
    ("facts", "facts[0].description", "x" * (TEXT_MAX + 1), "Text too long."),
    ("facts", "facts[0].urls", "\n".join(["https://e.org/a"] * (LIST_MAX + 1)),
     "Too many items."),
    ("facts", "facts[0].urls", "https://e.org/" + "x" * URL_MAX, "Text too long."),
    ("author", "author.accounts", "\n".join(["@a"] * (LIST_MAX + 1)), "Too many items."),
])
def test_complaint_form_limits(client, step_id, field, value, message):
    response = step(client, "en", {**ANSWERS, field: value}, step_id)
    check(response, "en", allowed=(422,))
    assert message in response.get_data(as_text=True)


def test_complaint_form_keeps_at_most_fifty_facts(client):
    """Adding a fact past the limit does nothing; a fact posted at index 50 is not read."""
    facts = {f"facts[{i}].{k}": v for i in range(LIST_MAX)
             for k, v in (("date", "2026-10-01"), ("description", f"fact number {i}"))}
    answers = {**{k: v for k, v in ANSWERS.items() if not k.startswith("facts")}, **facts,
               "facts[50].description": "fact past the limit"}
    response = step(client, "en", answers, "facts", "add")
    html = response.get_data(as_text=True)
    assert response.status_code == 200
    assert "fact number 49" in html and "fact past the limit" not in html
    assert 'name="facts[50].' not in html


@pytest.mark.parametrize(("path", "data", "status"), [
    ("/en/search", {"q": "x" * 201}, 422),
    ("/fr/aide-pres-de-chez-vous", {"place": "7" * 10_000}, 422),
    ("/en/qualify", {"step": "person", "action": "next", "victim_age_at_facts": "9" * 6000}, 422),
])
def test_short_forms_limits(client, path, data, status):
    response = client.post(path, data=data)
    assert response.status_code == status
    check(response, path.split("/")[1], allowed=(status,))
