"""Shared by the bench scripts: free loopback ports, a gunicorn of the app, waiting for a port.

Everything runs on 127.0.0.1 and is stopped by the script that started it (by process handle).
"""

from __future__ import annotations

import os
import socket
import statistics
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VENV_BIN = Path(sys.executable).parent
GUNICORN_CONF = ROOT / "deploy" / "gunicorn.conf.py"


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url: str, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            with urllib.request.urlopen(url, timeout=2) as response:  # noqa: S310 (loopback)
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.1)
    raise RuntimeError(f"{url} did not answer within {seconds} s")


def start_gunicorn(port: int, workers: int = 2, app_spec: str = "app:create_served_app()",
                   extra_env: dict | None = None, log_to=subprocess.DEVNULL) -> subprocess.Popen:
    """The app as in production (deploy/gunicorn.conf.py), with `workers` workers. The access log
    is written (to `log_to`), as it would be in production."""
    env = {**os.environ, "RECOURS_BIND": f"127.0.0.1:{port}", "RECOURS_WORKERS": str(workers),
           **(extra_env or {})}
    return subprocess.Popen(
        [str(VENV_BIN / "gunicorn"), "-c", str(GUNICORN_CONF), app_spec],
        cwd=ROOT, env=env, stdout=log_to, stderr=subprocess.DEVNULL)


def start_granian(port: int, workers: int = 2, log_to=subprocess.DEVNULL) -> subprocess.Popen:
    """The app behind granian, as deploy/granian.sh runs it in production."""
    env = {**os.environ, "RECOURS_PORT": str(port), "RECOURS_WORKERS": str(workers),
           "GRANIAN": str(VENV_BIN / "granian")}
    return subprocess.Popen([str(ROOT / "deploy" / "granian.sh")], cwd=ROOT, env=env,
                            stdout=log_to, stderr=subprocess.STDOUT)


def stop(process: subprocess.Popen) -> None:
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=15)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


def median(values: list[float]) -> float:
    return statistics.median(values)


def conditions() -> str:
    """The machine's state, printed with every result: on a shared machine, load skews timings."""
    one, five, _ = os.getloadavg()
    return f"{os.cpu_count()} CPUs, load average {one:.1f} (1 min) {five:.1f} (5 min)"
