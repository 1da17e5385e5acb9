"""The limit on costly work answers 429 with a bilingual page, per client, and resets with time."""

from __future__ import annotations

from app import create_app
from app.web import ratelimit
from tests.conftest import FACTS_ON


def make_app(limit):
    return make_app_with({"RATE_LIMIT_DOCUMENTS": limit})


def make_app_with(config):
    app = create_app({"TESTING": True, "FACTS_ON": FACTS_ON, **config})

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


def test_behind_a_trusted_proxy_each_forwarded_client_has_its_own_window():
    client = make_app_with({"RATE_LIMIT_DOCUMENTS": (1, 60), "TRUSTED_PROXIES": 1}).test_client()
    proxy = {"REMOTE_ADDR": "127.0.0.1"}

    def post(forwarded_for):
        return client.post("/fr/__test__/doc", environ_base=proxy,
                           headers={"X-Forwarded-For": forwarded_for}).status_code

    assert post("203.0.113.7") == 200
    assert post("198.51.100.4") == 200
    assert post("203.0.113.7") == 429
    # With one trusted proxy, only the address that proxy saw counts, not what the client wrote.
    assert post("192.0.2.1, 198.51.100.4") == 429


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored():
    client = make_app_with({"RATE_LIMIT_DOCUMENTS": (1, 60)}).test_client()

    def post(forwarded_for):
        return client.post("/fr/__test__/doc", environ_base={"REMOTE_ADDR": "127.0.0.1"},
                           headers={"X-Forwarded-For": forwarded_for}).status_code

    assert post("203.0.113.7") == 200
    assert post("198.51.100.4") == 429


def test_a_negative_proxy_count_stops_start_up():
    import pytest

    with pytest.raises(ValueError, match="TRUSTED_PROXIES"):
        create_app({"TESTING": True, "FACTS_ON": FACTS_ON, "TRUSTED_PROXIES": -1})


def test_every_document_route_of_the_site_is_limited():
    """The web downloads (complaint, follow-up, action letters) share the API's limit."""
    app = make_app_with({"RATE_LIMIT_DOCUMENTS": (2, 60)})
    routes = [rule for rule in app.url_map.iter_rules()
              if "POST" in rule.methods and "/document" in rule.rule
              and "__test__" not in rule.rule]
    assert len(routes) >= 3, routes
    urls = ["/fr/complaint/document/txt", "/en/action/document/platform-notice/pdf",
            "/api/v1/documents/complaint?format=txt"]
    for url in urls:
        ratelimit.reset()
        client = app.test_client()
        statuses = [client.post(url, data={}).status_code for _ in range(3)]
        assert statuses[2] == 429 and 429 not in statuses[:2], (url, statuses)
