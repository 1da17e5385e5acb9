"""Bounded work: the largest letters the limits allow, drawn as the site draws them (in the render
pool), and content pages served while four of them are drawn at once.

    .venv/bin/python bench/bounded.py [--duration 20]

Targets (issue 18.1): the worst input the limits allow is drawn in ≤ 2 s; content pages keep a
p99 under 100 ms while four such letters are drawn. Part 1 runs in this process; part 2 starts
granian as in production (deploy/granian.sh, 2 workers, each with its render pool) on loopback,
runs wrk on nine content pages, and four clients posting the worst letter without pause. The
baseline is the same wrk run without letters, in the same run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
import threading
import time
import urllib.request
from pathlib import Path

from common import ROOT, conditions, free_port, start_granian, stop, wait_for

sys.path.insert(0, str(ROOT))

PAGES = ["/fr/porter-plainte", "/en/filing-a-complaint", "/fr/que-faire", "/en/what-to-do",
         "/fr/deepfakes-sexuels", "/en/sexual-deepfakes", "/fr/preuves", "/en/evidence",
         "/fr/confidentialite"]
LUA = """
local paths = {%s}
local i = 0
request = function()
  i = i + 1
  return wrk.format("GET", paths[(i %% #paths) + 1])
end
"""


def worst_bodies() -> dict[str, dict]:
    from app.letters import limits, registry
    from tests.letters.cases import TODAY
    from tests.letters.test_bounded import body_with

    def largest(lines: int, width: int) -> dict:
        facts = 1
        while not registry.check("complaint", body_with(facts + 1, lines, width), TODAY):
            facts += 1
        return body_with(facts, lines, width)

    return {"short lines (60 per field, pages bound)": largest(limits.MAX_LINES, 20),
            "long lines (60 per field, pages bound)": largest(limits.MAX_LINES, 80),
            "prose (5,000 characters per field)": largest(1, 5000)}


def part_one(runs: int) -> dict:
    from app.letters import limits, registry
    from tests.letters.cases import TODAY
    from tests.letters.readback import pdf_pages

    registry.document("complaint", worst_bodies()[next(iter(worst_bodies()))], "pdf", TODAY)
    from app.letters.formats import render

    print("1. The largest letters allowed, drawn as PDF: wall time in the render pool (as the "
          "site draws them), and CPU time of the same drawing in this process")
    for name, body in worst_bodies().items():
        model = registry.letter("complaint", body, TODAY)
        times, cpu = [], []
        for _ in range(runs):
            start = time.perf_counter()
            document = registry.render_document(registry.get("complaint"), model, "pdf")
            times.append(time.perf_counter() - start)
            start = time.process_time()
            render(model, "pdf")
            cpu.append(time.process_time() - start)
        print(f"   {name:<42} {len(body['facts']):>2} facts, {limits.pages(model):4.1f} pages "
              f"estimated, {len(pdf_pages(document.content)):>2} drawn: wall median "
              f"{statistics.median(times):.2f} s (max {max(times):.2f}), CPU median "
              f"{statistics.median(cpu):.2f} s (max {max(cpu):.2f})")
    return worst_bodies()


def wrk(url: str, script: Path, duration: int) -> dict:
    out = subprocess.run(["wrk", "-t2", "-c16", f"-d{duration}s", "--latency", "-s",
                          str(script), url], capture_output=True, text=True, check=True).stdout
    def value(pct: str) -> float:
        for line in out.splitlines():
            parts = line.split()
            if parts and parts[0] == f"{pct}%":
                number = parts[1]
                unit = 1e-3 if number.endswith("us") else 1e3 if number.endswith("s") and \
                    not number.endswith("ms") else 1.0
                return float(number.rstrip("usm")) * unit
        return float("nan")
    rps = next(float(line.split()[1]) for line in out.splitlines()
               if line.startswith("Requests/sec"))
    return {"p50": value("50"), "p99": value("99"), "rps": rps}


def part_two(body: dict, duration: int) -> None:
    import os

    port = free_port()
    os.environ["RECOURS_RATE_LIMIT_DOCUMENTS"] = "[1000000, 60]"
    server = start_granian(port)
    base = f"http://127.0.0.1:{port}"
    script = Path("/tmp") / f"recours-bounded-{port}.lua"  # noqa: S108 (bench only)
    script.write_text(LUA % ", ".join(f'"{p}"' for p in PAGES))
    stop_letters = threading.Event()
    drawn: list[float] = []
    statuses: dict[int, int] = {}
    try:
        wait_for(base + "/fr/")
        for path in PAGES:
            urllib.request.urlopen(base + path, timeout=30).read()  # noqa: S310 (loopback)
        data = json.dumps(body).encode()

        def letters():
            while not stop_letters.is_set():
                request = urllib.request.Request(
                    base + "/api/v1/documents/complaint?format=pdf", data=data,
                    headers={"Content-Type": "application/json"})
                start = time.perf_counter()
                try:
                    with urllib.request.urlopen(request, timeout=120) as answer:  # noqa: S310
                        answer.read()
                        statuses[answer.status] = statuses.get(answer.status, 0) + 1
                except urllib.error.HTTPError as error:
                    statuses[error.code] = statuses.get(error.code, 0) + 1
                    if error.code == 503:  # as a browser user would: wait as told, then retry
                        stop_letters.wait(int(error.headers.get("Retry-After", "5")))
                        continue
                drawn.append(time.perf_counter() - start)

        baseline = wrk(base, script, duration)
        clients = [threading.Thread(target=letters, daemon=True) for _ in range(4)]
        for client in clients:
            client.start()
        time.sleep(3)  # the pools start and the first letters are under way
        loaded = wrk(base, script, duration)
        stop_letters.set()
        for client in clients:
            client.join(timeout=120)
    finally:
        stop(server)
        script.unlink(missing_ok=True)
    print("\n2. Content pages (wrk, 16 connections, 9 pages) while 4 clients draw the worst "
          "letter")
    print(f"   alone:        p50 {baseline['p50']:.1f} ms, p99 {baseline['p99']:.1f} ms, "
          f"{baseline['rps']:.0f} req/s")
    print(f"   with letters: p50 {loaded['p50']:.1f} ms, p99 {loaded['p99']:.1f} ms, "
          f"{loaded['rps']:.0f} req/s (target: p99 < 100 ms)")
    print(f"   letters: {len(drawn)} answered {statuses}, median "
          f"{statistics.median(drawn) if drawn else float('nan'):.2f} s each")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--duration", type=int, default=20, help="seconds of wrk (≤ 60)")
    parser.add_argument("--runs", type=int, default=3, help="drawings of each worst letter")
    args = parser.parse_args()
    print(conditions())
    bodies = part_one(max(1, min(args.runs, 10)))
    part_two(bodies["short lines (60 per field, pages bound)"], max(5, min(args.duration, 60)))
    print("\n" + conditions())


if __name__ == "__main__":
    main()
