"""Requests refused before any view: forged log lines, posts from other sites, the edge's 429."""

from __future__ import annotations

import html
import logging

import pytest

from tests.conftest import localized
from tests.interview.complaint.answers import ANSWERS

CANARY = "TEXTE-D-UN-AUTRE-SITE"


@pytest.mark.parametrize("path", [
    "/fr/%0AGET%20/fr/admin%20200", "/en/search%0D%0AX", "/fr/a%1B[2Jb", "/%0A",
    "/fr/%E2%80%A8x", "/fr/x%E2%80%AEfdp.exe", "/api/v1/documents/%0Acomplaint",
])
def test_a_path_with_control_characters_is_400_and_logs_nothing(client, caplog, path):
    with caplog.at_level(logging.DEBUG):
        response = client.get(path)
        posted = client.post(path, data={"q": "x"})
    assert response.status_code == 400 and posted.status_code == 400
    assert caplog.records == []
    page = html.unescape(response.get_data(as_text=True))
    if path.startswith("/api/"):
        assert set(response.get_json()["message"]) == {"fr", "en"}
    elif path.startswith("/fr/"):
        assert "La demande n'a pas pu être lue" in page


def test_ordinary_unicode_paths_still_work(client):
    assert client.get("/fr/%C3%A9t%C3%A9").status_code == 404  # an accented path: just not found
    assert client.get("/fr/").status_code == 200


@pytest.mark.parametrize("headers", [
    {"Sec-Fetch-Site": "cross-site"},
    {"Origin": "https://attacker.example"},
    {"Origin": "null", "Sec-Fetch-Site": "cross-site"},
    {"Origin": "http://localhost.attacker.example"},
    {"Sec-Fetch-Site": "cross-site", "Origin": "http://localhost"},
])
def test_a_post_from_another_site_is_403_in_the_page_language(client, headers):
    """Another site cannot make the print view show its text under this site's name."""
    data = {**ANSWERS, "facts[0].description": CANARY}
    response = client.post(localized("/fr/complaint/print"), data=data, headers=headers)
    assert response.status_code == 403
    page = html.unescape(response.get_data(as_text=True))
    assert CANARY not in page
    assert "Cette demande vient d'un autre site" in page
    english = client.post("/en/search", data={"q": "x"}, headers=headers)
    assert english.status_code == 403
    assert "This request came from another site" in english.get_data(as_text=True)
    api = client.post("/api/v1/qualify", json={}, headers=headers)
    assert api.status_code == 403 and set(api.get_json()["message"]) == {"fr", "en"}


@pytest.mark.parametrize("headers", [
    {},                                                    # scripts, curl, API clients
    {"Sec-Fetch-Site": "same-origin", "Origin": "http://localhost"},
    {"Sec-Fetch-Site": "none"},                            # typed or bookmarked
    # The site's own forms under Referrer-Policy: no-referrer: the browser sends Origin: null.
    {"Sec-Fetch-Site": "same-origin", "Origin": "null"},
    {"Origin": "http://127.0.0.1:5000"},                   # SITE_URL, behind a proxy
])
def test_posts_from_the_site_itself_pass(client, headers):
    assert client.post("/fr/recherche", data={"q": "plainte"}, headers=headers).status_code == 200


def test_links_from_other_sites_still_open_pages(client):
    response = client.get("/fr/recherche?q=plainte", headers={"Sec-Fetch-Site": "cross-site",
                                                           "Origin": "https://elsewhere.example"})
    assert response.status_code == 200


def test_a_request_over_the_edge_limit_gets_the_bilingual_429_without_the_work(client):
    headers = {"X-Recours-Edge-Limit": "1"}
    page = client.post(localized("/fr/complaint/print"),
                       data={**ANSWERS, "facts[0].description": CANARY},
                       headers=headers)
    assert page.status_code == 429
    assert "Trop de demandes" in page.get_data(as_text=True)
    assert CANARY not in page.get_data(as_text=True)
    api = client.post("/api/v1/documents/complaint?format=txt", json={}, headers=headers)
    assert api.status_code == 429 and set(api.get_json()["message"]) == {"fr", "en"}
