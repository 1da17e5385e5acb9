"""Security and privacy headers on every response; hashed, long-cached assets; no cookies."""

from __future__ import annotations

import gzip
import re

import pytest

from tests.conftest import all_page_urls

REQUIRED = {
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "Cross-Origin-Opener-Policy": "same-origin",
}


def responses(client, app):
    paths = all_page_urls(app)[:6] + ["/", "/fr/nope", "/assets/nope.css"]
    return [(path, client.get(path)) for path in paths]


def test_every_response_has_the_security_headers(client, app):
    for path, response in responses(client, app):
        for name, value in REQUIRED.items():
            assert response.headers.get(name) == value, (path, name)
        csp = response.headers["Content-Security-Policy"]
        assert "default-src 'none'" in csp and "frame-ancestors 'none'" in csp
        assert "unsafe-inline" not in csp and "unsafe-eval" not in csp
        assert "http" not in csp, "no third-party origin in the CSP"
        assert "camera=()" in response.headers["Permissions-Policy"]
        assert "Set-Cookie" not in response.headers


def test_pages_have_no_inline_script_or_style(client, app):
    for path in all_page_urls(app):
        html = client.get(path).get_data(as_text=True)
        assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", html), path
        assert "<style" not in html and " style=" not in html, path


def test_no_third_party_resource_is_loaded(client, app):
    for path in all_page_urls(app):
        html = client.get(path).get_data(as_text=True)
        for tag in re.findall(r"<(?:script|link|img|iframe|source)\b[^>]*>", html):
            if re.search(r'rel="(canonical|alternate)"', tag):
                continue  # references to this site's own pages, never fetched by the browser
            assert not re.search(r"""(?:src|href)=["'](?:https?:)?//""", tag), (path, tag)


def test_assets_are_hashed_and_cached_for_a_year(client):
    html = client.get("/fr/").get_data(as_text=True)
    css = re.search(r'href="(/assets/css/site\.[0-9a-f]{10}\.css)"', html).group(1)
    js = re.search(r'src="(/assets/js/site\.[0-9a-f]{10}\.js)"', html).group(1)
    for url in (css, js):
        response = client.get(url, headers={"Accept-Encoding": "gzip"})
        assert response.status_code == 200
        assert "immutable" in response.headers["Cache-Control"]
        assert response.headers["Content-Encoding"] == "gzip"
        assert gzip.decompress(response.data)
    assert client.get("/assets/css/site.css").status_code == 404


def test_content_pages_may_be_revalidated_but_not_kept_forever(client):
    assert client.get("/fr/").headers["Cache-Control"] == "no-cache"


@pytest.mark.parametrize("method", ["post", "put", "delete"])
def test_non_get_on_content_page_is_405_without_cookie(client, method):
    response = getattr(client, method)("/fr/")
    assert response.status_code == 405
    assert "Set-Cookie" not in response.headers
