"""The complaint review hands its answers to the action pack with one button."""

from __future__ import annotations

import re
from html import unescape

import pytest

from tests.conftest import localized, localized_links
from tests.interview.complaint.answers import ANSWERS


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_review_offers_the_action_pack_and_carries_the_answers(client, lang):
    review = client.post(localized(f"/{lang}/complaint"), data={**ANSWERS, "step": "options",
                                                                "action": "next"})
    html = review.get_data(as_text=True)
    assert localized_links(f'formaction="/{lang}/action"') in html
    assert 'value="from-complaint"' in html
    carried = dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', html))
    carried = {k: unescape(v) for k, v in carried.items() if k != "step"}
    assert carried["victim.email"] == "camille@example.org"
    page = client.post(localized(f"/{lang}/action"), data={**carried, "action": "from-complaint"})
    assert page.status_code == 200
    assert "camille@example.org" in page.get_data(as_text=True), "the answers came across"
    assert "/complaint" not in page.request.url and "CANARY" not in page.request.url
