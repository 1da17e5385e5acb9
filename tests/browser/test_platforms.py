"""Platform pages in a real browser: axe at desktop and phone widths on the list and two platform
pages (one verified, one not), and no sideways scrolling at 320 px."""

from __future__ import annotations

import logging
import threading

import pytest
from werkzeug.serving import make_server

from app import create_app
from app.services.platform_views import bp
from tests.browser.conftest import run_axe
from tests.conftest import FACTS_ON

WIDTHS = {"desktop": (1280, 900), "phone": (375, 740)}
PAGES = ["/fr/plateformes", "/en/platforms", "/fr/plateformes/tiktok", "/en/platforms/bing"]


@pytest.fixture(scope="module")
def platforms_server():
    """The real app on a loopback port, with the platforms blueprint registered if the lead has
    not yet added it to app/blueprints.py."""
    app = create_app({"TESTING": True, "FACTS_ON": FACTS_ON, "RATE_LIMIT_DOCUMENTS": (0, 60)})
    if "platforms.index" not in app.view_functions:
        app.register_blueprint(bp)
    logging.getLogger("werkzeug").setLevel(logging.WARNING)
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_port}"
    server.shutdown()


def test_axe_finds_no_violation_on_the_platform_pages(platforms_server, context, axe_source):
    page = context.new_page()
    failures = {}
    for width_name, (width, height) in WIDTHS.items():
        page.set_viewport_size({"width": width, "height": height})
        for url in PAGES:
            response = page.goto(platforms_server + url)
            assert response.status == 200, url
            if violations := run_axe(page, axe_source):
                failures[f"{width_name} {url}"] = violations
    assert not failures, failures


@pytest.mark.parametrize("url", PAGES)
def test_platform_pages_reflow_at_320_px(platforms_server, context, url):
    page = context.new_page()
    page.set_viewport_size({"width": 320, "height": 640})
    page.goto(platforms_server + url)
    assert page.evaluate("document.documentElement.scrollWidth") <= 321
