"""The action pack interview, "Get content removed": questions.yaml and its wording, each chosen
letter's body (body.py), "My action plan" (plan.py) and thin views (views.py). It carries the
complaint's answers when it starts from the complaint's review. The letters themselves are made
by the letters' registry (app/letters)."""

from __future__ import annotations

from functools import cache

from app.interview.engine import Flow, load

from .body import platform_choices


@cache
def action_flow() -> Flow:
    return load("action", providers={"platforms": platform_choices})
