"""The complaint interview, "Write my complaint": questions.yaml and its wording, the answers as
the letters' body (body.py), the `where` step's communes and courts (place.py), the answers
saved to a file (saved.py), and thin views (views.py). The letters themselves are made by the
letters' registry (app/letters)."""

from __future__ import annotations

from functools import cache

from app.interview.engine import Flow, load

from .place import courts


@cache
def complaint_flow() -> Flow:
    return load("complaint", providers={"courts": courts})
