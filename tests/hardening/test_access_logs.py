"""The production servers' logs hold no query string, no body, no referrer, no user agent.

Why run the real servers: the access-log format strings live in deploy/granian.sh and
deploy/gunicorn.conf.py, and what a placeholder such as `%(path)s` expands to is the server's
business, not ours. So each server is started as in production on a free loopback port, sent a
canary in a query string, a form body, a JSON body and the Referer / User-Agent headers, then
stopped; its whole output (access and error log) must not contain the canary, and must contain
the request lines, or the test would prove nothing.
"""

from __future__ import annotations

import socket
import subprocess
import uuid

import pytest

from tests.conftest import localized

from .servers import free_port, request, start, wait_until_up


def raw_get(port: int, path: str) -> int:
    """A request line sent as is (urllib would refuse or re-encode a hostile path)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(f"GET {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n"
                     .encode("ascii"))
        return int(sock.recv(64).split(b" ", 2)[1])


@pytest.mark.parametrize("kind", ["granian", "gunicorn"])
def test_access_log_holds_no_query_string_and_no_body(kind, tmp_path):
    canary = f"LOGCANARY{uuid.uuid4().hex}"
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    log_path = tmp_path / f"{kind}.log"
    with log_path.open("wb") as log:
        server = start(kind, port, log)
        try:
            wait_until_up(base, server)
            sent = [
                request(base + localized(f"/fr/services?help={canary}&age=any")),
                request(f"{base}/en/search?q={canary}"),
                request(f"{base}/en/search", f"q={canary}".encode(),
                        {"Content-Type": "application/x-www-form-urlencoded"}),
                request(f"{base}/api/v1/qualify", f'{{"facts_date": "{canary}"}}'.encode(),
                        {"Content-Type": "application/json"}),
                request(f"{base}/fr/", headers={"Referer": f"https://ex.org/{canary}",
                                                "User-Agent": canary}),
                # A forged log line: an encoded line feed, then what would look like a request.
                raw_get(port, "/fr/%0AFORGED%20%22GET%20/fr/admin%22%20200"),
                raw_get(port, "/fr/a%1B[2Jb%E2%80%AEc"),
            ]
        finally:
            server.terminate()
            try:
                server.wait(timeout=15)
            except subprocess.TimeoutExpired:
                server.kill()
                server.wait()
    assert sent == [400, 200, 200, 422, 200, 400, 400], sent
    text = log_path.read_text(encoding="utf-8", errors="replace")
    # Each request stays on its own line, its control characters written as escapes.
    assert not any(line.startswith("FORGED") for line in text.splitlines()), text[-2000:]
    assert "\\x0aFORGED" in text and "\x1b" not in text and "\\x1b[2J" in text
    assert "POST /en/search" in text and f"GET {localized('/fr/services')}" in text, text[-2000:]
    assert canary not in text
    assert canary[:20] not in text  # not even cut short
