"""Pages travel gzipped when the browser accepts it; tool answers are never remembered."""

from __future__ import annotations

import gzip

from app.web.compress import gzip_cached


def test_html_is_gzipped_when_accepted(client):
    plain = client.get("/fr/que-faire")
    zipped = client.get("/fr/que-faire", headers={"Accept-Encoding": "gzip, br"})
    assert "Content-Encoding" not in plain.headers
    assert zipped.headers["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in zipped.headers["Vary"]
    assert gzip.decompress(zipped.data) == plain.data
    assert len(zipped.data) < len(plain.data) / 2


def test_no_store_answers_are_not_kept_in_the_compression_cache():
    from app import create_app
    from tests.conftest import FACTS_ON

    app = create_app({"TESTING": True, "FACTS_ON": FACTS_ON})
    marker = "CANARY-compress-" + "x" * 2000

    @app.get("/__test__/nostore")
    def nostore():
        from app.web.safety import no_store

        return no_store(lambda: marker)()

    before = gzip_cached.cache_info().currsize
    response = app.test_client().get("/__test__/nostore", headers={"Accept-Encoding": "gzip"})
    assert response.headers["Cache-Control"].startswith("no-store")
    assert gzip.decompress(response.data).decode() == marker
    assert gzip_cached.cache_info().currsize == before


def test_small_bodies_are_left_alone(client):
    response = client.get("/", headers={"Accept-Encoding": "gzip"})
    assert "Content-Encoding" not in response.headers
