"""Law watch on large LEGI archives: time and peak memory stay flat per file whatever the size.

    .venv/bin/python bench/law_watch.py [--sizes 10000 100000]

For each size, writes a full archive in DILA's layout (tests/lawwatch/legi_archives.py) with that
many article files — 2 % in the Code pénal, the rest spread over 200 other codes, plus the
articles of the watch's test scenario — then runs, each in a fresh process:
- baseline: Python's tarfile streaming through the archive, reading nothing (the least any
  reader on the standard library must do: decompress and walk every header);
- watch: `app.lawwatch.report.run` on the real law data (what `flask law watch` does).
Prints seconds, peak resident memory (ru_maxrss) and the ratio watch / baseline.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.lawwatch.legi_archives import CODE_PENAL, Article, Export  # noqa: E402
from tests.lawwatch.scenario import articles_on_1_december_2026  # noqa: E402

SENTENCE = ("le fait de porter à la connaissance du public ou d'un tiers par quelque voie que ce "
            "soit est puni de deux ans d'emprisonnement et de 60 000 euros d'amende lorsque")
WORDS = SENTENCE.split()

# Each child prints its own peak resident memory (VmHWM: this process image only, unlike
# ru_maxrss, which keeps the pages a fork copied from its parent).
PEAK = """
import pathlib
print(next(l.split()[1] for l in pathlib.Path("/proc/self/status").read_text().splitlines()
           if l.startswith("VmHWM:")))
"""
BASELINE = """
import sys, tarfile
with tarfile.open(sys.argv[1], "r|*") as tar:
    while (member := tar.next()) is not None:
        tar.members.clear()
print(0)
""" + PEAK
WATCH = """
import sys
from pathlib import Path
from app.law import get_registry
from app.lawwatch.report import run
result = run(get_registry().all(), [Path(sys.argv[1])])
print(sum(1 for a in result.articles if a.status != "not_found"))
""" + PEAK
BUILD = """
import sys
sys.path.insert(0, ".")
from pathlib import Path
from bench.law_watch import build
print(build(int(sys.argv[1]), Path(sys.argv[2])))
"""


def build(size: int, folder: Path) -> Path:
    rng = random.Random(size)
    articles = articles_on_1_december_2026()
    for n in range(size - len(articles)):
        cid = CODE_PENAL if n % 50 == 0 else f"LEGITEXT{6070000 + n % 200:012d}"
        text = "\n\n".join(" ".join(rng.choices(WORDS, k=60)) for _ in range(3))
        articles.append(Article(f"LEGIARTI{60000000 + n:012d}", f"L{n % 997}-{n % 13 + 1}",
                                "2020-01-01", text=text, cid=cid))
    return Export("20261201-120000", True, articles).write(folder)


def measure(script: str, archive: Path) -> tuple[float, int, str]:
    """Seconds, peak KiB and the first line printed by `script` run on `archive`."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", script, str(archive)], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    elapsed = time.perf_counter() - start
    out, peak = done.stdout.split()
    return elapsed, int(peak), out


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        for size in args.sizes:
            folder = Path(tmp, str(size))
            folder.mkdir()
            made = subprocess.run([sys.executable, "-c", BUILD, str(size), str(folder)],
                                  cwd=ROOT, capture_output=True, text=True, check=True)
            archive = Path(made.stdout.strip())
            base_s, base_kb, _ = measure(BASELINE, archive)
            watch_s, watch_kb, found = measure(WATCH, archive)
            rows.append({"files": size, "archive_mb": round(archive.stat().st_size / 1e6, 1),
                         "baseline_s": round(base_s, 2), "watch_s": round(watch_s, 2),
                         "ratio": round(watch_s / base_s, 2),
                         "us_per_file": round(watch_s / size * 1e6, 1),
                         "baseline_peak_mib": round(base_kb / 1024, 1),
                         "watch_peak_mib": round(watch_kb / 1024, 1),
                         "articles_found": int(found)})
            archive.unlink()
    for row in rows:
        print(json.dumps(row))


if __name__ == "__main__":
    main()
