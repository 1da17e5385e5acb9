"""Start-up time of the app, as ratios against a baseline measured in the same run, and resident
memory per gunicorn worker (2 workers, deploy/gunicorn.conf.py, after a few requests).

    .venv/bin/python bench/startup.py [--runs 7] [--compare REF] [--no-memory]

Each run starts fresh processes, interleaved: the baseline (the interpreter importing Flask,
Jinja, Babel, Markdown and PyYAML and making an empty Flask app: what any app of this stack pays),
this tree's `create_app()`, and with --compare the same for a git revision (e.g. main) extracted
to a temporary folder. The production warm-up (`create_served_app`: every page rendered, the
search index built) is timed apart: servers pay it once, before they serve.

Target (docs/performance.md): the process, interpreter + import + `create_app()`, in ≤ 0.75 s.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tarfile
import tempfile
import time
import urllib.parse
import urllib.request
from io import BytesIO
from pathlib import Path

from common import ROOT, conditions, free_port, median, start_gunicorn, stop, wait_for

BASELINE = """
import json, time
t0 = time.perf_counter()
import babel.dates, flask, flask_babel, jinja2, markdown, yaml
flask.Flask("baseline")
print(json.dumps({"import": 0.0, "create_app": time.perf_counter() - t0, "warm_up": 0.0}))
"""

CHILD = """
import json, time
t0 = time.perf_counter()
from app import create_app
t1 = time.perf_counter()
app = create_app()
t2 = time.perf_counter()
try:
    from app.web.warmup import warm_up
except ImportError:  # a revision from before the warm-up: create_app() did all the work
    warm_up = lambda app: app
warm_up(app)
t3 = time.perf_counter()
print(json.dumps({"import": t1 - t0, "create_app": t2 - t1, "warm_up": t3 - t2}))
"""


def extract(ref: str) -> Path:
    """The tree of `ref` in a temporary folder, with its catalogues compiled."""
    archive = subprocess.run(["git", "archive", ref], cwd=ROOT, capture_output=True,
                             check=True).stdout
    folder = Path(tempfile.mkdtemp(prefix="recours-startup-"))
    with tarfile.open(fileobj=BytesIO(archive)) as tar:
        tar.extractall(folder, filter="data")
    subprocess.run([str(Path(sys.executable).parent / "pybabel"), "compile", "-d",
                    str(folder / "app" / "translations"), "-D", "messages"], check=True,
                   capture_output=True)
    return folder


def one_run(code: str, cwd: Path) -> tuple[float, dict]:
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", code], cwd=cwd, capture_output=True, text=True,
                         check=True).stdout
    return time.perf_counter() - started, json.loads(out.strip().splitlines()[-1])


def startup(runs: int, compare: str | None) -> None:
    trees = {"baseline (Flask stack, empty app)": (BASELINE, ROOT), "this tree": (CHILD, ROOT)}
    folder = extract(compare) if compare else None
    if folder:
        trees[compare] = (CHILD, folder)
    results: dict[str, list] = {name: [] for name in trees}
    try:
        for _ in range(runs):
            for name, (code, cwd) in trees.items():
                results[name].append(one_run(code, cwd))
    finally:
        if folder:
            shutil.rmtree(folder)
    base = median([wall for wall, _ in results["baseline (Flask stack, empty app)"]])
    print(f"start-up, median of {runs} fresh processes of each, interleaved:")
    for name, measures in results.items():
        # The process until create_app() returns: its wall time less the warm-up timed after.
        wall = median([w - m["warm_up"] for w, m in measures])
        create = median([m["create_app"] for _, m in measures])
        warm = median([m["warm_up"] for _, m in measures])
        imp = median([m["import"] for _, m in measures])
        line = f"  {name}: process to create_app() {wall:.3f} s ({wall / base:.2f}× baseline)"
        if "baseline" not in name:
            line += (f"; import app {imp:.3f} s, create_app() {create:.3f} s, then warm-up "
                     f"{warm:.3f} s (production servers, before serving)")
        print(line)
    print("  target: process ≤ 0.75 s on an idle machine; the ratios hold under load")


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
            urllib.request.urlopen(base + "/fr/recherche", data=data).read()  # noqa: S310
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
    parser.add_argument("--compare", metavar="REF", help="also time this git revision (e.g. main)")
    parser.add_argument("--no-memory", action="store_true", help="skip the gunicorn memory part")
    args = parser.parse_args()
    print(conditions())
    startup(args.runs, args.compare)
    if not args.no_memory:
        memory()


if __name__ == "__main__":
    main()
