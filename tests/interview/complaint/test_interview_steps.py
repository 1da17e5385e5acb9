"""The complaint interview step by step: navigation, validation that keeps every answer,
conditional steps, commune choice, groups, and the review."""

from __future__ import annotations

import html as html_lib

import pytest

from app.interview.complaint import complaint_flow
from tests.conftest import localized

from .answers import ANSWERS, QUALIFICATION, hidden, step_title

TITLES = {lang: complaint_flow().text(lang)["steps"] for lang in ("fr", "en")}


def title(step: str, lang: str = "fr") -> str:
    return TITLES[lang][step]["title"]


def only(*names: str, **extra: str) -> dict:
    """The answers of ANSWERS named, plus `extra`."""
    return {**{k: ANSWERS[k] for k in names}, **extra}


SITUATION = tuple(QUALIFICATION)
VICTIM = tuple(k for k in ANSWERS if k.startswith("victim."))

# (id, posted step, action, answers, status, step shown next)
CASES = [
    ("start_posts_to_situation", None, None, {}, 200, "situation"),
    ("qualification_prefill", None, None, dict(QUALIFICATION), 200, "writer"),  # answered
    ("qualification_prefill_partial", None, None,
     {k: v for k, v in QUALIFICATION.items() if k != "others_joined"}, 200, "situation"),
    ("situation_empty", "situation", "next", {}, 422, "situation"),
    ("situation_bad_date", "situation", "next", {**QUALIFICATION, "facts_date": "2031-01-01"},
     422, "situation"),
    ("situation_ok", "situation", "next", dict(QUALIFICATION), 200, "writer"),
    ("writer_missing", "writer", "next", only(*SITUATION), 422, "writer"),
    ("writer_bad_choice", "writer", "next", only(*SITUATION, writer="someone"), 422, "writer"),
    ("writer_victim", "writer", "next", only(*SITUATION, "writer"), 200, "victim"),
    ("victim_missing_names", "victim", "next", only(*SITUATION, "writer"), 422, "victim"),
    ("victim_bad_email", "victim", "next",
     {**only(*SITUATION, "writer", *VICTIM), "victim.email": "not-an-email"}, 422, "victim"),
    ("victim_ok_goes_to_where", "victim", "next", only(*SITUATION, "writer", *VICTIM), 200,
     "where"),
    ("minor_asks_representative", "victim", "next",
     only(*SITUATION, *VICTIM, writer="representative"), 200, "representative"),
    ("representative_role_required", "representative", "next",
     only(*SITUATION, *VICTIM, writer="representative", **{
         "representative.first_name": "Sophie", "representative.last_name": "Bernard"}),
     422, "representative"),
    ("where_search_stays", "where", "search", only("place_query"), 200, "where"),
    ("where_unknown_commune", "where", "next", {"commune_insee": "00000"}, 422, "where"),
    ("where_query_without_choice", "where", "next", {"place_query": "Saint-Denis"}, 422,
     "where"),
    ("author_missing", "author", "next", {}, 422, "author"),
    ("author_known_without_name", "author", "next", {"author.known": "yes"}, 422, "author"),
    ("author_x", "author", "next", {"author.known": "no"}, 200, "facts"),
    ("facts_required", "facts", "next", {}, 422, "facts"),
    ("facts_bad_url", "facts", "next", {"facts[0].date": "2026-10-01",
                                        "facts[0].description": "x",
                                        "facts[0].urls": "ftp://nope"}, 422, "facts"),
    ("facts_add", "facts", "add", {}, 200, "facts"),
    ("harm_optional", "harm", "next", {}, 200, "exhibits"),
    ("exhibit_bad_sha", "exhibits", "next", {"exhibits[0].description": "x",
                                             "exhibits[0].sha256": "1234"}, 422, "exhibits"),
    ("exhibits_none", "exhibits", "next", {}, 200, "options"),
    ("options_to_review", "options", "next", dict(ANSWERS), 200, "review"),
    ("back_keeps_going", "facts", "back", {}, 200, "author"),
    ("goto_from_review", "review", "goto:victim", dict(ANSWERS), 200, "victim"),
]


@pytest.mark.parametrize(("case", "step", "action", "answers", "status", "shown"), CASES,
                         ids=[c[0] for c in CASES])
def test_step(client, case, step, action, answers, status, shown):
    data = dict(answers)
    if step:
        data["step"] = step
    if action:
        data["action"] = action
    response = client.post(localized("/fr/complaint"), data=data)
    assert response.status_code == status, case
    assert response.headers["Cache-Control"].startswith("no-store")
    page = response.get_data(as_text=True)
    assert step_title(page) == title(shown)
    if status == 422:
        assert 'class="error-summary"' in page
        assert "aria-invalid=\"true\"" in page or "error-message" in page


def test_validation_error_keeps_every_answer(client):
    answers = {**ANSWERS, "victim.email": "not-an-email"}
    response = client.post(localized("/fr/complaint"),
                           data={**answers, "step": "victim", "action": "next"})
    assert response.status_code == 422
    page = html_lib.unescape(response.get_data(as_text=True))
    carried = hidden(response.get_data(as_text=True))
    for name, value in answers.items():
        if name.startswith("victim."):
            assert f'value="{value}"' in page, name  # shown again in its field
        else:
            assert carried.get(name) == value, name  # carried to the next request
    assert "Adresse électronique invalide." in page
    assert 'href="#victim-email"' in page


def test_text_is_never_cut(client):
    long_text = "é" * 4000
    answers = {**ANSWERS, "harm": long_text}
    response = client.post(localized("/fr/complaint"),
                           data={**answers, "step": "options", "action": "next"})
    assert hidden(response.get_data(as_text=True))["harm"] == long_text


def test_too_long_text_is_refused_with_the_field(client):
    answers = {**ANSWERS, "harm": "x" * 5001}
    response = client.post(localized("/fr/complaint"),
                           data={**answers, "step": "harm", "action": "next"})
    assert response.status_code == 422
    assert "Texte trop long." in response.get_data(as_text=True)


def test_where_prefills_the_postcode_and_names_the_court(client):
    answers = {k: v for k, v in ANSWERS.items() if k not in ("place_query", "commune_insee")}
    response = client.post(localized("/fr/complaint"),
                           data={**answers, "step": "victim", "action": "next"})
    page = html_lib.unescape(response.get_data(as_text=True))
    assert step_title(page) == title("where")
    assert 'value="75011"' in page
    assert "Tribunal judiciaire de Paris" in page
    assert 'id="commune_insee-75111"' in page and "checked" in page  # the only candidate
    assert "article 43 du Code de procédure pénale" in page


def test_several_communes_let_the_person_choose(client):
    response = client.post("/en/complaint", data={"step": "where", "action": "search",
                                                  "place_query": "Saint-Denis"})
    page = response.get_data(as_text=True)
    assert page.count('name="commune_insee"') > 1
    assert "checked" not in page.split('name="commune_insee"', 1)[1].split("</fieldset>")[0]


def test_remove_a_fact_keeps_the_others(client):
    response = client.post(localized("/fr/complaint"), data={**ANSWERS, "step": "facts",
                                                             "action": "remove:0"})
    page = html_lib.unescape(response.get_data(as_text=True))
    assert "Envoi du montage à des collègues." in page
    assert "Publication d'un montage sexuel." not in page


def test_add_a_fact_shows_an_empty_group(client):
    response = client.post(localized("/fr/complaint"),
                           data={**ANSWERS, "step": "facts", "action": "add"})
    page = response.get_data(as_text=True)
    assert 'name="facts[2].date"' in page and "Fait 3" in page


def test_review_shows_everything_with_change_buttons(client):
    response = client.post(localized("/fr/complaint"),
                           data={**ANSWERS, "step": "options", "action": "next"})
    page = html_lib.unescape(response.get_data(as_text=True))
    flow = complaint_flow()
    for name, value in ANSWERS.items():
        if name in ("place_query",):
            continue
        if name == "commune_insee":
            assert "Paris 11e Arrondissement" in page
            continue
        shown = value.split("\n")[0]
        if name in ("author.known", "partie_civile", "reading_copy", "labelled_as_fake",
                    "author_relationship", "author_age", "impersonation", "others_joined",
                    "repeated_acts", "writer",
                    "letter_lang", "content_type", "distribution", "threat"):
            continue  # shown as the words of the choice, checked below
        assert shown in page, name
    assert "Je suis la personne visée" in page and "Français (à envoyer)" in page
    for step in flow.visible_steps(ANSWERS):
        if step.id != "review":
            assert f'value="goto:{step.id}"' in page
    assert "Tribunal judiciaire de Paris" in page
    assert "modèle de lettre, pas un conseil juridique" in page
    assert "lettre recommandée avec demande d'avis de réception" in page


def test_review_lists_what_is_missing(client):
    answers = {k: v for k, v in ANSWERS.items() if not k.startswith("facts[")}
    response = client.post("/en/complaint", data={**answers, "step": "options", "action": "next"})
    page = response.get_data(as_text=True)
    assert "Some answers are missing" in page
    assert 'value="goto:facts"' in page
    assert "/en/complaint/document/pdf" not in page


def test_change_then_continue_returns_to_review(client):
    response = client.post(localized("/fr/complaint"), data={**ANSWERS, "step": "review",
                                                             "action": "goto:harm"})
    assert 'name="return" value="review"' in response.get_data(as_text=True)
    response = client.post(localized("/fr/complaint"),
                           data={**ANSWERS, "harm": "Autre", "step": "harm",
                                 "action": "next", "return": "review"})
    assert step_title(response.get_data(as_text=True)) == title("review")


@pytest.mark.parametrize("data", [
    {"step": "nope", "action": "next"},
    {"step": "victim", "action": "explode"},
    {"step": "victim", "action": "goto:nowhere"},
    {"step": "victim", "action": "remove:x"},
    {"step": "victim", "action": "goto:representative"},
])
def test_impossible_actions_are_400(client, data):
    assert client.post(localized("/fr/complaint"), data=data).status_code == 400


def test_answers_never_reach_the_url_or_a_cookie(client):
    response = client.post(localized("/fr/complaint"),
                           data={**ANSWERS, "step": "options", "action": "next"})
    page = response.get_data(as_text=True)
    assert 'method="post"' in page and 'method="get"' not in page.lower()
    assert "Set-Cookie" not in response.headers
    assert "Camille" not in response.headers.get("Location", "")
