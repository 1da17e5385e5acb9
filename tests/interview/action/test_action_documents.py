"""Each action letter downloaded through the web flow, read back with an independent library."""

from __future__ import annotations

import pytest

from tests.conftest import localized
from tests.interview.complaint.answers import step_title
from tests.letters.readback import squash, text_of

from .helpers import ANSWERS

CASES = [  # (kind in the URL, format, file name, words the letter must hold)
    ("platform-notice", "pdf", "notification-dsa.pdf", ["226-8-1", "Camille MARTIN"]),
    ("platform-appeal", "docx", "reclamation-dsa.docx", ["Camille MARTIN"]),
    ("delisting", "odt", "demande-dereferencement.odt", ["Camille MARTIN"]),
    ("erasure", "txt", "demande-effacement-rgpd.txt", ["Exemple SAS", "Camille MARTIN"]),
    ("cnil-complaint", "pdf", "plainte-cnil.pdf", ["Exemple SAS"]),
    ("preservation", "docx", "demande-conservation.docx", ["Camille MARTIN"]),
]


@pytest.mark.parametrize(("kind", "fmt", "filename", "expected"), CASES)
def test_each_letter_downloads_and_reads_back(client, kind, fmt, filename, expected):
    response = client.post(localized(f"/fr/action/document/{kind}/{fmt}"), data=ANSWERS)
    assert response.status_code == 200
    assert response.headers["Content-Disposition"] == f'attachment; filename="{filename}"'
    assert response.headers["Cache-Control"].startswith("no-store")
    text = squash(text_of(fmt, response.data)).lower()
    for word in [*expected, "https://www.instagram.com/p/AbC123/"]:
        assert squash(word).lower() in text, word


def test_letter_in_english(client):
    response = client.post(localized("/fr/action/document/platform-notice/txt"),
                           data={**ANSWERS, "pack.lang": "en"})
    assert response.status_code == 200
    # named in the page's language (French), not the letter's
    assert 'filename="notification-dsa.txt"' in response.headers["Content-Disposition"]


def test_incomplete_answers_give_the_review_with_422(client):
    answers = {k: v for k, v in ANSWERS.items() if k != "pack.controller_name"}
    response = client.post("/en/action/document/erasure/pdf", data=answers)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert step_title(page) == "Check and download" and 'value="goto:details"' in page
    assert "Camille" in page


def test_a_letter_not_chosen_is_refused(client):
    answers = {k: v for k, v in ANSWERS.items() if k != "pack.delisting"}
    assert client.post("/en/action/document/delisting/txt", data=answers).status_code == 422


def test_unknown_kind_or_format_is_404(client):
    assert client.post("/en/action/document/nope/pdf", data=ANSWERS).status_code == 404
    assert client.post("/en/action/document/erasure/exe", data=ANSWERS).status_code == 404


def test_review_offers_every_chosen_letter_in_every_format(client):
    page = client.post("/en/action", data={**ANSWERS, "step": "you", "action": "next"}
                       ).get_data(as_text=True)
    for kind, *_ in CASES:
        for fmt in ("pdf", "docx", "odt", "txt"):
            assert f'formaction="/en/action/document/{kind}/{fmt}"' in page
    assert 'formaction="/en/action/plan"' in page
