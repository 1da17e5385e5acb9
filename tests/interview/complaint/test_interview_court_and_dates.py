"""The interview's court and follow-up date: the court list on the `where` step, a chosen court
that wins over the commune, the victim's postcode (not the representative's) to search, and a
follow-up letter refused, with the date it becomes possible, when it would be sent too early."""

from __future__ import annotations

import html as html_lib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import localized
from tests.letters.readback import squash, text_of

from .answers import ANSWERS, hidden, step_title

MARSEILLE = "Tribunal judiciaire de Marseille"


def where(client, lang="fr", **changes):
    data = {**ANSWERS, **changes, "step": "where", "action": "next"}
    return client.post(localized(f"/{lang}/complaint"),
                       data={k: v for k, v in data.items() if v != ""})


def test_where_offers_every_court_with_the_commune_s_by_default(client):
    page = client.post(localized("/fr/complaint"), data={**ANSWERS, "step": "review",
                                               "action": "goto:where"}).get_data(as_text=True)
    assert '<select id="tribunal" name="tribunal"' in page
    assert '<option value="" selected>Celui de la commune choisie ci-dessus</option>' in page
    assert f'<option value="{MARSEILLE}">' in page
    assert "article 43 du Code de procédure pénale" in html_lib.unescape(page)


def test_a_chosen_court_wins_over_the_commune(client):
    answers = {**ANSWERS, "tribunal": MARSEILLE}  # commune_insee stays 75111 (Paris)
    assert where(client, tribunal=MARSEILLE).status_code == 200
    review = html_lib.unescape(client.post(localized("/fr/complaint"), data={
        **answers, "step": "options", "action": "next"}).get_data(as_text=True))
    assert MARSEILLE in review
    letter = squash(text_of("txt", client.post(localized("/fr/complaint/document/txt"),
                                               data=answers).data))
    assert squash("près le tribunal judiciaire de Marseille") in letter
    assert squash("13006") in letter and squash("Porte de Clichy") not in letter


@pytest.mark.parametrize(("lang", "message"), [
    ("fr", "ne figure pas dans la liste des tribunaux judiciaires"),
    ("en", "is not in the list of tribunaux judiciaires"),
])
def test_an_unknown_court_is_refused_and_kept(client, lang, message):
    response = where(client, lang, tribunal="Tribunal de Villeurbanne")
    assert response.status_code == 422
    page = html_lib.unescape(response.get_data(as_text=True))
    assert message in page
    assert '<option value="Tribunal de Villeurbanne" selected>' in page
    assert 'href="#tribunal"' in page


def test_a_court_without_a_commune_needs_no_commune_choice(client):
    response = where(client, place_query="Saint-Denis", commune_insee="", tribunal=MARSEILLE)
    assert response.status_code == 200


def test_an_ambiguous_address_is_fixed_on_the_where_step(client):
    response = where(client, place_query="", commune_insee="", **{
        "victim.postcode": "02800", "victim.commune": ""})
    assert response.status_code == 422
    assert "Plusieurs tribunaux sont possibles" in html_lib.unescape(
        response.get_data(as_text=True))


def test_the_search_starts_from_the_victim_s_postcode_not_the_representative_s(client):
    answers = {k: v for k, v in ANSWERS.items() if k not in ("place_query", "commune_insee")}
    answers.update({"writer": "representative", "victim.postcode": "13001",
                    "representative.first_name": "Sophie", "representative.last_name": "Martin",
                    "representative.role": "mère", "representative.postcode": "69002",
                    "representative.commune": "Lyon"})
    response = client.post(localized("/fr/complaint"), data={**answers, "step": "representative",
                                                             "action": "next"})
    page = response.get_data(as_text=True)
    assert step_title(page) == "La commune de la victime et le tribunal"
    assert 'id="place_query" name="place_query" value="13001"' in page
    assert 'id="commune_insee-13201"' in page


REPRESENTATIVE = {"writer": "representative", "representative.first_name": "Sophie",
                  "representative.last_name": "Martin", "representative.role": "mère",
                  "representative.postcode": "69002", "representative.commune": "Lyon"}


@pytest.mark.parametrize(("lang", "writer", "said", "not_said"), [
    ("fr", "victim", ["nous demandons où vous habitez", "Votre commune et le tribunal"],
     ["habite la victime, et non"]),
    ("fr", "representative", ["nous demandons là où habite la victime, et non là où vous "
                              "habitez", "La commune de la victime et le tribunal"],
     ["nous demandons où vous habitez", "Votre commune"]),
    ("en", "victim", ["we ask where you live.", "Your commune and the court"],
     ["where the victim lives, not"]),
    ("en", "representative", ["we ask where the victim lives, not where you live",
                              "The victim's commune and the court"],
     ["we ask where you live.", "Your commune"]),
])
def test_the_where_step_speaks_of_the_victim_when_a_representative_writes(
        client, lang, writer, said, not_said):
    """CPP 43: the victim's residence decides; a parent writing is told so, not "where you live"."""
    answers = {**ANSWERS, **(REPRESENTATIVE if writer == "representative" else {})}
    page = html_lib.unescape(client.post(localized(f"/{lang}/complaint"), data={
        **answers, "step": "review", "action": "goto:where"}).get_data(as_text=True))
    for text in said:
        assert text in page, text
    for text in not_said:
        assert text not in page, text
    review = html_lib.unescape(client.post(localized(f"/{lang}/complaint"), data={
        **answers, "step": "options", "action": "next"}).get_data(as_text=True))
    assert said[1] in review


FOLLOW_UP = {**ANSWERS, "kind": "partie_civile", "first_complaint_to": "procureur"}


# Received by the procureur on 20 November 2026: the period would end on Saturday 20 February
# 2027, so it runs to Monday 22 (CPP 801) and the letter can be dated from the 23rd.
@pytest.mark.parametrize(("first", "signed", "status", "text"), [
    ("2026-11-20", "", 422, "Datez la lettre du 23 février 2027 ou d'après"),
    ("2026-11-20", "2027-02-22", 422, "se termine le 22 février 2027 à minuit"),
    ("2026-11-20", "2027-02-23", 200, ""),
    ("2026-06-30", "", 200, ""),
])
def test_follow_up_is_refused_before_it_can_be_sent(client, first, signed, status, text):
    answers = {**FOLLOW_UP, "first_complaint_date": first, "signed_on": signed}
    answers = {k: v for k, v in answers.items() if v}
    response = client.post(localized("/fr/complaint"),
                           data={**answers, "step": "dates", "action": "next"})
    assert response.status_code == status
    page = html_lib.unescape(response.get_data(as_text=True))
    if status == 422:
        assert step_title(page) == "Votre première plainte" and text in page
        assert hidden(response.get_data(as_text=True))["harm"] == ANSWERS["harm"]
        assert f'value="{first}"' in page
        download = client.post(localized("/fr/complaint/document/txt"), data=answers)
        assert download.status_code == 422


def test_follow_up_prepared_in_advance_is_dated_that_day(client):
    answers = {**FOLLOW_UP, "first_complaint_date": "2026-11-20", "signed_on": "2027-02-23"}
    page = client.post(localized("/fr/complaint/follow-up"), data=answers).get_data(as_text=True)
    assert 'id="signed_on" name="signed_on" value="2027-02-23"' in page
    letter = client.post(localized("/fr/complaint/document/txt"), data=answers)
    assert letter.status_code == 200
    text = squash(letter.get_data(as_text=True))
    assert squash("le 23 février 2027") in text and squash("Un délai de 3 mois") in text


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(tribunal=st.sampled_from([MARSEILLE, "Marseille", "TJ Lyon", "", "x" * 300])
       | st.text(max_size=30),
       signed=st.sampled_from(["2027-02-20", "2026-11-25", "20/02/2027", "2027-02-30", ""])
       | st.text(max_size=12),
       postcode=st.sampled_from(["02800", "69003", "10115", ""]) | st.text(max_size=8),
       kind=st.sampled_from(["complaint", "partie_civile"]),
       path=st.sampled_from(["", "/document/txt", "/print"]))
def test_court_and_date_fields_never_5xx(client, tribunal, signed, postcode, kind, path):
    data = {**ANSWERS, "kind": kind, "first_complaint_to": "procureur",
            "first_complaint_date": "2026-11-20", "tribunal": tribunal,
            "signed_on": signed, "victim.postcode": postcode, "place_query": "",
            "commune_insee": "", "step": "where", "action": "next"}
    response = client.post(f"/en/complaint{path}", data=data)
    assert response.status_code in (200, 422)
