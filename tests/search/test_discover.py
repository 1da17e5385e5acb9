"""Sitemap, robots.txt, canonical address and social preview metadata."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest

from app import create_app
from app.search.discover import DEFAULT_SITE_URL, tool_pages
from tests.conftest import FACTS_ON

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}


def sitemap(client) -> dict[str, dict[str, str]]:
    """loc → {hreflang: href}"""
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response.mimetype == "application/xml"
    root = ET.fromstring(response.data)
    return {url.find("s:loc", NS).text: {link.get("hreflang"): link.get("href")
                                         for link in url.findall("x:link", NS)}
            for url in root.findall("s:url", NS)}


def test_sitemap_lists_every_content_page_with_its_twin(client, app):
    entries = sitemap(client)
    site = app.extensions["recours.site"]
    for page in site.pages:
        loc = DEFAULT_SITE_URL + page.url
        assert loc in entries, page.url
        for lang in ("fr", "en"):
            twin = site.twin(page, lang)
            assert entries[loc][lang] == DEFAULT_SITE_URL + twin.url


def test_sitemap_lists_tool_pages_in_both_languages(client, app):
    entries = sitemap(client)
    tools = tool_pages(app)
    assert any(urls["fr"] == "/fr/search" for urls in tools)
    for urls in tools:
        for lang in ("fr", "en"):
            loc = DEFAULT_SITE_URL + urls[lang]
            assert entries[loc] == {code: DEFAULT_SITE_URL + urls[code] for code in ("fr", "en")}
    assert len(entries) == len(app.extensions["recours.site"].pages) + 2 * len(tools)


def test_sitemap_urls_all_answer_200(client):
    for loc in sitemap(client):
        assert client.get(loc.removeprefix(DEFAULT_SITE_URL)).status_code == 200, loc


def test_robots_allows_all_and_names_the_sitemap(client):
    response = client.get("/robots.txt")
    assert response.status_code == 200 and response.mimetype == "text/plain"
    text = response.get_data(as_text=True)
    assert "User-agent: *\nAllow: /\n" in text and "Disallow" not in text
    assert f"Sitemap: {DEFAULT_SITE_URL}/sitemap.xml" in text


def test_site_url_setting_is_used():
    """A fresh application: content pages are rendered once, with the address configured then."""
    client = create_app({"TESTING": True, "FACTS_ON": FACTS_ON,
                         "SITE_URL": "https://recours.example/"}).test_client()
    assert "Sitemap: https://recours.example/sitemap.xml" in client.get("/robots.txt").text
    assert "<loc>https://recours.example/fr/</loc>" in client.get("/sitemap.xml").text
    html = client.get("/en/").get_data(as_text=True)
    assert '<link rel="canonical" href="https://recours.example/en/">' in html


def meta(html: str, prop: str) -> str:
    return re.search(rf'<meta property="{prop}" content="([^"]*)">', html).group(1)


@pytest.mark.parametrize(("lang", "locale", "other"), [("fr", "fr_FR", "en_GB"),
                                                       ("en", "en_GB", "fr_FR")])
def test_content_pages_have_canonical_and_open_graph(client, app, lang, locale, other):
    for page in app.extensions["recours.site"].pages:
        if page.lang != lang:
            continue
        html = client.get(page.url).get_data(as_text=True)
        head = html[:html.index("</head>")]
        url = DEFAULT_SITE_URL + page.url
        assert f'<link rel="canonical" href="{url}">' in head
        assert meta(head, "og:url") == url
        assert meta(head, "og:locale") == locale and meta(head, "og:locale:alternate") == other
        assert unescape(meta(head, "og:title")) == page.title
        assert unescape(meta(head, "og:description")) == page.meta["summary"]
        assert "og:image" not in head


def test_tool_pages_have_canonical_and_open_graph(client):
    html = client.get("/en/search").get_data(as_text=True)
    assert f'<link rel="canonical" href="{DEFAULT_SITE_URL}/en/search">' in html
    assert meta(html, "og:title") == "Search"


def test_head_loads_nothing_from_another_origin(client):
    """Absolute URLs appear only in canonical/og values, never in what the browser loads."""
    html = client.get("/fr/").get_data(as_text=True)
    head = html[:html.index("</head>")]
    for tag in re.findall(r"<(?:script|link|img|iframe|source|style)\b[^>]*>", head):
        if 'rel="canonical"' in tag:
            continue
        assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", tag), tag


def test_error_pages_have_no_canonical(client):
    response = client.get("/fr/no-such-page")
    assert response.status_code == 404
    assert 'rel="canonical"' not in response.get_data(as_text=True)
