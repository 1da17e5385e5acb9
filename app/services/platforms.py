"""Where and how to report on each platform, as checked data from data/platforms.yaml.

Same strictness as directory.py: an unknown key, a missing field or a missing source fails loudly
(ValueError naming the platform and the field), so an unsourced menu path can never slip in.
An entry whose reporting steps were not verified has `verified: false` and `steps: null`.
`take_it_down_act` (optional) is there only where sources say the platform answers to the US
TAKE IT DOWN Act: why (one sentence per language), with its own sources, grade and reading date;
the action pack then offers the request under that Act beside the DSA notice.
`evidence` (optional) says how to keep proof of a post on the platform (its link, a screenshot),
with its own sources and grade, since it is read in other pages than the reporting steps.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import cache
from pathlib import Path
from typing import Any

from app.config import LANGUAGES as LANGS
from app.datafiles import load_yaml

DATA_FILE = Path(__file__).parent / "data" / "platforms.yaml"
KINDS = ("social", "messaging", "video", "adult", "search")
ROUTES = ("host", "search")  # host: DSA notice to the host; search: delisting from results
PROGRAMMES = ("stopncii", "takeitdown")
GRADES = ("A", "B", "C", "U")
STATED = ("A", "B", "C")  # grades that may be stated (with care below A); U never is

_FIELDS = (
    "id", "name", "kind", "route", "verified", "steps", "pick", "programmes",
    "help_url", "sources", "grade", "checked_on", "note",
)  # fmt: skip
_NULLABLE = ("steps", "pick", "help_url", "note")
_OPTIONAL = ("take_it_down_act", "evidence")

Text = Mapping[str, str]


@dataclass(frozen=True)
class TakeItDownAct:
    """Why sources say the platform answers to the US TAKE IT DOWN Act (its operator was
    written to by the FTC about its duties under the Act, its own page offers requests under
    it…), with those sources, their grade and the day they were read."""

    basis: Mapping[str, str]
    sources: tuple[str, ...]
    grade: str
    checked_on: date


@dataclass(frozen=True)
class Evidence:
    """How to keep proof of a post on one platform: steps in each language, sources, grade."""

    steps: Mapping[str, tuple[str, ...]]
    sources: tuple[str, ...]
    grade: str


@dataclass(frozen=True)
class Platform:
    id: str
    name: str
    kind: str
    route: str
    verified: bool  # True when the reporting steps come from a cited source
    steps: Mapping[str, tuple[str, ...]] | None
    pick: Text | None  # what to choose in the platform's form
    programmes: tuple[str, ...]
    help_url: str | None
    sources: tuple[str, ...]
    grade: str
    checked_on: date
    note: Text | None
    take_it_down_act: TakeItDownAct | None = None
    evidence: Evidence | None = None


class _Checker:
    def __init__(self, platform_id: str):
        self.platform_id = platform_id

    def fail(self, field: str, problem: str):
        raise ValueError(f"platform {self.platform_id!r}, field {field!r}: {problem}")

    def text(self, field: str, value: Any) -> Text:
        if not isinstance(value, dict) or set(value) != set(LANGS):
            self.fail(field, f"expected a mapping with exactly the keys {LANGS}")
        for lang in LANGS:
            if not isinstance(value[lang], str) or not value[lang].strip():
                self.fail(field, f"missing or empty {lang!r} text")
        return dict(value)

    def steps(self, value: Any, field: str = "steps") -> Mapping[str, tuple[str, ...]]:
        if not isinstance(value, dict) or set(value) != set(LANGS):
            self.fail(field, f"expected a mapping with exactly the keys {LANGS}")
        for lang in LANGS:
            items = value[lang]
            if not isinstance(items, list) or not items or not all(
                    isinstance(s, str) and s.strip() for s in items):
                self.fail(field, f"{lang!r} must be a non-empty list of texts")
        if len(value["fr"]) != len(value["en"]):
            self.fail(field, "fr and en must have the same number of steps")
        return {lang: tuple(value[lang]) for lang in LANGS}

    def take_it_down_act(self, value: Any) -> TakeItDownAct:
        field = "take_it_down_act"
        if not isinstance(value, dict) or set(value) != {*LANGS, "sources", "grade",
                                                         "checked_on"}:
            self.fail(field, f"expected the keys {(*LANGS, 'sources', 'grade', 'checked_on')}")
        basis = self.text(field, {lang: value[lang] for lang in LANGS})
        if value["grade"] not in STATED:
            self.fail(field, f"grade must be one of {STATED}: an unverified claim is left out")
        if not isinstance(value["sources"], list) or not value["sources"]:
            self.fail(field, "sources must be a non-empty list of URLs")
        sources = tuple(self.url(field, s, ("https://", "http://")) for s in value["sources"])
        return TakeItDownAct(basis=basis, sources=sources, grade=value["grade"],
                             checked_on=self.checked_on(value["checked_on"], field))

    def evidence(self, value: Any) -> Evidence:
        if not isinstance(value, dict) or set(value) != {*LANGS, "sources", "grade"}:
            self.fail("evidence", f"expected the keys {(*LANGS, 'sources', 'grade')}")
        steps = self.steps({lang: value[lang] for lang in LANGS}, "evidence")
        if value["grade"] not in GRADES:
            self.fail("evidence", f"grade must be one of {GRADES}")
        if not isinstance(value["sources"], list) or (value["grade"] != "U"
                                                      and not value["sources"]):
            self.fail("evidence", "sources must be a list, not empty unless the grade is U")
        sources = tuple(self.url("evidence", s, ("https://", "http://")) for s in value["sources"])
        return Evidence(steps=steps, sources=sources, grade=value["grade"])

    def url(self, field: str, value: Any, schemes: tuple[str, ...] = ("https://",)) -> str:
        """A link; sources may keep the http:// address they were read at, links we show may not."""
        if not isinstance(value, str) or not value.startswith(schemes) or " " in value:
            self.fail(field, f"{value!r} is not a {' or '.join(schemes)} URL")
        return value

    def checked_on(self, value: Any, field: str = "checked_on") -> date:
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value))
        except ValueError:
            self.fail(field, f"{value!r} is not a date (YYYY-MM-DD)")


def _platform(raw: Any, position: int) -> Platform:
    if not isinstance(raw, dict):
        raise ValueError(f"platform #{position}: expected a mapping")
    check = _Checker(str(raw.get("id", f"#{position}")))
    for field in raw:
        if field not in _FIELDS and field not in _OPTIONAL:
            check.fail(field, "unknown field")
    for field in _FIELDS:
        if field not in raw or (raw[field] is None and field not in _NULLABLE):
            check.fail(field, "missing")
    if not isinstance(raw["id"], str) or not raw["id"].replace("-", "").isalnum():
        check.fail("id", "must be a short lower-case identifier")
    if not isinstance(raw["name"], str) or not raw["name"].strip():
        check.fail("name", "must be a non-empty string")
    if raw["kind"] not in KINDS:
        check.fail("kind", f"must be one of {KINDS}")
    if raw["route"] not in ROUTES:
        check.fail("route", f"must be one of {ROUTES}")
    if type(raw["verified"]) is not bool:
        check.fail("verified", "must be true or false")
    programmes = raw["programmes"]
    if not isinstance(programmes, list) or not set(programmes) <= set(PROGRAMMES):
        check.fail("programmes", f"must be a list drawn from {PROGRAMMES}")
    if not isinstance(raw["sources"], list):
        check.fail("sources", "must be a list of URLs")
    sources = tuple(check.url("sources", s, ("https://", "http://")) for s in raw["sources"])
    if (raw["verified"] or programmes) and not sources:
        check.fail("sources", "missing: a verified entry or a programme membership needs a source")
    if raw["verified"] and raw["steps"] is None:
        check.fail("steps", "a verified entry must give its steps")
    if not raw["verified"] and raw["steps"] is not None:
        check.fail("steps", "an unverified entry must not give steps (use null)")
    if raw["grade"] not in GRADES:
        check.fail("grade", f"must be one of {GRADES}")
    return Platform(
        id=raw["id"],
        name=raw["name"],
        kind=raw["kind"],
        route=raw["route"],
        verified=raw["verified"],
        steps=None if raw["steps"] is None else check.steps(raw["steps"]),
        pick=None if raw["pick"] is None else check.text("pick", raw["pick"]),
        programmes=tuple(programmes),
        help_url=None if raw["help_url"] is None else check.url("help_url", raw["help_url"]),
        sources=sources,
        grade=raw["grade"],
        checked_on=check.checked_on(raw["checked_on"]),
        note=None if raw["note"] is None else check.text("note", raw["note"]),
        take_it_down_act=(check.take_it_down_act(raw["take_it_down_act"])
                          if "take_it_down_act" in raw else None),
        evidence=check.evidence(raw["evidence"]) if "evidence" in raw else None,
    )


def load_platforms(path: Path = DATA_FILE) -> tuple[Platform, ...]:
    """Read and validate a platforms file; ValueError on any unexpected or missing data."""
    document = load_yaml(Path(path))
    if not isinstance(document, dict) or set(document) != {"platforms"}:
        raise ValueError(f"{Path(path).name}: expected a single top-level key 'platforms'")
    platforms = tuple(_platform(raw, i) for i, raw in enumerate(document["platforms"] or (), 1))
    seen: set[str] = set()
    for platform in platforms:
        if platform.id in seen:
            raise ValueError(f"platform {platform.id!r}, field 'id': duplicate id")
        seen.add(platform.id)
    return platforms


@cache
def all_platforms() -> tuple[Platform, ...]:
    """Every platform, in the order of the data file."""
    return load_platforms()


def get(platform_id: str) -> Platform:
    """The platform with this id; KeyError if there is none."""
    for platform in all_platforms():
        if platform.id == platform_id:
            return platform
    raise KeyError(platform_id)
