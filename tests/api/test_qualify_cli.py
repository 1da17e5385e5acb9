"""`flask qualify FILE.json` prints the API's JSON; bad input exits 2 with the errors."""

from __future__ import annotations

import json

import pytest

from tests.conftest import FACTS_ON
from tests.qualify.scenarios import ALL_CASES


@pytest.mark.parametrize("case", ALL_CASES[::5], ids=lambda c: c.name)
def test_cli_prints_what_the_api_answers(app, client, tmp_path, case):
    payload = {**case.facts, "lang": "en"}
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["qualify", str(path), "--today",
                                                FACTS_ON.isoformat()])
    assert result.exit_code == 0, result.output
    api = client.post("/api/v1/qualify", json=payload).get_json()
    assert json.loads(result.stdout) == api


@pytest.mark.parametrize("content, status, code", [
    ('{"facts_date": "2025-01-10", "colour": "red"}', 422, "unknown_field"),
    ('{"facts_date": "2025-01-10", "content_type": "none", "threat_carried_out": "no"}', 422,
     "invalid_boolean"),
    ("not json", 400, "invalid_json"),
    ('{"facts_date": "2025-01-10", "content_type": "none", "first_facts_date": "2025-03-01"}',
     422, "after_last_facts"),
    ('{"facts_date": "2025-01-10", "content_type": "none", "threat_channel": "letter"}', 422,
     "invalid_choice"),
    ('{"facts_date": "2025-01-10", "content_type": "none", "author_is_partner": true, '
     '"author_relationship": "work"}', 422, "inconsistent_partner"),
])
def test_cli_bad_input_exits_2_with_the_errors(app, tmp_path, content, status, code):
    path = tmp_path / "facts.json"
    path.write_text(content, encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["qualify", str(path)])
    assert result.exit_code == 2
    errors = json.loads(result.stderr)
    assert errors["status"] == status and code in {e["code"] for e in errors["errors"]}
    assert result.stdout == ""


def test_cli_refuses_a_bad_today(app, tmp_path):
    path = tmp_path / "facts.json"
    path.write_text("{}", encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["qualify", str(path), "--today", "tomorrow"])
    assert result.exit_code == 2 and "YYYY-MM-DD" in result.output


def test_cli_counts_a_threat_carried_out(app, tmp_path):
    payload = {"facts_date": "2025-01-10", "content_type": "none", "threat": "sexual_content",
               "threat_carried_out": True}
    path = tmp_path / "facts.json"
    path.write_text(json.dumps(payload), encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["qualify", str(path), "--today",
                                                FACTS_ON.isoformat()])
    assert result.exit_code == 0, result.output
    (blackmail,) = [o for o in json.loads(result.stdout)["offences"] if o["article"] == "312-10"]
    assert (blackmail["prison_years"], blackmail["fine_eur"]) == (7, 100000)
    assert [a["key"] for a in blackmail["aggravations"]] == ["threat_executed"]
