"""Performance budget, on size only: every page (content and tools, both languages) costs at most
40 KB over the wire — gzip(HTML) + gzip(CSS) + gzip(JS) + fonts — and loads nothing from another
origin. Timings are not tested here: they belong to bench/."""

from __future__ import annotations

import gzip
import re

import pytest

from tests.conftest import all_page_urls

BUDGET = 40 * 1024


def pytest_generate_tests(metafunc):
    if "page_url" in metafunc.fixturenames:
        from app import create_app
        from tests.conftest import FACTS_ON

        urls = all_page_urls(create_app({"TESTING": True, "FACTS_ON": FACTS_ON}))
        metafunc.parametrize("page_url", urls)


def transferred(client, url: str) -> tuple[int, bytes]:
    """Bytes on the wire for `url` asked with gzip; gzip is applied here if the app did not."""
    response = client.get(url, headers={"Accept-Encoding": "gzip"})
    assert response.status_code == 200, url
    if response.headers.get("Content-Encoding") == "gzip":
        return len(response.data), gzip.decompress(response.data)
    return len(gzip.compress(response.data, 6, mtime=0)), response.data


def loaded_resources(html: str) -> list[str]:
    """What the browser fetches to render: stylesheets, scripts, images, preloads, icons."""
    loaded = []
    for tag in re.findall(r"<(?:link|script|img)\b[^>]*>", html):
        if tag.startswith("<link") and not re.search(
                r"""rel=["'](?:stylesheet|preload|modulepreload|icon)["']""", tag):
            continue  # canonical, alternate: addresses, not loads
        found = re.search(r"""(?:href|src)=["']([^"']+)["']""", tag)
        if found:
            loaded.append(found.group(1))
    return loaded


def test_page_fits_the_budget(client, page_url):
    size, body = transferred(client, page_url)
    html = body.decode("utf-8")
    total, parts = size, {"html": size}
    for url in loaded_resources(html):
        assert url.startswith("/") and not url.startswith("//"), (page_url, url)
        if re.search(r"\.(?:css|js|woff2?|ttf|otf)$", url):  # icons are not render-critical
            parts[url], _ = transferred(client, url)
            total += parts[url]
    assert total <= BUDGET, f"{page_url}: {total} bytes > {BUDGET}: {parts}"


def test_stylesheets_load_no_fonts_or_third_party(client):
    html = client.get("/fr/").get_data(as_text=True)
    for url in loaded_resources(html):
        if url.endswith(".css"):
            css = client.get(url).get_data(as_text=True)
            assert "@import" not in css and "@font-face" not in css
            assert not re.search(r"url\(\s*['\"]?(?:https?:)?//", css)


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_search_results_page_fits_the_budget(client, lang):
    """The biggest answer of search (20 results with excerpts) stays within the budget too."""
    response = client.post(f"/{lang}/search", data={"q": "plainte"},
                           headers={"Accept-Encoding": "gzip"})
    size = len(response.data) if response.headers.get("Content-Encoding") == "gzip" \
        else len(gzip.compress(response.data, 6, mtime=0))
    html = client.post(f"/{lang}/search", data={"q": "plainte"}).get_data(as_text=True)
    assert html.count('class="result"') >= 10
    assets = sum(transferred(client, url)[0] for url in loaded_resources(html)
                 if url.endswith((".css", ".js")))
    assert size + assets <= BUDGET, size + assets
