"""The search page: empty form on GET, results on POST only, nothing kept, clear errors."""

from __future__ import annotations

import re

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import MISSING_NBSP, localized, parse


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_get_shows_the_empty_form(client, lang):
    response = client.get(localized(f"/{lang}/search"))
    assert response.status_code == 200
    assert response.headers["Cache-Control"].startswith("no-store")
    html = response.get_data(as_text=True)
    assert re.search(rf'<form[^>]*action="{localized(f"/{lang}/search")}"[^>]*method="post"', html)
    assert 'id="search-q"' in html and "<mark>" not in html
    assert 'id="search-box-q"' not in html  # the header box is not repeated on this page


@pytest.mark.parametrize(("lang", "query", "title"), [
    ("fr", "plainte", "Porter plainte"), ("en", "complaint", "Filing a complaint")])
def test_post_shows_results_with_marked_excerpts(client, lang, query, title):
    response = client.post(localized(f"/{lang}/search"), data={"q": query})
    assert response.status_code == 200
    assert response.headers["Cache-Control"].startswith("no-store")
    assert "Set-Cookie" not in response.headers
    html = response.get_data(as_text=True)
    assert f">{title}</a></h3>" in html
    assert "<mark>" in html
    page = parse(html)
    assert page.h1 == 1
    assert not {i for i in page.ids if page.ids.count(i) > 1}
    # The query is shown back in the field but never in the title (browser history).
    assert f'value="{query}"' in html
    assert query not in re.search(r"<title>(.*?)</title>", html).group(1).lower()


@pytest.mark.parametrize(("lang", "query", "url", "title"), [
    ("fr", "twitch", "/fr/plateformes/twitch", "Signaler sur Twitch"),
    ("en", "onlyfans", "/en/platforms/onlyfans", "Report on OnlyFans"),
    ("en", "3039", "/en/services", "Support services")])
def test_results_link_to_platform_and_directory_pages(client, lang, query, url, title):
    html = client.post(localized(f"/{lang}/search"), data={"q": query}).get_data(as_text=True)
    first = re.search(r'<h3 class="result-title"><a href="([^"]+)">([^<]+)</a>', html)
    assert first.groups() == (url, title)
    assert "<mark>" in html


def test_typo_says_which_spelling_was_searched(client):
    html = client.post("/fr/recherche", data={"q": "plaite"}).get_data(as_text=True)
    assert "orthographe proche\u00a0: plainte" in html
    assert ">Porter plainte</a>" in html


def test_no_result_offers_where_to_go_and_the_urgent_numbers(client, app):
    site = app.extensions["recours.site"]
    for lang in ("fr", "en"):
        response = client.post(localized(f"/{lang}/search"), data={"q": "zzqxwv"})
        html = response.get_data(as_text=True)
        assert 'id="results-title"' in html and "<ol class=\"result-list\">" not in html
        assert f'href="{site.get(lang, "what-to-do").url}"' in html
        assert 'href="tel:' in html


@pytest.mark.parametrize("lang", ["fr", "en"])
@pytest.mark.parametrize("query", ["", "   ", "\x00\x07"])
def test_empty_query_is_422_with_a_message_next_to_the_field(client, lang, query):
    response = client.post(localized(f"/{lang}/search"), data={"q": query})
    assert response.status_code == 422
    html = response.get_data(as_text=True)
    assert 'class="error-summary"' in html and 'href="#search-q"' in html
    assert 'aria-invalid="true"' in html and 'id="search-q-error"' in html


def test_missing_field_is_422(client):
    assert client.post("/fr/recherche", data={}).status_code == 422


def test_long_query_is_422_and_kept(client):
    query = "plainte " * 40
    response = client.post("/en/search", data={"q": query})
    assert response.status_code == 422
    assert "200 characters at most" in response.get_data(as_text=True)


def test_huge_body_is_413(client):
    response = client.post("/fr/recherche", data={"q": "a" * (300 * 1024)})
    assert response.status_code == 413


def test_query_string_is_ignored(client):
    """A query in the URL (a link someone crafted) is never searched nor shown."""
    html = client.get("/fr/recherche?q=plainte").get_data(as_text=True)
    assert "<mark>" not in html and 'value=""' in html


def test_results_pages_keep_french_typography(client):
    for query in ("plainte", "deepfake", "harcèlement", "zzqxwv", ""):
        page = parse(client.post("/fr/recherche", data={"q": query}).get_data(as_text=True))
        faults = [text for lang, text in page.text_chunks
                  if lang == "fr" and MISSING_NBSP.search(text)
                  and not re.search(r"https?:|\d[:;]", text)]
        assert not faults, (query, faults[:3])


def test_header_box_posts_to_the_search_page(client):
    for lang in ("fr", "en"):
        html = client.get(f"/{lang}/").get_data(as_text=True)
        form = re.search(r'<form class="search-box"[^>]*>', html).group(0)
        assert f'action="{localized(f"/{lang}/search")}"' in form and 'method="post"' in form
        assert '<label for="search-box-q">' in html


def test_other_methods_are_405(client):
    assert client.put("/fr/recherche", data={"q": "x"}).status_code == 405


FIXTURES_OK = [HealthCheck.function_scoped_fixture]  # the client keeps nothing between requests


@settings(max_examples=150, deadline=None, suppress_health_check=FIXTURES_OK)
@given(lang=st.sampled_from(["fr", "en"]), query=st.text(max_size=260),
       extra=st.dictionaries(st.text(min_size=1, max_size=10), st.text(max_size=20), max_size=3))
def test_fuzz_search_form_never_fails(client, lang, query, extra):
    response = client.post(localized(f"/{lang}/search"), data={**extra, "q": query})
    assert response.status_code in (200, 422), response.status_code
    assert response.headers["Cache-Control"].startswith("no-store")


@settings(max_examples=60, deadline=None, suppress_health_check=FIXTURES_OK)
@given(body=st.binary(max_size=600), content_type=st.sampled_from([
    "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain",
    "application/json", "multipart/form-data"]))
def test_fuzz_raw_bodies_never_fail(client, body, content_type):
    response = client.post("/fr/recherche", data=body, content_type=content_type)
    assert response.status_code in (200, 400, 413, 422), response.status_code
