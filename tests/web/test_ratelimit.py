"""The limit on costly work answers 429 with a bilingual page, per client, and resets with time."""

from __future__ import annotations

from app import create_app
from app.web import ratelimit
from tests.conftest import FACTS_ON


def make_app(limit):
    app = create_app({"TESTING": True, "FACTS_ON": FACTS_ON, "RATE_LIMIT_DOCUMENTS": limit})

    @app.post("/fr/__test__/doc")
    @ratelimit.rate_limited("documents")
    def doc():
        return "ok"

    @app.post("/api/v1/__test__/doc")
    @ratelimit.rate_limited("documents")
    def api_doc():
        return {"ok": True}

    ratelimit.reset()
    return app


def test_over_the_limit_is_429_in_both_languages():
    client = make_app((2, 60)).test_client()
    assert [client.post("/fr/__test__/doc").status_code for _ in range(3)] == [200, 200, 429]
    page = client.post("/fr/__test__/doc").get_data(as_text=True)
    assert "Trop de demandes" in page
    api = client.post("/api/v1/__test__/doc")
    assert api.status_code == 429 and set(api.get_json()["message"]) == {"fr", "en"}


def test_clients_are_counted_separately():
    client = make_app((1, 60)).test_client()
    assert client.post("/fr/__test__/doc", environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code \
        == 200
    assert client.post("/fr/__test__/doc", environ_base={"REMOTE_ADDR": "10.0.0.2"}).status_code \
        == 200
    assert client.post("/fr/__test__/doc", environ_base={"REMOTE_ADDR": "10.0.0.1"}).status_code \
        == 429


def test_the_window_slides():
    ratelimit.reset()
    assert ratelimit._allow("b", "c", 1, 10, now=100.0)
    assert not ratelimit._allow("b", "c", 1, 10, now=105.0)
    assert ratelimit._allow("b", "c", 1, 10, now=111.0)


def test_zero_switches_the_limit_off():
    client = make_app((0, 60)).test_client()
    assert all(client.post("/fr/__test__/doc").status_code == 200 for _ in range(50))
