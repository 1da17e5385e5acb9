"""The production servers (granian, gunicorn) started as in production on a free loopback port,
for the tests that need the real server: access logs, the letter pool's exit."""

from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BIN = Path(sys.executable).parent


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def request(url: str, data: bytes | None = None, headers: dict | None = None) -> int:
    call = urllib.request.Request(url, data=data, headers=headers or {})
    try:
        with urllib.request.urlopen(call, timeout=10) as response:  # noqa: S310 (loopback)
            response.read()
            return response.status
    except urllib.error.HTTPError as error:
        return error.code


def wait_until_up(base: str, server: subprocess.Popen, seconds: float = 90) -> None:
    """Until the server answers; a loaded machine (two test processes, other work) can take
    tens of seconds to start a production server and its worker."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"the server stopped at start (exit {server.returncode})")
        try:
            if request(base + "/robots.txt") == 200:
                return
        except OSError:
            time.sleep(0.1)
    pytest.fail(f"the server did not answer within {seconds:.0f} s")


def start(kind: str, port: int, log) -> subprocess.Popen:
    env = {**os.environ, "RECOURS_WORKERS": "1", "GRANIAN": str(BIN / "granian"),
           "RECOURS_PORT": str(port), "RECOURS_BIND": f"127.0.0.1:{port}"}
    if kind == "granian":
        command = [str(ROOT / "deploy" / "granian.sh")]
    else:
        command = [str(BIN / "gunicorn"), "-c", str(ROOT / "deploy" / "gunicorn.conf.py"),
                   "app:create_served_app()"]
    return subprocess.Popen(command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)
