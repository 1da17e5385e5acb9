"""The search index is built on first use, or before serving by the production servers' warm-up,
from the pages as served, and a search during another request leaves that request's state alone."""

from __future__ import annotations

from flask import g

from app import create_app
from app.web.warmup import warm_up
from tests.conftest import FACTS_ON


def fresh_app():
    return create_app({"TESTING": True, "FACTS_ON": FACTS_ON})


def test_create_app_builds_no_index_and_the_first_search_does():
    app = fresh_app()
    index = app.extensions["recours.search"]
    assert index._index is None
    response = app.test_client().post("/fr/recherche", data={"q": "plainte"})
    assert response.status_code == 200 and index._index is not None
    assert "/fr/porter-plainte" in response.get_data(as_text=True)


def test_the_warm_up_builds_the_index_and_renders_every_page():
    app = warm_up(fresh_app())
    assert app.extensions["recours.search"]._index is not None
    assert all("_rendered" in vars(page) for page in app.extensions["recours.site"].pages)


def test_building_the_index_inside_a_request_keeps_that_request_s_g():
    app = fresh_app()
    with app.test_request_context("/en/search"):
        g.lang, g.marker = "en", "kept"
        app.extensions["recours.search"].built()
        assert (g.lang, g.marker) == ("en", "kept")
