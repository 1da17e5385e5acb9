"""A form's own buttons and hidden fields, sent with values no page offers: a clear 400, never a
500. (Superscript digits pass str.isdigit() but not int(); a 5,000-digit index passes neither
int()'s limit nor any sane bound.)"""

from __future__ import annotations

import pytest

from tests.conftest import localized
from tests.interview.complaint.answers import ANSWERS

from .hostile import check

DIGITS = "9" * 5000
# (interview path, step, action) that must be refused with 400
REFUSED = [
    ("/complaint", "facts", "remove:²"),
    ("/complaint", "facts", "remove:1¹"),
    ("/complaint", "facts", f"remove:{DIGITS}"),
    ("/complaint", "exhibits", "remove:٣"),
    ("/complaint", "facts", "remove:-1"),
    ("/complaint", "facts", "remove: 1"),
    ("/complaint", "facts", "remove:1\n"),
    ("/complaint", "facts", "remove:"),
    ("/complaint", "facts", "remove:100"),
    ("/complaint", "victim", "remove:0"),
    ("/complaint", "facts", "add:1"),
    ("/complaint", "facts", f"goto:{DIGITS}"),
    ("/complaint", "facts", "goto:zzz"),
    ("/complaint", DIGITS, "next"),
    ("/complaint", "facts²", "next"),
    ("/qualify", "when", "remove:²"),
    ("/qualify", DIGITS, "next"),
    ("/action", "letters", "goto:²"),
    ("/action", DIGITS, "next"),
    ("/action", "letters", "remove:1¹"),
]


@pytest.mark.parametrize(("path", "step", "action"), REFUSED,
                         ids=[f"{p}-{s[:12]}-{a[:12]}" for p, s, a in REFUSED])
@pytest.mark.parametrize("lang", ["fr", "en"])
def test_buttons_no_page_offers_are_refused(client, lang, path, step, action):
    response = client.post(localized(f"/{lang}{path}"),
                           data={**ANSWERS, "step": step, "action": action})
    check(response, lang)
    assert response.status_code == 400, response.status_code


def test_a_real_remove_button_still_works(client):
    data = {**ANSWERS, "facts[1].date": "2025-01-05", "facts[1].description": "Un autre fait.",
            "step": "facts", "action": "remove:1"}
    html = client.post(localized("/fr/complaint"), data=data).get_data(as_text=True)
    assert "Un autre fait." not in html and 'name="facts[0].description"' in html


@pytest.mark.parametrize("action", ["back:1", "next:facts", "add:0", "goto", "remove", "search:1",
                                    "from-complaint:x"])
def test_an_argument_only_where_the_button_takes_one(client, action):
    data = {**ANSWERS, "step": "facts", "action": action}
    assert client.post(localized("/fr/complaint"), data=data).status_code == 400
