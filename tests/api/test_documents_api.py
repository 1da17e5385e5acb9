"""POST /api/v1/documents/<kind>: a table of requests and what must come back, files read back,
the CLI, LibreOffice, and a fuzz test (never a 5xx)."""

from __future__ import annotations

import copy
import json
import shutil
import subprocess

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.api.spec_documents import PATHS, SCHEMAS
from tests.api.bodies import BODY, PC_BODY, PG_BODY, URL, post
from tests.letters.cases import SHA
from tests.letters.readback import pdf_pages, squash, text_of


def changed(**changes) -> dict:
    body = copy.deepcopy(BODY)
    body.update(changes)
    return body


# (id, path, body, status, error fields expected)
CASES = [
    ("complaint_pdf", f"{URL}/complaint?format=pdf", BODY, 200, []),
    ("default_format_is_pdf", f"{URL}/complaint", BODY, 200, []),
    ("partie_civile_docx", f"{URL}/partie-civile?format=docx", PC_BODY, 200, []),
    ("unknown_field", f"{URL}/complaint?format=txt", changed(password="x"), 422,
     ["data.password"]),
    ("bad_values", f"{URL}/complaint?format=txt",
     changed(victim={"first_name": "", "last_name": "M", "email": "nope"},
             facts=[{"date": "2025-13-01", "description": "x", "urls": ["ftp://x"]}]), 422,
     ["victim.first_name", "victim.email", "facts[0].date", "facts[0].urls[0]"]),
    ("bad_qualification", f"{URL}/complaint?format=txt",
     changed(qualification={"facts_date": "2025-03-12", "content_type": "poem"}), 422,
     ["qualification.content_type"]),
    ("unknown_commune", f"{URL}/complaint?format=txt", changed(commune_insee="00000"), 422,
     ["commune_insee"]),
    ("pc_without_first_date", f"{URL}/partie-civile?format=txt", BODY, 422,
     ["first_complaint_to", "first_complaint_date"]),
    ("pc_refusal_before_first", f"{URL}/partie-civile?format=txt",
     {**PC_BODY, "refusal_date": "2025-01-01"}, 422, ["refusal_date"]),
    ("bad_format", f"{URL}/complaint?format=exe", BODY, 422, ["format"]),
    ("not_json", f"{URL}/complaint?format=pdf", b"{not json", 400, [""]),
    ("json_not_object", f"{URL}/complaint?format=pdf", [1, 2], 422, ["data"]),
    ("too_large", f"{URL}/complaint?format=pdf", b"{" + b" " * (300 * 1024) + b"}", 413, [""]),
    ("unknown_kind", f"{URL}/will?format=pdf", BODY, 404, ["kind"]),
    ("reading_copy_missing", f"{URL}/complaint?format=txt&copy=reading", BODY, 422,
     ["reading_copy_lang"]),
    ("pg_appeal_odt", f"{URL}/pg-appeal?format=odt", PG_BODY, 200, []),
    ("pg_appeal_without_decision", f"{URL}/pg-appeal?format=txt", BODY, 422,
     ["complaint_date", "decision_date", "decision_reference"]),
    ("pg_appeal_decision_before_complaint", f"{URL}/pg-appeal?format=txt",
     {**PG_BODY, "decision_date": "2025-05-01"}, 422, ["decision_date"]),
    ("pg_appeal_and_complaint_errors", f"{URL}/pg-appeal?format=txt",
     {**PG_BODY, "decision_reference": "x" * 101, "commune_insee": "00000"}, 422,
     ["decision_reference", "commune_insee"]),
    ("pg_appeal_unknown_field", f"{URL}/pg-appeal?format=txt", {**PG_BODY, "refusal_date": "x"},
     422, ["data.refusal_date"]),
]


@pytest.mark.parametrize(("case", "path", "body", "status", "fields"), CASES,
                         ids=[c[0] for c in CASES])
def test_documents_api(client, case, path, body, status, fields):
    response = post(client, path, body)
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert response.headers["Cache-Control"].startswith("no-store")
    if status == 200:
        assert response.headers["Content-Disposition"].startswith("attachment; filename=")
        return
    payload = response.get_json()
    assert payload["status"] == status
    found = {e["field"] for e in payload["errors"]}
    assert set(fields) <= found, found
    for item in payload["errors"]:
        assert item["message"]["fr"] and item["message"]["en"]


@pytest.mark.parametrize("fmt", ["pdf", "docx", "odt", "txt"])
def test_every_format_reads_back(client, fmt):
    response = post(client, f"{URL}/complaint?format={fmt}", BODY)
    media = {"pdf": "application/pdf", "txt": "text/plain; charset=utf-8",
             "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
             "odt": "application/vnd.oasis.opendocument.text"}[fmt]
    assert response.headers["Content-Type"] == media
    assert f'filename="plainte-procureur.{fmt}"' in response.headers["Content-Disposition"]
    text = squash(text_of(fmt, response.data)).lower()
    for expected in ("Camille MARTIN", "tribunal judiciaire de Paris", "article 226-8-1",
                     "Capture d'écran de la publication Instagram", SHA):
        assert squash(expected).lower() in text, expected


def test_reading_copy(client):
    body = changed(reading_copy_lang="en")
    response = post(client, f"{URL}/complaint?format=txt&copy=reading", body)
    assert response.status_code == 200
    assert "Reading copy in English" in response.get_data(as_text=True)


def test_partie_civile_uses_the_law_delay(client):
    response = post(client, f"{URL}/partie-civile?format=txt", PC_BODY)
    text = squash(response.get_data(as_text=True))
    assert squash("Doyen des juges d'instruction") in text
    assert squash("à partir du 3 septembre 2025") in text
    assert squash("se termine le 2 septembre 2025 à minuit") in text


def test_spec_documents_every_field():
    complaint = SCHEMAS["ComplaintLetterInput"]["properties"]
    from app.letters.schema import PERSON_FIELDS, TOP_FIELDS

    assert set(complaint) == TOP_FIELDS
    assert set(SCHEMAS["LetterPerson"]["properties"]) == PERSON_FIELDS
    assert set(SCHEMAS["PartieCivileLetterInput"]["properties"]) == \
        TOP_FIELDS | {"first_complaint_to", "first_complaint_date", "copy_received_on",
                      "refusal_date"}
    assert set(SCHEMAS["PgAppealLetterInput"]["properties"]) == TOP_FIELDS | {
        "complaint_date", "decision_date", "decision_reference", "decision_reason",
        "cour_appel", "grounds"}
    assert {f"{URL}/complaint", f"{URL}/partie-civile", f"{URL}/pg-appeal"} <= set(PATHS)
    json.dumps([PATHS, SCHEMAS])


def test_cli_writes_a_readable_file(app, tmp_path):
    source = tmp_path / "complaint.json"
    source.write_text(json.dumps(BODY), encoding="utf-8")
    output = tmp_path / "out.pdf"
    runner = app.test_cli_runner()
    result = runner.invoke(args=["document", "complaint", str(source), "--format", "pdf",
                                 "--output", str(output)])
    assert result.exit_code == 0, result.output
    assert "Camille MARTIN" in "\n".join(pdf_pages(output.read_bytes()))
    pc = tmp_path / "pc.json"
    pc.write_text(json.dumps(PC_BODY), encoding="utf-8")
    result = runner.invoke(args=["document", "partie-civile", str(pc), "--format", "txt",
                                 "-o", str(tmp_path / "pc.txt")])
    assert result.exit_code == 0, result.output
    assert "Doyen" in (tmp_path / "pc.txt").read_text(encoding="utf-8")


def test_cli_reports_errors(app, tmp_path):
    source = tmp_path / "bad.json"
    source.write_text(json.dumps(changed(password="x")), encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["document", "complaint", str(source),
                                                "-o", str(tmp_path / "x.pdf")])
    assert result.exit_code == 1
    assert "data.password: unknown" in result.output
    assert not (tmp_path / "x.pdf").exists()


SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")


@pytest.mark.skipif(SOFFICE is None, reason="LibreOffice (soffice) is not installed")
def test_libreoffice_converts_the_api_docx_and_odt(client, tmp_path):
    files = []
    for kind, body in (("complaint", BODY), ("partie-civile", PC_BODY), ("pg-appeal", PG_BODY)):
        for fmt in ("docx", "odt"):
            path = tmp_path / f"{kind}_{fmt}.{fmt}"
            path.write_bytes(post(client, f"{URL}/{kind}?format={fmt}", body).data)
            files.append(path)
    out = tmp_path / "out"
    result = subprocess.run(
        [SOFFICE, f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}", "--headless",
         "--convert-to", "pdf", "--outdir", str(out), *map(str, files)],
        capture_output=True, timeout=300, check=False)
    assert result.returncode == 0, result.stderr.decode(errors="replace")
    for path in files:
        text = squash("\n".join(pdf_pages((out / f"{path.stem}.pdf").read_bytes())))
        assert squash("Camille MARTIN") in text and SHA in text
        if path.stem.startswith("partie-civile"):
            assert squash("Doyen des juges d'instruction") in text
        if path.stem.startswith("pg-appeal"):
            assert squash("Madame, Monsieur le Procureur général") in text
            assert squash("article 40-3 du Code de procédure pénale") in text


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=20),
                    lambda inner: st.lists(inner, max_size=4)
                    | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=12)
KEYS = st.sampled_from(sorted(BODY) + ["qualification", "first_complaint_date", "refusal_date",
                                       "tribunal", "zzz", "complaint_date", "decision_date",
                                       "decision_reference", "decision_reason", "cour_appel",
                                       "grounds"])


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from(["complaint", "partie-civile", "pg-appeal"]),
       fmt=st.sampled_from(["txt", "txt", "odt", "exe", ""]),
       changes=st.dictionaries(KEYS, JSON, max_size=4),
       raw=st.one_of(st.none(), st.binary(max_size=50)))
def test_fuzz_never_5xx(client, kind, fmt, changes, raw):
    sample = PG_BODY if kind == "pg-appeal" else PC_BODY
    body = raw if raw is not None else {**copy.deepcopy(sample), **changes}
    response = post(client, f"{URL}/{kind}?format={fmt}", body)
    assert response.status_code < 500
    assert response.status_code in (200, 400, 413, 422)


def test_document_generation_is_rate_limited_per_client():
    """Costly work answers 429 (bilingual JSON) past the configured limit, per client address."""
    from app import create_app
    from app.web import ratelimit
    from tests.conftest import FACTS_ON

    app = create_app({"TESTING": True, "FACTS_ON": FACTS_ON, "RATE_LIMIT_DOCUMENTS": (2, 60)})
    ratelimit.reset()
    client = app.test_client()
    statuses = [client.post("/api/v1/documents/complaint?format=txt", json={}).status_code
                for _ in range(3)]
    assert statuses[:2] != [429, 429] and statuses[2] == 429
    body = client.post("/api/v1/documents/complaint?format=txt", json={}).get_json()
    assert set(body["message"]) == {"fr", "en"}
    ratelimit.reset()
