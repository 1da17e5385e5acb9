"""Language in the URL only: redirect by Accept-Language, switch keeps the page, no cookie."""

from __future__ import annotations

import pytest

from tests.conftest import parse


@pytest.mark.parametrize(("accept", "expected"), [
    (None, "/fr/"),
    ("fr-FR,fr;q=0.9", "/fr/"),
    ("en-GB,en;q=0.9", "/en/"),
    ("en-US,en;q=0.9,fr;q=0.8", "/en/"),
    ("de-DE,de;q=0.9", "/fr/"),
    ("de-DE,en;q=0.5", "/en/"),
    ("garbage;;;q=x", "/fr/"),
])
def test_root_redirects_by_accept_language(client, accept, expected):
    headers = {"Accept-Language": accept} if accept else {}
    response = client.get("/", headers=headers)
    assert response.status_code == 302
    assert response.headers["Location"].endswith(expected)
    assert "Accept-Language" in response.headers["Vary"]
    assert "Set-Cookie" not in response.headers


@pytest.mark.parametrize("path", ["/de/", "/FR/", "/xx/que-faire", "/fr/no-such-page"])
def test_unknown_language_or_page_is_404(client, path):
    assert client.get(path).status_code == 404


def test_language_switch_points_to_the_twin_page(app, client):
    site, site_url = app.extensions["recours.site"], app.config["SITE_URL"].rstrip("/")
    for page in site.pages:
        twin = site.twin(page, "en" if page.lang == "fr" else "fr")
        html = client.get(page.url).get_data(as_text=True)
        assert f'href="{twin.url}" hreflang="{twin.lang}"' in html, page.url
        assert f'<link rel="alternate" hreflang="{twin.lang}" href="{site_url}{twin.url}">' in html


def test_html_lang_matches_url(client):
    assert parse(client.get("/fr/").get_data(as_text=True)).lang == "fr"
    assert parse(client.get("/en/").get_data(as_text=True)).lang == "en"


def test_interface_strings_are_translated(client):
    fr = client.get("/fr/").get_data(as_text=True)
    en = client.get("/en/").get_data(as_text=True)
    assert "Quitter ce site" in fr and "Exit this page" in en
    assert "Aller au contenu principal" in fr and "Skip to main content" in en
    assert "Exit this page" not in fr
