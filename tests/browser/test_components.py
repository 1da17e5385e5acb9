"""axe-core (WCAG 2.1 A and AA) on every component example, both languages, desktop and phone.

Each example is rendered by the app's templates into a minimal page and served at an address of
the live server with the headers the live server sends for that language's home page (its CSP
included); the stylesheet and script come from the live server itself.
"""

from __future__ import annotations

import urllib.request

import pytest

from app.web.safety import SECURITY_HEADERS
from tests.browser.conftest import run_axe
from tests.components.examples import LANGS, all_examples, render_page

WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}
PREFIX = "/__components__"


def _real_headers(live_server: str, lang: str) -> dict[str, str]:
    with urllib.request.urlopen(f"{live_server}/{lang}/") as response:  # noqa: S310 - loopback
        headers = {name: value for name, value in response.headers.items()
                   if name in SECURITY_HEADERS}
    assert headers.get("Content-Security-Policy"), "the live server sends no CSP"
    return {**headers, "Content-Type": "text/html; charset=utf-8"}


def serve(context, live_server: str, pages: dict[str, str], headers: dict[str, dict[str, str]]):
    """Answer {PREFIX}/<lang>/<name> on the live server's origin with the page rendered for it."""
    def answer(route):
        path = route.request.url.removeprefix(live_server)
        lang = path.removeprefix(PREFIX + "/").split("/")[0]
        if path not in pages:
            route.fulfill(status=404, body="not an example")
            return
        route.fulfill(status=200, headers=headers[lang], body=pages[path])

    context.route(f"{live_server}{PREFIX}/**", answer)


def _serve_examples(app, live_server, context, component: str | None = None) -> list[str]:
    """Serve the examples (of one component, or all), both languages; their paths, sorted."""
    pages = {}
    for example in all_examples():
        if component in (None, example.component):
            for lang in LANGS:
                pages[f"{PREFIX}/{lang}/{example.component}/{example.name}"] = \
                    render_page(app, example, lang)
    headers = {lang: _real_headers(live_server, lang) for lang in LANGS}
    serve(context, live_server, pages, headers)
    return sorted(pages)


@pytest.fixture()
def examples_served(app, live_server, context):
    return _serve_examples(app, live_server, context)


# One test per component (every example, both languages, both widths): the test processes share
# the work, and a failure names the component.
@pytest.mark.parametrize("component", sorted({example.component for example in all_examples()}))
def test_axe_finds_no_violation_in_any_component_example(app, live_server, context, axe_source,
                                                         component):
    served = _serve_examples(app, live_server, context, component)
    assert served
    page = context.new_page()
    failures = {}
    for width_name, (width, height) in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        for path in served:
            page.goto(live_server + path, wait_until="load")
            violations = run_axe(page, axe_source)
            if violations:
                failures[f"{width_name} {path}"] = violations
    assert not failures, failures


def test_example_pages_load_the_site_stylesheet_under_its_csp(live_server, context,
                                                              examples_served):
    page = context.new_page()
    loaded = []
    page.on("response", lambda response: loaded.append((response.url, response.status)))
    page.goto(live_server + examples_served[0], wait_until="load")
    css = [status for url, status in loaded if url.endswith(".css")]
    assert css == [200], loaded
    assert page.evaluate("document.styleSheets[0].cssRules.length") > 0


def test_axe_really_reports_violations_in_an_example_page(app, live_server, context, axe_source):
    """The check can fail: a bad fragment in the same page is caught, and its inline style is
    refused by the CSP as on the real site."""
    example = next(e for e in all_examples() if e.component == "field")
    bad = '<input type="text" name="q"><p class="faint" style="color: #eee">faint</p>'
    pages = {f"{PREFIX}/en/bad": render_page(app, example, "en", fragment=bad)}
    serve(context, live_server, pages, {"en": _real_headers(live_server, "en")})
    page = context.new_page()
    page.goto(live_server + f"{PREFIX}/en/bad", wait_until="load")
    ids = {violation["id"] for violation in run_axe(page, axe_source)}
    assert "label" in ids
    color = page.evaluate("getComputedStyle(document.querySelector('.faint')).color")
    assert color != "rgb(238, 238, 238)", "the inline style was applied: no CSP on the page"
