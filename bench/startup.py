"""Start-up time of the app (median of N fresh processes, with the search index's share) and
resident memory per gunicorn worker (2 workers, deploy/gunicorn.conf.py, after a few requests).

    .venv/bin/python bench/startup.py [--runs 7]

Target: the whole app starts in ≤ 1.5 s.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

from common import ROOT, conditions, free_port, median, start_gunicorn, stop, wait_for

CHILD = """
import json, time
t0 = time.perf_counter()
from app import create_app
t1 = time.perf_counter()
app = create_app()
t2 = time.perf_counter()
from app.search import text
from app.search.documents import all_documents
from app.search.index import SearchIndex
for cached in (text.term, text.fold, text.stem):
    cached.cache_clear()
t3 = time.perf_counter()
SearchIndex(all_documents(app))
t4 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "create_app": t2 - t1, "index": t4 - t3}))
"""


def kib(pid: int, field: str, source: str = "status") -> int:
    for line in Path(f"/proc/{pid}/{source}").read_text().splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def children(pid: int) -> list[int]:
    found = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.parent.name))
    return found


def startup(runs: int) -> None:
    walls, measures = [], []
    for _ in range(runs):
        started = time.perf_counter()
        out = subprocess.run([sys.executable, "-c", CHILD], cwd=ROOT, capture_output=True,
                             text=True, check=True).stdout
        walls.append(time.perf_counter() - started)
        measures.append(json.loads(out.strip().splitlines()[-1]))
    imp = median([m["import"] for m in measures])
    create = median([m["create_app"] for m in measures])
    index = median([m["index"] for m in measures])
    print(f"start-up, median of {runs} fresh processes:")
    print(f"  process wall time (interpreter + import + create_app): {median(walls):.3f} s"
          f"  (target ≤ 1.5 s: {median(walls) / 1.5:.2f} of budget)")
    print(f"  import app: {imp:.3f} s, create_app(): {create:.3f} s, "
          f"of which search index: {index:.3f} s ({index / create:.0%})")


def memory() -> None:
    port = free_port()
    master = start_gunicorn(port, 2)
    try:
        base = f"http://127.0.0.1:{port}"
        wait_for(base + "/fr/")
        for path in ("/fr/", "/en/", "/fr/porter-plainte", "/en/search"):
            for _ in range(20):
                urllib.request.urlopen(base + path).read()  # noqa: S310 (loopback)
        data = urllib.parse.urlencode({"q": "plainte"}).encode()
        for _ in range(20):
            urllib.request.urlopen(base + "/fr/search", data=data).read()  # noqa: S310
        workers = children(master.pid)
        print(f"memory (gunicorn master + {len(workers)} workers, after 120 requests):")
        print(f"  master RSS {kib(master.pid, 'VmRSS') / 1024:.1f} MiB")
        for pid in workers:
            rss = kib(pid, "VmRSS") / 1024
            pss = kib(pid, "Pss", "smaps_rollup") / 1024
            print(f"  worker {pid}: RSS {rss:.1f} MiB, PSS {pss:.1f} MiB "
                  "(PSS counts pages shared with the master once: preload_app)")
    finally:
        stop(master)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    print(conditions())
    startup(args.runs)
    memory()


if __name__ == "__main__":
    main()
