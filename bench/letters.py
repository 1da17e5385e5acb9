"""Letter generation time per format for a 2-page complaint (median of N), against the targets
PDF ≤ 100 ms and DOCX ≤ 30 ms (others printed for information).

    .venv/bin/python bench/letters.py [--runs 15]
"""

from __future__ import annotations

import argparse
import sys
import time

from common import ROOT, conditions, median

sys.path.insert(0, str(ROOT))

from app.letters import FORMATS, build_complaint, render, validate  # noqa: E402
from tests.letters.cases import OFFENCES, PARIS, TODAY, base  # noqa: E402

TARGETS_MS = {"pdf": 100.0, "docx": 30.0}


def pages_of(pdf: bytes) -> int | None:
    try:
        from io import BytesIO

        from pypdf import PdfReader
    except ImportError:
        return None
    return len(PdfReader(BytesIO(pdf)).pages)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    print(conditions())
    letter = build_complaint(validate(base(partie_civile=True)), OFFENCES, PARIS, TODAY)
    print(f"complaint letter: {pages_of(render(letter, 'pdf'))} page(s) in PDF; "
          f"median of {args.runs} runs after one warm-up")
    for fmt in FORMATS:
        render(letter, fmt)  # warm-up: imports, fonts
        times = []
        for _ in range(args.runs):
            started = time.perf_counter()
            render(letter, fmt)
            times.append((time.perf_counter() - started) * 1000)
        ms = median(times)
        target = TARGETS_MS.get(fmt)
        verdict = f"  target ≤ {target:.0f} ms: ratio {ms / target:.2f}" if target else ""
        print(f"  {fmt:>4}: {ms:7.1f} ms{verdict}")


if __name__ == "__main__":
    main()
