"""Content page throughput: the app under gunicorn (deploy/gunicorn.conf.py) and under granian
(deploy/granian.sh), 2 workers each, against nginx serving the very same bytes as a static file,
all loaded by wrk in the same run.

    .venv/bin/python bench/pages.py [--path /fr/porter-plainte] [--duration 10] [--levels 1,16,64]

Prints requests/s and p50/p99 latency for each, and the ratio to nginx (target ≥ 0.25). All
servers listen on 127.0.0.1 only and are stopped at the end; each level runs `duration` seconds.
"""

from __future__ import annotations

import argparse
import re
import shutil
import subprocess
import tempfile
import urllib.request
from pathlib import Path

from common import conditions, free_port, start_granian, start_gunicorn, stop, wait_for

BENCH_DIR = Path(__file__).resolve().parent

NGINX_CONF = """daemon off;
worker_processes {workers};
pid {tmp}/nginx.pid;
error_log {tmp}/error.log warn;
events {{ worker_connections 1024; }}
http {{
  access_log {tmp}/access.log;
  client_body_temp_path {tmp}/body; proxy_temp_path {tmp}/proxy;
  fastcgi_temp_path {tmp}/fastcgi; uwsgi_temp_path {tmp}/uwsgi; scgi_temp_path {tmp}/scgi;
  default_type text/html;
  sendfile on; tcp_nopush on; keepalive_requests 100000;
  server {{
    listen 127.0.0.1:{port};
    root {tmp}/www;
    location / {{ try_files $uri $uri/index.html =404; }}
  }}
}}
"""
UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3}


def wrk(url: str, connections: int, duration: int) -> dict[str, float]:
    threads = min(2, connections)
    out = subprocess.run(["wrk", f"-t{threads}", f"-c{connections}", f"-d{duration}s",
                          "--latency", url], capture_output=True, text=True, check=True).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    latency = {}
    for pct in ("50", "99"):
        value, unit = re.search(rf"^\s+{pct}%\s+([\d.]+)(us|ms|s)\s*$", out, re.M).groups()
        latency[pct] = float(value) * UNITS[unit]
    errors = re.search(r"Non-2xx or 3xx responses:\s+(\d+)", out)
    return {"rps": rps, "p50": latency["50"], "p99": latency["99"],
            "non2xx": int(errors.group(1)) if errors else 0}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--path", default="/fr/porter-plainte")
    parser.add_argument("--duration", type=int, default=10, help="seconds per level (≤ 10)")
    parser.add_argument("--levels", default="1,16,64")
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--bare", action="store_true",
                        help="also a bare WSGI app serving the same bytes under gunicorn")
    args = parser.parse_args()
    duration = max(1, min(args.duration, 10))
    levels = [int(n) for n in args.levels.split(",")]
    if not shutil.which("nginx") or not shutil.which("wrk"):
        raise SystemExit("nginx and wrk are needed (make system-deps)")

    tmp = Path(tempfile.mkdtemp(prefix="recours-bench-"))
    tmp.chmod(0o755)  # nginx workers run as an unprivileged user when started by root
    app_port, nginx_port = free_port(), free_port()
    app = start_gunicorn(app_port, args.workers)
    granian_port = free_port()
    granian = start_granian(granian_port, args.workers)
    nginx = bare = None
    try:
        wait_for(f"http://127.0.0.1:{app_port}{args.path}")
        with urllib.request.urlopen(f"http://127.0.0.1:{app_port}{args.path}") as r:  # noqa: S310
            body = r.read()
        target = tmp / "www" / args.path.lstrip("/")
        if args.path.endswith("/"):
            target = target / "index.html"
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(body)
        for folder in (tmp, *[p for p in tmp.rglob("*") if p.is_dir()]):
            folder.chmod(0o755)
        (tmp / "nginx.conf").write_text(NGINX_CONF.format(tmp=tmp, port=nginx_port,
                                                          workers=args.workers))
        nginx = subprocess.Popen(["nginx", "-p", str(tmp), "-c", str(tmp / "nginx.conf")],
                                 stderr=subprocess.DEVNULL)
        wait_for(f"http://127.0.0.1:{nginx_port}{args.path}")
        wait_for(f"http://127.0.0.1:{granian_port}{args.path}")
        servers = {"gunicorn": app_port, "granian": granian_port, "nginx": nginx_port}
        if args.bare:
            bare_port = free_port()
            bare = start_gunicorn(bare_port, args.workers, app_spec="bytes_app:app",
                                  extra_env={"RECOURS_BENCH_FILE": str(target),
                                             "PYTHONPATH": str(BENCH_DIR)})
            wait_for(f"http://127.0.0.1:{bare_port}{args.path}")
            servers["bare wsgi"] = bare_port

        print(conditions())
        print(f"page {args.path}: {len(body)} bytes, the app under gunicorn and under granian "
              f"({args.workers} workers each) vs nginx ({args.workers} workers), "
              f"{duration} s per level")
        print(f"{'server':>9} {'conns':>5} {'req/s':>8} {'p50 ms':>7} {'p99 ms':>7} "
              f"{'× nginx':>7}")
        for connections in levels:
            measured = {name: wrk(f"http://127.0.0.1:{port}{args.path}", connections, duration)
                        for name, port in servers.items()}
            for name, m in measured.items():
                flag = f"  ({m['non2xx']} non-2xx)" if m["non2xx"] else ""
                print(f"{name:>9} {connections:>5} {m['rps']:>8.0f} {m['p50']:>7.2f} "
                      f"{m['p99']:>7.2f} {m['rps'] / measured['nginx']['rps']:>7.2f}{flag}")
    finally:
        for process in (app, granian, nginx, bare):
            if process is not None:
                stop(process)
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
