"""POST /api/v1/documents/<action kind>: a table of requests and what must come back (files read
back), the OpenAPI description, the CLI, and a fuzz test (never a 5xx)."""

from __future__ import annotations

import copy
import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.api.spec_documents import PATHS, SCHEMAS
from app.letters.action.schema import COMMON, COMPLAINT_ONLY, PER_KIND
from app.letters.schema import TOP_FIELDS
from tests.api.bodies import BODY as COMPLAINT_BODY
from tests.api.bodies import TARGETS, from_complaint
from tests.letters.action_bodies import GOOD
from tests.letters.readback import squash, text_of

URL = "/api/v1/documents"
LARGE = b'{"target_urls": ["' + b"x" * (300 * 1024) + b'"]}'


def post(client, path, body):
    data = body if isinstance(body, bytes) else json.dumps(body)
    return client.post(path, data=data, content_type="application/json")


def changed(kind: str, **changes) -> dict:
    body = copy.deepcopy(GOOD[kind])
    body.update(changes)
    return body


# (id, path, body, status, error fields expected | text that must be in the file)
CASES = [
    ("notice_pdf", f"{URL}/platform-notice?format=pdf", GOOD["platform_notice"], 200,
     ["article 226-8-1", "Je déclare de bonne foi"]),
    ("notice_default_pdf", f"{URL}/platform-notice", GOOD["platform_notice"], 200, []),
    ("appeal_docx_en", f"{URL}/platform-appeal?format=docx",
     changed("platform_appeal", letter_lang="en"), 200, ["my notice of 1 September 2026"]),
    ("delisting_odt", f"{URL}/delisting?format=odt", GOOD["delisting"], 200,
     ["explicit non-consensual fake imagery"]),
    ("erasure_txt", f"{URL}/erasure?format=txt", changed("erasure", signed_on="2026-11-25"),
     200, ["au plus tard le 25 décembre 2026"]),
    ("cnil_txt", f"{URL}/cnil-complaint?format=txt", GOOD["cnil_complaint"], 200,
     ["a expiré le 1er octobre 2026"]),
    ("preservation_docx", f"{URL}/preservation?format=docx", GOOD["preservation"], 200,
     ["données d'inscription"]),
    ("unknown_field", f"{URL}/erasure?format=txt", changed("erasure", password="x"), 422,
     ["data.password"]),
    ("bad_urls", f"{URL}/delisting?format=txt", changed("delisting", target_urls=["ftp://x"]),
     422, ["target_urls[0]"]),
    ("notice_without_offence", f"{URL}/platform-notice?format=txt",
     {k: v for k, v in GOOD["platform_notice"].items() if k != "articles"}, 422,
     ["articles"]),
    ("cnil_too_early", f"{URL}/cnil-complaint?format=txt",
     changed("cnil_complaint", request_date="2026-11-20"), 422, ["request_date"]),
    ("bad_format", f"{URL}/erasure?format=exe", GOOD["erasure"], 422, ["format"]),
    ("html_is_not_a_file_format", f"{URL}/erasure?format=html", GOOD["erasure"], 422,
     ["format"]),
    ("not_json", f"{URL}/erasure?format=pdf", b"{not json", 400, [""]),
    ("json_not_object", f"{URL}/preservation?format=pdf", [1, 2], 422, ["data"]),
    ("too_large", f"{URL}/delisting?format=pdf", LARGE, 413, [""]),
    ("unknown_kind", f"{URL}/platform_notice?format=pdf", GOOD["platform_notice"], 404,
     ["kind"]),
    ("us_removal_pdf", f"{URL}/us-removal-request?format=pdf", GOOD["us_removal_request"], 200,
     ["X (Twitter)", "Removal requests under the TAKE IT DOWN Act",
      "I have a good faith belief", "no later than 48 hours after receiving this request",
      "X publishes a page on reporting content under the TAKE IT DOWN Act"]),
    ("us_removal_french_copy", f"{URL}/us-removal-request?copy=reading&format=odt",
     changed("us_removal_request", reading_copy_lang="fr"), 200,
     ["Copie de lecture en français", "J'ai la conviction de bonne foi",
      "au plus tard 48 heures après réception"]),
    ("us_removal_copy_without_language", f"{URL}/us-removal-request?format=txt&copy=reading",
     GOOD["us_removal_request"], 422, ["reading_copy_lang"]),
    ("us_removal_in_french", f"{URL}/us-removal-request?format=txt",
     changed("us_removal_request", letter_lang="fr"), 422, ["letter_lang"]),
    ("us_removal_no_contact", f"{URL}/us-removal-request?format=txt",
     changed("us_removal_request", victim={"first_name": "A", "last_name": "B"}), 422,
     ["victim.email"]),
    ("us_removal_before_the_duty", f"{URL}/us-removal-request?format=txt",
     changed("us_removal_request", signed_on="2026-05-01"), 422, ["signed_on"]),
]


@pytest.mark.parametrize(("case", "path", "body", "status", "expected"), CASES,
                         ids=[c[0] for c in CASES])
def test_action_documents_api(client, case, path, body, status, expected):
    response = post(client, path, body)
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    assert response.headers["Cache-Control"].startswith("no-store")
    if status == 200:
        assert response.headers["Content-Disposition"].startswith("attachment; filename=")
        fmt = path.partition("format=")[2] or "pdf"
        text = squash(text_of(fmt, response.data))
        missing = [m for m in expected if squash(m) not in text]
        assert not missing, missing
        return
    payload = response.get_json()
    assert payload["status"] == status
    assert all(e["message"]["fr"] and e["message"]["en"] for e in payload["errors"])
    assert set(expected) <= {e["field"] for e in payload["errors"]}


CONTROLLER = {"name": "Hébergeur Exemple SAS", "address_lines": ["5 avenue du Test"]}
AUTHOR = {"known": True, "name": "Yann Dupont", "accounts": ["@auteur.x"],
          "relationship": "ancien collègue"}
# (id, kind path, format, body, text that must be in the file)
FROM_COMPLAINT = [
    ("notice", "platform-notice", "pdf", from_complaint(platform="twitch"),
     ["Twitch", "article 226-8-1 du Code pénal", *TARGETS, "Je déclare de bonne foi",
      "camille@example.org"]),
    ("notice_en", "platform-notice", "txt",
     from_complaint(platform="onlyfans", letter_lang="en"),
     ["OnlyFans", "article 226-8-1 of the French Criminal Code", *TARGETS,
      "I declare in good faith"]),
    ("appeal", "platform-appeal", "docx",
     from_complaint(platform="instagram", notice_date="2025-06-10"),
     ["Instagram", "notification du 10 juin 2025", *TARGETS]),
    ("delisting", "delisting", "odt", from_complaint(platform="google"),
     ["Google Search", "explicit non-consensual fake imagery", *TARGETS]),
    ("erasure", "erasure", "txt", from_complaint(controller=CONTROLLER),
     ["Hébergeur Exemple SAS", "article 17 du règlement (UE) 2016/679", *TARGETS]),
    ("cnil", "cnil-complaint", "txt",
     from_complaint(controller=CONTROLLER, request_date="2026-09-01"),
     ["Le 1er septembre 2026, j'ai demandé", *TARGETS]),
    ("preservation", "preservation", "pdf",
     from_complaint(platform="pornhub", author=AUTHOR),
     ["Pornhub (Aylo)", "@auteur.x", "@faux.compte", *TARGETS]),
    # the complaint's signed_on is the complaint's date: this letter is dated today instead
    ("us_removal", "us-removal-request", "docx",
     from_complaint(platform="reddit", signed_on=None, articles=["226-8-1"]),
     ["Reddit", "Camille MARTIN can be contacted at", "camille@example.org",
      "It is a digital forgery", "article 226-8-1 of the French Criminal Code",
      "Publication d'une image truquée", *TARGETS]),
]


@pytest.mark.parametrize(("case", "kind", "fmt", "body", "expected"), FROM_COMPLAINT,
                         ids=[c[0] for c in FROM_COMPLAINT])
def test_action_documents_take_the_complaint_body(client, case, kind, fmt, body, expected):
    assert set(COMPLAINT_BODY) <= set(body)
    response = post(client, f"{URL}/{kind}?format={fmt}", body)
    assert response.status_code == 200, response.get_data(as_text=True)[:300]
    text = squash(text_of(fmt, response.data))
    missing = [m for m in expected if squash(m) not in text]
    assert not missing, missing


# (id, changes to the complaint body, error fields expected): still judged as for the complaint
FROM_COMPLAINT_BAD = [
    ("unknown_field", {"password": "x"}, ["data.password"]),
    ("unknown_commune", {"commune_insee": "00000"}, ["commune_insee"]),
    ("bad_insee", {"commune_insee": "7511"}, ["commune_insee"]),
    ("author_without_name", {"author": {"known": True}}, ["author.name"]),
    ("harm_not_text", {"harm": ["x"]}, ["harm"]),
    ("partie_civile_not_bool", {"partie_civile": "oui"}, ["partie_civile"]),
    ("complaint_and_action_errors", {"harm": 1, "target_urls": []}, ["harm", "target_urls"]),
]


def test_the_us_request_is_not_dated_by_the_complaint_s_date(client):
    """Kept as is, the complaint's signed_on (2 June 2025) dates the request before the Act's
    removal duty applies: a bilingual 422 names the first possible date."""
    response = post(client, f"{URL}/us-removal-request?format=txt",
                    from_complaint(platform="reddit"))
    assert response.status_code == 422
    (error,) = response.get_json()["errors"]
    assert (error["field"], error["code"]) == ("signed_on", "before_removal_duty")
    assert "19 mai 2026" in error["message"]["fr"] and "19 May 2026" in error["message"]["en"]


@pytest.mark.parametrize(("case", "changes", "fields"), FROM_COMPLAINT_BAD,
                         ids=[c[0] for c in FROM_COMPLAINT_BAD])
@pytest.mark.parametrize("kind", ["platform-notice", "preservation"])
def test_complaint_fields_are_checked_as_for_the_complaint(client, kind, case, changes,
                                                          fields):
    body = from_complaint(platform="x", **changes)
    response = post(client, f"{URL}/{kind}?format=txt", body)
    assert response.status_code == 422, response.get_data(as_text=True)[:300]
    payload = response.get_json()
    assert all(e["message"]["fr"] and e["message"]["en"] for e in payload["errors"])
    assert set(fields) <= {e["field"] for e in payload["errors"]}


@pytest.mark.parametrize("kind", list(PER_KIND))
def test_openapi_documents_every_field(client, kind):
    path = f"/api/v1/documents/{kind.replace('_', '-')}"
    assert path in PATHS
    ref = PATHS[path]["post"]["requestBody"]["content"]["application/json"]["schema"]["$ref"]
    schema = SCHEMAS[ref.rsplit("/", 1)[1]]
    assert set(schema["properties"]) == COMMON | COMPLAINT_ONLY | PER_KIND[kind]
    assert set(schema["properties"]) >= TOP_FIELDS  # the complaint's body, every field
    assert schema["additionalProperties"] is False
    spec = client.get("/api/v1/openapi.json").get_json()
    assert path in spec["paths"]


def test_cli_builds_an_action_letter(app, tmp_path):
    source = tmp_path / "notice.json"
    source.write_text(json.dumps(GOOD["platform_notice"]), encoding="utf-8")
    out = tmp_path / "notice.txt"
    result = app.test_cli_runner().invoke(args=["document", "platform-notice", str(source),
                                                "--format", "txt", "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "Je déclare de bonne foi" in out.read_text(encoding="utf-8")
    source.write_text(json.dumps({"platform": "x"}), encoding="utf-8")
    result = app.test_cli_runner().invoke(args=["document", "erasure", str(source)])
    assert result.exit_code == 1 and "controller: required" in result.output


def test_cli_builds_the_us_request_and_its_french_copy(app, tmp_path):
    source = tmp_path / "us.json"
    source.write_text(json.dumps({**GOOD["us_removal_request"], "reading_copy_lang": "fr"}),
                      encoding="utf-8")
    runner = app.test_cli_runner()
    for extra, out, expected in (([], "us.pdf", "I have a good faith belief"),
                                 (["--reading-copy"], "copie.pdf", "Copie de lecture")):
        result = runner.invoke(args=["document", "us-removal-request", str(source), *extra,
                                     "-o", str(tmp_path / out)])
        assert result.exit_code == 0, result.output
        assert squash(expected) in squash(text_of("pdf", (tmp_path / out).read_bytes()))


JSON = st.recursive(st.none() | st.booleans() | st.integers() | st.text(max_size=30),
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=15)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from([k.replace("_", "-") for k in PER_KIND] + ["nope"]),
       fmt=st.sampled_from(["txt", "pdf", "docx", "odt", "", "html"]),
       changes=st.dictionaries(st.sampled_from(sorted(set().union(
           COMMON, COMPLAINT_ONLY, *PER_KIND.values())) + ["extra"]), JSON, max_size=3),
       raw=st.one_of(st.none(), st.binary(max_size=40)))
def test_fuzz_never_5xx(client, kind, fmt, changes, raw):
    base = GOOD.get(kind.replace("-", "_"), {})
    body = raw if raw is not None else {**copy.deepcopy(base), **changes}
    response = post(client, f"{URL}/{kind}?format={fmt}", body)
    assert response.status_code < 500
    assert response.headers["Cache-Control"].startswith("no-store")
