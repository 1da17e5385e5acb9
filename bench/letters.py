"""Letter generation time per format for a 2-page complaint (median of N), against the targets
PDF ≤ 100 ms and DOCX ≤ 30 ms (others printed for information); then each action-pack letter,
from its answers to the file, per format.

    .venv/bin/python bench/letters.py [--runs 15] [--action-runs 7]
"""

from __future__ import annotations

import argparse
import sys
import time

from common import ROOT, conditions, median

sys.path.insert(0, str(ROOT))

from app.letters import FORMATS, build_complaint, registry, render, validate  # noqa: E402
from app.letters.action import KINDS  # noqa: E402
from tests.letters.cases import OFFENCES, PARIS, TODAY, base  # noqa: E402
from tests.letters.test_action_letters import TODAY as ACTION_TODAY  # noqa: E402
from tests.letters.test_action_schema import good  # noqa: E402

TARGETS_MS = {"pdf": 100.0, "docx": 30.0}


def pages_of(pdf: bytes) -> int | None:
    try:
        from io import BytesIO

        from pypdf import PdfReader
    except ImportError:
        return None
    return len(PdfReader(BytesIO(pdf)).pages)


def timed(work, runs: int) -> float:
    """Median milliseconds of `work()` after one warm-up call."""
    work()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        times.append((time.perf_counter() - started) * 1000)
    return median(times)


def action_letters(runs: int) -> None:
    print(f"action-pack letters (validate + build + render), median of {runs} runs:")
    print("  " + "kind".ljust(16) + "".join(f"{fmt:>10}" for fmt in FORMATS))
    for kind in KINDS:
        raw = good(kind)
        cells = [timed(lambda k=kind, r=raw, f=fmt: render(registry.letter(k, r, ACTION_TODAY),
                                                           f), runs)
                 for fmt in FORMATS]
        print("  " + kind.ljust(16) + "".join(f"{ms:8.1f}ms" for ms in cells))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    parser.add_argument("--action-runs", type=int, default=7)
    args = parser.parse_args()
    print(conditions())
    letter = build_complaint(validate(base(partie_civile=True)), OFFENCES, PARIS, TODAY)
    print(f"complaint letter: {pages_of(render(letter, 'pdf'))} page(s) in PDF; "
          f"median of {args.runs} runs after one warm-up")
    for fmt in FORMATS:
        ms = timed(lambda fmt=fmt: render(letter, fmt), args.runs)
        target = TARGETS_MS.get(fmt)
        verdict = f"  target ≤ {target:.0f} ms: ratio {ms / target:.2f}" if target else ""
        print(f"  {fmt:>4}: {ms:7.1f} ms{verdict}")
    action_letters(args.action_runs)


if __name__ == "__main__":
    main()
