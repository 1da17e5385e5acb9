"""Real-browser fixtures: the app on a loopback port, Debian's Chromium driven by Playwright."""

from __future__ import annotations

import logging
import os
import threading
import time
from pathlib import Path

import pytest
from werkzeug.serving import make_server

ROOT = Path(__file__).resolve().parents[2]
AXE = ROOT / "node_modules" / "axe-core" / "axe.min.js"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run",
                 "--disable-quic", "--disable-dev-shm-usage"]
NEUTRAL_PAGE = "<!doctype html><html lang='en'><title>Weather</title><h1>Weather</h1></html>"


def pytest_collection_modifyitems(items):
    for item in items:
        if "tests/browser/" in str(item.fspath):
            item.add_marker(pytest.mark.browser)


@pytest.fixture(scope="session")
def live_server(app):
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: run `make test`, which installs Debian's chromium")
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


@pytest.fixture()
def context(browser, app):
    """A fresh profile; the neutral site of the quick exit is answered locally (no network)."""
    ctx = browser.new_context()
    exit_host = app.config["QUICK_EXIT_URL"].split("/")[2]
    ctx.route(f"https://{exit_host}/**",
              lambda route: route.fulfill(status=200, content_type="text/html",
                                          body=NEUTRAL_PAGE))
    yield ctx
    ctx.close()


@pytest.fixture(scope="session")
def axe_source() -> str:
    if not AXE.exists():
        pytest.fail("axe-core is missing: run `make test`, which runs `npm ci`")
    return AXE.read_text(encoding="utf-8")


def run_axe(page, axe_source: str) -> list[dict]:
    if page.evaluate("typeof window.axe") == "undefined":  # once per loaded page
        page.evaluate(axe_source)
    result = page.evaluate(
        """async () => await axe.run(document, {runOnly: {type: 'tag',
             values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']},
             resultTypes: ['violations']})""")
    return [{"id": v["id"], "impact": v["impact"], "help": v["help"],
             "targets": [n["target"] for n in v["nodes"]][:3]} for v in result["violations"]]


def settle(page) -> None:
    """Wait until a form sent in place (site.js, with JavaScript) has put its answer on the
    page; returns at once without JavaScript or when nothing is being sent."""
    wait_until(page, "() => !document.documentElement.hasAttribute('data-sending')")


def wait_until(page, predicate: str, arg=None, timeout: float = 10.0) -> None:
    """Poll `predicate` (a JavaScript function) until it is true. page.wait_for_function would
    evaluate a string inside the page, which the site's CSP (no unsafe-eval) rightly refuses."""
    end = time.monotonic() + timeout
    while not page.evaluate(predicate, arg):
        if time.monotonic() > end:
            raise AssertionError(f"still false after {timeout} s: {predicate}")
        page.wait_for_timeout(50)
