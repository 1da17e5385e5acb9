"""A mother writes every letter of the action pack for her 14-year-old daughter, whose "nudified"
image circulates in a class Snapchat group: no web address, the letters signed by the mother
with the child named as her daughter, and the notice sent without a name (DSA art. 16 allows it
for child sexual abuse material). Through the site's form and through the documents API, each
letter read back in PDF, DOCX, ODT and text; typed text reaches no log.

Delisting is not in this situation: it removes search results, which always have an address
(a group message has none); it is tested with a parent writing, with its address, below.
"""

from __future__ import annotations

import copy
import html
import json
import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import localized, localized_links
from tests.interview.action.parent_answers import FORMATS, LETTERS, MOTHER, PLACE, SITUATION
from tests.interview.complaint.answers import step_title
from tests.letters.readback import squash, text_of


def post(client, path, data):
    return client.post(path, data=data)


def words(fmt: str, response) -> str:
    assert response.status_code == 200, response.get_data(as_text=True)[:400]
    return squash(text_of(fmt, response.data))


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", list(LETTERS))
def test_the_mother_gets_every_letter_from_the_site(client, kind, fmt):
    text = words(fmt, post(client, localized(f"/fr/action/document/{kind}/{fmt}"), MOTHER))
    missing = [w for w in LETTERS[kind] if squash(w) not in text]
    assert not missing, missing
    assert squash("https://www.snapchat") not in text  # no address was asked for
    if kind == "platform-notice":  # sent without a name: neither hers nor the child's
        assert "DUPONT" not in text and "marie.dupont" not in text
        assert squash("accuser réception") not in text  # no one to send a receipt to


@pytest.mark.parametrize("fmt", FORMATS)
def test_the_us_request_has_its_french_reading_copy(client, fmt):
    text = words(fmt, post(client, localized(f"/fr/action/reading-copy/us-removal-request/{fmt}"),
                           MOTHER))
    for expected in ("Copie de lecture en français", "ma fille Léa DUPONT", *PLACE):
        assert squash(expected) in text, expected


def test_the_letters_in_english_say_my_daughter(client):
    for kind in ("platform-appeal", "erasure", "preservation"):
        text = words("txt", post(client, f"/en/action/document/{kind}/txt",
                                 {**MOTHER, "pack.lang": "en"}))
        assert squash("my daughter Léa DUPONT") in text, kind
        assert squash("reported in the app on 18 November 2026") in text, kind


@pytest.mark.parametrize(("relation", "fr", "en"), [
    ("son", "mon fils Léa DUPONT", "my son Léa DUPONT"),
    ("child", "l'enfant Léa DUPONT", "the child Léa DUPONT")])
def test_the_wording_follows_the_relation(client, relation, fr, en):
    for lang, expected in (("fr", fr), ("en", en)):
        text = words("txt", post(client, localized("/fr/action/document/erasure/txt"),
                                 {**MOTHER, "pack.relation": relation, "pack.lang": lang}))
        assert squash(expected) in text


def test_the_review_offers_every_letter_and_the_reading_copy(client):
    page = post(client, localized("/fr/action"),
                {**MOTHER, "step": "representative", "action": "next"}).get_data(as_text=True)
    assert step_title(page) == "Vérifier et télécharger"
    for kind in LETTERS:
        for fmt in FORMATS:
            assert localized_links(f'formaction="/fr/action/document/{kind}/{fmt}"') in page
    for fmt in FORMATS:
        assert localized_links(
            f'formaction="/fr/action/reading-copy/us-removal-request/{fmt}"') in page
    assert "/reading-copy/erasure/" not in page


def test_a_letter_with_no_reading_copy_refuses_one(client):
    refused = client.post(localized("/fr/action/reading-copy/erasure/txt"), data=MOTHER)
    assert refused.status_code == 422


def visible_steps(client, answers):
    """The steps the person goes through, by Continue from the first."""
    seen, step = [], "letters"
    for _ in range(12):
        page = post(client, "/en/action", {**answers, "step": step, "action": "next"}
                    ).get_data(as_text=True)
        step = re.search(r'name="step" value="([^"]+)"', page)[1]
        seen.append(step)
        if step == "review":
            return seen, page
    raise AssertionError(seen)


ONLY_NOTICE = {k: v for k, v in MOTHER.items() if not k.startswith(("victim.", "representative."))
               and k not in ("pack.platform_appeal", "pack.erasure", "pack.cnil_complaint",
                             "pack.preservation", "pack.us_removal_request")}


def test_a_notice_without_a_name_asks_for_no_name(client):
    steps, page = visible_steps(client, ONLY_NOTICE)
    assert "you" not in steps and "representative" not in steps
    assert 'formaction="/en/action/document/platform-notice/pdf"' in page
    text = words("txt", post(client, "/en/action/document/platform-notice/txt", ONLY_NOTICE))
    assert squash("Notification anonyme") in text


def label_of(page: str, name: str) -> str:
    found = re.search(rf'<label for="{re.escape(name)}">(.*?)</label>', page, re.S)
    return found[1] if found else ""


def test_a_field_marked_optional_is_optional_and_a_required_one_says_so(client):
    # a signed notice needs the writer's e-mail: not marked optional
    signed = {**ONLY_NOTICE, "pack.anonymous": "no", "writer": "victim", "pack.csam": "no"}
    page = post(client, "/en/action", {**signed, "step": "details", "action": "next"}
                ).get_data(as_text=True)
    assert step_title(page) == "About you"
    assert "optional" not in label_of(page, "victim-email")
    # the erasure request alone does not: marked optional, and the letter comes without it
    erasure = {**SITUATION, "pack.erasure": "yes", "writer": "victim", "pack.lang": "fr",
               "pack.has_url": "no", "pack.place": "4e B", "pack.seen_at": "2026-11-18T18:05",
               "pack.controller_name": "Snap Group Limited", "victim.first_name": "Léa",
               "victim.last_name": "Dupont"}
    page = post(client, "/en/action", {**erasure, "step": "details", "action": "next"}
                ).get_data(as_text=True)
    assert "optional" in label_of(page, "victim-email")
    assert "optional" not in label_of(page, "victim-first_name")
    text = words("pdf", post(client, "/en/action/document/erasure/pdf", erasure))
    assert squash("Léa DUPONT") in text and squash("4e B") in text


def test_the_content_step_shows_how_to_keep_a_record_on_that_platform(client):
    page = html.unescape(post(client, localized("/fr/action"), {**MOTHER, "step": "platform",
                                                     "action": "next"}).get_data(as_text=True))
    assert step_title(page) == "Où se trouve le contenu"
    assert "Garder la trace d'un contenu sur Snapchat" in page
    assert "nom d'utilisateur exact" in page  # the platform data's own evidence steps
    other = post(client, "/en/action", {**MOTHER, "pack.platform": "other",
                                        "pack.platform_other": "Forum X", "step": "platform",
                                        "action": "next"}).get_data(as_text=True)
    assert "Keeping a record" not in other


def test_the_us_request_is_offered_only_where_the_platform_data_say_so(client):
    page = post(client, "/en/action", {**MOTHER, "step": "content", "action": "next"}
                ).get_data(as_text=True)
    assert 'id="pack-us_removal_request"' in page  # Snapchat answers to the Act
    telegram = {**MOTHER, "pack.platform": "telegram"}
    page = post(client, "/en/action", {**telegram, "step": "content", "action": "next"}
                ).get_data(as_text=True)
    assert step_title(page) == "Details for your letters"
    assert 'id="pack-us_removal_request"' not in page  # not asked (the old answer is carried)
    # a forged flag or a ticked box carried from another platform does not make the letter
    forged = {**telegram, "pack.us_platform": "yes"}
    assert post(client, "/en/action/document/us-removal-request/txt", forged
                ).status_code == 422
    review = post(client, "/en/action", {**forged, "step": "representative", "action": "next"}
                  ).get_data(as_text=True)
    assert "/us-removal-request/" not in review


def test_delisting_for_a_child_keeps_its_addresses(client):
    answers = {**SITUATION, "pack.delisting": "yes", "writer": "representative",
               "pack.relation": "son", "pack.platform": "google", "pack.lang": "fr",
               "pack.urls": "https://www.google.com/search?q=x", "victim.first_name": "Noé",
               "victim.last_name": "Petit", "representative.first_name": "Sam",
               "representative.last_name": "Petit", "representative.role": "père"}
    page = post(client, "/en/action", {**answers, "step": "platform", "action": "next"}
                ).get_data(as_text=True)
    assert 'name="pack.has_url"' not in page and 'name="pack.urls"' in page
    text = words("odt", post(client, localized("/fr/action/document/delisting/odt"), answers))
    assert squash("mon fils Noé PETIT") in text and squash("Sam PETIT") in text


# --- the documents API --------------------------------------------------------------------------
API = "/api/v1/documents"
PLACES = [{"app": "Snapchat", "conversation": "4e B", "account": "@lucas.b",
           "seen_at": "2026-11-18T18:05", "reported_on": "2026-11-18"}]
CHILD = {"first_name": "Léa", "last_name": "Dupont"}
MUM = {"first_name": "Marie", "last_name": "Dupont", "role": "mère et représentante légale",
       "email": "marie.dupont@example.org", "relation": "daughter"}
BASE = {"platform": "snapchat", "target_places": PLACES, "victim": CHILD,
        "representative": MUM, "qualification": {
            "facts_date": "2026-11-10", "content_type": "sexual_deepfake",
            "labelled_as_fake": False, "distribution": "third_party", "threat": "none",
            "victim_age_at_facts": 14, "solicited_images_from_minor": False,
            "author_is_partner": False, "impersonation": False, "repeated_or_group": False}}
CONTROLLER = {"name": "Snap Group Limited", "address_lines": []}
BODIES = {
    "platform-notice": {**{k: v for k, v in BASE.items() if k not in ("victim",
                                                                      "representative")},
                        "csam": True},
    "platform-appeal": {**BASE, "notice_date": "2026-11-19"},
    "erasure": {**BASE, "controller": CONTROLLER},
    "cnil-complaint": {**BASE, "controller": CONTROLLER, "request_date": "2026-10-01"},
    "preservation": BASE,
    "us-removal-request": {**BASE, "letter_lang": "en"},
}


def api(client, kind, body, fmt="txt", copy_=""):
    suffix = "&copy=reading" if copy_ else ""
    return client.post(f"{API}/{kind}?format={fmt}{suffix}", data=json.dumps(body),
                       content_type="application/json")


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("kind", list(BODIES))
def test_the_api_makes_every_letter_without_an_address(client, kind, fmt):
    text = words(fmt, api(client, kind, BODIES[kind], fmt))
    expected = [w for w in LETTERS[kind] if w != "Comptes concernés"]
    missing = [w for w in expected if squash(w) not in text]
    assert not missing, missing


def test_the_api_reading_copy_of_the_us_request(client):
    body = {**BODIES["us-removal-request"], "reading_copy_lang": "fr"}
    text = words("docx", api(client, "us-removal-request", body, "docx", copy_="reading"))
    assert squash("ma fille Léa DUPONT") in text and squash("Copie de lecture") in text


@pytest.mark.parametrize(("body", "field", "code"), [
    ({**BASE, "target_places": []}, "target_urls", "required_location"),
    ({**BASE, "target_places": [{"app": "Snapchat"}]}, "target_places[0].conversation",
     "required_place"),
    ({**BASE, "target_places": [{"account": "@x", "seen_at": "hier"}]},
     "target_places[0].seen_at", "invalid_datetime"),
    ({**BASE, "representative": {**MUM, "relation": "niece"}}, "representative.relation",
     "invalid_choice"),
])
def test_the_api_names_what_is_wrong(client, body, field, code):
    response = api(client, "erasure", {**body, "controller": CONTROLLER})
    assert response.status_code == 422
    errors = {(e["field"], e["code"]) for e in response.get_json()["errors"]}
    assert (field, code) in errors


def test_openapi_describes_the_places_and_the_relation(client):
    schemas = client.get("/api/v1/openapi.json").get_json()["components"]["schemas"]
    place = schemas["ContentPlace"]["properties"]
    assert set(place) == {"app", "conversation", "account", "seen_at", "reported_on"}
    assert schemas["ActionLetterRepresentative"]["properties"]["relation"]["enum"][:3] == [
        "daughter", "son", "child"]
    assert {"place", "reported_on"} <= set(schemas["LetterFact"]["properties"])
    assert "place" in schemas["LetterExhibit"]["properties"]
    notice = schemas["PlatformNoticeInput"]["properties"]
    assert "target_places" in notice and "target_places" not in notice.get("required", [])


def test_the_complaint_s_facts_and_exhibits_say_where_content_with_no_address_is(client):
    from tests.api.bodies import BODY

    body = copy.deepcopy(BODY)
    body["facts"][0].update({"platform": "Snapchat", "place": "4e B", "urls": [],
                             "reported_on": "2026-11-18"})
    body["exhibits"] = [{"description": "Note écrite du message", "place":
                         "Snapchat, groupe « 4e B », compte @lucas.b"}]
    text = words("odt", api(client, "complaint", body, "odt"))
    for expected in ("groupe ou la conversation « 4e B »",
                     "Signalé dans l'application le 18 novembre 2026",
                     "Snapchat, groupe « 4e B », compte @lucas.b"):
        assert squash(expected) in text, expected


# --- fuzz: every new field, on the site and in the API (never a 5xx) ---------------------------
TEXT = st.one_of(st.text(max_size=60), st.sampled_from(["", " ", "2026-11-18", "yes", "no",
                                                        "2026-11-18T18:05", "\x00", "<b>"]))
NEW_FORM_FIELDS = ["writer", "pack.relation", "pack.anonymous", "pack.csam", "pack.has_url",
                   "pack.place", "pack.account", "pack.seen_at", "pack.reported_on",
                   "pack.us_removal_request", "pack.us_platform", "pack.content_kind",
                   "representative.first_name", "representative.email"]
STEPS = ["who", "platform", "content", "details", "you", "representative", "review"]


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(changes=st.dictionaries(st.sampled_from(NEW_FORM_FIELDS), TEXT, max_size=5),
       step=st.sampled_from(STEPS),
       target=st.sampled_from(["/en/action", localized("/fr/action/plan"),
                               "/en/action/document/us-removal-request/pdf",
                               localized("/fr/action/reading-copy/us-removal-request/txt"),
                               "/en/action/document/platform-notice/txt"]))
def test_fuzz_the_new_form_fields(client, changes, step, target):
    data = {**MOTHER, **changes, "step": step, "action": "next"}
    assert post(client, target, data).status_code < 500


JSON = st.recursive(st.none() | st.booleans() | st.integers() | TEXT,
                    lambda inner: st.lists(inner, max_size=3)
                    | st.dictionaries(st.text(max_size=12), inner, max_size=4), max_leaves=12)
PLACE_FIELDS = st.fixed_dictionaries({}, optional={
    name: JSON for name in ("app", "conversation", "account", "seen_at", "reported_on",
                            "extra")})


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(kind=st.sampled_from([*BODIES, "delisting"]),
       places=st.one_of(JSON, st.lists(PLACE_FIELDS, max_size=3)),
       relation=JSON, fact_place=JSON, reported=JSON, exhibit_place=JSON)
def test_fuzz_the_new_api_fields(client, kind, places, relation, fact_place, reported,
                                 exhibit_place):
    body = copy.deepcopy(BODIES.get(kind, BASE))
    body["target_places"] = places
    if "representative" in body:
        body["representative"]["relation"] = relation
    body["facts"] = [{"date": "2026-11-10", "description": "x", "place": fact_place,
                      "reported_on": reported}]
    body["exhibits"] = [{"description": "x", "place": exhibit_place}]
    assert api(client, kind, body).status_code < 500


# --- canary: what the mother types reaches no log ------------------------------------------------
def test_typed_text_reaches_no_log(client, records):  # noqa: F811 (the fixture)
    canary = "canary-7f3c1e"
    typed = {**MOTHER, "pack.place": f"{canary}-group", "pack.account": f"@{canary}",
             "victim.first_name": f"{canary}-child", "representative.email":
                 f"{canary}@example.org", "pack.explanation": f"{canary}-why"}
    for kind in LETTERS:
        response = post(client, localized(f"/fr/action/document/{kind}/txt"), typed)
        assert response.status_code == 200
        if kind != "platform-notice":
            assert canary in response.get_data(as_text=True)
    assert post(client, localized("/fr/action"), {**typed, "step": "content", "action": "next"}
                ).status_code == 200
    plan = post(client, localized("/fr/action/plan"), typed)
    assert plan.status_code == 200 and "TAKE IT DOWN" in plan.get_data(as_text=True)
    body = copy.deepcopy(BODIES["erasure"])
    body["target_places"][0]["conversation"] = f"{canary}-api"
    assert canary in api(client, "erasure", body).get_data(as_text=True)
    body["target_places"][0]["seen_at"] = f"{canary}-bad"
    assert api(client, "erasure", body).status_code == 422
    assert not [line for line in records.lines if canary in line]


def test_the_complaint_written_on_the_site_says_where_the_message_is(client):
    from tests.interview.complaint.answers import ANSWERS

    answers = {k: v for k, v in ANSWERS.items() if not k.startswith(("facts[1]", "exhibits"))}
    answers.update({"facts[0].platform": "Snapchat", "facts[0].urls": "",
                    "facts[0].place": "4e B", "facts[0].reported_on": "2026-10-02",
                    "exhibits[0].description": "Note du message, écrite à la main",
                    "exhibits[0].place": "Snapchat, groupe 4e B, compte @lucas.b"})
    for fmt in ("pdf", "txt"):
        text = words(fmt, client.post(localized(f"/fr/complaint/document/{fmt}"), data=answers))
        for expected in ("groupe ou la conversation « 4e B »",
                         "Signalé dans l'application le 2 octobre 2026",
                         "Snapchat, groupe 4e B, compte @lucas.b"):
            assert squash(expected) in text, (fmt, expected)
