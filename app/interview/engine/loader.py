"""Reading an interview's folder: app/interview/<name>/questions.yaml and wording/{fr,en}.yaml,
over the engine's own words (engine/wording). No Flask.

    flow = load("action", providers={"platforms": platform_choices})

An interview that includes another's questions (`include:` on a step) or carries its answers
(`carries:`) gets that interview loaded too, once. Adding a question is editing the questions
file and both wording files: nothing else (a test checks every step, question and choice is
worded in both languages).
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from app.config import LANGUAGES as LANGS
from app.datafiles import load_yaml

from .flow import Flow, Provider, overlay
from .questions import parse

INTERVIEWS = Path(__file__).parent.parent
ENGINE_WORDING = Path(__file__).parent / "wording"


@cache
def engine_words(lang: str) -> dict:
    return load_yaml(ENGINE_WORDING / f"{lang}.yaml")


def load_flow(questions: Path, wording: dict[str, Path], name: str = "",
              providers: dict[str, Provider] | None = None) -> Flow:
    """A flow from a questions file and its wording files; ValueError names what is wrong."""
    raw = load_yaml(questions)
    if not isinstance(raw, dict) or not isinstance(raw.get("steps"), list):
        raise ValueError(f"{questions}: no steps")
    includes = {s["include"]: _plain(s["include"]) for s in raw["steps"]
                if isinstance(s, dict) and s.get("include")}
    carries = _plain(raw["carries"]) if raw.get("carries") else None
    known = {n for flow in (*includes.values(), *([carries] if carries else []))
             for n in flow.by_field}
    definition = parse(raw, name or questions.stem, known)
    words = {lang: overlay(engine_words(lang), load_yaml(path) or {})
             for lang, path in wording.items()}
    return Flow(name, definition, words, includes, carries, providers)


def load(name: str, providers: dict[str, Provider] | None = None) -> Flow:
    """The interview of app/interview/<name>/."""
    folder = INTERVIEWS / name
    return load_flow(folder / "questions.yaml",
                     {lang: folder / "wording" / f"{lang}.yaml" for lang in LANGS}, name,
                     providers)


@cache
def _plain(name: str) -> Flow:
    """Another interview, for its names and its checks (without its pages' lists)."""
    return load(name)
