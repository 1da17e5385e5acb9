"""Turn one parsed YAML mapping into a Rule, refusing anything unexpected.

Strictness is the point: a typo in a key or a date must stop the application at start-up
rather than show a wrong penalty to a victim. Every error names the file and the field path.
"""

from __future__ import annotations

import re
from datetime import date
from types import MappingProxyType

from app.config import LANGUAGES

from .schema import (
    CIRCUMSTANCES,
    CODE_LEGITEXT,
    CODE_PREFIXES,
    CODES,
    GRADES,
    KINDS,
    START_BASES,
    UNKNOWN_ID,
    Aggravation,
    Conduct,
    CountedTier,
    LawDataError,
    Penalty,
    Rule,
    Version,
)

RULE_REQUIRED = {"id", "code", "article", "kind", "title", "url", "grade", "checked_on",
                 "sources", "versions", "legitext", "legifrance_id"}
RULE_OPTIONAL = {"complaint_required", "uncertain", "earlier_versions", "legifrance_id_derived"}
VERSION_REQUIRED = {"start", "enacted_by", "legifrance_id"}
VERSION_OPTIONAL = {"end", "start_exact", "start_basis", "text", "text_source", "text_excerpt",
                    "legifrance_id_derived", "penalty", "aggravations", "counted", "conducts",
                    "values", "grade", "text_grade", "uncertain"}
AGGRAVATION_KEYS = ({"key", "label", "penalty"}, {"item", "conducts", "grade"})
ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
LEGIARTI = re.compile(r"^LEGIARTI\d{12}$")
LEGITEXT = re.compile(r"^(?:LEGI|JORF)TEXT\d{12}$")


class Checker:
    """Validation helpers bound to one file name, so every error can name it."""

    def __init__(self, file: str):
        self.file = file

    def fail(self, path: str, problem: str) -> LawDataError:
        return LawDataError(self.file, path, problem)

    def keys(self, raw, path: str, required: set, optional: set) -> dict:
        if not isinstance(raw, dict):
            raise self.fail(path or "(top level)", "expected a mapping")
        for key in raw:
            if key not in required | optional:
                raise self.fail(join(path, str(key)), "unknown key")
        for key in sorted(required):
            if key not in raw or raw[key] is None:
                hint = " (a LEGIARTI identifier, or unknown)" if key == "legifrance_id" else ""
                raise self.fail(join(path, key), "missing required field" + hint)
        return raw

    def legiarti(self, raw: dict, path: str) -> tuple[str | None, bool]:
        """The `legifrance_id` of a rule or version and its `legifrance_id_derived` flag:
        an identifier, or the explicit word `unknown` (read as None)."""
        value = raw["legifrance_id"]
        derived = raw.get("legifrance_id_derived", False)
        if not isinstance(derived, bool):
            raise self.fail(join(path, "legifrance_id_derived"), "expected true or false")
        if value == UNKNOWN_ID:
            if derived:
                raise self.fail(join(path, "legifrance_id_derived"),
                                "an unknown identifier cannot be derived")
            return None, False
        if not LEGIARTI.match(str(value)):
            raise self.fail(join(path, "legifrance_id"),
                            f"{value!r} is neither a LEGIARTI identifier nor {UNKNOWN_ID!r}")
        return str(value), derived

    def text(self, raw, path: str) -> str:
        if not isinstance(raw, str) or not raw.strip():
            raise self.fail(path, "expected a non-empty string")
        return raw.strip()

    def url(self, raw, path: str) -> str:
        value = self.text(raw, path)
        if not value.startswith("https://") and not value.startswith("http://"):
            raise self.fail(path, f"not a URL: {value!r}")
        return value

    def choice(self, raw, path: str, allowed) -> str:
        if raw not in allowed:
            raise self.fail(path, f"{raw!r} is not one of {', '.join(allowed)}")
        return raw

    def date(self, raw, path: str) -> date:
        if not isinstance(raw, str) or not ISO_DATE.match(raw):
            raise self.fail(path, f"bad date {raw!r} (expected YYYY-MM-DD)")
        try:
            return date.fromisoformat(raw)
        except ValueError as exc:
            raise self.fail(path, f"bad date {raw!r} ({exc})") from None

    def bilingual(self, raw, path: str) -> MappingProxyType:
        if not isinstance(raw, dict):
            raise self.fail(path, "expected a mapping with fr and en")
        for key in raw:
            if key not in LANGUAGES:
                raise self.fail(join(path, str(key)), "unknown language")
        for lang in LANGUAGES:
            if lang not in raw:
                raise self.fail(join(path, lang), "missing language")
        return MappingProxyType(
            {lang: self.text(raw[lang], join(path, lang)) for lang in LANGUAGES}
        )

    def penalty(self, raw, path: str) -> Penalty:
        self.keys(raw, path, {"prison_years", "fine_eur"}, set())
        years, fine = raw["prison_years"], raw["fine_eur"]
        if isinstance(years, bool) or not isinstance(years, int | float) or years <= 0:
            raise self.fail(join(path, "prison_years"), "expected a positive number")
        if isinstance(fine, bool) or not isinstance(fine, int) or fine <= 0:
            raise self.fail(join(path, "fine_eur"), "expected a positive whole number of euros")
        return Penalty(years, fine)

    def harsher(self, penalty: Penalty, base: Penalty | None, path: str) -> None:
        if base is not None and (penalty.prison_years, penalty.fine_eur) < (
            base.prison_years, base.fine_eur
        ):
            raise self.fail(path, "an aggravated penalty is lighter than the base penalty")


def join(path: str, key: str) -> str:
    return f"{path}.{key}" if path else key


def freeze(value):
    """Read-only copy of nested YAML values: mappings become proxies, lists tuples."""
    if isinstance(value, dict):
        return MappingProxyType({key: freeze(item) for key, item in value.items()})
    if isinstance(value, list):
        return tuple(freeze(item) for item in value)
    return value


def build_rule(raw, file: str, stem: str) -> Rule:
    """Validate one file's mapping; `stem` is the file name without .yaml."""
    c = Checker(file)
    c.keys(raw, "", RULE_REQUIRED, RULE_OPTIONAL)
    rule_id = c.text(str(raw["id"]), "id")
    if rule_id != stem:
        raise c.fail("id", f"{rule_id!r} does not match the file name {stem!r}")
    code = c.choice(raw["code"], "code", CODES)
    prefix = CODE_PREFIXES[code]
    others = [p for p in CODE_PREFIXES.values() if p and p != prefix]
    if not rule_id.startswith(prefix) or any(rule_id.startswith(p) for p in others):
        raise c.fail("code", "the id must start with its code's prefix ("
                     + ", ".join(f"{p} for {k}" for k, p in CODE_PREFIXES.items() if p)
                     + ", none for the Code pénal)")
    kind = c.choice(raw["kind"], "kind", KINDS)
    complaint = raw.get("complaint_required", False)
    if not isinstance(complaint, bool):
        raise c.fail("complaint_required", "expected true or false")
    if complaint and kind != "offence":
        raise c.fail("complaint_required", "only offences can require a complaint")
    legifrance_id, id_derived = c.legiarti(raw, "")
    legitext = str(raw["legitext"])
    if not LEGITEXT.match(legitext):
        raise c.fail("legitext", f"{legitext!r} is not a LEGITEXT (or JORFTEXT) identifier")
    if legitext != CODE_LEGITEXT[code]:
        raise c.fail("legitext", f"{legitext} is not the {code} ({CODE_LEGITEXT[code]})")
    sources = raw["sources"]
    if not isinstance(sources, list) or not sources:
        raise c.fail("sources", "expected a non-empty list of URLs")
    versions = raw["versions"]
    if not isinstance(versions, list) or not versions:
        raise c.fail("versions", "expected a non-empty list")
    built = tuple(build_version(c, v, f"versions[{i}]", kind) for i, v in enumerate(versions))
    check_order(c, built)
    seen_ids: set[str] = set()
    for i, version in enumerate(built):
        if version.legifrance_id in seen_ids:
            raise c.fail(f"versions[{i}].legifrance_id",
                         f"{version.legifrance_id} is already the id of an earlier version")
        if version.legifrance_id:
            seen_ids.add(version.legifrance_id)
    if built[0].start_basis != "in_force" and raw.get("earlier_versions") is None:
        raise c.fail("earlier_versions", "the first version's start is not an entry into force, "
                     "so earlier dates must read as not held")
    return Rule(
        id=rule_id,
        code=code,
        article=c.text(str(raw["article"]), "article"),
        kind=kind,
        title=c.bilingual(raw["title"], "title"),
        complaint_required=complaint,
        legifrance_id=legifrance_id,
        legifrance_id_derived=id_derived,
        legitext=legitext,
        url=c.url(raw["url"], "url"),
        grade=c.choice(raw["grade"], "grade", GRADES),
        checked_on=c.date(raw["checked_on"], "checked_on"),
        sources=tuple(c.url(s, f"sources[{i}]") for i, s in enumerate(sources)),
        versions=built,
        uncertain=optional_bilingual(c, raw, "uncertain", ""),
        earlier_versions=optional_bilingual(c, raw, "earlier_versions", ""),
    )


def optional_bilingual(c: Checker, raw: dict, key: str, path: str):
    return None if raw.get(key) is None else c.bilingual(raw[key], join(path, key))


def build_version(c: Checker, raw, path: str, kind: str) -> Version:
    c.keys(raw, path, VERSION_REQUIRED, VERSION_OPTIONAL)
    start = c.date(raw["start"], join(path, "start"))
    end = None if raw.get("end") is None else c.date(raw["end"], join(path, "end"))
    if end is not None and end < start:
        raise c.fail(join(path, "end"), "ends before it starts")
    start_exact = raw.get("start_exact", True)
    if not isinstance(start_exact, bool):
        raise c.fail(join(path, "start_exact"), "expected true or false")
    start_basis = c.choice(raw.get("start_basis", "in_force"), join(path, "start_basis"),
                           START_BASES)
    uncertain = optional_bilingual(c, raw, "uncertain", path)
    if not start_exact and uncertain is None:
        raise c.fail(join(path, "uncertain"), "an inexact start date needs an uncertain note")
    if start_basis != "in_force" and (start_exact or uncertain is None):
        raise c.fail(join(path, "start_basis"),
                     "a start that is not an entry into force is inexact and needs a note")
    penalty = None
    if raw.get("penalty") is not None:
        penalty = c.penalty(raw["penalty"], join(path, "penalty"))
    if kind == "offence" and penalty is None:
        raise c.fail(join(path, "penalty"), "missing required field for an offence")
    if kind != "offence" and penalty is not None:
        raise c.fail(join(path, "penalty"), "only offences carry a penalty")
    values = raw.get("values") or {}
    if not isinstance(values, dict):
        raise c.fail(join(path, "values"), "expected a mapping")
    if kind != "offence" and not values:
        raise c.fail(join(path, "values"), "missing required field for a procedure rule")
    text = raw.get("text") or {}
    c.keys(text, join(path, "text"), set(), {"fr"})
    conducts = tuple(build_conduct(c, item, f"{path}.conducts[{i}]")
                     for i, item in enumerate(raw.get("conducts") or []))
    conduct_keys = {conduct.key for conduct in conducts}
    if len(conduct_keys) != len(conducts):
        raise c.fail(join(path, "conducts"), "duplicate conduct key")
    aggravations = tuple(build_aggravation(c, item, f"{path}.aggravations[{i}]", penalty,
                                           conduct_keys)
                         for i, item in enumerate(raw.get("aggravations") or []))
    seen: set[str] = set()
    for i, aggravation in enumerate(aggravations):
        if aggravation.key in seen:
            raise c.fail(f"{path}.aggravations[{i}].key", f"duplicate key {aggravation.key!r}")
        seen.add(aggravation.key)
    counted = []
    for i, tier in enumerate(raw.get("counted") or []):
        tier_path = f"{path}.counted[{i}]"
        c.keys(tier, tier_path, {"count", "penalty"}, set())
        if not isinstance(tier["count"], int) or tier["count"] < 2:
            raise c.fail(join(tier_path, "count"), "expected a whole number of at least 2")
        tier_penalty = c.penalty(tier["penalty"], join(tier_path, "penalty"))
        c.harsher(tier_penalty, penalty, join(tier_path, "penalty"))
        counted.append(CountedTier(tier["count"], tier_penalty))
    version_id, version_id_derived = c.legiarti(raw, path)
    text_source = raw.get("text_source")
    if text and text_source is None:
        raise c.fail(join(path, "text_source"), "a quoted text needs its source")
    excerpt = raw.get("text_excerpt", False)
    if not isinstance(excerpt, bool) or (excerpt and not text):
        raise c.fail(join(path, "text_excerpt"), "expected true or false, with a quoted text")
    return Version(
        start=start,
        end=end,
        start_exact=start_exact,
        enacted_by=c.bilingual(raw["enacted_by"], join(path, "enacted_by")),
        text=MappingProxyType({k: c.text(v, f"{path}.text.{k}") for k, v in text.items()}),
        text_source=None if text_source is None else c.url(text_source, join(path, "text_source")),
        legifrance_id=version_id,
        legifrance_id_derived=version_id_derived,
        text_excerpt=excerpt,
        penalty=penalty,
        aggravations=aggravations,
        counted=tuple(counted),
        conducts=conducts,
        values=freeze(values),
        grade=None if raw.get("grade") is None else c.choice(raw["grade"], join(path, "grade"),
                                                              GRADES),
        uncertain=uncertain,
        start_basis=start_basis,
        text_grade=_text_grade(c, raw, path, text),
    )


def _text_grade(c: Checker, raw, path: str, text) -> str | None:
    grade = raw.get("text_grade")
    if grade is None:
        return None
    if not text:
        raise c.fail(join(path, "text_grade"), "a text grade needs a quoted text")
    return c.choice(grade, join(path, "text_grade"), GRADES)


def build_conduct(c: Checker, raw, path: str) -> Conduct:
    c.keys(raw, path, {"key", "label", "penalty"}, set())
    return Conduct(
        key=c.text(raw["key"], join(path, "key")),
        label=c.bilingual(raw["label"], join(path, "label")),
        penalty=c.penalty(raw["penalty"], join(path, "penalty")),
    )


def build_aggravation(c: Checker, raw, path: str, base: Penalty | None,
                      conduct_keys: set[str]) -> Aggravation:
    c.keys(raw, path, *AGGRAVATION_KEYS)
    key = c.choice(raw["key"], join(path, "key"), sorted(CIRCUMSTANCES))
    penalty = c.penalty(raw["penalty"], join(path, "penalty"))
    c.harsher(penalty, base, join(path, "penalty"))
    conducts = raw.get("conducts") or []
    for i, conduct in enumerate(conducts):
        if conduct not in conduct_keys:
            raise c.fail(f"{path}.conducts[{i}]", f"unknown conduct {conduct!r}")
    grade = raw.get("grade")
    return Aggravation(
        key=key,
        label=c.bilingual(raw["label"], join(path, "label")),
        penalty=penalty,
        item=c.text(str(raw.get("item") or key), join(path, "item")),
        conducts=tuple(conducts),
        grade=None if grade is None else c.choice(grade, join(path, "grade"), GRADES),
    )


def check_order(c: Checker, versions: tuple[Version, ...]) -> None:
    """Versions must be in date order, must not overlap, and only the last may be open."""
    for i, (earlier, later) in enumerate(zip(versions, versions[1:], strict=False)):
        if later.start <= earlier.start:
            raise c.fail(f"versions[{i + 1}].start", "versions are not in date order")
        if earlier.end is None:
            raise c.fail(f"versions[{i}].end", "only the last version may be open-ended")
        if later.start <= earlier.end:
            raise c.fail(f"versions[{i + 1}].start", "overlaps the previous version")
