"""The limit on costly work answers 429 with a bilingual page, per client, and resets with time."""

from __future__ import annotations

import logging
import time

import pytest

from app import create_app
from app.web import ratelimit
from tests.conftest import FACTS_ON, localized


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


def test_an_address_is_erased_when_its_window_ends_without_another_request():
    """The privacy page: the address and its count are held for the window only, even when
    nobody else comes to push them out."""
    app = make_app((1, 1))
    client = app.test_client()
    with app.app_context():
        assert client.post("/fr/__test__/doc", environ_base={"REMOTE_ADDR": "203.0.113.9"}
                           ).status_code == 200
        assert client.post("/fr/__test__/doc", environ_base={"REMOTE_ADDR": "203.0.113.9"}
                           ).status_code == 429
        assert any("203.0.113.9" in key for key in ratelimit.held())
        deadline = time.monotonic() + 3
        while ratelimit.held() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert ratelimit.held() == []
        assert client.post("/fr/__test__/doc", environ_base={"REMOTE_ADDR": "203.0.113.9"}
                           ).status_code == 200


@pytest.fixture(scope="module")
def one_a_minute():
    return make_app((1, 60))


@pytest.fixture()
def client1(one_a_minute):
    ratelimit.reset()
    return one_a_minute.test_client()


def test_the_counts_live_where_the_configuration_says(one_a_minute):
    from limits.storage import storage_from_string

    from app.web.ratelimit_storage import ExpiringMemoryStorage

    assert one_a_minute.config["RATELIMIT_STORAGE_URI"] == "expiring-memory://"
    assert isinstance(ratelimit.limiter.storage, ExpiringMemoryStorage)
    # A shared store is a matter of configuration: the clients for both are installed.
    for uri in ("memcached://127.0.0.1:1", "redis://127.0.0.1:1"):
        assert storage_from_string(uri) is not None


def test_a_429_says_when_to_come_back(client1):
    client = client1
    client.post("/fr/__test__/doc")
    response = client.post("/fr/__test__/doc")
    assert response.status_code == 429 and 0 < int(response.headers["Retry-After"]) <= 60


@pytest.mark.parametrize(("first", "second", "shared"), [
    ("2001:db8:1:2::1", "2001:db8:1:2:ffff:ffff:ffff:fffe", True),   # one /64: one household
    ("2001:db8:1:2::1", "2001:db8:1:3::1", False),                   # the next /64: another
    ("::ffff:203.0.113.7", "203.0.113.7", True),                      # IPv4 written as IPv6
    ("203.0.113.7", "203.0.113.8", False),
])
def test_ipv6_clients_are_counted_by_their_64_network(client1, first, second, shared):
    client = client1
    assert client.post("/fr/__test__/doc", environ_base={"REMOTE_ADDR": first}).status_code == 200
    second_status = client.post("/fr/__test__/doc",
                                environ_base={"REMOTE_ADDR": second}).status_code
    assert second_status == (429 if shared else 200)


def test_the_ipv6_key_is_the_network_not_the_address(one_a_minute, client1):
    app = one_a_minute
    client1.post("/fr/__test__/doc",
                           environ_base={"REMOTE_ADDR": "2001:db8:1:2:aaaa:bbbb:cccc:dddd"})
    with app.app_context():
        keys = ratelimit.held()
    assert any("2001:db8:1:2::/64" in key for key in keys), keys
    assert not any("aaaa" in key for key in keys), keys


def test_no_address_reaches_a_log_when_the_limit_is_hit(client1, caplog):
    client = client1
    with caplog.at_level(logging.DEBUG):
        logging.getLogger("flask-limiter").setLevel(logging.DEBUG)
        try:
            for _ in range(3):
                client.post("/fr/__test__/doc", environ_base={"REMOTE_ADDR": "198.51.100.23"})
        finally:
            logging.getLogger("flask-limiter").setLevel(logging.NOTSET)
    assert any("exceeded" in r.getMessage() for r in caplog.records), caplog.records
    assert not any("198.51.100" in r.getMessage() for r in caplog.records)


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
    with pytest.raises(ValueError, match="TRUSTED_PROXIES"):
        create_app({"TESTING": True, "FACTS_ON": FACTS_ON, "TRUSTED_PROXIES": -1})


def test_every_document_route_of_the_site_is_limited():
    """The web downloads (complaint, follow-up, action letters) share the API's limit."""
    app = make_app_with({"RATE_LIMIT_DOCUMENTS": (2, 60)})
    routes = [rule for rule in app.url_map.iter_rules()
              if "POST" in rule.methods and "/document" in rule.rule
              and "__test__" not in rule.rule]
    assert len(routes) >= 3, routes
    urls = [localized("/fr/complaint/document/txt"), "/en/action/document/platform-notice/pdf",
            "/api/v1/documents/complaint?format=txt"]
    for url in urls:
        ratelimit.reset()
        client = app.test_client()
        statuses = [client.post(url, data={}).status_code for _ in range(3)]
        assert statuses[2] == 429 and 429 not in statuses[:2], (url, statuses)
