"""Load under mixed traffic: wrk on content pages while letters are generated in a loop.

Serves the app as in production (deploy/granian.sh, 2 workers) on a free loopback port, runs wrk
at 64 connections over several content pages (a small Lua script rotates the paths) and, at the
same time, 20 clients that each generate complaint PDFs (POST /api/v1/documents/complaint) one
after the other. Why both at once: a PDF ties a worker's CPU for tens of milliseconds, and the
question is whether reading pages still works — no error, no socket error — while that happens,
and whether the workers' memory stays flat (growth target < 10 %), i.e. nothing leaks per letter.

    .venv/bin/python bench/load.py [--duration 60] [--connections 64] [--letters 20] [--warmup 30]

Memory is compared between the end of a warm-up under the same load (--warmup seconds) and the
end of the run: the warm-up grows the page cache and the allocator's arenas once, a leak keeps
growing. The resident memory just after start is printed too.

The document rate limit is raised for the run via RECOURS_RATE_LIMIT_DOCUMENTS (Flask's
from_prefixed_env reads it as JSON), since every client comes from 127.0.0.1.
"""

from __future__ import annotations

import argparse
import http.client
import json
import os
import re
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from common import ROOT, conditions, free_port, start_granian, stop, wait_for

sys.path.insert(0, str(ROOT))

from tests.letters.cases import base  # noqa: E402

PAGES = ["/fr/", "/en/", "/fr/deepfakes-sexuels", "/en/sexual-deepfakes", "/en/removal",
         "/fr/services-d-aide", "/en/glossary", "/en/timeline", "/en/filing-a-complaint"]
LETTER_PATH = "/api/v1/documents/complaint?format=pdf"
LETTER_BODY = json.dumps(base(
    qualification={"facts_date": "2025-03-12", "content_type": "sexual_deepfake",
                   "distribution": "public_online"},
    commune_insee="75111", partie_civile=True)).encode()
GROWTH_TARGET = 0.10
LUA = """
paths = {%s}
counter = 0
request = function()
  counter = counter + 1
  return wrk.format("GET", paths[(counter %% #paths) + 1])
end
"""


def descendants(pid: int) -> list[int]:
    """Every process below `pid` (granian's workers), read from /proc."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        for task in Path(f"/proc/{current}/task").glob("*"):
            try:
                children = [int(c) for c in (task / "children").read_text().split()]
            except OSError:
                continue
            found += children
            todo += children
    return sorted(set(found))


def rss_kib(pid: int) -> int:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return 0
    match = re.search(r"^VmRSS:\s+(\d+) kB", status, re.M)
    return int(match.group(1)) if match else 0


def memory(server_pid: int) -> dict[int, int]:
    return {pid: rss_kib(pid) for pid in descendants(server_pid) if rss_kib(pid)}


class Letters:
    """`clients` threads, each posting a complaint and reading the PDF back, until stopped."""

    def __init__(self, port: int, clients: int):
        self.port, self.clients = port, clients
        self.stop = threading.Event()
        self.lock = threading.Lock()
        self.ok = self.non_2xx = self.socket_errors = 0
        self.threads = [threading.Thread(target=self.loop, daemon=True) for _ in range(clients)]

    def one(self) -> int:
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=30)
        try:
            connection.request("POST", LETTER_PATH, body=LETTER_BODY,
                               headers={"Content-Type": "application/json"})
            response = connection.getresponse()
            body = response.read()
            if response.status == 200 and not body.startswith(b"%PDF"):
                return 0
            return response.status
        finally:
            connection.close()

    def loop(self) -> None:
        while not self.stop.is_set():
            try:
                status = self.one()
            except OSError:
                with self.lock:
                    self.socket_errors += 1
                continue
            with self.lock:
                if 200 <= status < 300:
                    self.ok += 1
                else:
                    self.non_2xx += 1

    def __enter__(self):
        for thread in self.threads:
            thread.start()
        return self

    def __exit__(self, *exc):
        self.stop.set()
        for thread in self.threads:
            thread.join(timeout=40)


def run_wrk(port: int, connections: int, duration: int, script: Path) -> dict:
    result = subprocess.run(
        ["wrk", "-t2", f"-c{connections}", f"-d{duration}s", "--latency", "-s", str(script),
         f"http://127.0.0.1:{port}"], capture_output=True, text=True, check=True)
    out = result.stdout
    requests = re.search(r"(\d+) requests in", out)
    non_2xx = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    sockets = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)",
                        out)
    rate = re.search(r"Requests/sec:\s+([\d.]+)", out)
    p99 = re.search(r"99%\s+([\d.]+\w+)", out)
    return {"requests": int(requests.group(1)) if requests else 0,
            "non_2xx": int(non_2xx.group(1)) if non_2xx else 0,
            "socket_errors": sum(map(int, sockets.groups())) if sockets else 0,
            "socket_detail": sockets.group(0) if sockets else "Socket errors: none",
            "rate": float(rate.group(1)) if rate else 0.0, "p99": p99.group(1) if p99 else "?"}


def bounded(low: int, high: int):
    """An argparse type: a whole number within [low, high], so every run stops by itself."""

    def parse(text: str) -> int:
        value = int(text)
        if not low <= value <= high:
            raise argparse.ArgumentTypeError(f"between {low} and {high}")
        return value

    return parse


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=bounded(5, 900), default=60,
                        help="seconds of load (default 60, at most 900)")
    parser.add_argument("--connections", type=bounded(1, 256), default=64)
    parser.add_argument("--letters", type=bounded(1, 64), default=20,
                        help="concurrent letter clients")
    parser.add_argument("--warmup", type=bounded(0, 300), default=30,
                        help="seconds of warm-up load (at most 300)")
    args = parser.parse_args()
    print(conditions())
    os.environ["RECOURS_RATE_LIMIT_DOCUMENTS"] = "[1000000, 60]"
    port = free_port()
    with tempfile.TemporaryDirectory(prefix="recours-load-") as folder:
        script = Path(folder) / "pages.lua"
        script.write_text(LUA % ", ".join(f'"{p}"' for p in PAGES))
        log = open(Path(folder) / "access.log", "wb")  # noqa: SIM115 (closed below)
        server = start_granian(port, workers=2, log_to=log)
        try:
            wait_for(f"http://127.0.0.1:{port}/fr/")
            for path in PAGES:  # warm up: every page cached, fonts of the PDF loaded
                wait_for(f"http://127.0.0.1:{port}{path}")
            cold = memory(server.pid)
            # Warm-up at the same concurrency: the first seconds fill the page cache, the fonts
            # and the allocator's arenas up to peak concurrency. A leak is growth after that.
            with Letters(port, args.letters) as warm:
                run_wrk(port, args.connections, args.warmup, script)
            if warm.ok == 0:
                print("warm-up produced no letter: is the body still valid?")
                return 1
            before = memory(server.pid)
            with Letters(port, args.letters) as letters:
                pages = run_wrk(port, args.connections, args.duration, script)
            after = memory(server.pid)
        finally:
            stop(server)
            log.close()
    total_before, total_after = sum(before.values()), sum(after.values())
    growth = (total_after - total_before) / total_before if total_before else float("nan")
    print(f"pages: {pages['requests']} requests in {args.duration} s ({pages['rate']:.0f}/s, "
          f"p99 {pages['p99']}) at {args.connections} connections; "
          f"non-2xx {pages['non_2xx']}, socket errors {pages['socket_errors']} "
          f"({pages['socket_detail']}; wrk counts a reply slower than 2 s as a timeout)")
    print(f"letters: {letters.ok} PDFs by {args.letters} clients; non-2xx {letters.non_2xx}, "
          f"socket errors {letters.socket_errors}")
    print(f"resident memory just after start (cold): {sum(cold.values())} KiB")
    print("resident memory (KiB) after warm-up → after the run, per process: " + ", ".join(
        f"{pid}: {before.get(pid, 0)} → {after.get(pid, 0)}" for pid in sorted(before | after)))
    print(f"total {total_before} → {total_after} KiB: growth {growth:+.1%} "
          f"(target < {GROWTH_TARGET:.0%})")
    failed = (pages["non_2xx"] or pages["socket_errors"] or letters.non_2xx
              or letters.socket_errors or not growth < GROWTH_TARGET)
    print("FAIL" if failed else "OK")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
