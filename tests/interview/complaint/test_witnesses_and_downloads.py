"""The complaint interview names witnesses (a repeated step, none required) and its review
offers one primary download, the PDF to print, and the other formats as links saying what each
is for; the fuzz posts any witness answers (never a 5xx)."""

from __future__ import annotations

import html as html_lib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import localized
from tests.letters.readback import squash, text_of

from .answers import ANSWERS, step_title

WITNESS = {"witnesses[0].name": "Paul Durand", "witnesses[0].contact": "06 11 22 33 44",
           "witnesses[0].saw": "a vu la publication"}


def test_the_witnesses_step_comes_after_the_facts_and_is_optional(client):
    page = client.post(
        localized("/fr/complaint"), data={**ANSWERS, "step": "facts", "action": "next"})
    assert step_title(page.get_data(as_text=True)) == "Les témoins"
    skipped = client.post(
        localized("/fr/complaint"), data={**ANSWERS, "step": "witnesses",
                                                  "action": "next"})
    assert skipped.status_code == 200
    assert step_title(skipped.get_data(as_text=True)) == "Le préjudice"


def test_a_witness_needs_a_name(client):
    response = client.post(
        localized("/en/complaint"), data={**ANSWERS, "witnesses[0].saw": "saw it",
                                                   "step": "witnesses", "action": "next"})
    assert response.status_code == 422
    page = response.get_data(as_text=True)
    assert 'id="witnesses-0-name-error"' in page and "Optional. Someone who saw" in page


def test_witnesses_reach_the_letter(client):
    answers = {**ANSWERS, **WITNESS, "witnesses[1].name": "Inès Moreau"}
    letter = client.post(
        localized("/fr/complaint/document/odt"), data=answers)
    assert letter.status_code == 200
    text = squash(text_of("odt", letter.data))
    assert squash("Paul Durand (06 11 22 33 44) : a vu la publication") in text
    assert squash("Inès Moreau") in text


def test_one_primary_download_and_the_others_as_links(client):
    review = client.post(
        localized("/fr/complaint"), data={**ANSWERS, "step": "options",
                                                 "action": "next"})
    page = html_lib.unescape(review.get_data(as_text=True))
    assert page.count('class="button" formaction="/fr/plainte/document/pdf"') == 1
    for fmt, label, use in (("docx", "Word (DOCX)", "à modifier dans Word"),
                            ("odt", "Document ODT (OpenDocument)",
                             "à modifier dans LibreOffice"),
                            ("txt", "Texte (TXT)", "pour copier le texte")):
        assert (f'class="link-button" formaction="/fr/plainte/document/{fmt}">{label}'
                f'</button> {use}') in page
    assert "ne fait pas partie de la lettre" in page
    english = client.post(
        localized("/en/complaint"), data={**ANSWERS, "step": "options",
                                                  "action": "next"}).get_data(as_text=True)
    assert "Download the letter to print (PDF)" in english and "to edit in LibreOffice" in english


TEXT = st.text(st.characters(codec="utf-8"), max_size=120)


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(names=st.dictionaries(st.sampled_from(
    ["witnesses[0].name", "witnesses[0].contact", "witnesses[0].saw", "witnesses[9].name",
     "witnesses[10].name", "witnesses[x].name", "witnesses[1].saw"]), TEXT, max_size=5),
    step=st.sampled_from(["witnesses", "review", "harm"]),
    action=st.sampled_from(["next", "add", "remove:0", "remove:9", "back"]),
    path=st.sampled_from(["", "/document/txt", "/print"]))
def test_witness_answers_never_5xx(client, names, step, action, path):
    response = client.post(
        localized(f"/en/complaint{path}"), data={**ANSWERS, **names, "step": step,
                                                         "action": action})
    assert response.status_code in (200, 400, 413, 422)
