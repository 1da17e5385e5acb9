"""From the qualification result, one button starts the complaint with the answers already given."""

from __future__ import annotations

import re
from html import unescape

import pytest

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
