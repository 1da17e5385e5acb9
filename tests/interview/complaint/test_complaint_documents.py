"""Letters, print view, saved answers and the follow-up letter, through the web interview.
Every file is read back with an independent library."""

from __future__ import annotations

import io
import json

import pytest

from app.interview.complaint.saved import SAVED_MAX_BYTES
from tests.conftest import localized
from tests.letters.readback import squash, text_of

from .answers import ANSWERS, MUST_APPEAR, QUALIFICATION, hidden, step_title


@pytest.mark.parametrize("fmt", ["pdf", "docx", "odt", "txt"])
def test_each_format_downloads_and_reads_back(client, fmt):
    response = client.post(localized(f"/fr/complaint/document/{fmt}"), data=ANSWERS)
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]
    assert disposition == f'attachment; filename="plainte-procureur.{fmt}"'
    assert response.headers["Cache-Control"].startswith("no-store")
    text = squash(text_of(fmt, response.data)).lower()
    for expected in MUST_APPEAR:
        assert squash(expected).lower() in text, expected
    assert squash("Je déclare me constituer partie civile").lower() in text


def test_reading_copy_is_the_other_language(client):
    response = client.post(localized("/fr/complaint/document/txt"),
                           data={**ANSWERS, "copy": "reading"})
    assert response.status_code == 200
    disposition = response.headers["Content-Disposition"]  # named in the page's language
    assert 'filename="plainte-procureur-copie-de-lecture.txt"' in disposition
    assert "Reading copy in English" in response.get_data(as_text=True)


def test_incomplete_answers_give_the_review_with_422(client):
    answers = {k: v for k, v in ANSWERS.items() if k != "victim.last_name"}
    response = client.post("/en/complaint/document/pdf", data=answers)
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert step_title(page) == "Check and download"
    assert 'value="goto:victim"' in page
    assert "Camille" in page  # nothing typed is lost


def test_unknown_format_is_404(client):
    assert client.post(localized("/fr/complaint/document/exe"), data=ANSWERS).status_code == 404


def test_print_view_shows_the_letter(client):
    response = client.post("/en/complaint/print", data=ANSWERS)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert page.count("<h1") == 1
    for expected in ("Camille MARTIN", "tribunal judiciaire de Paris", "226-8-1", ANSWERS[
            "exhibits[0].sha256"]):
        assert expected.lower() in page.lower()
    assert response.headers["Cache-Control"].startswith("no-store")


def test_save_then_resume_round_trip(client):
    saved = client.post(localized("/fr/complaint/save"), data={**ANSWERS, "step": "harm"})
    assert saved.status_code == 200
    assert saved.headers["Content-Disposition"] == 'attachment; filename="mes-reponses.json"'
    assert json.loads(saved.data)["answers"] == ANSWERS
    resumed = client.post(localized("/fr/complaint/resume"), content_type="multipart/form-data",
                          data={"answers_file": (io.BytesIO(saved.data), "answers.json")})
    assert resumed.status_code == 200
    page = resumed.get_data(as_text=True)
    assert step_title(page) == "Vérifier et télécharger"
    assert localized("/fr/complaint/document/pdf") in page  # complete: downloads offered
    again = client.post(localized("/fr/complaint/document/txt"), data=ANSWERS)
    assert "Camille MARTIN" in again.get_data(as_text=True)


def _file(content: bytes) -> dict:
    return {"answers_file": (io.BytesIO(content), "answers.json")}


@pytest.mark.parametrize(("content", "status", "message"), [
    (b"not json", 422, "not a file of saved answers"),
    (b'{"format": "other", "version": 1, "answers": {}}', 422, "not a file of answers saved"),
    (json.dumps({"format": "recours-complaint-answers", "version": 1,
                 "answers": {"password": "x"}}).encode(), 422, "answers this site does not know"),
    (json.dumps({"format": "recours-complaint-answers", "version": 1,
                 "answers": {"harm": 3}}).encode(), 422, "not text or is too long"),
    (b" " * (SAVED_MAX_BYTES + 10), 413, "too large"),
])
def test_resume_refuses_bad_files(client, content, status, message):
    response = client.post("/en/complaint/resume", content_type="multipart/form-data",
                           data=_file(content))
    assert response.status_code == status
    assert message in response.get_data(as_text=True)


def test_resume_without_a_file(client):
    response = client.post(localized("/fr/complaint/resume"), content_type="multipart/form-data",
                           data={})
    assert response.status_code == 422
    assert "Choisissez d" in response.get_data(as_text=True)


def test_follow_up_letter_from_the_review(client):
    page = client.post(localized("/fr/complaint/follow-up"), data={**ANSWERS, "return": "review"})
    assert step_title(page.get_data(as_text=True)) == "Votre première plainte"
    answers = {**ANSWERS, "kind": "partie_civile", "first_complaint_to": "procureur",
               "first_complaint_date": "2026-06-30"}
    review = client.post(localized("/fr/complaint"),
                         data={**answers, "step": "dates", "action": "next", "return": "review"})
    text = review.get_data(as_text=True)
    # 30 September 2026, a Wednesday, ends the CPP 85 months: filed from the next day.
    assert "peut être déposée à partir du 1er octobre 2026" in text
    letter = client.post(localized("/fr/complaint/document/odt"), data=answers)
    assert "plainte-partie-civile.odt" in letter.headers["Content-Disposition"]
    body = squash(text_of("odt", letter.data))
    for expected in ("Doyen des juges d'instruction", "consignation", "aide juridictionnelle",
                     "Camille MARTIN", "30 juin 2026"):
        assert squash(expected) in body, expected


def test_follow_up_dates_are_checked(client):
    answers = {**ANSWERS, "kind": "partie_civile", "first_complaint_to": "procureur",
               "first_complaint_date": "2026-06-30", "refusal_date": "2026-01-01"}
    response = client.post("/en/complaint", data={**answers, "step": "dates", "action": "next"})
    assert response.status_code == 422
    assert "before the date of the first complaint" in response.get_data(as_text=True)


def test_follow_up_entry_page(client):
    response = client.get("/en/complaint/follow-up")
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    assert 'name="kind" value="partie_civile"' in page
    assert 'name="first_complaint_date"' in page


def test_qualification_answers_prefill_the_situation(client):
    response = client.post("/en/complaint", data=QUALIFICATION)
    page = response.get_data(as_text=True)
    assert step_title(page) == "Who is writing"  # answered already: not asked again
    back = client.post("/en/complaint", data={**hidden(page), "step": "writer",
                                              "action": "back"}).get_data(as_text=True)
    assert step_title(back) == "Your situation"
    assert ('id="content_type-sexual_deepfake" name="content_type" value="sexual_deepfake" '
            "checked") in back
    partial = {k: v for k, v in QUALIFICATION.items() if k != "author_age"}
    page = client.post("/en/complaint", data=partial).get_data(as_text=True)
    assert step_title(page) == "Your situation"  # one answer missing: the page asks it
