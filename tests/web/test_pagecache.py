"""The page cache replays content pages byte for byte and never keeps anything else."""

from __future__ import annotations

import pytest

from app import create_app
from tests.conftest import FACTS_ON, localized


@pytest.fixture()
def fresh():
    app = create_app({"TESTING": True, "FACTS_ON": FACTS_ON, "RATE_LIMIT_DOCUMENTS": (0, 60)})
    return app, app.wsgi_app.entries


@pytest.mark.parametrize("encoding", ["", "gzip"])
def test_replayed_response_is_identical(fresh, encoding):
    app, entries = fresh
    client = app.test_client()
    headers = {"Accept-Encoding": encoding}
    first = client.get("/fr/que-faire", headers=headers)
    assert ("/fr/que-faire", bool(encoding)) in entries
    second = client.get("/fr/que-faire", headers=headers)
    assert second.data == first.data and second.status == first.status
    assert sorted(second.headers.items()) == sorted(first.headers.items())
    assert "Content-Security-Policy" in second.headers


def test_tool_pages_posts_errors_and_queries_are_never_kept(fresh):
    app, entries = fresh
    client = app.test_client()
    client.post("/fr/recherche", data={"q": "CANARY-cache"})
    client.post("/fr/aide-pres-de-chez-vous", data={"place": "CANARY-cache"})
    client.get(localized("/fr/qualify"))
    client.get(localized("/fr/services"))
    client.get("/fr/nowhere")
    client.get("/fr/que-faire?x=CANARY-cache")
    assert entries == {}
    client.get("/en/")
    assert list(entries) == [("/en/", False)]
    assert all(b"CANARY" not in body for _status, _headers, body in entries.values())


def test_cached_pages_still_carry_the_language_switch_of_their_own_page(fresh):
    app, _entries = fresh
    client = app.test_client()
    fr = client.get("/fr/que-faire").get_data(as_text=True)
    en = client.get("/en/what-to-do").get_data(as_text=True)
    assert 'href="/en/what-to-do" hreflang="en"' in fr
    assert 'href="/fr/que-faire" hreflang="fr"' in en
