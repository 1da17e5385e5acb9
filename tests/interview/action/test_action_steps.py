"""The action pack's steps: navigation, validation (422, every answer kept, error summary),
and no answer ever in a URL or a cookie."""

from __future__ import annotations

import html
import re

import pytest

from tests.conftest import localized, localized_links
from tests.interview.complaint.answers import QUALIFICATION, hidden, step_title

from .helpers import ANSWERS, COMPLAINT, PACK


def post(client, lang="en", **data):
    return client.post(localized(f"/{lang}/action"), data=data)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_start_page(client, lang):
    response = client.get(localized(f"/{lang}/action"))
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and page.count("<h1") == 1
    assert response.headers["Cache-Control"].startswith("no-store")
    assert localized_links(f'action="/{lang}/action"') in page


def test_complaint_answers_enter_on_the_first_step_and_are_carried(client):
    response = client.post("/en/action", data={**COMPLAINT, "step": "review",
                                               "action": "from-complaint"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    assert step_title(page) == "The letters"
    carried = hidden(page)
    assert carried["pack.source"] == "complaint" and carried["step"] == "letters"
    for name, value in COMPLAINT.items():
        assert carried[name] == value.replace("\r\n", "\n"), name


NEXT = [  # (answers, from step, expected next step title)
    (ANSWERS, "letters", "Who is writing"),  # from the complaint review: situation skipped
    ({**PACK}, "letters", "Your situation"),
    (ANSWERS, "who", "The platform"),
    (ANSWERS, "platform", "Where the content is"),
    (ANSWERS, "content", "Details for your letters"),
    (ANSWERS, "details", "About you"),
    (ANSWERS, "you", "Check and download"),
    ({**ANSWERS, "writer": "representative"}, "you", "You, the parent or legal representative"),
    ({**COMPLAINT, "pack.source": "complaint", "pack.platform_notice": "yes",
      "pack.platform": "instagram", "pack.has_url": "yes", "pack.urls": "https://e.example/a",
      "pack.lang": "en", "pack.csam": "no"}, "you", "Check and download"),
]


@pytest.mark.parametrize(("answers", "current", "expected"), NEXT)
def test_next_step(client, answers, current, expected):
    response = post(client, **answers, step=current, action="next")
    assert response.status_code == 200, step_title(response.get_data(as_text=True))
    assert step_title(response.get_data(as_text=True)) == expected


def test_delisting_only_skips_the_details_it_does_not_need(client):
    answers = {**COMPLAINT, "pack.source": "complaint", "pack.erasure": "yes",
               "pack.controller_name": "X", "pack.has_url": "yes",
               "pack.urls": "https://e.example/a", "pack.lang": "fr"}
    page = post(client, **answers, step="content", action="next").get_data(as_text=True)
    assert 'name="pack.controller_name"' in page and 'name="pack.notice_date"' not in page
    assert 'name="pack.platform"' not in post(client, **answers, step="who", action="next"
                                              ).get_data(as_text=True).split("hidden")[0]


def test_back_keeps_answers(client):
    page = post(client, **ANSWERS, step="representative", action="back"
                ).get_data(as_text=True)
    assert step_title(page) == "About you"
    assert 'value="Camille"' in page and hidden(page)["pack.urls"] == PACK["pack.urls"]


ONLY_NOTICE = {**COMPLAINT, "pack.source": "complaint", "pack.platform_notice": "yes",
               "pack.platform": "instagram", "pack.has_url": "yes",
               "pack.urls": "https://e.example/a", "pack.lang": "fr"}
NO_URL = {**{k: v for k, v in ONLY_NOTICE.items() if k != "pack.urls"}, "pack.has_url": "no",
          "pack.place": "4e B", "pack.seen_at": "2026-11-18T18:05"}
INVALID = [  # (step, answers, field at fault, message fragment)
    ("letters", {**COMPLAINT}, "pack.platform_notice", "at least one letter"),
    ("content", {**ONLY_NOTICE, "pack.urls": "", "shown": "pack.urls"}, "pack.urls",
     "to continue"),
    ("content", {**ONLY_NOTICE, "pack.urls": "not a url"}, "pack.urls", ""),
    ("content", {**NO_URL, "pack.has_url": "", "pack.place": "", "pack.seen_at": ""},
     "pack.has_url", "to continue"),
    ("content", {**NO_URL, "pack.place": "", "shown": "pack.place"}, "pack.place",
     "group or conversation"),
    ("content", {**NO_URL, "pack.seen_at": "", "shown": "pack.seen_at"}, "pack.seen_at",
     "required"),
    ("content", {**NO_URL, "pack.seen_at": "hier soir"}, "pack.seen_at", ""),
    ("content", {**NO_URL, "pack.reported_on": "2030-01-01"}, "pack.reported_on", "future"),
    ("who", {**ONLY_NOTICE, "writer": ""}, "writer", "to continue"),
    ("who", {**ONLY_NOTICE, "writer": "representative", "shown": "pack.relation"},
     "pack.relation", "to continue"),
    ("representative", {**ONLY_NOTICE, "writer": "representative", "pack.relation": "son",
                        "representative.first_name": "Marie"}, "representative.last_name",
     "to continue"),
    ("representative", {**ONLY_NOTICE, "writer": "representative", "pack.relation": "son",
                        "representative.first_name": "Marie", "representative.last_name": "D",
                        "representative.role": "mère"}, "representative.email", "to continue"),
    ("platform", {**ONLY_NOTICE, "pack.platform": "other"}, "pack.platform_other", "to continue"),
    ("platform", {**ONLY_NOTICE, "pack.platform": "nope"}, "pack.platform", ""),
    ("platform", {**ONLY_NOTICE, "pack.lang": "de"}, "pack.lang", ""),
    ("you", {**ONLY_NOTICE, "victim.email": ""}, "victim.email", "to continue"),
    ("you", {**ONLY_NOTICE, "victim.last_name": ""}, "victim.last_name",
     "Fill in this box"),
    ("details", {**ANSWERS, "pack.notice_date": ""}, "pack.notice_date", ""),
    ("details", {**ANSWERS, "pack.notice_date": "32/13/2026"}, "pack.notice_date", ""),
    ("details", {**ANSWERS, "pack.decision_date": "2026-09-01"}, "pack.decision_date", ""),
    ("details", {**ANSWERS, "pack.controller_name": ""}, "pack.controller_name", ""),
    ("details", {**ANSWERS, "pack.request_date": "2026-11-20"}, "pack.request_date",
     "not expired"),
    ("details", {**ANSWERS, "pack.request_date": ""}, "pack.request_date", ""),
    ("details", {**ANSWERS, "pack.complaint_date": "2030-01-01"}, "pack.complaint_date",
     "future"),
]


@pytest.mark.parametrize(("current", "answers", "field", "fragment"), INVALID)
def test_invalid_answers_give_422_with_summary_and_answers_kept(client, current, answers,
                                                                field, fragment):
    response = post(client, **answers, step=current, action="next")
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert 'class="error-summary"' in page and page.count("<h1") == 1
    field_id = re.sub(r"[^A-Za-z0-9_]+", "-", field).strip("-")
    assert f'id="{field_id}-error"' in page or f'id="{field}-error"' in page \
        or 'id="letters-error"' in page
    assert fragment in html.unescape(page)
    text = html.unescape(page)
    for name, value in answers.items():  # every answer is still in the page…
        # …except a radio value that is not one of its choices
        if value and not (name == field and name in ("pack.platform", "pack.lang")):
            assert value in text, name


def test_review_lists_a_problem_no_step_shows(client):
    """From the complaint review the situation step is skipped; a notice without any offence
    is sent back to it from the review."""
    answers = {k: v for k, v in ONLY_NOTICE.items() if k not in QUALIFICATION}
    response = post(client, **answers, step="you", action="next")
    page = response.get_data(as_text=True)
    assert step_title(page) == "Check and download"
    assert 'value="goto:situation"' in page and "/document/" not in page
    again = post(client, **answers, step="review", action="goto:situation")
    assert step_title(again.get_data(as_text=True)) == "Your situation"


@pytest.mark.parametrize("data", [
    {"step": "nope", "action": "next"}, {"step": "letters", "action": "zzz"},
    {"step": "letters", "action": "goto:nope"}])
def test_bad_requests_are_400(client, data):
    assert post(client, **data).status_code == 400


def test_answers_never_in_urls_nor_cookies(client):
    pages = [post(client, **ANSWERS, step=s, action="next")
             for s in ("letters", "who", "platform", "content", "details", "you")]
    pages.append(client.post("/en/action/plan", data=ANSWERS))
    secrets = ("Camille", "camille@example.org", "AbC123", "Exemple SAS")
    for response in pages:
        assert "Set-Cookie" not in response.headers
        assert response.headers["Cache-Control"].startswith("no-store")
        page = response.get_data(as_text=True)
        for url in re.findall(r'(?:href|action|formaction)="([^"]*)"', page):
            assert not any(s.lower() in url.lower() for s in secrets), url
    # a GET with answers in the query string does not use them
    page = client.get("/en/action?victim.first_name=Camille").get_data(as_text=True)
    assert "Camille" not in page


@pytest.mark.parametrize(("current", "answers", "follow_up"), [
    ("who", {**ONLY_NOTICE, "writer": "representative"}, "pack.relation"),
    ("content", {**ONLY_NOTICE, "pack.urls": ""}, "pack.urls"),
    ("content", {**NO_URL, "pack.place": "", "pack.seen_at": ""}, "pack.seen_at")])
def test_a_follow_up_is_asked_before_it_is_reported_missing(client, current, answers,
                                                            follow_up):
    response = post(client, **answers, step=current, action="next")
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and 'class="error-summary"' not in page
    assert f'name="shown" value="{follow_up}"' in page  # now on the page, asked
