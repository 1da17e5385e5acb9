"""The victim's identity fields never invite the browser to save them.

A field's own autocomplete token (given-name, street-address…) overrides the form's
autocomplete="off" and makes the browser offer to keep the name and address, where anyone using
a shared or watched device would find them. Each identity field says "off" itself.
"""

from __future__ import annotations

import re

import pytest

from tests.conftest import localized
from tests.interview.complaint.answers import ANSWERS

FIELD = re.compile(r'<input (?=[^>]*name="victim\.)[^>]*>')


def identity_inputs(page: str) -> list[str]:
    return [tag for tag in FIELD.findall(page) if 'type="hidden"' not in tag]


@pytest.mark.parametrize(("url", "data"), [
    (localized("/fr/complaint"), {**ANSWERS, "step": "review", "action": "goto:victim"}),
    ("/en/complaint", {**ANSWERS, "step": "review", "action": "goto:victim"}),
    (localized("/fr/action"), {**ANSWERS, "step": "letters", "action": "goto:you",
                               "pack.platform_notice": "on"}),
])
def test_every_identity_field_says_off(client, url, data):
    response = client.post(url, data=data)
    assert response.status_code == 200
    inputs = identity_inputs(response.get_data(as_text=True))
    assert len(inputs) >= 6, inputs
    for tag in inputs:
        assert re.search(r'\sautocomplete="off"', tag), tag
