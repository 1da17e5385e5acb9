"""From the qualification result, one button starts the complaint with the answers already given."""

from __future__ import annotations

import re
from html import unescape

import pytest

from app.interview.complaint import complaint_flow
from app.interview.qualify import qualify_flow
from tests.api.bodies import BODY, from_complaint
from tests.conftest import localized
from tests.interview.helpers import form_answers, hidden_values, walk

FACTS = {"facts_date": "2025-03-02", "content_type": "sexual_deepfake",
         "distribution": "public_online", "victim_age_at_facts": 29, "threat": "none"}


def complaint_form(result, lang: str) -> dict[str, str]:
    """The hidden answers of the result page's form that starts the complaint."""
    html = result.get_data(as_text=True)
    action = localized(f"/{lang}/complaint")
    form = re.search(rf'<form method="post" action="{action}"[^>]*>(.*?)</form>', html, re.S)
    assert form, "the result links to the complaint interview"
    return {k: unescape(v) for k, v in
            re.findall(r'name="([a-z_]+)" value="([^"]*)"', form.group(1))}


def step_title(html: str) -> str:
    found = re.search(r'<h2 id="step-title">(.*?)</h2>', html)
    return unescape(found.group(1)) if found else ""


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_result_offers_the_complaint_with_the_answers(client, lang):
    result, _seen = walk(client, lang, form_answers(FACTS))
    carried = complaint_form(result, lang)
    assert "step" not in carried, "no step: the complaint view reads it as a prefill"
    assert carried["facts_date"] == "2025-03-02" and carried["content_type"] == "sexual_deepfake"
    page = client.post(localized(f"/{lang}/complaint"), data=carried).get_data(as_text=True)
    words = complaint_flow().text(lang)["steps"]
    assert step_title(page) == words["writer"]["title"], "the situation is not asked again"
    assert hidden_values(page)["facts_date"] == "2025-03-02"
    back = unescape(client.post(localized(f"/{lang}/complaint"), data={
        **hidden_values(page), "step": "writer", "action": "back"}).get_data(as_text=True))
    assert step_title(back) == words["situation"]["title"]
    assert 'value="2025-03-02"' in back
    assert re.search(r'value="sexual_deepfake"[^>]*checked|checked[^>]*value="sexual_deepfake"',
                     back)


# Every detailed answer of the guided questions reaches the complaint, by POST only.
DETAILED = {"facts_date": "2025-06-01", "repeated_acts": True, "first_facts_date": "2025-02-01",
            "victim_age_at_facts": 20, "content_type": "real_intimate",
            "how_obtained": "recorded_during_exchange", "age_shown_in_content": 16,
            "distribution": "third_party", "threat": "money_or_other",
            "threat_channel": "private_messages", "threat_carried_out": False,
            "author_relationship": "former_partner", "author_age": "adult",
            "impersonation": False, "others_joined": "only_received"}


def test_every_detailed_answer_goes_on_to_the_complaint_and_its_letter(client):
    answers = form_answers(DETAILED)
    assert set(answers) == set(qualify_flow().by_field) - {
        "labelled_as_fake", "victim_birth_date", "solicited_images_from_minor"}
    result, _seen = walk(client, "en", answers)
    carried = complaint_form(result, "en")
    assert {k: carried[k] for k in answers} == answers
    html = result.get_data(as_text=True)
    for url in re.findall(r'(?:href|action)="([^"]*)"', html):
        assert not any(f"={value}" in url for value in answers.values()), url  # never in a URL
    page = client.post("/en/complaint", data=carried).get_data(as_text=True)
    assert {k: hidden_values(page)[k] for k in answers} == answers
    payload = complaint_flow().includes["qualify"].payload(hidden_values(page))
    assert payload == qualify_flow().payload(answers)  # what the letter's qualification reads


def test_no_complaint_button_when_nothing_applies(client):
    facts = {**FACTS, "content_type": "none", "distribution": "none"}
    result, _seen = walk(client, "en", form_answers(facts))
    assert 'action="/en/complaint"' not in result.get_data(as_text=True)


# --- a threat carried out travels with the other qualification answers ----------------------

THREAT = {**FACTS, "content_type": "real_intimate", "how_obtained": "given_or_self_made",
          "distribution": "third_party", "threat": "money_or_other", "threat_carried_out": True}


def test_a_threat_carried_out_goes_on_to_the_complaint(client):
    result, _seen = walk(client, "en", form_answers(THREAT))
    carried = complaint_form(result, "en")
    assert carried["threat_carried_out"] == "yes"
    page = client.post("/en/complaint", data=carried).get_data(as_text=True)
    back = client.post("/en/complaint", data={**hidden_values(page), "step": "writer",
                                              "action": "back"}).get_data(as_text=True)
    assert re.search(r'id="threat_carried_out-yes"[^>]*checked', back)


def document_cases():
    qualification = {**BODY["qualification"], "threat": "money_or_other"}
    good = {**qualification, "threat_carried_out": True}
    bad = {**qualification, "threat_carried_out": "yes"}
    return [
        ("/api/v1/documents/complaint?format=txt", {**BODY, "qualification": good}, 200),
        ("/api/v1/documents/complaint?format=txt", {**BODY, "qualification": bad}, 422),
        ("/api/v1/documents/platform-notice?format=txt",
         from_complaint(platform="twitch", qualification=good), 200),
        ("/api/v1/documents/platform-notice?format=txt",
         from_complaint(platform="twitch", qualification=bad), 422),
    ]


@pytest.mark.parametrize(("path", "body", "status"), document_cases())
def test_the_documents_apis_take_threat_carried_out_in_the_qualification(client, path, body,
                                                                         status):
    response = client.post(path, json=body)
    assert response.status_code == status, response.get_data(as_text=True)[:300]
    if status == 200:
        assert "312-10" in response.get_data(as_text=True)
    else:
        fields = {e["field"] for e in response.get_json()["errors"]}
        assert "qualification.threat_carried_out" in fields
