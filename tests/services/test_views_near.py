"""“Help near you” over the real commune and court data: results, choice lists, errors, privacy.

Court names and streets were read by hand in the data files (see test_courts_lookup.py); the other
details of each court are read back from the lookups and must all appear on the page.
"""

from __future__ import annotations

import html
import logging
import re

import pytest

from app.formats import long_date
from app.services.communes import commune
from app.services.courts import cdad_for, procureur_address, tribunal_for
from app.services.wording import say
from tests.conftest import localized, localized_links

URL = "/{lang}/help-near-you"  # localized(URL.format(…)): the path in the language's words

# typed text → (INSEE code of the commune answered, court name, street of the court)
RESULT_CASES = [
    ("75011", "75111", "Tribunal judiciaire de Paris", "29-45 avenue de la Porte de Clichy"),
    ("13001", "13201", "Tribunal judiciaire de Marseille", "6 RUE JOSEPH AUTRAN"),
    ("  75011  ", "75111", "Tribunal judiciaire de Paris", "29-45 avenue de la Porte de Clichy"),
    ("L'Haÿ-les-Roses", "94038", "Tribunal judiciaire de Créteil", None),
    ("l'hay les roses", "94038", "Tribunal judiciaire de Créteil", None),
    ("97411", "97415", "Tribunal judiciaire de Saint-Denis-de-La-Réunion", None),
]

# typed text → INSEE codes that must be offered, the one then chosen, and its court
CHOICE_CASES = [
    ("01000", {"01053", "01344"}, "01344", "Tribunal judiciaire de Bourg-en-Bresse"),
    ("st etienne", {"42218", "76575"}, "42218", "Tribunal judiciaire de Saint-Etienne"),
    ("Saint-Étienne", {"42218"}, "42218", "Tribunal judiciaire de Saint-Etienne"),
    ("Paris", {"75056", "75111"}, "75056", "Tribunal judiciaire de Paris"),
]

# posted form → (status, wording key of the error shown)
ERROR_CASES = [
    ({"place": ""}, 422, "error_empty"),
    ({"place": "   "}, 422, "error_empty"),
    ({}, 422, "error_empty"),
    ({"place": "zzzz"}, 422, "error_not_found"),
    ({"place": "99999"}, 422, "error_not_found"),
    ({"place": "<b>Nowhere</b>"}, 422, "error_not_found"),
    ({"place": "x" * 101}, 422, "error_too_long"),
    ({"place": "01000", "step": "choose"}, 422, "error_choose_missing"),
    ({"place": "01000", "step": "choose", "commune": "75111"}, 422, "error_choose_invalid"),
    ({"place": "01000", "commune": "not-a-code"}, 422, "error_choose_invalid"),
]


def text_of(response) -> str:
    return html.unescape(response.get_data(as_text=True))


def radios(page: str) -> set[str]:
    return set(re.findall(r'type="radio" name="commune" id="commune-[^"]+" value="([^"]+)"', page))


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("typed", "insee", "court_name", "street"), RESULT_CASES)
def test_one_commune_gives_its_court_procureur_address_and_cdad(client, lang, typed, insee,
                                                                court_name, street):
    response = client.post(localized(URL.format(lang=lang)), data={"place": typed})
    assert response.status_code == 200
    page = text_of(response)
    court = tribunal_for(insee)
    assert court.name == court_name
    if street:
        assert court.street == street
    for expected in (court.name, court.street, f"{court.postcode} {court.city}", *court.phones,
                     *court.emails):
        assert expected in page
    for line in procureur_address(insee):
        assert line in page
    if court.record_date:
        assert long_date(court.record_date, lang) in page
        assert say(lang, "annuaire_attribution", date=long_date(court.record_date, lang)) in page
    if court.source_url:
        assert f'href="{court.source_url}"' in page
    assert say(lang, "parquet_note") in page
    assert say(lang, "sources_title") in page and "Licence Ouverte" in page
    cdad = cdad_for(commune(insee).departement)
    for expected in (cdad.name, *cdad.address_lines, cdad.phone or ""):
        assert expected in page
    assert response.headers["Cache-Control"].startswith("no-store")
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize(("typed", "offered", "chosen", "court_name"), CHOICE_CASES)
def test_several_communes_give_a_choice_then_the_chosen_court(client, typed, offered, chosen,
                                                               court_name):
    first = client.post(localized(URL.format(lang="fr")), data={"place": typed})
    assert first.status_code == 200
    page = text_of(first)
    assert offered <= radios(page)
    assert f'name="place" value="{typed}"' in page, "the typed text is kept in the forms"
    assert court_name not in page
    second = client.post(localized(URL.format(lang="fr")),
                         data={"place": typed, "step": "choose", "commune": chosen})
    assert second.status_code == 200
    answer = text_of(second)
    assert court_name in answer and tribunal_for(chosen).street in answer
    assert not radios(answer)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("form", "status", "key"), ERROR_CASES)
def test_bad_input_is_explained_and_what_was_typed_is_kept(client, lang, form, status, key):
    response = client.post(localized(URL.format(lang=lang)), data=form)
    assert response.status_code == status
    page = text_of(response)
    typed = form.get("place", "")
    message = say(lang, key, place=typed.strip(), max=100)
    assert page.count(message) == 2, "in the error summary and next to the field"
    assert 'class="error-summary"' in page
    assert f'value="{typed}"' in page
    if key.startswith("error_choose"):
        assert radios(page), "the choice list is offered again"
    assert "<b>Nowhere</b>" not in response.get_data(as_text=True), "typed text is escaped"


def test_a_body_over_the_size_limit_answers_413_not_500(client):
    response = client.post(localized(URL.format(lang="en")), data={"place": "7" * (300 * 1024)})
    assert response.status_code == 413


def test_the_place_is_never_read_from_the_address(client):
    response = client.get(localized(URL.format(lang="fr")) + "?place=75011")
    assert response.status_code == 200
    assert "Tribunal judiciaire de Paris" not in response.get_data(as_text=True)
    assert response.headers["Cache-Control"].startswith("no-store")


def test_forms_send_the_place_by_post_only(client):
    page = client.get(localized(URL.format(lang="en"))).get_data(as_text=True)
    forms = re.findall(r"<form[^>]*>", page)
    near = [f for f in forms if "help-near-you" in f]
    assert near and all('method="post"' in f for f in near)
    assert 'name="place"' in page and 'autocomplete="off"' in page


def test_nothing_typed_reaches_the_logs(client, caplog):
    caplog.set_level(logging.DEBUG)
    client.post(localized(URL.format(lang="fr")), data={"place": "Quimperlé-secret"})
    client.post(localized(URL.format(lang="fr")), data={"place": "29300"})
    logged = " ".join(r.getMessage() for r in caplog.records)
    assert "Quimperlé-secret" not in logged and "29300" not in logged


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_pages_link_to_each_other(client, lang):
    near = client.get(localized(URL.format(lang=lang))).get_data(as_text=True)
    directory = client.get(localized(f"/{lang}/services")).get_data(as_text=True)
    assert localized_links(f'href="/{lang}/services"') in near
    assert f'href="{localized(URL.format(lang=lang))}"' in directory
