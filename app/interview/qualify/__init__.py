"""The guided questions, "What the law says about my situation": questions.yaml and its wording,
checked by the qualification engine (checks.py), with a result page (result.py). Thin views."""

from __future__ import annotations

from functools import cache

from app.interview.engine import Flow, load


@cache
def qualify_flow() -> Flow:
    return load("qualify")
