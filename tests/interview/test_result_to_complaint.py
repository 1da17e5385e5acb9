"""From the qualification result, one button starts the complaint with the answers already given."""

from __future__ import annotations

import re
from html import unescape

import pytest

from tests.api.test_action_documents_api import from_complaint
from tests.api.test_documents_api import BODY
from tests.interview.helpers import form_answers, walk

FACTS = {"facts_date": "2025-03-02", "content_type": "sexual_deepfake",
         "distribution": "public_online", "victim_age_at_facts": 29, "threat": "none"}


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_result_offers_the_complaint_with_the_answers(client, lang):
    result, _seen = walk(client, lang, form_answers(FACTS))
    html = result.get_data(as_text=True)
    form = re.search(rf'<form method="post" action="/{lang}/complaint"[^>]*>(.*?)</form>',
                     html, re.S)
    assert form, "the result links to the complaint interview"
    carried = dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', form.group(1)))
    assert "step" not in carried, "no step: the complaint view reads it as a prefill"
    assert carried["facts_date"] == "2025-03-02" and carried["content_type"] == "sexual_deepfake"
    page = unescape(client.post(f"/{lang}/complaint", data=carried).get_data(as_text=True))
    assert 'value="2025-03-02"' in page
    assert re.search(r'value="sexual_deepfake"[^>]*checked|checked[^>]*value="sexual_deepfake"',
                     page)


def test_no_complaint_button_when_nothing_applies(client):
    facts = {**FACTS, "content_type": "none", "distribution": "none"}
    result, _seen = walk(client, "en", form_answers(facts))
    assert 'action="/en/complaint"' not in result.get_data(as_text=True)


# --- a threat carried out travels with the other qualification answers ----------------------

THREAT = {**FACTS, "content_type": "real_intimate", "how_obtained": "given_or_self_made",
          "distribution": "third_party", "threat": "money_or_other", "threat_carried_out": True}


def test_a_threat_carried_out_goes_on_to_the_complaint(client):
    result, _seen = walk(client, "en", form_answers(THREAT))
    html = result.get_data(as_text=True)
    form = re.search(r'<form method="post" action="/en/complaint"[^>]*>(.*?)</form>', html, re.S)
    carried = dict(re.findall(r'name="([a-z_]+)" value="([^"]*)"', form.group(1)))
    assert carried["threat_carried_out"] == "yes"
    page = client.post("/en/complaint", data=carried).get_data(as_text=True)
    assert re.search(r'id="threat_carried_out-yes"[^>]*checked', page)


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
