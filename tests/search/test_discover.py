"""Sitemap, robots.txt, canonical address and social preview metadata."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html import unescape

import pytest

from app import create_app
from app.search.discover import DEFAULT_SITE_URL
from tests.conftest import FACTS_ON, all_page_urls

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
        assert entries[loc]["x-default"] == entries[loc]["fr"]


def test_sitemap_lists_every_get_page_once(client, app):
    """Content, tools, directories and each platform's page: the pages the site serves."""
    entries = sitemap(client)
    assert set(entries) == {DEFAULT_SITE_URL + url for url in all_page_urls(app)}
    assert DEFAULT_SITE_URL + "/en/platforms/onlyfans" in entries
    for loc, alternates in entries.items():
        assert set(alternates) == {"fr", "en", "x-default"}, loc
        assert alternates[loc.removeprefix(DEFAULT_SITE_URL).split("/")[1]] == loc
        for lang in ("fr", "en"):  # each alternate names the same set back
            assert entries[alternates[lang]] == alternates, loc


def test_sitemap_pairs_a_platform_page_with_its_twin(client):
    alternates = sitemap(client)[DEFAULT_SITE_URL + "/fr/plateformes/twitch"]
    assert alternates == {"fr": DEFAULT_SITE_URL + "/fr/plateformes/twitch",
                          "en": DEFAULT_SITE_URL + "/en/platforms/twitch",
                          "x-default": DEFAULT_SITE_URL + "/fr/plateformes/twitch"}


def head_alternates(html: str) -> dict[str, str]:
    head = html[:html.index("</head>")]
    return {unescape(code): unescape(href) for code, href in re.findall(
        r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)">', head)}


def test_every_page_names_its_alternates_as_the_sitemap_does(client, app):
    """Absolute addresses, both languages and x-default, the same as in sitemap.xml."""
    entries = sitemap(client)
    for url in all_page_urls(app):
        html = client.get(url).get_data(as_text=True)
        assert head_alternates(html) == entries[DEFAULT_SITE_URL + url], url


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
    assert head_alternates(client.get("/en/platforms/x").get_data(as_text=True)) == {
        "fr": "https://recours.example/fr/plateformes/x", "en": "https://recours.example/en/platforms/x",
        "x-default": "https://recours.example/fr/plateformes/x"}
    sitemap_text = client.get("/sitemap.xml").text
    assert 'hreflang="x-default" href="https://recours.example/fr/"' in sitemap_text


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
    """Absolute URLs appear only in addresses (canonical, alternates, og values), never in what
    the browser loads."""
    html = client.get("/fr/").get_data(as_text=True)
    head = html[:html.index("</head>")]
    for tag in re.findall(r"<(?:script|link|img|iframe|source|style)\b[^>]*>", head):
        if 'rel="canonical"' in tag or 'rel="alternate"' in tag:
            continue
        assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", tag), tag


def test_error_pages_have_no_canonical_nor_alternates(client):
    response = client.get("/fr/no-such-page")
    assert response.status_code == 404
    html = response.get_data(as_text=True)
    assert 'rel="canonical"' not in html and 'rel="alternate"' not in html
