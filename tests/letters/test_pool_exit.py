"""A production server whose workers have drawn a letter still stops: nothing is left running.

granian's and gunicorn's workers are multiprocessing children: they exit without atexit
handlers, waiting for their own children, so a render pool left running kept every stopped worker
(and its pool) alive for ever."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
import urllib.request
from pathlib import Path

import pytest

from tests.hardening.servers import free_port, start, wait_until_up
from tests.letters.cases import base


def descendants(pid: int) -> set[int]:
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                ppid = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(ppid, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    return not (stat.exists() and stat.read_text().rsplit(")", 1)[1].split()[0] == "Z")


@pytest.mark.parametrize("kind", ["granian", "gunicorn"])
def test_a_server_that_drew_letters_stops_entirely(kind, tmp_path):
    port = free_port()
    with (tmp_path / "server.log").open("wb") as log:
        server = start(kind, port, log)
        family: set[int] = set()
        try:
            wait_until_up(f"http://127.0.0.1:{port}", server)
            request = urllib.request.Request(
                f"http://127.0.0.1:{port}/api/v1/documents/complaint?format=pdf",
                data=json.dumps(base()).encode(), headers={"Content-Type": "application/json"})
            with urllib.request.urlopen(request, timeout=120) as answer:  # noqa: S310 (loopback)
                assert answer.status == 200 and answer.read().startswith(b"%PDF")
            family = descendants(server.pid)
            assert len(family) >= 3, "a worker and its render pool"
        finally:
            server.send_signal(signal.SIGTERM)
            try:
                server.wait(timeout=30)
            except subprocess.TimeoutExpired:
                server.kill()
    deadline = time.monotonic() + 20
    while any(alive(pid) for pid in family) and time.monotonic() < deadline:
        time.sleep(0.2)
    left = [pid for pid in family if alive(pid)]
    for pid in left:  # never leave them behind, even when the test fails
        os.kill(pid, signal.SIGKILL)
    assert not left, f"still running after the server stopped: {left}"
