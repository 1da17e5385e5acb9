"""The support-services directory page: every service shown with its checked details, urgent
numbers first, filters by non-identifying choices (GET), refused values answered with 400."""

from __future__ import annotations

import html
import re

import pytest

from app.formats import long_date
from app.services.directory import all_services, get, urgent_strip
from app.services.filters import CHOICES
from app.services.wording import say, wording
from tests.conftest import localized, localized_links, without_phone_links

URGENT_IDS = {s.id for s in all_services() if s.urgent}

# query → (ids that must be listed, ids that must not be)
FILTER_CASES = [
    ("", {s.id for s in all_services()}, set()),
    ("age=any&urgent=any&help=any&image_age=any", {s.id for s in all_services()}, set()),
    ("age=under-15", {"17", "3018", "119", "filsantejeunes", "takeitdown"},
     {"3919", "stopncii", "enavanttoutes"}),
    ("age=15-17", {"3018", "119", "enavanttoutes"}, {"3919", "stopncii"}),
    ("age=18-plus", {"3919", "stopncii", "takeitdown", "enavanttoutes"}, {"3018", "119"}),
    ("urgent=yes", URGENT_IDS, {"3919", "3018", "pharos"}),
    ("urgent=no", {"3919", "3018", "pharos"}, URGENT_IDS),
    ("help=legal", {"stopfisha", "cidff", "3039"}, {"17", "3018", "stopncii"}),
    ("help=reporting", {"pharos", "pointdecontact", "17cyber"}, {"3919"}),
    ("help=emergency", URGENT_IDS, {"3919"}),
    ("help=removal&image_age=under-18", {"takeitdown", "3018"}, {"stopncii", "pharos"}),
    ("help=removal&image_age=18-plus", {"stopncii", "3018"}, {"takeitdown"}),
    ("age=18-plus&help=removal&image_age=under-18", {"takeitdown"}, {"stopncii", "3018"}),
    ("age=&help=", {s.id for s in all_services()}, set()),
    ("utm_source=x", {s.id for s in all_services()}, set()),
]

EMPTY_CASES = ["urgent=yes&help=legal", "urgent=yes&help=removal&age=under-15"]

# query → filters reported as refused (their value is left out, the others still apply)
INVALID_CASES = [
    ("age=16", ["age"]),
    ("age=UNDER-15", ["age"]),
    ("urgent=true", ["urgent"]),
    ("help=therapy", ["help"]),
    ("help=<script>alert(1)</script>", ["help"]),
    ("image_age=17&age=18", ["age", "image_age"]),
    ("urgent=yes&help=removals", ["help"]),
]


def listed(page: str) -> list[str]:
    return re.findall(r'<h3 id="service-([^"]+)"', page)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("query", "present", "absent"), FILTER_CASES)
def test_filters_list_the_matching_services_urgent_first(client, lang, query, present, absent):
    response = client.get(localized(f"/{lang}/services?{query}"))
    assert response.status_code == 200
    ids = listed(response.get_data(as_text=True))
    assert present <= set(ids) and not absent & set(ids)
    urgency = [i in URGENT_IDS for i in ids]
    assert urgency == sorted(urgency, reverse=True), "emergency numbers come first"
    count = say(lang, "count_one") if len(ids) == 1 else say(lang, "count_many", count=len(ids))
    assert count in response.get_data(as_text=True)


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("query", EMPTY_CASES)
def test_an_empty_result_says_so_and_gives_the_urgent_numbers(client, lang, query):
    response = client.get(localized(f"/{lang}/services?{query}"))
    assert response.status_code == 200
    page = html.unescape(without_phone_links(response.get_data(as_text=True)))
    assert listed(page) == []
    assert say(lang, "empty") in page and say(lang, "empty_urgent") in page
    for service in urgent_strip():
        assert service.name[lang] in page
    assert 'href="tel:17"' in page and 'href="sms:114"' in page


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("query", "refused"), INVALID_CASES)
def test_a_refused_filter_value_answers_400_with_a_message(client, lang, query, refused):
    response = client.get(localized(f"/{lang}/services?{query}"))
    assert response.status_code == 400
    page = html.unescape(response.get_data(as_text=True))
    for name in refused:
        message = say(lang, "invalid_filter", field=say(lang, f"filter_{name}"))
        assert page.count(message) == 2, "in the error summary and next to the filter"
        assert f'href="#filter-{name}"' in page
    assert "<script>alert" not in response.get_data(as_text=True)
    assert listed(page), "the services stay listed"


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_every_service_shows_its_details_as_held_in_the_data(client, lang):
    page = html.unescape(without_phone_links(client.get(localized(f"/{lang}/services")).get_data(
        as_text=True)))
    for service in all_services():
        start = page.index(f'id="service-{service.id}"')
        end = page.index("</article>", start)
        card = page[start:end]
        assert service.name[lang] in card and service.who[lang] in card
        assert service.what[lang] in card
        assert long_date(service.checked_on, lang) in card
        assert say(lang, f"grade_{service.grade}") in card
        assert (say(lang, "not_verified") in card) == (service.grade == "U")
        for field, key in ((service.hours, "card_hours"), (service.cost, "card_cost"),
                           (service.languages, "card_languages")):
            if field:
                assert field[lang] in card
            else:
                assert f"<dt>{say(lang, key)}</dt>" not in card, "no guess where data is empty"
        if not service.contacts:
            assert say(lang, "card_no_contact") in card
        if service.source:
            assert f'href="{service.source}"' in card


@pytest.mark.parametrize(("service_id", "links"), [
    ("17", ['href="tel:17"']),
    ("114", ['href="sms:114"']),
    ("116006", ['href="tel:116006"', 'href="tel:+33180523376"',
                'href="mailto:victimes@france-victimes.fr"']),
    ("3919", ['href="tel:3919"', 'href="https://www.solidaritefemmes.org" rel="noopener']),
    ("stopncii", ['href="https://stopncii.org" rel="noopener noreferrer"']),
])
def test_contacts_are_links_and_web_links_are_marked_external(client, service_id, links):
    page = client.get("/en/services").get_data(as_text=True)
    start = page.index(f'id="service-{service_id}"')
    card = page[start:page.index("</article>", start)]
    for link in links:
        assert link in card
    if any("https://" in link for link in links):
        assert f"({say('en', 'external')})" in card
    assert get(service_id).name["en"] in html.unescape(card)


def test_the_filter_form_offers_closed_choices_only(client):
    page = client.get(localized("/fr/services")).get_data(as_text=True)
    start = page.index('<form method="post"')
    form = page[start:page.index("</form>", start)]
    assert "<input" not in form and "<textarea" not in form, "no free text in the filters"
    assert sorted(re.findall(r'<select id="filter-([^"]+)" name="\1"', form)) == sorted(CHOICES)


def test_wording_has_the_same_keys_in_both_languages_and_french_typography():
    fr, en = wording("fr"), wording("en")
    assert set(fr) == set(en)
    for key, text in fr.items():
        assert not re.search(r"[^\u00a0]([:;!?»])(?=\s|$)", text), key
        assert not re.search(r"«[^\u00a0]", text), key
        assert set(re.findall(r"{(\w+)}", text)) == set(re.findall(r"{(\w+)}", en[key])), key


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize(("query", "present", "absent"), FILTER_CASES)
def test_the_filter_form_posts_and_lists_the_same_services(client, lang, query, present, absent):
    """The form sends its filters in the body: they never reach the address bar or history."""
    page = client.get(localized(f"/{lang}/services")).get_data(as_text=True)
    assert localized_links(f'<form method="post" action="/{lang}/services">') in page
    form = dict(pair.split("=", 1) for pair in query.split("&")) if query else {}
    posted = client.post(localized(f"/{lang}/services"), data=form)
    assert posted.status_code == 200
    assert posted.headers["Cache-Control"].startswith("no-store")
    got = listed(client.get(localized(f"/{lang}/services?{query}")).get_data(as_text=True))
    assert listed(posted.get_data(as_text=True)) == got
